/**
 * Local-date helpers for the KPIs, cheap enough to call once per ticket on a million tickets:
 * the zone's offset comes from a per-year table of offset changes (no `Date` per call) and each
 * local day's keys are built once and cached.
 */
import { RevueError } from '../internal/errors.js';
import { DAY_MS } from '../internal/time.js';
import type { Period } from './types.js';
import { dayOfDate, dayOfKey, keyOfDay } from './days.js';
import { zoneOf } from './zone.js';

/** Day-indexed caches cover 1968–2102 in arrays; other days go through the Map in keyOfDay. */
const CACHE_FIRST_DAY = Date.UTC(1968, 0, 1) / DAY_MS;
const CACHE_DAYS = Date.UTC(2103, 0, 1) / DAY_MS - CACHE_FIRST_DAY;
const dateKeys: (string | undefined)[] = new Array<string | undefined>(CACHE_DAYS);
const monthKeys: (string | undefined)[] = new Array<string | undefined>(CACHE_DAYS);

function checkInstant(ms: number, what: string): void {
  if (!Number.isFinite(ms)) throw new RevueError('calendar', `${what}: ${String(ms)} is not an instant`);
}

/**
 * The local day number of an instant in a time zone: 0 for 1970-01-01, 1 for 1970-01-02…
 * (the local date's midnight as if it were UTC, divided by one day).
 *
 * @throws RevueError for NaN or an unknown time zone.
 * @example
 * ```ts
 * localDay(Date.parse('2026-03-01T23:30Z'), 'Europe/Paris'); // 20514 (2026-03-02 local)
 * ```
 */
export function localDay(ms: number, timezone: string): number {
  checkInstant(ms, 'localDay');
  const zone = zoneOf(timezone);
  return Math.floor((ms + zone.offsetAt(ms)) / DAY_MS);
}

/**
 * The local date of an instant, `yyyy-MM-dd`, in a time zone (cached per local day).
 *
 * @throws RevueError for NaN or an unknown time zone.
 * @example
 * ```ts
 * localDateKey(Date.parse('2026-03-01T23:30Z'), 'Europe/Paris'); // '2026-03-02'
 * localDateKey(Date.parse('2026-03-01T23:30Z'), 'UTC'); // '2026-03-01'
 * ```
 */
export function localDateKey(ms: number, timezone: string): string {
  const day = localDay(ms, timezone);
  const slot = day - CACHE_FIRST_DAY;
  if (slot < 0 || slot >= CACHE_DAYS) return keyOfDay(day);
  let key = dateKeys[slot];
  if (key === undefined) {
    key = keyOfDay(day);
    dateKeys[slot] = key;
  }
  return key;
}

/**
 * The local month of an instant, `yyyy-MM`, in a time zone (cached per local day).
 *
 * @throws RevueError for NaN or an unknown time zone.
 * @example
 * ```ts
 * monthKey(Date.parse('2026-03-31T22:30Z'), 'Europe/Paris'); // '2026-04' (00:30 CEST on 1 April)
 * ```
 */
export function monthKey(ms: number, timezone: string): string {
  const day = localDay(ms, timezone);
  const slot = day - CACHE_FIRST_DAY;
  if (slot < 0 || slot >= CACHE_DAYS) return keyOfDay(day).slice(0, 7);
  let key = monthKeys[slot];
  if (key === undefined) {
    key = localDateKeyOfDay(day).slice(0, 7);
    monthKeys[slot] = key;
  }
  return key;
}

function localDateKeyOfDay(day: number): string {
  const slot = day - CACHE_FIRST_DAY;
  if (slot < 0 || slot >= CACHE_DAYS) return keyOfDay(day);
  return (dateKeys[slot] ??= keyOfDay(day));
}

/**
 * The instant at which a local day number (see {@link localDay}) starts: its local midnight, or
 * the first valid instant after it when midnight was skipped by a DST change.
 *
 * @example
 * ```ts
 * dayStart(Date.UTC(2026, 2, 29) / 86_400_000, 'Europe/Paris'); // Date.parse('2026-03-28T23:00Z')
 * ```
 */
export function dayStart(day: number, timezone: string): number {
  return zoneOf(timezone).instantOf(day * DAY_MS);
}

/**
 * An instant's local day number ({@link localDay}) plus the part of that day gone by: a local
 * midnight is a whole number, noon on a 24-hour day is half-way (a day of 23 or 25 hours counted
 * by its own length). What a count of days cut at the data date, or at a range's hours, needs.
 *
 * @example
 * ```ts
 * dayPosition(Date.parse('2026-03-02T12:00Z'), 'UTC') - dayPosition(Date.parse('2026-03-01T00:00Z'), 'UTC'); // 1.5
 * ```
 */
export function dayPosition(ms: number, timezone: string): number {
  const day = localDay(ms, timezone);
  const from = dayStart(day, timezone);
  return ms === from ? day : day + (ms - from) / (dayStart(day + 1, timezone) - from);
}

/**
 * The instant of local midnight starting a date in a time zone; when midnight does not exist
 * (a DST jump at 00:00), the first instant of that day.
 *
 * @param date - `yyyy-MM-dd`, or the year when month and day follow.
 * @throws RevueError for a date that does not exist or an unknown time zone.
 * @example
 * ```ts
 * localMidnight('2026-03-29', 'Europe/Paris'); // Date.parse('2026-03-28T23:00Z')
 * localMidnight(2026, 3, 30, 'Europe/Paris'); // Date.parse('2026-03-29T22:00Z')
 * ```
 */
export function localMidnight(date: string, timezone: string): number;
export function localMidnight(year: number, month: number, day: number, timezone: string): number;
export function localMidnight(first: string | number, second: string | number, third?: number, fourth?: string): number {
  const day = typeof first === 'string' ? dayOfKey(first) : dayOfDate(first, Number(second), Number(third));
  const timezone = typeof first === 'string' ? String(second) : String(fourth);
  if (Number.isNaN(day)) {
    const shown = typeof first === 'string' ? first : `${first}-${second}-${third}`;
    throw new RevueError('calendar', `"${shown}" is not a date (use yyyy-MM-dd)`);
  }
  return dayStart(day, timezone);
}

/**
 * Calendar days of `[a, b)` in a time zone: the number of local midnights passed from a to b, so
 * for local midnights a and b it is the number of local dates in between (DST days count as one
 * day, whatever their length); 0 when b ≤ a; NaN when either is NaN.
 *
 * @example
 * ```ts
 * // 1 March → 1 April in Paris: 31 days, although the span is 31 days minus 1 hour.
 * calendarDaysBetween(Date.parse('2026-02-28T23:00Z'), Date.parse('2026-03-31T22:00Z'), 'Europe/Paris'); // 31
 * ```
 */
export function calendarDaysBetween(a: number, b: number, timezone: string): number {
  if (Number.isNaN(a) || Number.isNaN(b)) return NaN;
  if (b <= a) return 0;
  return Math.max(0, localDay(b, timezone) - localDay(a, timezone));
}

/**
 * The months (`yyyy-MM`) a period overlaps, in order: from the month of its start to the month of
 * its last instant (`end − 1`).
 *
 * @example
 * ```ts
 * monthsOfPeriod(parsePeriod('2026-Q2', 'Europe/Paris'), 'Europe/Paris'); // ['2026-04', '2026-05', '2026-06']
 * ```
 */
export function monthsOfPeriod(period: Period, timezone: string): string[] {
  if (!(period.end > period.start)) return [];
  const first = monthKey(period.start, timezone);
  const last = monthKey(period.end - 1, timezone);
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  const lastYear = Number(last.slice(0, 4));
  const lastMonth = Number(last.slice(5, 7));
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
  return months;
}
