/**
 * Business calendars (DESIGN §4): open minutes between two instants, and the instant a number of
 * open minutes after another, in O(log n) per call.
 *
 * The index: for each local year touched, the open intervals of that year as UTC instants
 * (`starts`, `ends`, sorted and disjoint) and the prefix sums of their lengths in minutes (`cum`).
 * Open minutes of `[a, b)` are then `F(b) − F(a)` with `F(t)` = cum before t, found by binary
 * search. A local opening span is turned into instants as the set of instants whose local
 * wall-clock reading falls in it, so on a spring-forward day the skipped hour is never open and
 * on a fall-back day a span covering the repeated hour counts it twice.
 */
import { RevueError } from '../internal/errors.js';
import { DAY_MS, MINUTE_MS, floorToMinute } from '../internal/time.js';
import { WEEKDAYS, type BusinessCalendar, type CalendarSource, type Span } from './types.js';
import { dayOfKey, weekdayOfDay } from './days.js';
import { publicHolidayDays } from './holidays.js';
import { MAX_YEAR, MIN_YEAR, utcYear, zoneOf, type Zone } from './zone.js';

/** Smallest and largest instant a calendar accepts: 1970-01-01T00:00Z and 2101-01-01T00:00Z. */
const FIRST_INSTANT = Date.UTC(MIN_YEAR, 0, 1);
const LAST_INSTANT = Date.UTC(MAX_YEAR + 1, 0, 1);
/** Local years with an index: an instant of 1970–2100 can be local 1969 or 2101. */
const FIRST_LOCAL_YEAR = MIN_YEAR - 1;
const LAST_LOCAL_YEAR = MAX_YEAR + 1;

function checkInstant(ms: number): void {
  if (ms < FIRST_INSTANT || ms > LAST_INSTANT) {
    throw new RevueError('calendar', `instant ${Number.isFinite(ms) ? new Date(ms).toISOString() : String(ms)} is outside ${MIN_YEAR}–${MAX_YEAR}`);
  }
}

function checkMinutes(minutes: number): number {
  if (minutes < 0 || minutes === Infinity) throw new RevueError('calendar', `minutes must be a finite number ≥ 0, got ${minutes}`);
  return Math.ceil(minutes);
}

/** The open intervals of one local year, with prefix sums of open minutes. */
interface YearIndex {
  starts: Float64Array;
  ends: Float64Array;
  /** `cum[i]` = open minutes of the intervals before i; `cum[n]` = the year's total. */
  cum: Float64Array;
  total: number;
}

/** Last index i with `values[i] ≤ x`, or −1. */
function lastAtOrBefore(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/** First index i with `values[i] ≥ x` (values sorted), or values.length. */
function firstAtOrAfter(values: Float64Array, x: number): number {
  let lo = 0;
  let hi = values.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (values[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The calendar of a policy that has opening hours (not always open). */
class IndexedCalendar implements BusinessCalendar {
  readonly timezone: string;
  readonly alwaysOpen = false;
  private readonly zone: Zone;
  private readonly hours: readonly (readonly Span[])[];
  private readonly country: string | null;
  private readonly region: string | null;
  private readonly closedDays: ReadonlySet<number>;
  private readonly neverOpen: boolean;
  private readonly years: (YearIndex | undefined)[] = [];
  /** `bounds[y − FIRST_LOCAL_YEAR]` = first instant of local year y (NaN until computed). */
  private readonly bounds = new Float64Array(LAST_LOCAL_YEAR - FIRST_LOCAL_YEAR + 2).fill(NaN);

  constructor(policy: CalendarSource) {
    this.timezone = policy.timezone;
    this.zone = zoneOf(policy.timezone);
    this.hours = WEEKDAYS.map((day) => policy.calendar.hours[day] ?? []);
    this.country = policy.calendar.holidays.country;
    this.region = policy.calendar.holidays.region;
    const closed = new Set<number>();
    for (const key of policy.calendar.closedDays) {
      const day = dayOfKey(key);
      if (Number.isNaN(day)) throw new RevueError('calendar', `closed day "${key}" is not a yyyy-MM-dd date`);
      closed.add(day);
    }
    this.closedDays = closed;
    this.neverOpen = this.hours.every((spans) => spans.every(([start, end]) => end <= start));
  }

  /** First instant of local year y: local midnight of 1 January (or the first valid instant after). */
  private yearStart(year: number): number {
    const slot = year - FIRST_LOCAL_YEAR;
    let start = this.bounds[slot]!;
    if (Number.isNaN(start)) {
      start = this.zone.instantOf(Date.UTC(year, 0, 1));
      this.bounds[slot] = start;
    }
    return start;
  }

  /** The local year whose index holds instant t (t within the supported range). */
  private yearOf(t: number): number {
    let year = utcYear(t);
    if (year < FIRST_LOCAL_YEAR) year = FIRST_LOCAL_YEAR;
    if (year > LAST_LOCAL_YEAR) year = LAST_LOCAL_YEAR;
    while (year > FIRST_LOCAL_YEAR && t < this.yearStart(year)) year--;
    while (year < LAST_LOCAL_YEAR && t >= this.yearStart(year + 1)) year++;
    return year;
  }

  private isClosedDay(day: number): boolean {
    if (this.closedDays.has(day)) return true;
    if (this.country === null) return false;
    return publicHolidayDays(this.country, this.region, utcYear(day * DAY_MS)).has(day);
  }

  private index(year: number): YearIndex {
    const slot = year - FIRST_LOCAL_YEAR;
    const cached = this.years[slot];
    if (cached !== undefined) return cached;
    const from = this.yearStart(year);
    const to = this.yearStart(year + 1);
    const pairs: number[] = [];
    // One local day of margin each side: preimages are clipped to [from, to).
    const firstDay = Date.UTC(year, 0, 1) / DAY_MS - 1;
    const lastDay = Date.UTC(year + 1, 0, 1) / DAY_MS;
    for (let day = firstDay; day <= lastDay; day++) {
      const spans = this.hours[weekdayOfDay(day)]!;
      if (spans.length === 0 || this.isClosedDay(day)) continue;
      const midnight = day * DAY_MS;
      for (const [start, end] of spans) {
        const instants = this.zone.preimage(midnight + start * MINUTE_MS, midnight + end * MINUTE_MS);
        for (let i = 0; i < instants.length; i += 2) {
          const a = Math.max(instants[i]!, from);
          const b = Math.min(instants[i + 1]!, to);
          if (b > a) pairs.push(a, b);
        }
      }
    }
    // Sort by start and merge touching intervals.
    const order = Array.from({ length: pairs.length / 2 }, (_, i) => i).sort((i, j) => pairs[2 * i]! - pairs[2 * j]!);
    const starts: number[] = [];
    const ends: number[] = [];
    for (const i of order) {
      const a = pairs[2 * i]!;
      const b = pairs[2 * i + 1]!;
      const last = ends.length - 1;
      if (last >= 0 && a <= ends[last]!) ends[last] = Math.max(ends[last]!, b);
      else {
        starts.push(a);
        ends.push(b);
      }
    }
    const cum = new Float64Array(starts.length + 1);
    for (let i = 0; i < starts.length; i++) cum[i + 1] = cum[i]! + (ends[i]! - starts[i]!) / MINUTE_MS;
    const built: YearIndex = {
      starts: Float64Array.from(starts),
      ends: Float64Array.from(ends),
      cum,
      total: cum[starts.length]!,
    };
    this.years[slot] = built;
    return built;
  }

  /** Open minutes from the start of t's local year to t. */
  private before(index: YearIndex, t: number): number {
    const i = lastAtOrBefore(index.starts, t);
    if (i < 0) return 0;
    return index.cum[i]! + (Math.min(t, index.ends[i]!) - index.starts[i]!) / MINUTE_MS;
  }

  businessMinutes(a: number, b: number): number {
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    const from = floorToMinute(a);
    const to = floorToMinute(b);
    checkInstant(from);
    checkInstant(to);
    if (to <= from) return 0;
    const yearA = this.yearOf(from);
    const yearB = this.yearOf(to);
    const indexA = this.index(yearA);
    if (yearA === yearB) return this.before(indexA, to) - this.before(indexA, from);
    let minutes = indexA.total - this.before(indexA, from);
    for (let year = yearA + 1; year < yearB; year++) minutes += this.index(year).total;
    return minutes + this.before(this.index(yearB), to);
  }

  addBusinessMinutes(a: number, minutes: number): number {
    if (Number.isNaN(a) || Number.isNaN(minutes)) return NaN;
    const from = floorToMinute(a);
    checkInstant(from);
    let needed = checkMinutes(minutes);
    if (needed === 0) return from;
    if (this.neverOpen) throw new RevueError('calendar', 'the calendar has no opening hours');
    let year = this.yearOf(from);
    let index = this.index(year);
    // Minutes counted from the start of the current year index.
    needed += this.before(index, from);
    while (needed > index.total) {
      needed -= index.total;
      year++;
      if (year > LAST_LOCAL_YEAR) throw new RevueError('calendar', `adding ${minutes} business minutes goes past ${MAX_YEAR}`);
      index = this.index(year);
    }
    const k = firstAtOrAfter(index.cum, needed);
    const i = k - 1;
    const result = index.starts[i]! + (needed - index.cum[i]!) * MINUTE_MS;
    if (result > LAST_INSTANT) throw new RevueError('calendar', `adding ${minutes} business minutes goes past ${MAX_YEAR}`);
    return result;
  }
}

/** Wall-clock time: every minute is open. */
class WallCalendar implements BusinessCalendar {
  readonly alwaysOpen = true;
  constructor(readonly timezone: string) {}

  businessMinutes(a: number, b: number): number {
    if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
    const from = floorToMinute(a);
    const to = floorToMinute(b);
    checkInstant(from);
    checkInstant(to);
    return to > from ? (to - from) / MINUTE_MS : 0;
  }

  addBusinessMinutes(a: number, minutes: number): number {
    if (Number.isNaN(a) || Number.isNaN(minutes)) return NaN;
    const from = floorToMinute(a);
    checkInstant(from);
    const result = from + checkMinutes(minutes) * MINUTE_MS;
    if (result > LAST_INSTANT) throw new RevueError('calendar', `adding ${minutes} minutes goes past ${MAX_YEAR}`);
    return result;
  }
}

/**
 * A 24/7 calendar: business minutes are wall-clock minutes.
 *
 * `businessMinutes(a, b)` = (b − a) in whole minutes after flooring both instants to the minute,
 * or 0 when b ≤ a; `addBusinessMinutes(a, m)` = a floored to the minute + m minutes. Used for the
 * `24x7` SLA clock. NaN in gives NaN out; instants outside 1970–2100 throw RevueError.
 *
 * @example
 * ```ts
 * const clock = wallClock('Europe/Paris');
 * clock.businessMinutes(Date.parse('2026-03-29T00:30Z'), Date.parse('2026-03-29T02:00:59Z')); // 90
 * ```
 */
export function wallClock(timezone: string): BusinessCalendar {
  zoneOf(timezone);
  return new WallCalendar(timezone);
}

function isAlwaysOpen(policy: CalendarSource): boolean {
  const { hours, holidays, closedDays } = policy.calendar;
  return (
    holidays.country === null &&
    closedDays.length === 0 &&
    WEEKDAYS.every((day) => {
      const spans = hours[day] ?? [];
      return spans.length === 1 && spans[0]![0] === 0 && spans[0]![1] === 1440;
    })
  );
}

/**
 * The business calendar of a policy, for one client (its override in `policy.clients`) or for the
 * base policy (`client` null or absent, or a client without an override).
 *
 * Business minutes of `[a, b)` = the minutes, after flooring a and b to the minute, whose local
 * wall-clock reading (in `policy.timezone`) is inside an opening span of its weekday
 * (`calendar.hours`), on a day that is neither a public holiday of
 * `calendar.holidays.country`/`region` (date-holidays, type `public` only) nor listed in
 * `calendar.closedDays`. A span over a skipped DST hour is shorter; one over a repeated hour counts
 * it twice. `addBusinessMinutes(a, m)` is the earliest instant t ≥ a with
 * `businessMinutes(a, t) = m` (fractional m rounded up). Both run in O(log n) on a per-year index
 * built on first use. A policy open 00:00–24:00 every day with no holidays and no closed days is
 * `alwaysOpen` (wall-clock time).
 *
 * NaN in gives NaN out; instants outside 1970–2100, negative minutes, or adding minutes to a
 * calendar with no opening hours throw RevueError.
 *
 * @example
 * ```ts
 * const policy = parsePolicy({ timezone: 'Europe/Paris', calendar: { holidays: { country: 'FR' } } });
 * const calendar = createCalendar(policy);
 * // Mon 13 July 16:00 → Wed 15 July 10:00 (14 July is a holiday; open 09:00–17:00):
 * calendar.businessMinutes(Date.parse('2026-07-13T14:00Z'), Date.parse('2026-07-15T08:00Z')); // 120
 * calendar.addBusinessMinutes(Date.parse('2026-07-13T14:00Z'), 120); // Date.parse('2026-07-15T08:00Z')
 * ```
 */
export function createCalendar(policy: CalendarSource, client: string | null = null): BusinessCalendar {
  // The same override rule as policyFor (policy/parse.ts), which the calendar must not import.
  const effective =
    client !== null && Object.prototype.hasOwnProperty.call(policy.clients, client) ? policy.clients[client]! : policy;
  return isAlwaysOpen(effective) ? wallClock(effective.timezone) : new IndexedCalendar(effective);
}

/**
 * A function giving the business calendar of each client, built once per client and cached
 * (clients without an override share the base policy's calendar, and its year indexes).
 *
 * @example
 * ```ts
 * const calendarOf = calendarResolver(policy);
 * calendarOf('Bistro').businessMinutes(openedAt, resolvedAt); // Bistro's opening hours
 * calendarOf(null) === calendarOf('Unknown client'); // true: both use the base policy
 * ```
 */
export function calendarResolver(policy: CalendarSource): (client: string | null) => BusinessCalendar {
  const base = createCalendar(policy, null);
  const byClient = new Map<string, BusinessCalendar>();
  return (client) => {
    if (client === null || !Object.prototype.hasOwnProperty.call(policy.clients, client)) return base;
    let calendar = byClient.get(client);
    if (calendar === undefined) {
      calendar = createCalendar(policy, client);
      byClient.set(client, calendar);
    }
    return calendar;
  };
}
