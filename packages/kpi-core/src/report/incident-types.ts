/**
 * How the export's ticket types were read, and what follows when none was read as an incident.
 * A Jira software project exports Bug, Story, Task…: no ticket is an incident (DESIGN §2: `type`
 * `incident`, or empty), and the figures that count incidents — recurrence, reliability, lost
 * hours, downtime — would read "0 incidents, 100 % available, 0 h lost" about a file that says
 * nothing of incidents. They are null with the reason `no-incident-type` instead. The rule looks
 * at the whole export (all clients, every period), as `recordedColumns` does for a column: a file
 * with incidents but none in a period keeps its honest 0 for that period.
 */
import { mapRecord } from '../internal/records.js';
import type { TicketTable } from '../model/tables.js';
import type { Policy } from '../policy/types.js';
import { isIncidentType } from '../kpi/common.js';
import { unmeasuredKpis } from './coverage.js';
import type { KpiSet, TicketTypes } from './types.js';
import type { TrendFigure, TrendResult } from '../kpi/trend/types.js';
import type { NotMeasuredReason } from '../kpi/types.js';

/** The key of tickets without a type in {@link TicketTypes.byType} (read as incidents, DESIGN §2). */
export const NO_TYPE_KEY = '(none)';

/**
 * The tickets of the whole export per type as read (`incident`, `request`, `problem`, `change`,
 * or the export's own word when the preset or mapping does not map it; {@link NO_TYPE_KEY}
 * without a type), and how many of them are incidents (type `incident` or none).
 *
 * @example
 * ticketTypesOf(tickets); // => { tickets: 12, incidents: 0, byType: { Bug: 3, Improvement: 2, … }, noIncidentType: true }
 */
export function ticketTypesOf(tickets: TicketTable): TicketTypes {
  const rows = tickets.numRows();
  const column = tickets.column('type') as unknown as ArrayLike<string | null | undefined> | undefined;
  const counts = new Map<string, number>();
  let incidents = 0;
  for (let row = 0; row < rows; row++) {
    const type = column?.[row];
    const key = type === null || type === undefined ? NO_TYPE_KEY : type;
    // The KPIs' own rule, so that this count and theirs cannot differ.
    if (isIncidentType(type)) incidents++;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  // Most tickets first, then by name: the order a reader scans.
  const byType: Record<string, number> = {};
  for (const [key, count] of [...counts].sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))) {
    Object.defineProperty(byType, key, { value: count, enumerable: true, writable: true, configurable: true });
  }
  return { tickets: rows, incidents, byType, noIncidentType: rows > 0 && incidents === 0 };
}

/** Whether the export has tickets and none was read as an incident (counted on the whole export). */
export function noIncidentType(types: TicketTypes): boolean {
  return types.noIncidentType;
}

/**
 * A period's figures when the export has no incident type: those that count incidents are null
 * (recurrence, reliability, lost hours: as for a period without data), and the TCO's downtime is
 * excluded with the reason `no-incident-type` (its total then leaves it out, or is null when
 * nothing else was measured), and so are the preventive plan's corrective incidents. SLA, volume,
 * fleet health, the plan's windows and hours, and labour stay.
 *
 * @example
 * withoutIncidents(kpis, policy, true).lostHours.totalHours; // => null
 */
export function withoutIncidents(kpis: KpiSet, policy: Policy, responseMeasured: boolean): KpiSet {
  const none = unmeasuredKpis(policy, kpis.fleet, responseMeasured, kpis.reliability.assetFile);
  // Corrective incidents are incidents too: not counted, where preventive hours stay measured.
  const effort = kpis.preventive.effort;
  const byType: typeof effort.byType = {};
  for (const [key, entry] of Object.entries(effort.byType)) Object.defineProperty(byType, key, { value: { ...entry, correctiveIncidents: null }, enumerable: true, writable: true, configurable: true });
  const preventive = {
    ...kpis.preventive,
    effort: { ...effort, correctiveIncidents: null, byType },
    trend: kpis.preventive.trend.map((month) => ({ ...month, correctiveIncidents: null })),
  };
  return {
    ...kpis,
    recurrence: none.recurrence,
    reliability: none.reliability,
    lostHours: none.lostHours,
    preventive,
    // With no incident there is no lost hour: the downtime was 0 (or unpriced).
    tco: withoutDowntime(kpis.tco, policy, 'no-incident-type'),
  };
}

const LABOUR = ['preventive', 'corrective', 'evolutive', 'proactive', 'unclassified'] as const;

/**
 * The TCO without its downtime category, left out for `reason`: the total leaves it out (null when
 * nothing else was measured), and the costs of tickets without an asset are then only labour.
 */
export function withoutDowntime(tco: KpiSet['tco'], policy: Policy, reason: NotMeasuredReason): KpiSet['tco'] {
  // Each group's total without its downtime too, so that Σ groups = total still holds.
  const downtimeOff = <T extends { total: number; byCategory: KpiSet['tco']['byCategory'] }>(entry: T): T => ({
    ...entry,
    total: entry.total - (entry.byCategory.downtime ?? 0),
    byCategory: { ...entry.byCategory, downtime: null },
  });
  const byCategory = { ...tco.byCategory, downtime: null };
  // Leaving the downtime out changes the total only when nothing else was measured.
  const measured = Object.values(byCategory).some((amount) => amount !== null);
  const total = tco.total === null || !measured ? null : tco.total - (tco.byCategory.downtime ?? 0);
  return {
    ...tco,
    total,
    complete: false,
    // Without downtime, tickets without an asset cost only their labour.
    unallocated: LABOUR.some((category) => byCategory[category] !== null) ? tco.unallocated : null,
    perUser: total === null || policy.headcount === null || !(policy.headcount > 0) ? null : total / policy.headcount,
    excluded: [...tco.excluded.filter((part) => part.part !== 'downtime'), { part: 'downtime', reason, hours: null }],
    byCategory,
    byType: mapRecord(tco.byType, downtimeOff),
    byClient: mapRecord(tco.byClient, downtimeOff),
    byAsset: mapRecord(tco.byAsset, downtimeOff),
  };
}

/** The trend series that count incidents, null when the export has no incident type. */
const INCIDENT_SERIES: readonly TrendFigure[] = ['incidents', 'recurrenceRate', 'mtbfHours', 'availability', 'lostHours', 'lostHoursPerEmployeePerYear'];

/**
 * The monthly trend when the export has no incident type: the series that count incidents are
 * null in every month, and `notMeasured` says why (`no-incident-type`) instead of another reason.
 */
export function trendWithoutIncidents(trend: TrendResult): TrendResult {
  return trendWithout(trend, INCIDENT_SERIES, 'no-incident-type', true);
}

/**
 * The monthly trend with `figures` null in every month for `reason`, which `notMeasured` then
 * gives for them; `downtime`: the monthly cost leaves the downtime out for that reason too.
 */
export function trendWithout(trend: TrendResult, figures: readonly TrendFigure[], reason: NotMeasuredReason, downtime: boolean): TrendResult {
  const series = { ...trend.series };
  for (const figure of figures) series[figure] = series[figure].map(() => null);
  const notMeasured = [
    ...trend.notMeasured.filter((entry) => !(figures as readonly string[]).includes(entry.figure)),
    ...figures.map((figure) => ({ figure, reason })),
  ];
  if (!downtime) return { ...trend, series, notMeasured };
  // The monthly cost as `withoutDowntime` leaves the period's TCO: downtime out for this reason
  // (it was 0, no incident losing any hour, or unpriced), and no total where nothing else is priced.
  const monthsOut = (part: string) => new Set(trend.costExcluded.find((entry) => entry.part === part)?.months ?? []);
  // Labour priced in no part: not recorded, or its effort without a rate and no direct costs.
  const [labour, technicians, direct] = [monthsOut('labour'), monthsOut('technician-time'), monthsOut('direct-costs')];
  const labourOut = (month: string) => labour.has(month) || (technicians.has(month) && direct.has(month));
  const nothingElse = new Set([...monthsOut('acquisition')].filter(labourOut));
  series.cost = series.cost.map((value, m) => (nothingElse.has(trend.months[m]!) ? null : value));
  const covered = trend.months.filter((_, m) => trend.covered[m]);
  const costExcluded = [
    ...trend.costExcluded.filter((entry) => entry.part !== 'downtime'),
    ...(covered.length > 0 ? [{ part: 'downtime' as const, reason, months: covered }] : []),
  ];
  return { ...trend, series, notMeasured, costExcluded };
}
