import type { KpiSet, Report, ReviewContent, TrendFigure } from '@revue/kpi-core';
import type { FigureDefaults } from '@revue/kpi-core/report';
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
  /**
   * A figure of the period only (the report computes no previous value for it): no comparison
   * is shown.
   */
  currentOnly?: boolean;
  /**
   * A cost total that may leave parts out (the report's `tco.excluded`: no rate, no asset file…):
   * shown with what it excludes, and compared only with a total that excludes the same parts.
   */
  costTotal?: boolean;
  /**
   * The figure in a KPI set (the period's or the previous period's); null when not computable.
   * The review content (backlog, trend, plan) is only in the period's set; the ticket volume is
   * in both (null counts for a period the data do not cover).
   */
  pick: (set: KpiSet & Partial<ReviewContent>) => number | null;
  /** The figure month by month (the card's sparkline), or null. */
  trend?: (report: Report) => MonthlySeries | null;
  /**
   * Why the export cannot give the figure at all, for both periods (a message key: the reason in
   * words), or null when it can. For a figure the report computes anyway from a default (tickets
   * without a type counted as incidents, so 0 requests) that would show as a measured 0. It reads
   * kpi-core's `figureDefaults(report)`, computed once by the caller and shared with the card's
   * notes (`defaultNotes`).
   */
  unmeasured?: (rests: FigureDefaults) => MessageKey | null;
  /**
   * For an SLA rate, the tickets behind it (met, and met + breached): shown beside the rate, so
   * that 42.9 % reads as 3 of 7 tickets, not as a fact about hundreds. Null when not measured.
   */
  onTime?: (set: KpiSet) => { met: number; judged: number } | null;
}

/** The tickets behind an SLA rate (`KpiDefinition.onTime`). */
function onTimeOf(target: 'response' | 'resolution'): (set: KpiSet) => { met: number; judged: number } | null {
  return (set) => {
    const outcome = set.sla[target];
    return outcome === null || outcome.adherence === null ? null : { met: outcome.met, judged: outcome.met + outcome.breached };
  };
}

/**
 * Seen on a GLPI export without a type column: "Requests 0, 0% of the tickets opened", when the
 * export cannot tell a request from an incident. When no ticket of the export has a type, the
 * requests are not measured (the report counts every ticket as an incident). The rule is
 * kpi-core's (`figureDefaults(report).untyped.all`), not written again here.
 *
 * @example
 * requestsUnmeasured(figureDefaults(glpiWithoutType)); // → 'activity.requestsUntyped'
 */
export function requestsUnmeasured(rests: FigureDefaults): MessageKey | null {
  return rests.untyped?.all === true ? 'activity.requestsUntyped' : null;
}

/** A figure month by month: values aligned with months (`yyyy-MM`), null where unknown. */
export interface MonthlySeries {
  months: string[];
  values: (number | null)[];
}

/**
 * The 12-month trend of a headline figure (`report.trend`), or null when the report has none or
 * fewer than two months have a value.
 *
 * @example
 * trendOf('slaResolution')(report); // → { months: ['2025-10', …], values: [0.97, …] }
 */
export function trendOf(figure: TrendFigure): (report: Report) => MonthlySeries | null {
  return (report) => {
    const trend = report.trend;
    if (!trend) return null;
    const values = trend.series[figure];
    // One month with a value is a dot captioned "12 months" (seen on a GLPI export of three weeks):
    // no trend to show until two months have a figure.
    return values.filter((value) => value !== null).length >= 2 ? { months: trend.months, values } : null;
  };
}

/** The months of the backlog trend, one value each (opened, open at the end…). */
function backlogSeries(value: (month: Report['backlogTrend']['months'][number]) => number | null): (report: Report) => MonthlySeries | null {
  return (report) => {
    const months = report.backlogTrend?.months ?? [];
    return months.length > 1 ? { months: months.map((month) => month.month), values: months.map(value) } : null;
  };
}

/** Every KPI card of the dashboard, by id. */
/**
 * A fleet count at asOf that only an asset file can give (warranties, useful lives): null without
 * one, where kpi-core counts 0 of the assets named on tickets and says why (`no-assets`).
 */
function assetFileCount(set: KpiSet, count: number): number | null {
  return set.reliability.assetFile === false ? null : count;
}

export const KPIS = {
  slaResolution: { id: 'sla-resolution', label: 'kpi.slaResolution', unit: 'percent', better: 'higher', pick: (s) => s.sla.resolution?.adherence ?? null, onTime: onTimeOf('resolution'), trend: trendOf('slaResolution') },
  slaResponse: { id: 'sla-response', label: 'kpi.slaResponse', unit: 'percent', better: 'higher', pick: (s) => s.sla.response?.adherence ?? null, onTime: onTimeOf('response'), trend: trendOf('slaResponse') },
  incidents: { id: 'incidents', label: 'kpi.incidents', unit: 'count', better: 'lower', pick: (s) => s.recurrence.incidents, trend: trendOf('incidents') },
  repeats: { id: 'repeats', label: 'kpi.repeats', unit: 'count', better: 'lower', pick: (s) => s.recurrence.repeats },
  recurrenceRate: { id: 'recurrence-rate', label: 'kpi.recurrenceRate', unit: 'percent', better: 'lower', pick: (s) => s.recurrence.rate, trend: trendOf('recurrenceRate') },
  mtbf: { id: 'mtbf', label: 'kpi.mtbf', unit: 'hours', better: 'higher', pick: (s) => s.reliability.fleet.mtbfHours, trend: trendOf('mtbfHours') },
  mttr: { id: 'mttr', label: 'kpi.mttr', unit: 'hours', better: 'lower', pick: (s) => s.reliability.fleet.mttrHours },
  availability: { id: 'availability', label: 'kpi.availability', unit: 'percent', better: 'higher', pick: (s) => s.reliability.fleet.availability, trend: trendOf('availability') },
  failures: { id: 'failures', label: 'kpi.failures', unit: 'count', better: 'lower', pick: (s) => s.reliability.fleet.failures },
  lostHours: { id: 'lost-hours', label: 'kpi.lostHours', unit: 'hours', better: 'lower', pick: (s) => s.lostHours.totalHours, trend: trendOf('lostHours') },
  lostPerEmployee: { id: 'lost-per-employee', label: 'kpi.lostHoursPerEmployee', unit: 'hours', unitLabel: 'unit.hoursPerYear', better: 'lower', pick: (s) => s.lostHours.perEmployeePerYear, trend: trendOf('lostHoursPerEmployeePerYear') },
  lostCost: { id: 'lost-cost', label: 'kpi.lostHoursCost', unit: 'money', better: 'lower', pick: (s) => s.lostHours.cost },
  effort: { id: 'effort', label: 'kpi.effortHours', unit: 'hours', better: 'neutral', pick: (s) => s.lostHours.effortHours },
  tco: { id: 'tco', label: 'kpi.tco', unit: 'money', better: 'lower', costTotal: true, pick: (s) => s.tco.total, trend: trendOf('cost') },
  tcoPerUser: { id: 'tco-per-user', label: 'kpi.tcoPerUser', unit: 'money', better: 'lower', costTotal: true, pick: (s) => s.tco.perUser },
  unallocated: { id: 'unallocated', label: 'kpi.unallocated', unit: 'money', better: 'neutral', pick: (s) => s.tco.unallocated },
  backlog: { id: 'backlog', label: 'kpi.backlog', unit: 'count', better: 'lower', pointInTime: true, pick: (s) => s.fleet.backlog.open },
  outOfWarranty: { id: 'out-of-warranty', label: 'kpi.outOfWarranty', unit: 'count', better: 'lower', pointInTime: true, pick: (s) => assetFileCount(s, s.fleet.outOfWarranty.count) },
  pastUsefulLife: { id: 'past-useful-life', label: 'kpi.pastUsefulLife', unit: 'count', better: 'lower', pointInTime: true, pick: (s) => assetFileCount(s, s.fleet.pastUsefulLife.count) },
  planKept: { id: 'plan-kept', label: 'kpi.planKept', unit: 'percent', better: 'higher', pick: (s) => s.preventive.compliance },
  missedWindows: { id: 'missed-windows', label: 'kpi.missedWindows', unit: 'count', better: 'lower', pick: (s) => (s.preventive.due === null ? null : s.preventive.missedCount) },
  plannedShare: { id: 'planned-share', label: 'kpi.plannedShare', unit: 'percent', better: 'neutral', pick: (s) => s.preventive.effort.share },
  correctiveIncidents: { id: 'corrective-incidents', label: 'kpi.correctiveIncidents', unit: 'count', better: 'lower', pick: (s) => s.preventive.effort.correctiveIncidents },
  warrantySoon: { id: 'warranty-soon', label: 'kpi.warrantySoon', unit: 'count', better: 'neutral', pointInTime: true, pick: (s) => assetFileCount(s, s.fleet.warrantyExpiringSoon.count) },
  ticketsOpened: {
    id: 'tickets-opened',
    label: 'kpi.ticketsOpened',
    unit: 'count',
    better: 'neutral',
    pick: (s) => s.volume.tickets,
    trend: backlogSeries((month) => month.opened),
  },
  requests: {
    id: 'requests',
    label: 'kpi.requests',
    unit: 'count',
    better: 'neutral',
    // No request group in a measured period is 0 requests; an unmeasured period has no count.
    pick: (s) => (s.volume.tickets === null ? null : (s.volume.byType.groups.find((group) => group.key === 'request')?.tickets ?? 0)),
    unmeasured: requestsUnmeasured,
  },
  openAtEnd: {
    id: 'open-at-end',
    label: 'kpi.openAtEnd',
    unit: 'count',
    better: 'lower',
    currentOnly: true,
    pick: (s) => s.backlogTrend?.months.at(-1)?.open ?? null,
    trend: backlogSeries((month) => month.open),
  },
  replacementBudget: { id: 'replacement-budget', label: 'kpi.replacementBudget', unit: 'money', better: 'neutral', currentOnly: true, pick: (s) => s.replacement?.cost ?? null },
} satisfies Record<string, KpiDefinition>;

/** The cards of the Summary section, in reading order. */
export const SUMMARY_KPIS: readonly KpiDefinition[] = [KPIS.slaResolution, KPIS.slaResponse, KPIS.incidents, KPIS.recurrenceRate, KPIS.mtbf, KPIS.availability, KPIS.lostPerEmployee, KPIS.tco];
