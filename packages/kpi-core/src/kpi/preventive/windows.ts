/**
 * The calendar-aligned windows of a plan task (DESIGN §5): ISO weeks from Monday 00:00, months,
 * quarters, half-years or years, on the local calendar of the policy's time zone, found on local
 * day numbers (no `Date` per window). A window starts at its first day's local midnight (or the
 * first instant of that day when a daylight-saving change skips midnight) and ends where the
 * next one starts.
 */
import type { Period } from '../../calendar/types.js';
import { weekdayOfDay } from '../../calendar/days.js';
import { dayStart, localDay } from '../../calendar/local.js';
import { civilOfDay, daysFromCivil } from '../../internal/civil.js';
import type { PlanPeriodicity } from '../../policy/types.js';

/** Months per window of each periodicity but the week. */
const MONTHS: Record<Exclude<PlanPeriodicity, 'week'>, number> = { month: 1, quarter: 3, half: 6, year: 12 };

/** Windows as parallel arrays of instants: window `w` is `[starts[w], ends[w])`, each ending where the next starts. */
export interface PlanWindows {
  starts: Float64Array;
  ends: Float64Array;
}

/**
 * The windows of a periodicity that lie wholly inside a period (`period.start ≤ start` and
 * `end ≤ period.end`), in order.
 *
 * @example
 * // March 2026 in Paris holds the ISO weeks of 2, 9, 16 and 23 March (the week of 30 March ends in April).
 * planWindows('week', parsePeriod('2026-03', 'Europe/Paris'), 'Europe/Paris').starts.length; // 4
 */
export function planWindows(every: PlanPeriodicity, period: Period, timezone: string): PlanWindows {
  let firstDay = localDay(period.start, timezone);
  if (dayStart(firstDay, timezone) < period.start) firstDay++;
  const starts: number[] = [];
  const ends: number[] = [];
  if (every === 'week') {
    let day = firstDay + ((7 - weekdayOfDay(firstDay)) % 7);
    let start = dayStart(day, timezone);
    for (;;) {
      const end = dayStart(day + 7, timezone);
      if (end > period.end) break;
      starts.push(start);
      ends.push(end);
      day += 7;
      start = end;
    }
  } else {
    const step = MONTHS[every];
    const { year, month, date } = civilOfDay(firstDay);
    // Months since year 0 of the first month that starts on or after firstDay, rounded up to the step.
    const first = year * 12 + (month - 1) + (date > 1 ? 1 : 0);
    let index = Math.ceil(first / step) * step;
    const dayOfIndex = (i: number) => daysFromCivil(Math.floor(i / 12), (i % 12) + 1, 1);
    let start = dayStart(dayOfIndex(index), timezone);
    for (;;) {
      const end = dayStart(dayOfIndex(index + step), timezone);
      if (end > period.end) break;
      starts.push(start);
      ends.push(end);
      index += step;
      start = end;
    }
  }
  return { starts: Float64Array.from(starts), ends: Float64Array.from(ends) };
}

/** The number of values of a sorted array below `value` (the first index whose value is ≥ it). */
export function countBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! < value) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** The number of values of a sorted array at or below `value`. */
export function countAtOrBelow(sorted: Float64Array, value: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (sorted[mid]! <= value) low = mid + 1;
    else high = mid;
  }
  return low;
}
