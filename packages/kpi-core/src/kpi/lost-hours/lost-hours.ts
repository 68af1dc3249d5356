/**
 * Lost hours (DESIGN §5): the working time users lost to incidents, weighted by how many were
 * affected and how badly, and compared with the 50–100 h per employee per year benchmark.
 */
import { calendarResolver } from '../../calendar/calendar.js';
import { monthIndex, type MonthWindow } from '../../calendar/month-window.js';
import { dayPosition, dayStart, localDay } from '../../calendar/local.js';
import { periodDays } from '../../calendar/period.js';
import type { BusinessCalendar, Period } from '../../calendar/types.js';
import { DAY_MS, finiteOrNull, floorToMinute } from '../../internal/time.js';
import { policyFor } from '../../policy/parse.js';
import type { LostHoursResult, LostHoursRowCounts } from './types.js';
import { IMPACTS } from '../../model/fields.js';
import { assertKpiOptions, NONE_KEY, observedStart, setOwn } from '../common.js';
import type { KeySums } from '../index/key-sums.js';
import { indexPart, preparedFor, type PreparedReview } from '../prepared.js';
import type { ByAssetDetail, KpiOptions, KpiRun, MonthlyLostHours, ReviewData } from '../types.js';
import { PRIORITY_IMPACT_KEYS, priorityIndex, type PolicyUsage } from '../usage.js';
import type { Policy } from '../../policy/types.js';

/** Options of {@link lostHours}. */
export interface LostHoursOptions extends KpiOptions {
  /** The business calendar of a client; default `calendarResolver(data.policy)`. */
  calendars?: (client: string | null) => BusinessCalendar;
  /**
   * Also keep the lost hours month by month over these calendar months (for the monthly trend,
   * read from the sums of {@link lostHoursRun}); no figure of the result changes.
   */
  months?: LostHoursMonths;
}

/**
 * Months over which `lostHours` also sums each incident's part month by month: the hours a month
 * wholly inside the period gets are those `lostHours` over that month alone counts; `price(row)`
 * prices them too (the trend's downtime cost; null: no rate, priced at nothing). A month only
 * partly inside the period gets part.
 */
export interface LostHoursMonths {
  window: MonthWindow;
  price: (row: number) => number | null;
}

// MonthlyLostHours lives in kpi/types.ts: trend/types reads it, and report/types reads trend/types (no cycle).
export type { MonthlyLostHours } from '../types.js';

/** Published range of time lost per employee per year (DESIGN, preamble), in hours. */
export const LOST_HOURS_BENCHMARK = { low: 50, high: 100 } as const;

/**
 * The fewest observed days a yearly rate of lost hours is drawn from: 28, the shortest calendar
 * month, so that every whole month, quarter or year the data cover has its rate. Over fewer days
 * (a Jira export of one ticket, a quarter the data enter on its last week) × 365 ÷ days turns a
 * few hours into a yearly figure that is no evidence: 16 h over 2 days read as 246 h per
 * employee per year, above the benchmark, in a finding. The rate is then null (`too-few-days`).
 */
export const MIN_DAYS_FOR_YEARLY_RATE = 28;

/**
 * Hours lost per employee per year: `hours` × 365 ÷ `days` ÷ `headcount` (DESIGN §5); null
 * without a positive headcount, or when the hours were counted over fewer than
 * {@link MIN_DAYS_FOR_YEARLY_RATE} days. One rule for `lostHours` and the monthly trend.
 *
 * @example
 * perEmployeePerYear(60, 30, 10); // => 73 (60 × 365 ÷ 30 ÷ 10)
 * perEmployeePerYear(16, 2, 10); // => null (2 days: too few to make a year of)
 */
export function perEmployeePerYear(hours: number, days: number, headcount: number | null): number | null {
  if (headcount === null || !(headcount > 0) || !(days >= MIN_DAYS_FOR_YEARLY_RATE)) return null;
  return finiteOrNull((hours * 365) / days / headcount);
}

/**
 * Why {@link perEmployeePerYear} is null, or null when it is not: no headcount first (the policy
 * must say it whatever the data), else too few days.
 *
 * @example
 * yearlyRateReason(2, 10); // => 'too-few-days'
 */
export function yearlyRateReason(days: number, headcount: number | null): 'no-headcount' | 'too-few-days' | null {
  if (headcount === null || !(headcount > 0)) return 'no-headcount';
  return days >= MIN_DAYS_FOR_YEARLY_RATE ? null : 'too-few-days';
}

/**
 * Users affected by an incident: `affectedUsers` when recorded (0 → nothing lost; negative
 * counts as 0), 1 when missing (DESIGN §5's default: an assumption, `affectedUsers` in the
 * report's `assumptions`, counted in `usersAssumed`). Shared with the monthly trend's lost hours.
 *
 * @example
 * affectedUsersOf(Number.NaN); // => 1 (not recorded: the default)
 * affectedUsersOf(-3); // => 0
 */
export function affectedUsersOf(value: number): number {
  if (Number.isNaN(value)) return 1;
  return value > 0 ? value : 0;
}

/**
 * Slots of the impact factor an incident takes (DESIGN §5): 0…2 `impactFactors[impact]` (outage,
 * degraded, minor), 3…7 `priorityImpact[P1…P5]`, 8 neither (factor 1, the assumption
 * `impactUnknown`). Per client slot `s`, the slot `k` used is kept at `s × FACTOR_SLOTS + k`.
 */
export const FACTOR_SLOTS = 9;
const UNKNOWN_IMPACT_SLOT = 8;

/**
 * The factor slot of each row, as lost hours read it: the impact when it is one of `IMPACTS`,
 * else the priority when it is `P1`…`P5`, else {@link FACTOR_SLOTS} − 1 (neither). One rule for
 * `lostHours` and the trend's monthly lost hours.
 *
 * @example
 * const slotOf = factorSlotReader(prepared);
 * factorOfSlot(policy, slotOf(row)); // => 0.5 for a row with impact 'degraded' (default factors)
 */
export function factorSlotReader(prepared: PreparedReview): (row: number) => number {
  // The impact (0…2 in IMPACTS) and priority (0…4) of each row's value code, −1 when not one.
  const impacts = prepared.stringCodes('impact');
  const impactOfCode = Int8Array.from(impacts.values, (value) => (IMPACTS as readonly string[]).indexOf(value));
  const priorities = prepared.stringCodes('priority');
  const priorityOfCode = Int8Array.from(priorities.values, (value) => priorityIndex(value));
  const impactCodes = impacts.codes;
  const priorityCodes = priorities.codes;
  return (row) => {
    const impactCode = impactCodes[row]!;
    const impact = impactCode < 0 ? -1 : impactOfCode[impactCode]!;
    if (impact >= 0) return impact;
    const priorityCode = priorityCodes[row]!;
    const priority = priorityCode < 0 ? -1 : priorityOfCode[priorityCode]!;
    return priority >= 0 ? 3 + priority : UNKNOWN_IMPACT_SLOT;
  };
}

/**
 * The factor of a slot of {@link factorSlotReader} under `policy`: neither impact nor priority
 * counts as a full outage (1) — a smaller factor would hide lost time; the report says so.
 */
export function factorOfSlot(policy: Policy, slot: number): number {
  if (slot < 3) return policy.impactFactors[IMPACTS[slot]!];
  if (slot < UNKNOWN_IMPACT_SLOT) return policy.priorityImpact[PRIORITY_NAMES[slot - 3]!];
  return 1;
}

/**
 * Marks on `usage` the policy values lost hours rested on, per client slot (the index of
 * `policies`): the calendar of a slot whose incidents were counted (`counted[slot]` 1), the factor
 * slots used (`factorUsed`, see {@link FACTOR_SLOTS}: the unknown slot marks `impactUnknown`), and
 * `affectedUsers` where an incident took the default of one user (`usersDefaulted[slot]` 1).
 */
export function markLostHoursUsage(
  usage: PolicyUsage,
  policies: readonly Policy[],
  counted: Uint8Array,
  factorUsed: Uint8Array,
  usersDefaulted: Uint8Array,
): void {
  for (let slot = 0; slot < policies.length; slot++) {
    const policy = policies[slot]!;
    if (counted[slot] === 1) {
      usage.mark(policy, 'calendar.hours', 'lostHours');
      usage.mark(policy, 'calendar.holidays', 'lostHours');
      usage.mark(policy, 'timezone', 'lostHours');
    }
    for (let impact = 0; impact < 3; impact++) if (factorUsed[slot * FACTOR_SLOTS + impact] === 1) usage.mark(policy, `impactFactors.${IMPACTS[impact]!}`);
    for (let p = 0; p < 5; p++) if (factorUsed[slot * FACTOR_SLOTS + 3 + p] === 1) usage.mark(policy, PRIORITY_IMPACT_KEYS[p]!);
    if (usersDefaulted[slot] === 1) usage.mark(policy, 'affectedUsers');
    if (factorUsed[slot * FACTOR_SLOTS + UNKNOWN_IMPACT_SLOT] === 1) usage.mark(policy, 'impactUnknown');
  }
}

/**
 * Whether every ticket of the data falls under a policy (its client's, else the base one) that
 * gives `rate`; with no ticket, whether the base policy does. A money figure over zero hours is
 * €0 only then: zero hours at a rate the policy does not give is still money without a rate
 * (DESIGN §2), so the figure is null (`no-rate`).
 *
 * @example
 * ticketsRated(prepared, 'userHourly'); // => false under the default policy (no rates)
 */
export function ticketsRated(prepared: PreparedReview, rate: 'userHourly' | 'technicianHourly'): boolean {
  const policies = prepared.clientPolicies();
  if (policies.every((policy) => policy.rates[rate] !== null)) return true;
  if (prepared.rows === 0) return policies[0]!.rates[rate] !== null;
  const { codes } = prepared.clients();
  for (let row = 0; row < prepared.rows; row++) if (policies[codes[row]! + 1]!.rates[rate] === null) return false;
  return true;
}

/**
 * Lost hours: working time lost by users to incidents in the period.
 *
 * For each incident (`type` `incident` or missing), lost = business hours of its client's
 * calendar over `[max(openedAt, period start), min(end, period end))` × users × impact factor,
 * where `end` is the resolution instant (`resolvedAt`, else `closedAt`) when it is at or before
 * `asOf`, else `asOf` (a ticket resolved after asOf is still open at asOf); users =
 * `affectedUsers` (missing → 1, 0 → 0; `usersAssumed` counts the incidents that took the 1, and
 * the assumption `affectedUsers` is marked); impact factor = `impactFactors[impact]`, else
 * `priorityImpact[priority]`, else 1, from the client's policy. Instants are taken at the minute.
 * Incidents whose clipped interval is empty are left out (`incidents` counts the others).
 * Overlapping incidents of one asset (and client) hinder the same people: as reliability makes
 * them one outage, their time is counted once, at the weight (users × factor) of the heaviest
 * incident open at each moment (ties: the earlier opened) — two overlapping outages of a server
 * for its 30 users lose 30 user-hours an hour, not 60. `overlapIncidents` counts the incidents
 * that lost time so, `overlapHours` the hours a per-incident sum would have added on top.
 * Incidents without an asset are never merged: nothing says they hinder the same people.
 *
 * - `totalHours` and its partitions `byClient`, `byCategory`, `byAsset` (missing → `(none)`);
 * - `perEmployeePerYear` = totalHours × 365 ÷ days observed ÷ headcount (null without a positive
 *   headcount, or over fewer than {@link MIN_DAYS_FOR_YEARLY_RATE} days observed: a year drawn
 *   from a few days is no evidence; `perEmployeePerYearReason` says which), beside the 50–100 h
 *   `benchmark`; `observedDays` holds the days observed, which are the calendar days of the
 *   period, from `observedFrom` when the data start later, and up to `asOf` (its day counted in
 *   part) when the period is not over — the hours are counted over those days only, and a
 *   year's rate drawn from them over the whole period's days would read 2 or 4 times too low;
 * - `perEmployeePerYearByClient`: the same with a client's own lost hours and its policy's
 *   headcount (`(none)` uses the base policy);
 * - `cost` = Σ lost hours × `rates.userHourly` of each incident's client policy (= totalHours ×
 *   userHourly when no client overrides the rate), in the base policy's currency;
 * - `effortHours` = Σ `effortMinutes` ÷ 60 over incidents opened in the period, whether or not
 *   they lost time.
 *
 * @throws {RevueError} when the period or asOf is not valid
 * @example
 * // One outage on Mon 09:00–11:00 (business hours), 3 users, impact 'outage' (factor 1)
 * const result = lostHours(data, { period, asOf });
 * result.totalHours; // => 6 (2 h × 3 users × 1)
 */
export function lostHours(data: ReviewData, options: LostHoursOptions): LostHoursResult {
  return lostHoursRun(data, options).result;
}

/**
 * The days over which a period's lost hours were counted: its calendar days, from `observedFrom`
 * when the data start later, and up to `asOf` when the period is not over (asOf's own day in
 * part, as the hours count it up to asOf); a range of instants counts its length in days.
 *
 * @example
 * // 2026-Q1 in UTC, data from 2 March, asOf 11 March 12:00: 9 whole days and half a day.
 * observedDays({ period: q1of2026, asOf, observedFrom: Date.parse('2026-03-02T00:00Z') }, asOf, 'UTC'); // => 9.5
 */
export function observedDays(options: KpiOptions, asOf: number, timezone: string): number {
  const start = observedStart(options);
  const end = options.period.end;
  // A range of instants (`2026-03-02T08:00..2026-03-02T12:00`): its length in days, as the hours
  // are counted over it (4 hours are a sixth of a day, not 0 calendar days and no yearly rate).
  const midnight = (instant: number) => dayStart(localDay(instant, timezone), timezone) === instant;
  if (!midnight(options.period.start) || !midnight(end)) return Math.max(0, Math.min(end, asOf) - start) / DAY_MS;
  if (start === options.period.start && end <= asOf) return periodDays(options.period, timezone);
  if (end <= asOf) return Math.max(0, localDay(end, timezone) - localDay(start, timezone));
  if (asOf <= start) return 0;
  // asOf's own day in part, by its own length (the TCO's asset costs end there the same way).
  return Math.max(0, dayPosition(asOf, timezone) - localDay(start, timezone));
}

/**
 * {@link lostHours} with the sums its result was made from and what they were made with: what
 * `buildReport` hands to `tco` (which reads the hours per asset and per client from the sums
 * instead of looking each asset of the record up and going over the incidents again) and to the
 * monthly trend (`sums.byMonth`). With `'count'`, the result's `byAsset` is empty and
 * `byAssetEntries` says how many entries it would have held.
 *
 * @example
 * lostHoursRun(data, options).sums.totalHours; // => lostHours(data, options).totalHours
 * lostHoursRun(data, options, 'count').byAssetEntries; // => Object.keys(lostHours(data, options).byAsset).length
 */
export function lostHoursRun(data: ReviewData, options: LostHoursOptions, byAssetDetail: ByAssetDetail = 'keep'): LostHoursRun {
  assertKpiOptions(options, 'lostHours');
  const { period } = options;
  const asOf = floorToMinute(options.asOf);
  const calendars = options.calendars ?? calendarResolver(data.policy);
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const columns = prepared.columns;

  // Effort of the incidents opened in the period, whether or not they lost time.
  let effortMinutes = 0;
  const openedInPeriod = prepared.openedIn(period.start, period.end);
  for (let k = 0; k < openedInPeriod.length; k++) {
    const i = openedInPeriod[k]!;
    if (prepared.incident[i] !== 1) continue;
    const effort = columns.effortMinutes[i]!;
    if (Number.isFinite(effort)) effortMinutes += effort;
  }
  const lost = accumulateLostHours(prepared, prepared.incidentsOverlapping(period.start, period.end), period, asOf, calendars, options.usage, options.months);
  const { byClient, byCategory, byAsset, totalHours, cost, unpricedHours, incidents, unknownDuration, usersAssumed, overlapIncidents, overlapHours } = lost;

  const days = observedDays(options, asOf, data.policy.timezone);
  const perYear = (hours: number, headcount: number | null): number | null => perEmployeePerYear(hours, days, headcount);
  const perEmployeePerYearByClient: Record<string, number | null> = {};
  for (const [client, hours] of byClient.entries()) {
    const headcount = policyFor(data.policy, client === NONE_KEY ? null : client).headcount;
    setOwn(perEmployeePerYearByClient, client, perYear(hours, headcount));
  }

  const result: LostHoursResult = {
    totalHours,
    perEmployeePerYear: perYear(totalHours, data.policy.headcount),
    perEmployeePerYearReason: yearlyRateReason(days, data.policy.headcount),
    observedDays: days,
    benchmark: { low: LOST_HOURS_BENCHMARK.low, high: LOST_HOURS_BENCHMARK.high },
    // Zero hours at no rate is no €0 either (DESIGN §2: money is never shown without a rate).
    cost: unpricedHours > 0 || (totalHours === 0 && !ticketsRated(prepared, 'userHourly')) ? null : cost,
    currency: data.policy.rates.currency,
    // No ticket of the export records effort: not measured, not 0 hours.
    effortHours: prepared.recorded(options.recorded).effortMinutes ? effortMinutes / 60 : null,
    incidents,
    usersAssumed,
    unknownDuration,
    overlapIncidents,
    overlapHours,
    byClient: byClient.record(),
    byCategory: byCategory.record(),
    // Left out (`'count'`): only counted, in `byAssetEntries`.
    byAsset: byAssetDetail === 'keep' ? byAsset.record() : {},
    unknownRows: {
      byClient: unknownRowsOf(lost.counts.client),
      byCategory: unknownRowsOf(lost.counts.category),
      byAsset: byAssetDetail === 'keep' ? unknownRowsOf(lost.counts.assetId) : {},
    },
    perEmployeePerYearByClient,
  };
  return { result, byAssetEntries: byAsset.size(), sums: lost, prepared, start: period.start, end: period.end, asOf, calendars: options.calendars };
}

/**
 * A {@link lostHours} result with the entries of its `byAsset` map (listed or only counted, see
 * `ByAssetDetail`), the sums it was computed from, and their preparation, period, asOf and
 * `calendars` option.
 */
export interface LostHoursRun extends KpiRun<LostHoursResult> {
  sums: LostHoursSums;
  prepared: PreparedReview;
  start: number;
  end: number;
  /** Floored to the minute. */
  asOf: number;
  /** The `calendars` option as given (undefined: the policy's calendars). */
  calendars: LostHoursOptions['calendars'];
}

/** The rows with incidents closed at an unknown time, with their counts (`LostHoursResult.unknownRows`). */
function unknownRowsOf(counts: { incidents: KeySums; unknownDuration: KeySums }): Record<string, LostHoursRowCounts> {
  const out: Record<string, LostHoursRowCounts> = {};
  const unknown = counts.unknownDuration.entries();
  if (unknown.length === 0) return out;
  // Only the keys that had some: a map of the counts of every asset is read once, not per row.
  const incidents = new Map(counts.incidents.entries());
  for (const [key, unknownDuration] of unknown) setOwn(out, key, { incidents: incidents.get(key) ?? 0, unknownDuration });
  return out;
}

/** Sums of {@link accumulateLostHours}; the breakdowns by the group key of each column (`(none)` when missing). */
export interface LostHoursSums {
  totalHours: number;
  /** Σ hours × `rates.userHourly` over the hours whose client policy has that rate. */
  cost: number;
  /** Hours lost under a policy without `rates.userHourly`: the money figure is then null. */
  unpricedHours: number;
  incidents: number;
  /** Of `incidents`, those without `affectedUsers`, counted as affecting 1 user (DESIGN §5's default). */
  usersAssumed: number;
  /** Active incidents opened in the period and closed at an unknown time: left out, counted here. */
  unknownDuration: number;
  /** Incidents that shared business time with a heavier incident of their asset (see {@link lostPieces}). */
  overlapIncidents: number;
  /** The hours those would have counted a second time: the per-incident sum minus `totalHours`. */
  overlapHours: number;
  byClient: KeySums;
  byCategory: KeySums;
  byAsset: KeySums;
  /** The incidents without an assetId (missing or ''), by client. */
  withoutAssetByClient: KeySums;
  /** Per breakdown row: how many incidents lost time, and how many were closed at an unknown time. */
  counts: Record<'client' | 'category' | 'assetId', { incidents: KeySums; unknownDuration: KeySums }>;
  /** With `months`: the hours per month of its window, priced, and those without a rate. */
  byMonth: MonthlyLostHours | null;
}

/**
 * Lost hours of the incidents among `rows` (table order), as {@link lostHours} defines them:
 * each row whose clipped interval `[max(openedAt, start), min(end, period end))` is not empty adds
 * business hours × users × impact factor, summed in the order of `rows`. Rows that are not
 * incidents, or without an opening instant, are skipped.
 *
 * @example
 * accumulateLostHours(prepared, prepared.incidentsOverlapping(period.start, period.end), period, asOf, calendars).totalHours; // => 6
 */
export function accumulateLostHours(
  prepared: PreparedReview,
  rows: ArrayLike<number>,
  period: Period,
  asOf: number,
  calendars: (client: string | null) => BusinessCalendar,
  usage?: PolicyUsage,
  months?: LostHoursMonths,
): LostHoursSums {
  const columns = prepared.columns;
  const openedAt = prepared.opened;
  const resolution = prepared.resolution;
  const endUnknown = prepared.endUnknown;
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();
  const factorSlotOf = factorSlotReader(prepared);
  // Which factor slot each client slot used: index slot × FACTOR_SLOTS + factor slot.
  const factorUsed = new Uint8Array(policies.length * FACTOR_SLOTS);
  // Calendar of each client code (index code + 1; 0: no client).
  const calendarOf: BusinessCalendar[] = [];
  const byClient = prepared.sumsBy('client');
  const byCategory = prepared.sumsBy('category');
  const byAsset = prepared.sumsBy('assetId');
  const withoutAssetByClient = prepared.sumsBy('client');
  const counts = {
    client: { incidents: prepared.sumsBy('client'), unknownDuration: prepared.sumsBy('client') },
    category: { incidents: prepared.sumsBy('category'), unknownDuration: prepared.sumsBy('category') },
    assetId: { incidents: prepared.sumsBy('assetId'), unknownDuration: prepared.sumsBy('assetId') },
  };
  let totalHours = 0;
  let cost = 0;
  let unpricedHours = 0;
  let incidents = 0;
  let usersAssumed = 0;
  // Which client slots counted an incident with the default of one user.
  const usersDefaulted = new Uint8Array(policies.length);
  let unknownDuration = 0;
  let overlapIncidents = 0;
  let overlapHours = 0;
  const { shadowed, pieces } = lostPieces(prepared);
  const window = months?.window;
  const byMonth =
    window === undefined
      ? null
      : { hours: new Float64Array(window.keys.length), priced: new Float64Array(window.keys.length), unpriced: new Float64Array(window.keys.length) };
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    if (prepared.activeIncident[i] !== 1) continue;
    const opened = openedAt[i]!;
    if (Number.isNaN(opened)) continue;
    if (endUnknown[i] === 1) {
      // Closed at an unknown time: how long users were hindered cannot be told (DESIGN §3).
      if (opened >= period.start && opened < period.end) {
        unknownDuration++;
        counts.client.unknownDuration.add(i, 1);
        counts.category.unknownDuration.add(i, 1);
        counts.assetId.unknownDuration.add(i, 1);
      }
      continue;
    }
    const resolved = resolution[i]!;
    const end = !Number.isNaN(resolved) && resolved <= asOf ? resolved : asOf;
    const from = Math.max(opened, period.start);
    const to = Math.min(end, period.end);
    if (!(to > from)) continue;
    incidents++;
    counts.client.incidents.add(i, 1);
    counts.category.incidents.add(i, 1);
    counts.assetId.incidents.add(i, 1);

    const slot = clientCodes[i]! + 1;
    const policy = policies[slot]!;
    let calendar = calendarOf[slot];
    if (calendar === undefined) {
      calendar = calendars(columns.client[i] ?? null);
      calendarOf[slot] = calendar;
    }
    // The impact factor (DESIGN §5): impactFactors[impact], else priorityImpact[priority], else 1.
    const factorSlot = factorSlotOf(i);
    const factor = factorOfSlot(policy, factorSlot);
    factorUsed[slot * FACTOR_SLOTS + factorSlot] = 1;
    const recordedUsers = columns.affectedUsers[i]!;
    if (Number.isNaN(recordedUsers)) {
      usersAssumed++;
      usersDefaulted[slot] = 1;
    }
    const users = affectedUsersOf(recordedUsers);
    let hours: number;
    if (shadowed[i] !== 1) {
      hours = (calendar.businessMinutes(from, to) / 60) * users * factor;
      if (byMonth !== null) addByMonth(byMonth, months!, i, from, to, hours, calendar, users, factor, policy.rates.userHourly === null);
    } else {
      // Sharing its asset's time with a heavier incident: it counts only where it is the
      // heaviest; those hours are not counted twice (`overlapHours` says how many were not).
      const own = pieces.get(i)!;
      let minutes = 0;
      for (let p = 0; p < own.length; p += 2) {
        const a = Math.max(own[p]!, from);
        const b = Math.min(own[p + 1]!, to);
        if (!(b > a)) continue;
        const pieceMinutes = calendar.businessMinutes(a, b);
        minutes += pieceMinutes;
        if (byMonth !== null) addByMonth(byMonth, months!, i, a, b, (pieceMinutes / 60) * users * factor, calendar, users, factor, policy.rates.userHourly === null);
      }
      hours = (minutes / 60) * users * factor;
      const wholeMinutes = calendar.businessMinutes(from, to);
      if (wholeMinutes > minutes) {
        overlapIncidents++;
        overlapHours += ((wholeMinutes - minutes) / 60) * users * factor;
      }
    }
    totalHours += hours;
    const rate = policy.rates.userHourly;
    if (rate === null) unpricedHours += hours;
    else cost += hours * rate;
    byClient.add(i, hours);
    byCategory.add(i, hours);
    byAsset.add(i, hours);
    const assetId = columns.assetId[i];
    if (assetId === null || assetId === undefined || assetId === '') withoutAssetByClient.add(i, hours);
  }
  if (usage !== undefined) {
    const counted = Uint8Array.from(policies, (_, slot) => (calendarOf[slot] === undefined ? 0 : 1));
    markLostHoursUsage(usage, policies, counted, factorUsed, usersDefaulted);
  }
  return { totalHours, cost, unpricedHours, incidents, usersAssumed, unknownDuration, overlapIncidents, overlapHours, byClient, byCategory, byAsset, withoutAssetByClient, counts, byMonth };
}

/**
 * Adds an incident's clipped interval `[from, to)` to the months it falls in: all of `hours` to
 * its month when it lies in one, else each month's part, counted as `lostHours` over that month
 * would (business hours × users × factor).
 */
function addByMonth(
  byMonth: MonthlyLostHours,
  months: LostHoursMonths,
  row: number,
  from: number,
  to: number,
  hours: number,
  calendar: BusinessCalendar,
  users: number,
  factor: number,
  unpriced: boolean,
): void {
  const bounds = months.window.bounds;
  const count = bounds.length - 1;
  const price = months.price(row) ?? 0;
  const first = from < bounds[0]! ? 0 : monthIndex(months.window, from);
  if (first < 0) return;
  if (to <= bounds[first + 1]! && from >= bounds[first]!) {
    byMonth.hours[first]! += hours;
    byMonth.priced[first]! += hours * price;
    if (unpriced) byMonth.unpriced[first]! += hours;
    return;
  }
  for (let m = first; m < count && bounds[m]! < to; m++) {
    const a = Math.max(from, bounds[m]!);
    const b = Math.min(to, bounds[m + 1]!);
    if (!(b > a)) continue;
    const part = (calendar.businessMinutes(a, b) / 60) * users * factor;
    byMonth.hours[m]! += part;
    byMonth.priced[m]! += part * price;
    if (unpriced) byMonth.unpriced[m]! += part;
  }
}

const PRIORITY_NAMES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;

/**
 * Where overlapping incidents of one asset count (see {@link lostHours}): for each incident that
 * shares time with a heavier (or, as heavy, earlier) incident of the same asset and client, the
 * parts of its `[openedAt, end at asOf)` during which it is the heaviest of them (`pieces`, pairs
 * `[from, to)`, possibly none). An incident not listed counts its whole interval.
 */
export interface LostPieces {
  /** 1 for an incident listed in `pieces`. */
  readonly shadowed: Uint8Array;
  /** Per shadowed row: the pairs `[from, to)`, in time order, during which it counts. */
  readonly pieces: ReadonlyMap<number, Float64Array>;
}

/**
 * {@link LostPieces} of a preparation (one computation for every period and month of a review).
 *
 * @example
 * // Two outages of PC-1, 09:00–12:00 for 3 users and 10:00–11:00 for 1 user: the second is
 * // wholly under the first, and counts nothing.
 * lostPieces(prepared).pieces.get(1); // => Float64Array [] (row 1 counts no time)
 */
export function lostPieces(prepared: PreparedReview): LostPieces {
  return prepared.part(LOST_PIECES);
}

const LOST_PIECES = indexPart('lost hours: overlapping incidents of one asset', computeLostPieces);

/**
 * Each active incident with an asset and a known, non-empty `[opened, end at asOf)` is weighed
 * users × impact factor (as `lostHours` counts it); in opening order, the incidents of one
 * (asset, client) are cut into clusters of overlapping intervals, and a cluster of two or more is
 * swept: over each stretch between two consecutive bounds, the heaviest open incident (ties: the
 * earlier opened, then the earlier row) holds the stretch. A heap keeps the sweep O(k log k)
 * in a cluster of k incidents: one asset with a ticket open all year and hundreds under it stays cheap.
 */
function computeLostPieces(prepared: PreparedReview): LostPieces {
  const shadowed = new Uint8Array(prepared.rows);
  const pieces = new Map<number, Float64Array>();
  const end = prepared.endAt();
  const opened = prepared.opened;
  const { ofRow: assetGroup } = prepared.groups('assetId');
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();
  const factorSlotOf = factorSlotReader(prepared);
  const affected = prepared.columns.affectedUsers;
  const weightOf = (row: number): number =>
    affectedUsersOf(affected[row]!) * factorOfSlot(policies[clientCodes[row]! + 1]!, factorSlotOf(row));
  // 1. The incidents that can overlap another of their asset, grouped by asset group (a stable
  // counting sort over the dense group numbers: each group's in opening order, ties by row).
  const { rows: byOpening } = prepared.byOpened();
  const groups = prepared.groups('assetId').keys.length;
  const starts = new Int32Array(groups + 1);
  const counted = new Uint8Array(byOpening.length);
  for (let k = 0; k < byOpening.length; k++) {
    const row = byOpening[k]!;
    const group = assetGroup[row]!;
    if (group === 0 || prepared.activeIncident[row] !== 1 || prepared.endUnknown[row] === 1 || !(end[row]! > opened[row]!)) continue;
    counted[k] = 1;
    starts[group + 1]!++;
  }
  for (let g = 0; g < groups; g++) starts[g + 1]! += starts[g]!;
  const order = new Int32Array(starts[groups]!);
  const next = starts.slice(0, groups);
  for (let k = 0; k < byOpening.length; k++) if (counted[k] === 1) order[next[assetGroup[byOpening[k]!]!]!++] = byOpening[k]!;
  // 2. Per asset, per client (a client's calendar and policy are its own): the clusters of
  // overlapping intervals, of which only those of two or more are swept.
  const members: number[] = [];
  const sweepRun = (from: number, to: number, client: number | null): void => {
    let until = -Infinity;
    members.length = 0;
    for (let k = from; k < to; k++) {
      const row = order[k]!;
      if (client !== null && clientCodes[row] !== client) continue;
      if (opened[row]! >= until) {
        if (members.length > 1) sweepCluster(members, opened, end, weightOf, shadowed, pieces);
        members.length = 0;
      }
      members.push(row);
      if (end[row]! > until) until = end[row]!;
    }
    if (members.length > 1) sweepCluster(members, opened, end, weightOf, shadowed, pieces);
  };
  for (let g = 1; g < groups; g++) {
    const from = starts[g]!;
    const to = starts[g + 1]!;
    if (to - from < 2) continue;
    let oneClient = true;
    for (let k = from + 1; k < to && oneClient; k++) oneClient = clientCodes[order[k]!] === clientCodes[order[from]!];
    if (oneClient) sweepRun(from, to, null);
    else {
      const clients = new Set<number>();
      for (let k = from; k < to; k++) clients.add(clientCodes[order[k]!]!);
      for (const client of clients) sweepRun(from, to, client);
    }
  }
  return { shadowed, pieces };
}

/** Sweeps one cluster (rows in opening order) and lists the pieces of each row that lost some time to another. */
function sweepCluster(
  members: readonly number[],
  opened: Float64Array,
  end: Float64Array,
  weightOf: (row: number) => number,
  shadowed: Uint8Array,
  pieces: Map<number, Float64Array>,
): void {
  const size = members.length;
  const weight = members.map(weightOf);
  // Heaviest first; ties: earlier opened, then earlier row (members are by index in opening order, ties by row).
  const before = (a: number, b: number): boolean => (weight[a] !== weight[b] ? weight[a]! > weight[b]! : a < b);
  const heap: number[] = []; // member indexes
  const push = (member: number): void => {
    heap.push(member);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(heap[i]!, heap[parent]!)) break;
      [heap[i], heap[parent]] = [heap[parent]!, heap[i]!];
      i = parent;
    }
  };
  const pop = (): void => {
    const last = heap.pop()!;
    if (heap.length === 0) return;
    heap[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let top = i;
      if (left < heap.length && before(heap[left]!, heap[top]!)) top = left;
      if (right < heap.length && before(heap[right]!, heap[top]!)) top = right;
      if (top === i) break;
      [heap[i], heap[top]] = [heap[top]!, heap[i]!];
      i = top;
    }
  };
  const bounds = new Float64Array(2 * size);
  for (let m = 0; m < size; m++) {
    bounds[2 * m] = opened[members[m]!]!;
    bounds[2 * m + 1] = end[members[m]!]!;
  }
  bounds.sort();
  const held: number[][] = Array.from({ length: size }, () => []);
  let entered = 0;
  for (let j = 0; j + 1 < bounds.length; j++) {
    const a = bounds[j]!;
    const b = bounds[j + 1]!;
    if (!(b > a)) continue; // a bound repeated
    while (entered < size && opened[members[entered]!]! <= a) push(entered++);
    while (heap.length > 0 && end[members[heap[0]!]!]! <= a) pop();
    if (heap.length === 0) continue;
    const own = held[heap[0]!]!;
    if (own.length > 0 && own[own.length - 1] === a) own[own.length - 1] = b;
    else own.push(a, b);
  }
  for (let m = 0; m < size; m++) {
    const row = members[m]!;
    const own = held[m]!;
    // Held its whole interval: it lost nothing to another, and counts as if alone.
    if (own.length === 2 && own[0] === opened[row] && own[1] === end[row]) continue;
    shadowed[row] = 1;
    pieces.set(row, Float64Array.from(own));
  }
}
