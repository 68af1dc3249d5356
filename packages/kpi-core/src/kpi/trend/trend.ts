/**
 * The 12-month trend behind each headline figure (issue 12): one value per calendar month, each
 * the figure its KPI gives for that month alone, computed for all months in one pass per KPI
 * instead of running every KPI twelve more times.
 */
import { calendarResolver } from '../../calendar/calendar.js';
import { monthKey } from '../../calendar/local.js';
import { monthIndex, monthsEndingWith, type MonthWindow } from '../../calendar/month-window.js';
import type { Period } from '../../calendar/types.js';
import { RevueError } from '../../internal/errors.js';
import { finiteOrNull, floorToMinute } from '../../internal/time.js';
import type { NotMeasuredReason } from '../types.js';
import { assertKpiOptions, mostlyUnknown } from '../common.js';
import { observedFromSpan, openedSpan, spanCovers, spanPartial } from '../opened-span.js';
import { preparedFor } from '../prepared.js';
import type { ReviewData } from '../types.js';
import { costByMonth } from './cost-months.js';
import { downtimePrice, lostHoursByMonth } from './lost-months.js';
import { observedDays, perEmployeePerYear, ticketsRated, yearlyRateReason } from '../lost-hours/lost-hours.js';
import { recurrenceByMonth } from './recurrence-months.js';
import { rateMeasurable } from '../recurrence/recurrence.js';
import { fleetUnmeasured, inventoryGiven } from '../reliability/reliability.js';
import { fleetFiguresOf, reliabilityByMonth } from './reliability-months.js';
import { slaByMonth } from './sla-months.js';
import { assetCostsRecorded, recordedExclusions } from '../tco/tco.js';
import type { TcoExclusionPart } from '../tco/types.js';
import { gatherExclusions, TREND_FIGURES, type TrendFigure, type TrendOptions, type TrendResult } from './types.js';

/**
 * The months of a trend: the `count` calendar months (policy time zone) ending with the period's
 * last month.
 *
 * @example
 * trendMonths(parsePeriod('2026-Q2', 'UTC'), 'UTC').keys; // => ['2025-07', …, '2026-06']
 */
export function trendMonths(period: Period, timezone: string, count = 12): MonthWindow {
  return monthsEndingWith(monthKey(period.end - 1, timezone), count, timezone);
}

function adherence(met: number, breached: number): number | null {
  return met + breached > 0 ? met / (met + breached) : null;
}

/**
 * The monthly trend of the headline figures: for each of the `months` (default 12) calendar
 * months (policy time zone) ending with the period's last month, the value that the KPI gives
 * when run over that month alone (same data, same `asOf`):
 * - `incidents`: incidents opened in the month (`recurringIncidents(…).incidents`);
 * - `slaResolution`, `slaResponse`: `slaAdherence(…).resolution.adherence` and
 *   `.response.adherence` (tickets opened in the month, the policy's targets, cancelled tickets
 *   and those closed at an unknown time left out); response only when the export has
 *   first-response times (`recordedColumns`), else null for every month; null in a month whose
 *   tickets closed at an unknown time are at least its judged ones (`ends-unknown`, the rule the
 *   report applies to the period's rates: the judged ones would be mostly the open ones already late);
 * - `recurrenceRate`: `recurringIncidents(…).rate` (repeats ÷ keyed incidents opened in the month,
 *   predecessors before it included; null in a month where fewer than `recurrence.minKeyedShare`
 *   of the incidents carry the key);
 * - `mtbfHours`, `availability`: `reliability(…).fleet.mtbfHours` and `.availability` (null in a
 *   month where fewer than `minAssetShare` of the incidents name an asset, and in every month
 *   without an asset inventory: `no-assets`, see `inventoryGiven`), observed from the
 *   local day of the span's first ticket (`KpiOptions.observedFrom`, as `buildReport` passes it);
 *   null in a month whose failures of known length are no more than those of unknown length
 *   (`lengths-unknown`, as the report's period: the hours would be a floor);
 * - `lostHours`: `lostHours(…).totalHours`; `lostHoursPerEmployeePerYear` = that × 365 ÷ days of
 *   the month observed (from that first day, up to asOf: `observedDays`) ÷ headcount (null
 *   without a headcount, and in a month observed fewer than 28 days: `too-few-days`); both null
 *   in a month where no more incidents lost time than were opened in it and closed at an unknown
 *   time (`lengths-unknown`: the sum would be the open and dated ones' alone, read as the month's);
 * - `cost`: `tco(…).total` (acquisition, contracts, licences, labour and downtime of the month,
 *   what the export and the policy let measure), by the TCO's own rule: the total of what is
 *   priced, excluding what is not (no asset file, labour not recorded, technician time or downtime
 *   without a rate: DESIGN §2, money is never assumed), listed in `costExcluded` with its months;
 *   null only in a month where nothing at all is priced; a month whose lost hours are not
 *   measured (`lengths-unknown`) leaves its downtime out, as the period's TCO does.
 * A month is covered, as the report's `coverage` says of a period, unless it lies wholly before
 * the first or after the last opened ticket (of `options.span`, default the tickets'); every
 * figure of a month not covered is null (DESIGN §5, coverage), as is a figure the month has no
 * data for (no judged ticket, no keyed incident, no asset…). `notMeasured` names the series null
 * for another reason: no first-response time, no headcount, no rate, too few keyed incidents
 * (`recurrenceRate` null in a covered month that had incidents).
 *
 * @throws {RevueError} when the period, asOf or months is not valid
 * @example
 * const trend = monthlyTrend(data, { period: parsePeriod('2026-Q2', 'Europe/Paris'), asOf });
 * trend.months; // => ['2025-07', …, '2026-06']
 * trend.series.incidents; // => [null, null, null, 161, 170, …, 214] — the data start in October 2025
 */
export function monthlyTrend(data: ReviewData, options: TrendOptions): TrendResult {
  assertKpiOptions(options, 'monthlyTrend');
  const count = options.months ?? 12;
  if (!Number.isInteger(count) || count < 1) throw new RevueError('invalid-option', 'monthlyTrend: months must be an integer ≥ 1');
  const { period } = options;
  const timezone = data.policy.timezone;
  const asOf = floorToMinute(options.asOf);
  const calendars = options.calendars ?? calendarResolver(data.policy);
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const window = trendMonths(period, timezone, count);
  const bounds = window.bounds;
  const span = options.span !== undefined ? options.span : openedSpan(prepared);
  const covered = window.keys.map((_, m) => spanCovers(span, bounds[m]!, bounds[m + 1]!));
  const partial = window.keys.map((_, m) => spanPartial(span, bounds[m]!, bounds[m + 1]!, asOf, timezone));
  const inPeriod = window.keys.map((_, m) => bounds[m]! < period.end && bounds[m + 1]! > period.start);
  const recorded = prepared.recorded(options.recorded);
  const measured = recorded.firstResponseAt;
  const downtimeOff = options.downtimeOff ?? null;
  // Ends mostly unknown: judged only where the report judges the period's (TrendOptions.endsJudged).
  const endsJudged = options.endsJudged ?? true;
  const mostlyUnknownEnds = (measured: number, unknown: number): boolean => endsJudged && mostlyUnknown(measured, unknown);

  // The tickets opened in the window and their months, found once for every series (two passes
  // over the opening instants into typed arrays: cheaper than a growing list).
  const first = bounds[0]!;
  const last = bounds[count]!;
  const { opened, incident } = prepared;
  let inWindow = 0;
  for (let row = 0; row < prepared.rows; row++) {
    const at = opened[row]!;
    if (at >= first && at < last) inWindow++;
  }
  const rows = new Int32Array(inWindow);
  const monthOf = new Int8Array(inWindow);
  const incidents = new Int32Array(count);
  // Incidents that could carry the recurrence key (cancelled ones are in no chain).
  const activeIncidents = new Int32Array(count);
  // Of those, the ones that name an asset (the fleet's figures need enough of them).
  const withAsset = new Int32Array(count);
  // And of those, the ones that name an asset of the file (rows before `fileRows`, see `assetIndex`).
  const withFileAsset = new Int32Array(count);
  const incidentAssets = prepared.assetIndex('incidents');
  const assetIds = prepared.columns.assetId;
  for (let row = 0, k = 0; row < prepared.rows; row++) {
    const at = opened[row]!;
    if (!(at >= first && at < last)) continue;
    const month = monthIndex(window, at);
    rows[k] = row;
    monthOf[k++] = month;
    if (incident[row] === 1) incidents[month]!++;
    if (prepared.activeIncident[row] === 1) {
      activeIncidents[month]!++;
      const assetId = assetIds[row];
      if (assetId !== null && assetId !== undefined && assetId !== '') withAsset[month]!++;
      const asset = incidentAssets.ticketAsset[row]!;
      if (asset >= 0 && asset < incidentAssets.fileRows) withFileAsset[month]!++;
    }
  }
  const openedRows = { rows, month: monthOf };
  // The months an SLA result of the report covers wholly are read from it, not judged again.
  const known = new Uint8Array(count);
  const months = () => ({ met: new Int32Array(count), breached: new Int32Array(count), unknown: new Int32Array(count) });
  const sla = { response: months(), resolution: months() };
  for (const { period: covering, byMonth } of options.knownSla ?? []) {
    for (const entry of byMonth) {
      const m = window.keys.indexOf(entry.month);
      // No resolution outcome to read (a period without figures): the month is judged here.
      if (m < 0 || known[m] === 1 || entry.resolution === null || !(covering.start <= bounds[m]! && bounds[m + 1]! <= covering.end)) continue;
      known[m] = 1;
      sla.response.met[m] = entry.response?.met ?? 0;
      sla.response.breached[m] = entry.response?.breached ?? 0;
      sla.response.unknown[m] = entry.response?.unknown ?? 0;
      sla.resolution.met[m] = entry.resolution.met;
      sla.resolution.breached[m] = entry.resolution.breached;
      sla.resolution.unknown[m] = entry.resolution.unknown;
    }
  }
  const judged = slaByMonth(prepared, openedRows, window, asOf, calendars, measured, known);
  for (let m = 0; m < count; m++) {
    if (known[m] === 1) continue;
    sla.response.met[m] = judged.response.met[m]!;
    sla.response.breached[m] = judged.response.breached[m]!;
    sla.resolution.met[m] = judged.resolution.met[m]!;
    sla.resolution.breached[m] = judged.resolution.breached[m]!;
    sla.response.unknown[m] = judged.response.unknown[m]!;
    sla.resolution.unknown[m] = judged.resolution.unknown[m]!;
  }
  // A month judged on no more tickets than closed at an unknown time has no rate, as the period
  // (`ends-unknown`, report/unjudged.ts): its judged ones would be mostly the open ones already late.
  const unjudged = { response: false, resolution: false };
  const rateOf = (target: 'response' | 'resolution', m: number, month: boolean): number | null => {
    const { met, breached, unknown } = sla[target];
    if (!month) return null;
    if (mostlyUnknownEnds(met[m]! + breached[m]!, unknown[m]!)) {
      unjudged[target] = true;
      return null;
    }
    return adherence(met[m]!, breached[m]!);
  };
  const recurrence = recurrenceByMonth(prepared, window, data.policy.recurrence.key, data.policy.recurrence.windowDays);
  const minKeyedShare = data.policy.recurrence.minKeyedShare;
  let tooFewKeyed = false;
  // Some covered month had too few observed days for a yearly rate of lost hours.
  let tooFewDays = false;
  const minAssetShare = data.policy.minAssetShare;
  let tooFewWithAsset = false;
  let notInFile = false;
  // Without an asset inventory only the failed assets are known: no fleet uptime (DESIGN §5).
  const inventory = inventoryGiven(incidentAssets);
  let withoutInventory = false;
  // As the report's periods: nothing is observed before the local day of the export's first ticket.
  const observedFrom = observedFromSpan(span, timezone);
  const fleet = reliabilityByMonth(prepared, window, asOf, observedFrom);
  // The months a lost-hours run of the report covers wholly are read from it, not counted again.
  const lostKnown = new Uint8Array(count);
  const knownHours = new Float64Array(count);
  const knownPriced = new Float64Array(count);
  const knownUnpriced = new Float64Array(count);
  for (const { period: covering, months, hours, priced, unpriced } of options.knownLost ?? []) {
    months.forEach((month, k) => {
      const m = window.keys.indexOf(month);
      if (m < 0 || lostKnown[m] === 1 || !(covering.start <= bounds[m]! && bounds[m + 1]! <= covering.end)) return;
      lostKnown[m] = 1;
      knownHours[m] = hours[k]!;
      knownPriced[m] = priced[k]!;
      knownUnpriced[m] = unpriced[k]!;
    });
  }
  const lost = lostHoursByMonth(prepared, window, asOf, calendars, downtimePrice(prepared), lostKnown, options.usage);
  for (let m = 0; m < count; m++) {
    if (lostKnown[m] !== 1) continue;
    lost.hours[m] = knownHours[m]!;
    lost.downtimeCost[m] = knownPriced[m]!;
    lost.unpriced[m] = knownUnpriced[m]!;
  }
  const cost = costByMonth(prepared, window, openedRows, asOf, observedFrom);
  const headcount = data.policy.headcount;
  const perEmployee = headcount !== null && headcount > 0;
  // Zero hours are priced only under rates every ticket's policy gives (as `lostHours` and `tco` do).
  const usersRated = ticketsRated(prepared, 'userHourly');
  const techniciansRated = !recorded.effortMinutes || ticketsRated(prepared, 'technicianHourly');
  // What `tco` can measure in any month: the asset categories with an asset file, labour when the
  // export records effort or direct costs.
  const assetFile = prepared.assetIndex('all').source === 'file';
  const fixedExclusions: Array<{ part: TcoExclusionPart; reason: NotMeasuredReason }> = recordedExclusions(assetFile, recorded);
  const excludedByMonth: Array<[string, Array<{ part: TcoExclusionPart; reason: NotMeasuredReason }>]> = [];

  // Some covered month's lost hours, or fleet hours, rest on no more incidents of known length than unknown.
  const lengthless = { lost: false, fleet: false };
  const series = Object.fromEntries(TREND_FIGURES.map((figure) => [figure, [] as (number | null)[]])) as Record<TrendFigure, (number | null)[]>;
  for (let m = 0; m < count; m++) {
    const month = covered[m]!;
    const figures = fleetFiguresOf(fleet.windowMs[m]!, fleet.downMs[m]!, fleet.failures[m]!, fleet.assets[m]!);
    // The days the month's hours were counted over (from the data start, up to asOf).
    const days = observedDays({ period: { label: window.keys[m]!, kind: 'month', start: bounds[m]!, end: bounds[m + 1]! }, asOf, ...(observedFrom === undefined ? {} : { observedFrom }) }, asOf, timezone);
    const hours = lost.hours[m]!;
    series.incidents.push(month ? incidents[m]! : null);
    series.slaResolution.push(rateOf('resolution', m, month));
    series.slaResponse.push(rateOf('response', m, month && measured));
    const rated = rateMeasurable(recurrence.keyed[m]!, activeIncidents[m]!, minKeyedShare);
    if (month && !rated && activeIncidents[m]! > 0) tooFewKeyed = true;
    series.recurrenceRate.push(month && rated ? recurrence.repeats[m]! / recurrence.keyed[m]! : null);
    const unmeasured = fleetUnmeasured({ incidents: activeIncidents[m]!, withAsset: withAsset[m]!, withFileAsset: withFileAsset[m]!, minAssetShare, assetFile: inventory });
    const fleetShown = inventory && unmeasured === null;
    // No inventory, but assets named: `no-assets`; no asset at all, the share says why (as `reliability`).
    if (month && !inventory && fleet.assets[m]! > 0) withoutInventory = true;
    else if (month && unmeasured === 'too-few-with-asset') tooFewWithAsset = true;
    else if (month && unmeasured === 'assets-not-in-file') notInFile = true;
    // Most of the month's outages closed at an unknown time: their hours would be a floor (`lengths-unknown`).
    const outagesUnknown = mostlyUnknownEnds(fleet.failures[m]! - fleet.unknownDurations[m]!, fleet.unknownDurations[m]!);
    if (month && fleetShown && outagesUnknown && figures.availability !== null) lengthless.fleet = true;
    series.mtbfHours.push(month && fleetShown && !outagesUnknown ? figures.mtbfHours : null);
    series.availability.push(month && fleetShown && !outagesUnknown ? figures.availability : null);
    // No more incidents lost time in the month than were closed at an unknown time: no hours (as the period's).
    const lostUnknown = mostlyUnknownEnds(lost.incidents[m]!, lost.unknown[m]!);
    if (month && lostUnknown) lengthless.lost = true;
    const lostShown = month && !lostUnknown;
    series.lostHours.push(lostShown ? hours : null);
    // A month the data enter late or that asOf cuts short: too few days for a yearly rate.
    if (lostShown && perEmployee && yearlyRateReason(days, headcount) === 'too-few-days') tooFewDays = true;
    series.lostHoursPerEmployeePerYear.push(lostShown ? perEmployeePerYear(hours, days, headcount) : null);
    // The TCO's rule, month by month: what needs a rate the policy lacks is left out, whole
    // (technician time when one ticket's effort has no rate, downtime when one lost hour has
    // none), and the rest is a total, partial, said so in `costExcluded`.
    const techniciansPriced = recorded.effortMinutes && cost.unpricedEffort[m] === 0 && (cost.withEffort[m] === 1 || techniciansRated);
    // Hours not measured (`lengths-unknown`): their downtime is left out too, as the period's TCO does.
    const downtimePriced = downtimeOff === null && !lostUnknown && !(lost.unpriced[m]! > 0 || (hours === 0 && !usersRated));
    if (month) {
      const excluded = [...fixedExclusions];
      if (recorded.effortMinutes && !techniciansPriced) excluded.push({ part: 'technician-time', reason: 'no-rate' });
      if (!downtimePriced) excluded.push({ part: 'downtime', reason: downtimeOff ?? (lostUnknown ? 'lengths-unknown' : 'no-rate') });
      excludedByMonth.push([window.keys[m]!, excluded]);
    }
    // Labour is priced by its direct costs, or by its effort at a rate: effort without one and no
    // cost column prices no part of it (as `tco` leaves its categories unmeasured then).
    const labourPriced = recorded.cost || (recorded.effortMinutes && techniciansPriced);
    const priced = assetCostsRecorded(assetFile, recorded) || labourPriced || downtimePriced;
    series.cost.push(
      month && priced ? finiteOrNull(cost.amount[m]! + (techniciansPriced ? cost.technician[m]! : 0) + (downtimePriced ? lost.downtimeCost[m]! : 0)) : null,
    );
  }
  const notMeasured: TrendResult['notMeasured'] = [];
  const add = (figure: TrendFigure, reason: NotMeasuredReason) => notMeasured.push({ figure, reason });
  if (!measured) add('slaResponse', 'no-response-time');
  else if (unjudged.response) add('slaResponse', 'ends-unknown');
  if (unjudged.resolution) add('slaResolution', 'ends-unknown');
  if (lengthless.lost) add('lostHours', 'lengths-unknown');
  if (!perEmployee) add('lostHoursPerEmployeePerYear', 'no-headcount');
  else if (lengthless.lost) add('lostHoursPerEmployeePerYear', 'lengths-unknown');
  if (perEmployee && tooFewDays) add('lostHoursPerEmployeePerYear', 'too-few-days');
  if (tooFewKeyed) add('recurrenceRate', 'too-few-keyed');
  if (withoutInventory) {
    add('mtbfHours', 'no-assets');
    add('availability', 'no-assets');
  } else {
    if (tooFewWithAsset) {
      add('mtbfHours', 'too-few-with-asset');
      add('availability', 'too-few-with-asset');
    }
    if (notInFile) {
      add('mtbfHours', 'assets-not-in-file');
      add('availability', 'assets-not-in-file');
    }
    if (lengthless.fleet) {
      add('mtbfHours', 'lengths-unknown');
      add('availability', 'lengths-unknown');
    }
  }
  return { months: window.keys, covered, partial, inPeriod, responseMeasured: measured, series, notMeasured, costExcluded: gatherExclusions(excludedByMonth) };
}

