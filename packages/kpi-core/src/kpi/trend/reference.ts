/**
 * The plain reference of `monthlyTrend`: what the definition says, literally — each KPI run over
 * each month on its own. Twelve runs of every KPI: too slow for a report over a million tickets,
 * which is why `monthlyTrend` exists, but the very meaning of "the figure of that month". The
 * property tests check that the two agree, so the trend cannot drift from the headline figures.
 */
import { monthKey } from '../../calendar/local.js';
import { parsePeriod, periodDays } from '../../calendar/period.js';
import { floorToMinute } from '../../internal/time.js';
import { ticketRows } from '../../model/tables.js';
import { lostHours } from '../lost-hours.js';
import { recurringIncidents } from '../recurrence.js';
import { reliability } from '../reliability.js';
import { slaAdherence } from '../sla.js';
import { tco } from '../tco.js';
import type { ReviewData } from '../types.js';
import { TREND_FIGURES, type TrendFigure, type TrendOptions, type TrendResult } from './types.js';

/**
 * `monthlyTrend` by running `slaAdherence`, `recurringIncidents`, `reliability`, `lostHours` and
 * `tco` over each month.
 *
 * @example
 * monthlyTrendReference(data, { period, asOf }).series.cost; // => monthlyTrend's, to rounding
 */
export function monthlyTrendReference(data: ReviewData, options: TrendOptions): TrendResult {
  const count = options.months ?? 12;
  const { period, calendars } = options;
  const timezone = data.policy.timezone;
  const asOf = floorToMinute(options.asOf);
  const last = monthKey(period.end - 1, timezone);
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    months.push(new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)) - 1 - back, 1)).toISOString().slice(0, 7));
  }
  const tickets = ticketRows(data.tickets);
  const opened = tickets.filter((ticket) => ticket.openedAt !== null).map((ticket) => floorToMinute(ticket.openedAt!));
  const first = Math.min(...opened);
  const latest = Math.min(Math.max(...opened), asOf);
  const measured = tickets.some((ticket) => ticket.firstResponseAt !== null);

  const series = Object.fromEntries(TREND_FIGURES.map((figure) => [figure, [] as (number | null)[]])) as Record<TrendFigure, (number | null)[]>;
  const covered: boolean[] = [];
  const inPeriod: boolean[] = [];
  for (const month of months) {
    const monthPeriod = parsePeriod(month, timezone);
    const isCovered = monthPeriod.start <= latest && monthPeriod.end > first;
    covered.push(isCovered);
    inPeriod.push(monthPeriod.start < period.end && monthPeriod.end > period.start);
    if (!isCovered) {
      for (const figure of TREND_FIGURES) series[figure].push(null);
      continue;
    }
    const kpiOptions = { period: monthPeriod, asOf, calendars };
    const sla = slaAdherence(data, kpiOptions);
    const recurrence = recurringIncidents(data, kpiOptions);
    const fleet = reliability(data, kpiOptions).fleet;
    const lost = lostHours(data, kpiOptions);
    const cost = tco(data, { ...kpiOptions, lostHours: lost });
    const headcount = data.policy.headcount;
    series.incidents.push(recurrence.incidents);
    series.slaResolution.push(sla.resolution.adherence);
    series.slaResponse.push(measured ? sla.response.adherence : null);
    series.recurrenceRate.push(recurrence.rate);
    series.mtbfHours.push(fleet.mtbfHours);
    series.availability.push(fleet.availability);
    series.lostHours.push(lost.totalHours);
    series.lostHoursPerEmployeePerYear.push(headcount !== null && headcount > 0 ? (lost.totalHours * 365) / periodDays(monthPeriod, timezone) / headcount : null);
    series.cost.push(cost.total);
  }
  return { months, covered, inPeriod, responseMeasured: measured, series };
}
