/**
 * A run of consecutive calendar months in a time zone, as month keys and the instants that bound
 * them, for the KPIs that report one figure per month over several months (trend, backlog): a
 * ticket's month is then found by bisection over a dozen instants instead of a month key per row.
 */
import { dayOfDate } from './days.js';
import { dayStart } from './local.js';

/** Consecutive calendar months: month `m` is `[bounds[m], bounds[m + 1])`. */
export interface MonthWindow {
  /** `yyyy-MM`, oldest first. */
  keys: string[];
  /** `keys.length + 1` instants: each month's local midnight starting it, then the end of the last. */
  bounds: Float64Array;
}

function yearMonthOf(key: string): [number, number] {
  return [Number(key.slice(0, 4)), Number(key.slice(5, 7))];
}

function keyOf(year: number, month: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

/**
 * The months from `first` to `last` (`yyyy-MM`, both included) in a time zone; empty when `last`
 * is before `first`.
 *
 * @example
 * monthsFromTo('2026-01', '2026-03', 'Europe/Paris').keys; // => ['2026-01', '2026-02', '2026-03']
 * monthsFromTo('2026-01', '2026-03', 'Europe/Paris').bounds[3]; // => Date.parse('2026-03-31T22:00Z')
 */
export function monthsFromTo(first: string, last: string, timezone: string): MonthWindow {
  let [year, month] = yearMonthOf(first);
  const [lastYear, lastMonth] = yearMonthOf(last);
  const keys: string[] = [];
  const bounds: number[] = [];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    keys.push(keyOf(year, month));
    bounds.push(dayStart(dayOfDate(year, month, 1), timezone));
    month++;
    if (month === 13) {
      month = 1;
      year++;
    }
  }
  if (keys.length > 0) bounds.push(dayStart(dayOfDate(year, month, 1), timezone));
  return { keys, bounds: Float64Array.from(bounds) };
}

/**
 * The `count` months ending with `last` (`yyyy-MM`), oldest first.
 *
 * @example
 * monthsEndingWith('2026-03', 12, 'UTC').keys; // => ['2025-04', …, '2026-03']
 */
export function monthsEndingWith(last: string, count: number, timezone: string): MonthWindow {
  const [year, month] = yearMonthOf(last);
  const index = year * 12 + (month - 1) - (count - 1);
  return monthsFromTo(keyOf(Math.floor(index / 12), (index % 12) + 1), last, timezone);
}

/**
 * The month key `offset` months after `key` (before it when negative).
 *
 * @example
 * shiftMonth('2026-01', -11); // => '2025-02'
 */
export function shiftMonth(key: string, offset: number): string {
  const [year, month] = yearMonthOf(key);
  const index = year * 12 + (month - 1) + offset;
  return keyOf(Math.floor(index / 12), (index % 12) + 1);
}

/** The mean length of a Gregorian month: a first guess of an instant's month, corrected by at most a step or two. */
const MEAN_MONTH_MS = (365.2425 / 12) * 86_400_000;

/**
 * The month of a window that holds an instant: m with `bounds[m] ≤ t < bounds[m + 1]`, or −1 when
 * `t` is outside the window or NaN. Called once per ticket: it guesses from the mean month length
 * and steps to the right month (months differ from the mean by under two days).
 *
 * @example
 * monthIndex(monthsFromTo('2026-01', '2026-03', 'UTC'), Date.parse('2026-02-10T08:00Z')); // => 1
 */
export function monthIndex(window: MonthWindow, t: number): number {
  const bounds = window.bounds;
  const months = bounds.length - 1;
  const first = bounds[0]!;
  if (!(t >= first) || !(t < bounds[months]!)) return -1;
  let m = Math.floor((t - first) / MEAN_MONTH_MS);
  if (m >= months) m = months - 1;
  while (bounds[m]! > t) m--;
  while (bounds[m + 1]! <= t) m++;
  return m;
}
