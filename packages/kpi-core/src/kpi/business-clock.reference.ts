/**
 * Business time, plainly (DESIGN §4–5): the open minutes of `[a, b)` counted by walking the
 * interval one local day at a time, reading the local wall clock with `@date-fns/tz`'s
 * `tzOffset` — no per-year index, no prefix sums, no binary search, nothing shared with
 * `createCalendar`. The KPI references use it, so their property tests check the fast calendar
 * along with the KPIs built on it.
 *
 * A day whose offset is the same at both ends is read with that one offset. A day whose offset
 * changes is walked half an hour at a time: every zone the tests use (UTC, Europe/Paris,
 * America/Sao_Paulo, Australia/Lord_Howe) has offsets in whole half hours and changes them on the
 * 30-minute UTC grid, so each half hour has one offset, and none changes twice in one day. The
 * walk checks the grid and throws for a zone off it rather than give a wrong figure.
 */
import { tzOffset } from '@date-fns/tz';
import Holidays from 'date-holidays';
import { policyFor } from '../policy/parse.js';
import { WEEKDAYS, type Policy } from '../policy/types.js';
import { splitRegion } from '../calendar/holidays.js';

const MINUTE = 60_000;
const BLOCK = 30 * MINUTE;
const DAY = 86_400_000;

/**
 * date-holidays takes about 15 ms to list a year's holidays, so each (country, region, year) is
 * listed once per process: the holiday library is not what the references check.
 */
const holidayDates = new Map<string, Set<string>>();

/** The local dates (`yyyy-MM-dd`) closed by public holidays, each holiday closing its date for its length in days. */
function publicHolidayDates(country: string, region: string | null, year: number): Set<string> {
  const id = `${country}|${region ?? ''}|${year}`;
  let dates = holidayDates.get(id);
  if (dates === undefined) {
    const parts = region === null ? null : splitRegion(country, region);
    const hd = parts === null ? new Holidays(country) : new Holidays(country, parts[0], parts[1]!);
    dates = new Set();
    for (const holiday of hd.getHolidays(year)) {
      if (holiday.type !== 'public') continue;
      const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / DAY));
      const first = Date.parse(`${holiday.date.slice(0, 10)}T00:00Z`);
      for (let d = 0; d < length; d++) dates.add(new Date(first + d * DAY).toISOString().slice(0, 10));
    }
    holidayDates.set(id, dates);
  }
  return dates;
}

/**
 * The business clock of one client's calendar, walked naively: `(a, b) => open minutes of
 * [a, b)`, both instants floored to the minute; wall minutes for an always-open calendar.
 *
 * A minute is open when its local reading (in the policy's zone) lies in an opening span of its
 * local weekday, on a local date that is neither a public holiday (date-holidays, type `public`,
 * each holiday closing the local dates from its date for its length in days, rounded) nor in
 * `closedDays`.
 *
 * @example
 * const clock = referenceBusinessClock(parsePolicy({ timezone: 'Europe/Paris' }), null);
 * clock(Date.parse('2026-03-02T08:00Z'), Date.parse('2026-03-02T09:30Z')); // => 90 (09:00–10:30 Paris)
 */
export function referenceBusinessClock(basePolicy: Policy, client: string | null): (a: number, b: number) => number {
  const policy = policyFor(basePolicy, client);
  const { timezone, calendar } = policy;
  const closed = new Set(calendar.closedDays);
  const isHoliday = (dateKey: string): boolean => {
    const { country, region } = calendar.holidays;
    return country !== null && publicHolidayDates(country, region, Number(dateKey.slice(0, 4))).has(dateKey);
  };

  const offsetAt = (t: number) => tzOffset(timezone, new Date(t)) * MINUTE;
  return (rawA, rawB) => {
    const a = Math.floor(rawA / MINUTE) * MINUTE;
    const b = Math.floor(rawB / MINUTE) * MINUTE;
    let open = 0;
    // One stretch per local day; on a day whose offset changes, one stretch per half hour.
    for (let t = a; t < b; ) {
      const offset = offsetAt(t);
      // The local reading of t, as if it were UTC, and the midnight of its local date.
      const midnight = Math.floor((t + offset) / DAY) * DAY;
      let end = Math.min(b, midnight + DAY - offset);
      if (offsetAt(end - 1) !== offset) {
        end = Math.min(end, Math.floor(t / BLOCK) * BLOCK + BLOCK);
        if (offsetAt(end - 1) !== offset || offset % BLOCK !== 0) throw new TypeError(`referenceBusinessClock: ${timezone} does not keep to the 30-minute grid`);
      }
      const date = new Date(midnight);
      const dateKey = date.toISOString().slice(0, 10);
      if (!closed.has(dateKey) && !isHoliday(dateKey)) {
        // [t, end) in local minutes from midnight, against each opening span of the weekday.
        const from = (t + offset - midnight) / MINUTE;
        const to = (end + offset - midnight) / MINUTE;
        for (const [start, stop] of calendar.hours[WEEKDAYS[(date.getUTCDay() + 6) % 7]!]) open += Math.max(0, Math.min(to, stop) - Math.max(from, start));
      }
      t = end;
    }
    return open;
  };
}
