/**
 * Calendar-month arithmetic on the local wall clock of a time zone, exactly as date-fns
 * `addMonths` and `differenceInMonths` compute it on a `TZDate`, but without a `TZDate` (each of
 * which costs tens of microseconds through `Intl`): local readings come from the zone's offset
 * tables ({@link zoneOf}) and day arithmetic is done on naive local milliseconds. Whenever a
 * local time involved does not name exactly one instant (a daylight-saving gap or overlap), or
 * lies outside the tables, the date-fns computation itself is used, so results are always
 * identical to it.
 */
import { TZDate } from '@date-fns/tz';
import { addMonths, differenceInMonths } from '../internal/date-fns.js';
import { civilOfDay, daysInMonth } from '../internal/civil.js';
import { DAY_MS, HOUR_MS } from '../internal/time.js';
import { zoneOf, type Zone } from './zone.js';


/** The one instant whose local reading is `naive`, or NaN when there are none (gap) or two (overlap). */
function uniqueInstant(zone: Zone, naive: number): number {
  let found = NaN;
  let count = 0;
  try {
    for (const { start, end, offset } of zone.segments(naive - 26 * HOUR_MS, naive + 26 * HOUR_MS)) {
      const instant = naive - offset;
      if (instant >= start && instant < end) {
        found = instant;
        count++;
      }
    }
  } catch {
    return NaN; // outside the zone tables
  }
  return count === 1 ? found : NaN;
}

/** Local reading of an instant, or NaN outside the tables. */
function naiveOf(zone: Zone, ms: number): number {
  const offset = zone.offsetAt(ms);
  return ms + offset;
}

/** Naive ms from local fields with `Date.UTC` overflow rules (month 0-based), as `Date` setters roll over. */
function naiveFrom(year: number, monthIndex: number, date: number, timeOfDay: number): number {
  return Date.UTC(year, monthIndex, date) + timeOfDay;
}

/**
 * `addMonths(new TZDate(ms, timezone), months).getTime()` of date-fns: the instant `months`
 * calendar months after `ms` on the local wall clock (the day of month kept, or clamped to the
 * last day of the target month; the time of day kept). NaN for NaN input.
 *
 * @example
 * addMonthsInZone(Date.parse('2025-10-31T23:00Z'), 5, 'Europe/Paris'); // => Date.parse('2026-03-31T22:00Z')
 */
export function addMonthsInZone(ms: number, months: number, timezone: string): number {
  if (!Number.isFinite(ms) || !Number.isFinite(months)) return NaN;
  if (Number.isInteger(months)) {
    if (months === 0) return ms;
    const zone = zoneOf(timezone);
    const naive = naiveOf(zone, ms);
    if (Number.isFinite(naive)) {
      const day = Math.floor(naive / DAY_MS);
      const timeOfDay = naive - day * DAY_MS;
      const { year, month, date } = civilOfDay(day);
      // date-fns: the last day of the target month at the same time (setMonth(m + n + 1, 0)) …
      const endNaive = naiveFrom(year, month - 1 + months + 1, 0, timeOfDay);
      const end = uniqueInstant(zone, endNaive);
      if (!Number.isNaN(end)) {
        const endCivil = civilOfDay(Math.floor(endNaive / DAY_MS));
        if (date >= daysInMonth(endCivil.year, endCivil.month)) return end;
        // … else that month with the original day of month.
        const result = uniqueInstant(zone, naiveFrom(endCivil.year, endCivil.month - 1, date, timeOfDay));
        if (!Number.isNaN(result)) return result;
      }
    }
  }
  return addMonths(new TZDate(ms, timezone), months).getTime();
}

/**
 * `differenceInMonths(new TZDate(later, timezone), new TZDate(earlier, timezone))` of date-fns:
 * the number of full calendar months between two instants on the local wall clock (negative when
 * `later` is before `earlier`).
 *
 * @example
 * monthsBetweenInZone(Date.parse('2026-07-01T10:00Z'), Date.parse('2024-01-15T09:00Z'), 'Europe/Paris'); // => 29
 */
export function monthsBetweenInZone(later: number, earlier: number, timezone: string): number {
  const zone = zoneOf(timezone);
  const laterNaive = naiveOf(zone, later);
  const earlierNaive = naiveOf(zone, earlier);
  if (Number.isFinite(laterNaive) && Number.isFinite(earlierNaive)) {
    const laterDay = Math.floor(laterNaive / DAY_MS);
    const timeOfDay = laterNaive - laterDay * DAY_MS;
    const l = civilOfDay(laterDay);
    const e = civilOfDay(Math.floor(earlierNaive / DAY_MS));
    const sign = later > earlier ? 1 : later < earlier ? -1 : 0;
    const difference = Math.abs((l.year - e.year) * 12 + (l.month - e.month));
    if (difference < 1) return 0;
    let working = laterNaive;
    let exact = true;
    let w = l;
    if (l.month === 2 && l.date > 27) {
      // setDate(30): rolls over into March.
      working = naiveFrom(l.year, 1, 30, timeOfDay);
      exact = !Number.isNaN(uniqueInstant(zone, working));
      w = civilOfDay(Math.floor(working / DAY_MS));
    }
    if (exact) {
      const shifted = uniqueInstant(zone, naiveFrom(w.year, w.month - 1 - sign * difference, w.date, timeOfDay));
      if (!Number.isNaN(shifted)) {
        const compared = shifted > earlier ? 1 : shifted < earlier ? -1 : 0;
        let isLastMonthNotFull = compared === -sign;
        if (l.date === daysInMonth(l.year, l.month) && difference === 1 && later > earlier) isLastMonthNotFull = false;
        const result = sign * (difference - (isLastMonthNotFull ? 1 : 0));
        return result === 0 ? 0 : result;
      }
    }
  }
  return differenceInMonths(new TZDate(later, timezone), new TZDate(earlier, timezone));
}
