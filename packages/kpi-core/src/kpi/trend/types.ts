/**
 * The shape of {@link monthlyTrend}'s result: one value per calendar month behind each headline
 * figure, null where the month is not covered by the data or the figure cannot be computed.
 */
import type { BusinessCalendar, Period } from '../../calendar/types.js';
import type { SlaPair } from '../../report/types.js';
import type { KpiOptions } from '../types.js';

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
  knownLost?: ReadonlyArray<{ period: Period; months: readonly string[]; hours: Float64Array; priced: Float64Array }>;
}

export interface TrendResult {
  /** `yyyy-MM` in the policy time zone, oldest first; the last is the period's last month. */
  months: string[];
  /**
   * Whether the data covers each month: it starts before the last ticket was opened (and before
   * asOf) and ends after the first was. A month not covered has every figure null.
   */
  covered: boolean[];
  /** Whether each month overlaps the reviewed period. */
  inPeriod: boolean[];
  /**
   * Whether response times are measured: at least one ticket has a first response (the export
   * has that column). When false, `series.slaResponse` is all null.
   */
  responseMeasured: boolean;
  /** One value per month (aligned with `months`) for each figure. */
  series: Record<TrendFigure, (number | null)[]>;
}
