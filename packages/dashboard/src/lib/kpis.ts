import type { KpiSet } from '@revue/kpi-core';
import type { Better, KpiUnit } from './format/format.js';
import type { MessageKey } from './i18n/index.js';

/** A figure shown on a KPI card: where it is in the report, its unit and which way is better. */
export interface KpiDefinition {
  id: string;
  label: MessageKey;
  unit: KpiUnit;
  better: Better;
  /** A state at `asOf` (backlog, warranties): the same for both periods, so no delta is shown. */
  pointInTime?: boolean;
  /** Unit shown after the figure when the formatted figure does not carry it. */
  unitLabel?: MessageKey;
  /** The figure in a KPI set (the period's or the previous period's); null when not computable. */
  pick: (set: KpiSet) => number | null;
}

/** Every KPI card of the dashboard, by id. */
export const KPIS = {
  slaResolution: { id: 'sla-resolution', label: 'kpi.slaResolution', unit: 'percent', better: 'higher', pick: (s) => s.sla.resolution?.adherence ?? null },
  slaResponse: { id: 'sla-response', label: 'kpi.slaResponse', unit: 'percent', better: 'higher', pick: (s) => s.sla.response?.adherence ?? null },
  incidents: { id: 'incidents', label: 'kpi.incidents', unit: 'count', better: 'lower', pick: (s) => s.recurrence.incidents },
  repeats: { id: 'repeats', label: 'kpi.repeats', unit: 'count', better: 'lower', pick: (s) => s.recurrence.repeats },
  recurrenceRate: { id: 'recurrence-rate', label: 'kpi.recurrenceRate', unit: 'percent', better: 'lower', pick: (s) => s.recurrence.rate },
  mtbf: { id: 'mtbf', label: 'kpi.mtbf', unit: 'hours', better: 'higher', pick: (s) => s.reliability.fleet.mtbfHours },
  mttr: { id: 'mttr', label: 'kpi.mttr', unit: 'hours', better: 'lower', pick: (s) => s.reliability.fleet.mttrHours },
  availability: { id: 'availability', label: 'kpi.availability', unit: 'percent', better: 'higher', pick: (s) => s.reliability.fleet.availability },
  failures: { id: 'failures', label: 'kpi.failures', unit: 'count', better: 'lower', pick: (s) => s.reliability.fleet.failures },
  lostHours: { id: 'lost-hours', label: 'kpi.lostHours', unit: 'hours', better: 'lower', pick: (s) => s.lostHours.totalHours },
  lostPerEmployee: { id: 'lost-per-employee', label: 'kpi.lostHoursPerEmployee', unit: 'hours', unitLabel: 'unit.hoursPerYear', better: 'lower', pick: (s) => s.lostHours.perEmployeePerYear },
  lostCost: { id: 'lost-cost', label: 'kpi.lostHoursCost', unit: 'money', better: 'lower', pick: (s) => s.lostHours.cost },
  effort: { id: 'effort', label: 'kpi.effortHours', unit: 'hours', better: 'neutral', pick: (s) => s.lostHours.effortHours },
  tco: { id: 'tco', label: 'kpi.tco', unit: 'money', better: 'lower', pick: (s) => s.tco.total },
  tcoPerUser: { id: 'tco-per-user', label: 'kpi.tcoPerUser', unit: 'money', better: 'lower', pick: (s) => s.tco.perUser },
  unallocated: { id: 'unallocated', label: 'kpi.unallocated', unit: 'money', better: 'neutral', pick: (s) => s.tco.unallocated },
  backlog: { id: 'backlog', label: 'kpi.backlog', unit: 'count', better: 'lower', pointInTime: true, pick: (s) => s.fleet.backlog.open },
  outOfWarranty: { id: 'out-of-warranty', label: 'kpi.outOfWarranty', unit: 'count', better: 'lower', pointInTime: true, pick: (s) => s.fleet.outOfWarranty.count },
  pastUsefulLife: { id: 'past-useful-life', label: 'kpi.pastUsefulLife', unit: 'count', better: 'lower', pointInTime: true, pick: (s) => s.fleet.pastUsefulLife.count },
  planKept: { id: 'plan-kept', label: 'kpi.planKept', unit: 'percent', better: 'higher', pick: (s) => s.preventive.compliance },
  missedWindows: { id: 'missed-windows', label: 'kpi.missedWindows', unit: 'count', better: 'lower', pick: (s) => (s.preventive.due === null ? null : s.preventive.missedCount) },
  plannedShare: { id: 'planned-share', label: 'kpi.plannedShare', unit: 'percent', better: 'neutral', pick: (s) => s.preventive.effort.share },
  correctiveIncidents: { id: 'corrective-incidents', label: 'kpi.correctiveIncidents', unit: 'count', better: 'lower', pick: (s) => s.preventive.effort.correctiveIncidents },
  warrantySoon: { id: 'warranty-soon', label: 'kpi.warrantySoon', unit: 'count', better: 'neutral', pointInTime: true, pick: (s) => s.fleet.warrantyExpiringSoon.count },
} satisfies Record<string, KpiDefinition>;

/** The cards of the Summary section, in reading order. */
export const SUMMARY_KPIS: readonly KpiDefinition[] = [KPIS.slaResolution, KPIS.slaResponse, KPIS.incidents, KPIS.recurrenceRate, KPIS.mtbf, KPIS.availability, KPIS.lostPerEmployee, KPIS.tco];
