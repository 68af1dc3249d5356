/**
 * The canonical data model (DESIGN §2): one `as const` index of every column, with its kind,
 * from which the types are derived. Readers, KPIs and the report all name columns through it.
 */

/** How a column is stored in a table. */
export type FieldKind = 'string' | 'instant' | 'number' | 'date';

export const TICKET_FIELDS = {
  id: 'string',
  openedAt: 'instant',
  type: 'string',
  maintenanceType: 'string',
  priority: 'string',
  status: 'string',
  /** `open` | `pending` | `resolved` | `closed` | `cancelled`, from `status` through a status map (DESIGN §3). */
  statusClass: 'string',
  category: 'string',
  assetId: 'string',
  client: 'string',
  site: 'string',
  title: 'string',
  firstResponseAt: 'instant',
  resolvedAt: 'instant',
  closedAt: 'instant',
  pausedMinutes: 'number',
  effortMinutes: 'number',
  cost: 'number',
  affectedUsers: 'number',
  impact: 'string',
  reopenCount: 'number',
  slaResponseDueAt: 'instant',
  slaResolutionDueAt: 'instant',
  /**
   * The response target the file gives this ticket, as a duration in minutes (an export's "SLA
   * hours" column, read in its unit). Where set (> 0) it replaces the policy's target for this
   * ticket, counted in calendar time from the opening (see `slaAdherence`); a due date of its own
   * (`slaResponseDueAt`) wins over it.
   */
  slaResponseTargetMinutes: 'number',
  /** The resolution target the file gives this ticket, in minutes (as `slaResponseTargetMinutes`). */
  slaResolutionTargetMinutes: 'number',
  /** The source tool's own verdict on the response target, `met` | `breached` (reported beside Revue's). */
  slaResponseVerdict: 'string',
  /** The source tool's own verdict on the resolution target (ServiceNow `made_sla`, GLPI "Temps de résolution dépassé"). */
  slaResolutionVerdict: 'string',
} as const satisfies Record<string, FieldKind>;

export const ASSET_FIELDS = {
  id: 'string',
  name: 'string',
  type: 'string',
  client: 'string',
  site: 'string',
  purchaseDate: 'date',
  purchaseCost: 'number',
  inServiceDate: 'date',
  retiredDate: 'date',
  usefulLifeMonths: 'number',
  residualValue: 'number',
  warrantyEnd: 'date',
  contractCostPerYear: 'number',
  licenceCostPerYear: 'number',
  users: 'number',
  criticality: 'string',
  /**
   * The inventory's status word as written (`In use`, `Retired`, `Au rebut`…). Read for one
   * thing: an asset whose status says it left the fleet but has no `retiredDate` is retired at an
   * unknown date, and a review counts it in service only as far as its tickets show.
   */
  status: 'string',
} as const satisfies Record<string, FieldKind>;

/**
 * Ticket columns that Revue measures while reading, not read from a tool's column (a mapping
 * does not name them); a table has them only when they were measured, or read back from a
 * canonical CSV written from such a table (its optional last column `pauses`, same text).
 *
 * - `pauses`: when the ticket was paused, as its export's status history shows it (an event
 *   log read with the policy's pause statuses): ISO 8601 UTC intervals `start/end` separated by
 *   a space, `start/..` for a pause still on at the end of the history; null when it never
 *   paused. Where it is set, the SLA deducts the clock time of these intervals (business hours or
 *   24x7, as the target's clock) instead of `pausedMinutes`.
 */
export const MEASURED_TICKET_FIELDS = {
  pauses: 'string',
} as const satisfies Record<string, FieldKind>;

export type TicketField = keyof typeof TICKET_FIELDS;
export type MeasuredTicketField = keyof typeof MEASURED_TICKET_FIELDS;
export type AssetField = keyof typeof ASSET_FIELDS;

export const REQUIRED_TICKET_FIELDS = ['id', 'openedAt'] as const satisfies readonly TicketField[];
export const REQUIRED_ASSET_FIELDS = ['id'] as const satisfies readonly AssetField[];

export const TICKET_TYPES = ['incident', 'request', 'problem', 'change'] as const;
export type TicketType = (typeof TICKET_TYPES)[number];
export const MAINTENANCE_TYPES = ['corrective', 'preventive', 'evolutive', 'proactive'] as const;
export type MaintenanceType = (typeof MAINTENANCE_TYPES)[number];
export const PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export type Priority = (typeof PRIORITIES)[number];
/**
 * What a status word means (DESIGN §3). A ticket whose class is resolved, closed or cancelled but
 * that has no resolution instant is closed at an unknown time: never open, its durations unknown.
 */
export const STATUS_CLASSES = ['open', 'pending', 'resolved', 'closed', 'cancelled'] as const;
export type StatusClass = (typeof STATUS_CLASSES)[number];
/** A source tool's SLA verdict on one ticket. */
export const SLA_VERDICTS = ['met', 'breached'] as const;
export type SlaVerdict = (typeof SLA_VERDICTS)[number];
export const IMPACTS = ['outage', 'degraded', 'minor'] as const;
export type Impact = (typeof IMPACTS)[number];

export function isTicketType(value: unknown): value is TicketType {
  return (TICKET_TYPES as readonly unknown[]).includes(value);
}
export function isMaintenanceType(value: unknown): value is MaintenanceType {
  return (MAINTENANCE_TYPES as readonly unknown[]).includes(value);
}
export function isPriority(value: unknown): value is Priority {
  return (PRIORITIES as readonly unknown[]).includes(value);
}
export function isStatusClass(value: unknown): value is StatusClass {
  return (STATUS_CLASSES as readonly unknown[]).includes(value);
}
export function isImpact(value: unknown): value is Impact {
  return (IMPACTS as readonly unknown[]).includes(value);
}

/** The stored type of each kind: instants and dates are epoch milliseconds, NaN when missing. */
type Stored<K extends FieldKind> = K extends 'string' ? (string | null)[] : Float64Array;

export type TicketColumns = { [F in TicketField]: Stored<(typeof TICKET_FIELDS)[F]> } & {
  [F in MeasuredTicketField]?: Stored<(typeof MEASURED_TICKET_FIELDS)[F]>;
};
export type AssetColumns = { [F in AssetField]: Stored<(typeof ASSET_FIELDS)[F]> };

/**
 * One ticket as a plain object, for the API edge and tests. Missing values are `null`; a
 * measured field is there when its table has it.
 */
export type TicketRow = {
  [F in TicketField]: (typeof TICKET_FIELDS)[F] extends 'string' ? string | null : number | null;
} & { [F in MeasuredTicketField]?: string | null };
export type AssetRow = {
  [F in AssetField]: (typeof ASSET_FIELDS)[F] extends 'string' ? string | null : number | null;
};
