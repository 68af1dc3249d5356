/**
 * The plain reference of `monthlyTrend`: what the definition says, literally — each KPI run over
 * each month on its own. Twelve runs of every KPI: too slow for a report over a million tickets,
 * which is why `monthlyTrend` exists, but the very meaning of "the figure of that month". The
 * property tests check that the two agree, so the trend cannot drift from the headline figures.
 */
import { localDateKey, monthKey } from '../../calendar/local.js';
import { TZDate } from '@date-fns/tz';
import { parsePeriod } from '../../calendar/period.js';
import { floorToMinute } from '../../internal/time.js';
import { ticketRows } from '../../model/tables.js';
import type { NotMeasuredReason } from '../types.js';
import { lostHours } from '../lost-hours/lost-hours.js';
import { recurringIncidents } from '../recurrence/recurrence.js';
import { fleetUnmeasured, reliability } from '../reliability/reliability.js';
import { slaAdherence } from '../sla/sla.js';
import { mostlyUnknown } from '../common.js';
import type { SlaOutcome } from '../types.js';
import { tco } from '../tco/tco.js';
import type { ReviewData } from '../types.js';
import type { TcoExclusionPart } from '../tco/types.js';
import { gatherExclusions, TREND_FIGURES, type TrendFigure, type TrendOptions, type TrendResult } from './types.js';

/**
 * `monthlyTrend` by running `slaAdherence`, `recurringIncidents`, `reliability`, `lostHours` and
 * `tco` over each month.
 *
 * @example
 * monthlyTrendReference(data, { period, asOf }).series.cost; // => monthlyTrend's, to rounding
 */
export function monthlyTrendReference(data: ReviewData, options: TrendOptions): TrendResult {
  const count = options.months ?? 12;
  const endsJudged = options.endsJudged ?? true;
  const mostlyUnknownEnds = (measured: number, unknown: number): boolean => endsJudged && mostlyUnknown(measured, unknown);
  const { period, calendars, recorded } = options;
  const timezone = data.policy.timezone;
  const asOf = floorToMinute(options.asOf);
  const last = monthKey(period.end - 1, timezone);
  const months: string[] = [];
  for (let back = count - 1; back >= 0; back--) {
    months.push(new Date(Date.UTC(Number(last.slice(0, 4)), Number(last.slice(5, 7)) - 1 - back, 1)).toISOString().slice(0, 7));
  }
  const tickets = ticketRows(data.tickets);
  // The data's span: the first and last opening instants (or the span given).
  const opened = tickets.filter((ticket) => ticket.openedAt !== null).map((ticket) => floorToMinute(ticket.openedAt!));
  const span = options.span !== undefined ? options.span : opened.length === 0 ? null : { first: Math.min(...opened), last: Math.max(...opened), count: opened.length };
  // Observed from the first ticket's day only when the file is dense enough to show the export
  // starts there: 30 openings or more, at least one a day on average from the first to the last.
  const dense = span !== null && (span.count ?? 0) >= 30 && (span.count ?? 0) / Math.max(1, (span.last - span.first) / 86_400_000) >= 1;
  const measured = recorded?.firstResponseAt ?? tickets.some((ticket) => ticket.firstResponseAt !== null);
  const headcount = data.policy.headcount;

  const series = Object.fromEntries(TREND_FIGURES.map((figure) => [figure, [] as (number | null)[]])) as Record<TrendFigure, (number | null)[]>;
  const covered: boolean[] = [];
  const partial: boolean[] = [];
  const inPeriod: boolean[] = [];
  const excludedByMonth: Array<[string, Array<{ part: TcoExclusionPart; reason: NotMeasuredReason }>]> = [];
  let tooFewKeyed = false;
  let tooFewDays = false;
  // Some covered month judged no more SLA targets than closed at an unknown time.
  const unjudged = { response: false, resolution: false };
  let tooFewWithAsset = false;
  let notInFile = false;
  let withoutInventory = false;
  // Some covered month's lost hours, or fleet hours, rest on no more known lengths than unknown.
  const lengthless = { lost: false, fleet: false };
  for (const month of months) {
    const monthPeriod = parsePeriod(month, timezone);
    // Covered as the report's coverage says of a period: not wholly before the first or after the last opened ticket.
    const isCovered = span !== null && monthPeriod.end > span.first && monthPeriod.start <= span.last;
    covered.push(isCovered);
    partial.push(isCovered && (localDateKey(span.first, timezone) > localDateKey(monthPeriod.start, timezone) || monthPeriod.end > asOf));
    inPeriod.push(monthPeriod.start < period.end && monthPeriod.end > period.start);
    if (!isCovered) {
      for (const figure of TREND_FIGURES) series[figure].push(null);
      continue;
    }
    // Nothing is observed before the local midnight of the first ticket's day, in a dense file.
    const firstDay = new TZDate(span.first, timezone);
    const observedFrom = dense ? new TZDate(firstDay.getFullYear(), firstDay.getMonth(), firstDay.getDate(), timezone).getTime() : undefined;
    const kpiOptions = { period: monthPeriod, asOf, calendars, recorded, ...(observedFrom === undefined ? {} : { observedFrom }) };
    const sla = slaAdherence(data, { ...kpiOptions, responseMeasured: measured });
    const recurrence = recurringIncidents(data, kpiOptions);
    const fleetResult = reliability(data, kpiOptions);
    const fleet = fleetResult.fleet;
    // Too few incidents of the month name an asset: no fleet figure.
    // Without an asset inventory: no fleet uptime, whatever the month (reliability says so by `assetFile`).
    if (!fleetResult.assetFile && (fleet.assets ?? 0) > 0) withoutInventory = true;
    else if (fleetUnmeasured(fleetResult) === 'too-few-with-asset') tooFewWithAsset = true;
    else if (fleetUnmeasured(fleetResult) === 'assets-not-in-file') notInFile = true;
    const lost = lostHours(data, kpiOptions);
    const cost = tco(data, { ...kpiOptions, lostHours: lost });
    // No more incidents of known length than closed at an unknown time: no hours, and no
    // downtime in the cost (`lengths-unknown`, as the report's period: report/lengths-unknown.ts).
    const lostUnknown = lost.incidents !== null && lost.unknownDuration !== null && mostlyUnknownEnds(lost.incidents, lost.unknownDuration);
    if (lostUnknown) lengthless.lost = true;
    const othersMeasured = Object.entries(cost.byCategory).some(([category, amount]) => category !== 'downtime' && amount !== null);
    const costTotal = !lostUnknown ? cost.total : cost.total === null || !othersMeasured ? null : cost.total - (cost.byCategory.downtime ?? 0);
    const costExcluded = !lostUnknown
      ? cost.excluded
      : [...cost.excluded.filter(({ part }) => part !== 'downtime'), { part: 'downtime' as const, reason: 'lengths-unknown' as const }];
    // The TCO of the month alone, partial as it says.
    excludedByMonth.push([month, costExcluded.map(({ part, reason }) => ({ part, reason }))]);
    series.incidents.push(recurrence.incidents);
    // No rate where no more are judged than closed at an unknown time (`ends-unknown`).
    const rate = (outcome: SlaOutcome, target: 'response' | 'resolution') => {
      if (!mostlyUnknownEnds(outcome.met + outcome.breached, outcome.unknown)) return outcome.adherence;
      unjudged[target] = true;
      return null;
    };
    series.slaResolution.push(rate(sla.resolution!, 'resolution'));
    series.slaResponse.push(measured ? rate(sla.response!, 'response') : null);
    series.recurrenceRate.push(recurrence.rate);
    // Incidents there were, but too few of them carry the key for a rate.
    if (recurrence.rate === null && recurrence.keyedShare !== null) tooFewKeyed = true;
    // Most outages of the month of unknown length: no fleet hours (`lengths-unknown`).
    const outagesUnknown = fleet.failures !== null && fleet.unknownDurations !== null && mostlyUnknownEnds(fleet.failures - fleet.unknownDurations, fleet.unknownDurations);
    if (outagesUnknown && fleet.availability !== null) lengthless.fleet = true;
    series.mtbfHours.push(outagesUnknown ? null : fleet.mtbfHours);
    series.availability.push(outagesUnknown ? null : fleet.availability);
    series.lostHours.push(lostUnknown ? null : lost.totalHours);
    series.lostHoursPerEmployeePerYear.push(lostUnknown ? null : lost.perEmployeePerYear);
    if (!lostUnknown && lost.perEmployeePerYearReason === 'too-few-days') tooFewDays = true;
    series.cost.push(costTotal);
  }
  const notMeasured: Array<{ figure: TrendFigure; reason: NotMeasuredReason }> = [];
  if (!measured) notMeasured.push({ figure: 'slaResponse', reason: 'no-response-time' });
  else if (unjudged.response) notMeasured.push({ figure: 'slaResponse', reason: 'ends-unknown' });
  if (unjudged.resolution) notMeasured.push({ figure: 'slaResolution', reason: 'ends-unknown' });
  if (lengthless.lost) notMeasured.push({ figure: 'lostHours', reason: 'lengths-unknown' });
  const perEmployee = headcount !== null && headcount > 0;
  if (!perEmployee) notMeasured.push({ figure: 'lostHoursPerEmployeePerYear', reason: 'no-headcount' });
  else if (lengthless.lost) notMeasured.push({ figure: 'lostHoursPerEmployeePerYear', reason: 'lengths-unknown' });
  if (perEmployee && tooFewDays) notMeasured.push({ figure: 'lostHoursPerEmployeePerYear', reason: 'too-few-days' });
  if (tooFewKeyed) notMeasured.push({ figure: 'recurrenceRate', reason: 'too-few-keyed' });
  if (withoutInventory) {
    notMeasured.push({ figure: 'mtbfHours', reason: 'no-assets' });
    notMeasured.push({ figure: 'availability', reason: 'no-assets' });
  } else {
    if (tooFewWithAsset) {
      notMeasured.push({ figure: 'mtbfHours', reason: 'too-few-with-asset' });
      notMeasured.push({ figure: 'availability', reason: 'too-few-with-asset' });
    }
    if (notInFile) {
      notMeasured.push({ figure: 'mtbfHours', reason: 'assets-not-in-file' });
      notMeasured.push({ figure: 'availability', reason: 'assets-not-in-file' });
    }
    if (lengthless.fleet) {
      notMeasured.push({ figure: 'mtbfHours', reason: 'lengths-unknown' });
      notMeasured.push({ figure: 'availability', reason: 'lengths-unknown' });
    }
  }
  return { months, covered, partial, inPeriod, responseMeasured: measured, series, notMeasured, costExcluded: gatherExclusions(excludedByMonth) };
}
