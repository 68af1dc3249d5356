/** The result types of fleet health (DESIGN §5), beside its code: kpi/ does not import report/, which re-exports them. */
export interface FleetResult {
  /** Share of labour hours by maintenance type (sums to 1), null when no effort recorded. */
  maintenanceMix: Record<string, number> | null;
  /** Labour hours by maintenance type, behind the mix; null when the period is not covered. */
  maintenanceHours: Record<string, number> | null;
  backlog: {
    /**
     * Tickets open at asOf. Null (with `byAge` and `ticketIds` empty) when the export says nothing
     * of how tickets ended: no status, resolution or closing column (the report's `no-end-state`).
     */
    open: number | null;
    /** Open tickets at asOf by age: '<1d', '1-7d', '7-30d', '>30d'. */
    byAge: Record<string, number>;
    oldestHours: number | null;
    ticketIds: string[];
  };
  outOfWarranty: { count: number; assetIds: string[] };
  pastUsefulLife: { count: number; assetIds: string[] };
  warrantyExpiringSoon: { count: number; assets: Array<{ id: string; warrantyEnd: string }> };
  /** Assets in service at asOf, by type, with their age in months (for the age chart). */
  ages: Array<{ id: string; type: string | null; ageMonths: number | null }>;
}
