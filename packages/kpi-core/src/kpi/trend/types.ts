/**
 * The shape of {@link monthlyTrend}'s result: one value per calendar month behind each headline
 * figure, null where the month is not covered by the data or the figure cannot be computed.
 */
import type { BusinessCalendar, Period } from '../../calendar/types.js';
import type { OpeningSpan } from '../opened-span.js';
import type { TcoExclusionPart } from '../tco/types.js';
import type { KpiOptions, MonthlyLostHours, NotMeasuredReason, SlaPair } from '../types.js';

/** The figures that get a monthly trend, each as the KPI of the same name computes it over one month. */
export const TREND_FIGURES = [
  'incidents',
  'slaResolution',
  'slaResponse',
  'recurrenceRate',
  'mtbfHours',
  'availability',
  'lostHours',
  'lostHoursPerEmployeePerYear',
  'cost',
] as const;
export type TrendFigure = (typeof TREND_FIGURES)[number];

/** Options of `monthlyTrend`. */
export interface TrendOptions extends KpiOptions {
  /** Months of the trend, ending with the period's last month; default 12. */
  months?: number;
  /** The business calendar of a client; default `calendarResolver(data.policy)`. */
  calendars?: (client: string | null) => BusinessCalendar;
  /**
   * The first and last opening instants that decide which months are covered (see `spanCovers`);
   * default: those of `data.tickets`. `buildReport` passes the whole export's, before any client
   * filter, as its `coverage` uses.
   */
  span?: OpeningSpan | null;
  /**
   * SLA results already computed over the same data, asOf and calendars with `slaAdherence`'s
   * default options (the report's period and previous period): a month of the window that lies
   * wholly inside one of their periods takes its counts from that result's `byMonth` instead of
   * judging its tickets again.
   */
  knownSla?: ReadonlyArray<{ period: Period; byMonth: ReadonlyArray<{ month: string } & SlaPair> }>;
  /**
   * Lost hours already summed month by month by `lostHours` (its `months` option, over the months
   * `months` names) over the same data, asOf and calendars, with `downtimePrice` as the price: a
   * month of the window wholly inside `period` takes its hours and downtime cost from it.
   */
  knownLost?: ReadonlyArray<{ period: Period; months: readonly string[] } & MonthlyLostHours>;
  /**
   * Leave the downtime out of every month's cost for this reason (the period's TCO leaves it out
   * too: lengths that run to a closing job, no end state, no time of day, no incident type), so
   * that `series.cost` and `costExcluded` say the same thing. Default: priced when it can be.
   */
  downtimeOff?: NotMeasuredReason;
  /**
   * Whether a month whose ends are mostly unknown loses its rate and hours (`ends-unknown`,
   * `lengths-unknown`), as the period does. False for a file too small to judge its ends by (the
   * report's `EVIDENCE_MIN_TICKETS`): the months then keep DESIGN's figures, as the period. Default true.
   */
  endsJudged?: boolean;
}

export interface TrendResult {
  /** `yyyy-MM` in the policy time zone, oldest first; the last is the period's last month. */
  months: string[];
  /**
   * Whether the data covers each month, by the rule of the report's `coverage`: the month does
   * not lie wholly before the first or after the last opened ticket. A month not covered has
   * every figure null.
   */
  covered: boolean[];
  /** Whether each covered month is only partly covered: the data start inside it, or it ends after asOf. */
  partial: boolean[];
  /** Whether each month overlaps the reviewed period. */
  inPeriod: boolean[];
  /**
   * Whether response times are measured: the export has a first-response time (see
   * `recordedColumns`). When false, `series.slaResponse` is all null.
   */
  responseMeasured: boolean;
  /** One value per month (aligned with `months`) for each figure. */
  series: Record<TrendFigure, (number | null)[]>;
  /**
   * The series null for a reason other than the month itself (not covered, or nothing to measure
   * in it): `slaResponse` without first-response times (`no-response-time`),
   * `lostHoursPerEmployeePerYear` without a headcount (`no-headcount`), `recurrenceRate` in the months whose
   * incidents too seldom carry the recurrence key (`too-few-keyed`, see `recurrence.minKeyedShare`),
   * `mtbfHours` and `availability` in the months whose incidents too seldom name an asset
   * (`too-few-with-asset`, see `minAssetShare`), `slaResponse` and `slaResolution` in the months
   * judged on no more tickets than closed at an unknown time (`ends-unknown`), `lostHours` and
   * `lostHoursPerEmployeePerYear` in the months with no more incidents of known length than
   * closed at an unknown time, `mtbfHours` and `availability` in those with no more failures of
   * known length than of unknown length (`lengths-unknown`). A figure may be named with two
   * reasons, each true of some months.
   */
  notMeasured: Array<{ figure: TrendFigure; reason: NotMeasuredReason }>;
  /**
   * What the monthly `cost` leaves out, as `tco(…).excluded` says of each month alone: each part
   * (a TCO category, `labour`, `technician-time`, `direct-costs`) with its reason and the covered
   * months whose cost leaves it out, in the order of `tco`'s parts. A month's cost is the total of
   * what is priced, *excluding* these — null only when nothing at all is (no asset file, no labour
   * recorded, no priced downtime).
   */
  costExcluded: TrendCostExclusion[];
}

/** A part of the monthly cost left out, why, and in which months (see `TrendResult.costExcluded`). */
export interface TrendCostExclusion {
  part: TcoExclusionPart;
  reason: NotMeasuredReason;
  months: string[];
}

/** The order of the parts of a cost, as `tco` lists what it leaves out. */
export const COST_PART_ORDER: readonly TcoExclusionPart[] = ['acquisition', 'contracts', 'licences', 'labour', 'technician-time', 'direct-costs', 'downtime'];

/**
 * The exclusions of each month gathered by part and reason, in {@link COST_PART_ORDER}.
 *
 * @example
 * gatherExclusions([['2026-01', [{ part: 'downtime', reason: 'no-rate' }]], ['2026-02', []]]);
 * // => [{ part: 'downtime', reason: 'no-rate', months: ['2026-01'] }]
 */
export function gatherExclusions(byMonth: ReadonlyArray<readonly [string, ReadonlyArray<{ part: TcoExclusionPart; reason: NotMeasuredReason }>]>): TrendCostExclusion[] {
  const gathered = new Map<string, TrendCostExclusion>();
  for (const [month, parts] of byMonth) {
    for (const { part, reason } of parts) {
      const key = `${part}\u0000${reason}`;
      const entry = gathered.get(key);
      if (entry === undefined) gathered.set(key, { part, reason, months: [month] });
      else entry.months.push(month);
    }
  }
  return [...gathered.values()].sort((a, b) => COST_PART_ORDER.indexOf(a.part) - COST_PART_ORDER.indexOf(b.part) || a.reason.localeCompare(b.reason));
}
