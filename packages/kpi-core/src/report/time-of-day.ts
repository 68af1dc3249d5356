/**
 * Exports whose ticket dates carry no time of day (a Zendesk Explore download with only its
 * "Ticket created - Date" / "Ticket solved - Date" columns, any CSV of `2026-03-02` dates) are
 * read with every instant at local midnight. SLA targets, repair times and downtime are hours:
 * from such columns a ticket solved the day it was opened would take 0 h and "meet" any target.
 * DESIGN §5, "measured or null with a reason": those figures are null (`no-time-of-day`).
 *
 * What stays measured: every count (tickets, incidents, failures, backlog, volume by month,
 * recurrence, whose window is in days), the date being enough for them.
 *
 * Downtime, availability, MTBF and lost hours are null too, though a day-granular duration is
 * "measured but coarse": each of them is a sum of outage lengths `[openedAt, resolvedAt]`, the
 * very durations MTTR averages; a same-day outage would count 0 h, so the error is not noise
 * around the truth but a bias towards "no downtime" — the confident figure without evidence
 * this rule exists to avoid. MTBF divides the uptime (window less that downtime) by the failures:
 * kept apart from MTTR it would be the one hour figure still shown from the same instants, so it
 * follows the others (its failure count stays). A priority whose target is whole days could be
 * judged by dates alone, but not simply (a due day, business days, pauses in minutes): it is
 * null with the others.
 *
 * A mixed column (some cells with a time, some without) is read as before: its date-only cells
 * stand at midnight (`isDateOnlyColumn` needs every value to be a midnight). A short column all at
 * midnight beside another that has times of day is read as timed (`dateOnlyFields`: 5 values
 * needed), so that a few tickets opened at 00:00 keep their hours.
 */
import { mapRecord } from '../internal/records.js';
import { dateOnlyFields, localMidnightTest, type TicketInstantField } from '../ingest/dates.js';
import type { TicketTable } from '../model/tables.js';
import type { Policy } from '../policy/types.js';
import type { TrendFigure, TrendResult } from '../kpi/trend/types.js';
import type { ReliabilityFigures } from '../kpi/reliability/types.js';
import type { SlaPair } from '../kpi/types.js';
import { lostHoursOff } from './coverage.js';
import { trendWithout, withoutDowntime } from './incident-types.js';
import type { KpiSet, NotMeasuredReason } from './types.js';

/** Which durations the export's dates cannot measure. */
export interface UntimedDurations {
  /** The ticket instant columns whose every value is a day without a time of day. */
  dateOnly: TicketInstantField[];
  /** Response elapsed (`openedAt` → `firstResponseAt`), when the export has a first-response column. */
  response: boolean;
  /** Resolution elapsed and outage lengths (`openedAt` → `resolvedAt`, else `closedAt`). */
  resolution: boolean;
}

/**
 * The ticket instant columns of `tickets` that are date-only in `timezone`, and the durations they
 * leave unmeasured. The resolution instant is `closedAt` only for a file that fills no
 * `resolvedAt` (DESIGN §5); `responseRecorded`: the export has first-response times.
 *
 * @example
 * untimedDurations(ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02', resolvedAt: '2026-03-02' }]), 'UTC', false);
 * // => { dateOnly: ['openedAt', 'resolvedAt'], response: false, resolution: true }
 */
export function untimedDurations(tickets: TicketTable, timezone: string, responseRecorded: boolean): UntimedDurations {
  const columnOf = (field: TicketInstantField) => tickets.column(field) as unknown as ArrayLike<number> | undefined;
  const dateOnly = dateOnlyFields(columnOf, localMidnightTest(timezone));
  const resolvedColumn = columnOf('resolvedAt');
  let resolvedFilled = false;
  if (resolvedColumn !== undefined) for (let row = 0; row < resolvedColumn.length && !resolvedFilled; row++) resolvedFilled = resolvedColumn[row] === resolvedColumn[row];
  const has = (field: TicketInstantField) => dateOnly.includes(field);
  const resolution = has('openedAt') || has('resolvedAt') || (!resolvedFilled && has('closedAt'));
  const response = responseRecorded && (has('openedAt') || has('firstResponseAt'));
  return { dateOnly, response, resolution };
}

/** Whether some duration is left unmeasured. */
export function anyUntimed(untimed: UntimedDurations): boolean {
  return untimed.response || untimed.resolution;
}

const HOUR_FIGURES = ['uptimeHours', 'downtimeHours', 'mtbfHours', 'mtbfLowerHours', 'mtbfUpperHours', 'mttrHours', 'availability', 'mtbsiHours'] as const;

/**
 * Reliability figures without their hours (uptime, downtime, MTBF and its interval, MTTR,
 * availability, MTBSI): the counts stay. Shared with lengths-unknown.ts.
 */
export function hoursOff<T extends ReliabilityFigures>(figures: T): T {
  const out = { ...figures };
  for (const key of HOUR_FIGURES) out[key] = null;
  return out;
}


/**
 * A period's figures with the durations `untimed` names null (see the module comment): SLA
 * response and/or resolution (every breakdown, median and p90 with them), and with the resolution
 * the reliability's hours, the lost hours and the TCO's downtime (excluded for `reason`; an export
 * without end state, end-state.ts, uses it too). Counts stay.
 *
 * @example
 * withoutTimeOfDay(kpis, policy, { dateOnly: ['openedAt'], response: false, resolution: true }).sla.resolution; // => null
 */
export function withoutTimeOfDay(kpis: KpiSet, policy: Policy, untimed: UntimedDurations, reason: NotMeasuredReason = 'no-time-of-day'): KpiSet {
  if (!anyUntimed(untimed)) return kpis;
  const pair = <T extends SlaPair>(entry: T): T => ({
    ...entry,
    response: untimed.response ? null : entry.response,
    resolution: untimed.resolution ? null : entry.resolution,
  });
  const sla = kpis.sla;
  const off = (target: 'response' | 'resolution') => untimed[target];
  const breaches = sla.breaches.filter((breach) => !off(breach.target));
  const noIds = { breached: [], pending: [] };
  const outSla: KpiSet['sla'] = {
    ...mapSlaPairs(sla, pair),
    breaches,
    // The count stands when the list was whole; a cut list cannot tell how many were left.
    breachCount: sla.breachCount === null ? null : sla.breaches.length === sla.breachCount ? breaches.length : null,
    ticketIds: { response: off('response') ? noIds : sla.ticketIds.response, resolution: off('resolution') ? noIds : sla.ticketIds.resolution },
    elapsedHistogram: {
      ...sla.elapsedHistogram,
      response: off('response') ? null : sla.elapsedHistogram.response,
      resolution: off('resolution') ? null : sla.elapsedHistogram.resolution,
    },
  };
  if (!untimed.resolution) return { ...kpis, sla: outSla };

  const reliability = kpis.reliability;
  const lost = kpis.lostHours;
  return {
    ...kpis,
    sla: outSla,
    reliability: {
      ...reliability,
      fleet: hoursOff(reliability.fleet),
      byType: mapRecord(reliability.byType, hoursOff),
      byClient: mapRecord(reliability.byClient, hoursOff),
      byAsset: mapRecord(reliability.byAsset, (asset) => ({ ...hoursOff(asset), lastGapHours: null })),
    },
    // Every figure of incident lengths, "incidents that lost time" too (a length over 0, from days).
    lostHours: { ...lost, ...lostHoursOff() },
    tco: withoutDowntime(kpis.tco, policy, reason),
  };
}

/**
 * The SLA figures with `pair` applied to the period's response and resolution and to each
 * breakdown's (priority, client, category, month): the one walk over an SLA result that the
 * rules nulling its figures share (here, end-state.ts through this module, unjudged.ts).
 */
export function mapSlaPairs(sla: KpiSet['sla'], pair: <T extends SlaPair>(entry: T) => T): KpiSet['sla'] {
  return {
    ...pair(sla),
    byPriority: mapRecord(sla.byPriority, pair),
    byClient: mapRecord(sla.byClient, pair),
    byCategory: mapRecord(sla.byCategory, pair),
    byMonth: sla.byMonth.map(pair),
  };
}

/**
 * The monthly trend with the series `untimed` leaves unmeasured null in every month, `notMeasured`
 * saying `no-time-of-day` for them (and the monthly cost without its downtime).
 */
export function trendWithoutTimeOfDay(trend: TrendResult, untimed: UntimedDurations): TrendResult {
  const figures: TrendFigure[] = [];
  if (untimed.response) figures.push('slaResponse');
  if (untimed.resolution) figures.push('slaResolution', 'mtbfHours', 'availability', 'lostHours', 'lostHoursPerEmployeePerYear');
  return figures.length === 0 ? trend : trendWithout(trend, figures, 'no-time-of-day', untimed.resolution);
}
