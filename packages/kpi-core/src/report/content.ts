/**
 * The review content that has no previous period (issue 12): the backlog over time, the monthly
 * trend behind the headline figures and the replacement plan. `buildReport` adds it beside the
 * KPIs of the period; it reuses the same preparation.
 */
import type { BusinessCalendar, Period } from '../calendar/types.js';
import type { ReplacementOptions } from '../kpi/replacement/types.js';
import type { TrendOptions } from '../kpi/trend/types.js';
import { backlogTrend } from '../kpi/backlog/backlog.js';
import type { PreparedReview } from '../kpi/prepared.js';
import { replacementPlan } from '../kpi/replacement/replacement.js';
import { monthlyTrend } from '../kpi/trend/trend.js';
import type { RecordedColumns, ReviewData } from '../kpi/types.js';
import type { ReviewContent } from './types.js';

export interface ReviewContentOptions {
  period: Period;
  asOf: number;
  calendars: (client: string | null) => BusinessCalendar;
  prepared: PreparedReview;
  /** Marks the policy values the trend's figures used (its monthly lost hours: calendar, factors, defaults). */
  usage?: TrendOptions['usage'];
  /** Which optional columns the export records (see `recordedColumns`); default: those of `data.tickets`. */
  recorded?: RecordedColumns;
  /** The span of the opening instants that decides which months of the trend are covered (see `TrendOptions.span`). */
  span?: TrendOptions['span'];
  /** The SLA results of the report's periods, whose months the trend reads instead of judging again. */
  knownSla?: TrendOptions['knownSla'];
  /** The lost hours of the report's periods month by month, which the trend reads instead of counting again. */
  knownLost?: TrendOptions['knownLost'];
  /** The reason the trend's monthly cost leaves the downtime out, as the period's TCO does (see `TrendOptions.downtimeOff`). */
  downtimeOff?: TrendOptions['downtimeOff'];
  /** Whether the months judge their ends as the period does (see `TrendOptions.endsJudged`). */
  endsJudged?: TrendOptions['endsJudged'];
  /** The period's tco, whose corrective cost per asset the replacement plan reads; null when the period has no figures. */
  tco?: ReplacementOptions['tco'];
}

/**
 * The backlog trend, monthly trend and replacement plan of a period, with their defaults (12
 * months, 200 ids per month, 500 assets listed).
 *
 * @example
 * const content = reviewContent(data, { period, asOf, calendars, prepared });
 * content.trend.series.slaResolution.at(-1); // => the adherence of the period's last month
 */
export function reviewContent(data: ReviewData, options: ReviewContentOptions): ReviewContent {
  return {
    backlogTrend: backlogTrend(data, options),
    trend: monthlyTrend(data, options),
    replacement: replacementPlan(data, options),
  };
}
