/**
 * Property tests of createCalendar against a brute-force counter (test-only): it walks the
 * interval minute by minute and asks Intl for each minute's local weekday, date and time, then
 * checks opening spans, closed days and date-holidays' public holidays directly.
 */
import fc from 'fast-check';
import Holidays from 'date-holidays';
import { describe, expect, test } from 'vitest';
import { parsePolicy } from '../policy/parse.js';
import { WEEKDAYS } from '../policy/types.js';
import { createCalendar } from './calendar.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const ZONES = [
  { timezone: 'Europe/Paris', country: 'FR', dst: ['2026-03-29T01:00Z', '2026-10-25T01:00Z', '2027-03-28T01:00Z', '2027-10-31T01:00Z'] },
  { timezone: 'America/New_York', country: 'US', dst: ['2026-03-08T07:00Z', '2026-11-01T06:00Z', '2027-03-14T07:00Z', '2027-11-07T06:00Z'] },
] as const;
const RANGE_START = Date.UTC(2026, 0, 1);
const RANGE_END = Date.UTC(2028, 0, 1);

const formatters = new Map<string, Intl.DateTimeFormat>();
function localParts(ms: number, timezone: string): { weekday: string; date: string; minuteOfDay: number } {
  let format = formatters.get(timezone);
  if (format === undefined) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: timezone, hourCycle: 'h23', weekday: 'short',
      year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit',
    });
    formatters.set(timezone, format);
  }
  const parts: Record<string, string> = {};
  for (const part of format.formatToParts(ms)) parts[part.type] = part.value;
  return {
    weekday: parts.weekday!.toLowerCase().slice(0, 3),
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minuteOfDay: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

const holidayCache = new Map<string, Set<string>>();
function isPublicHoliday(country: string, date: string): boolean {
  const key = `${country}|${date.slice(0, 4)}`;
  let days = holidayCache.get(key);
  if (days === undefined) {
    days = new Set(new Holidays(country).getHolidays(Number(date.slice(0, 4))).filter((h) => h.type === 'public').map((h) => h.date.slice(0, 10)));
    holidayCache.set(key, days);
  }
  return days.has(date);
}

interface Spec {
  timezone: string;
  country: string | null;
  hours: Record<string, [number, number][]>;
  closedDays: string[];
}

function bruteForceMinutes(spec: Spec, a: number, b: number): number {
  let open = 0;
  for (let t = Math.floor(a / MINUTE) * MINUTE; t < Math.floor(b / MINUTE) * MINUTE; t += MINUTE) {
    const { weekday, date, minuteOfDay } = localParts(t, spec.timezone);
    if (spec.closedDays.includes(date)) continue;
    if (spec.country !== null && isPublicHoliday(spec.country, date)) continue;
    if ((spec.hours[weekday] ?? []).some(([s, e]) => minuteOfDay >= s && minuteOfDay < e)) open++;
  }
  return open;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** 0–2 disjoint spans per day, on a 15-minute grid (plus odd minutes), often around 01:00–04:00. */
const daySpans = fc
  .array(fc.oneof(fc.integer({ min: 0, max: 1440 }), fc.integer({ min: 45, max: 270 })), { maxLength: 4 })
  .map((cuts) => {
    const sorted = [...new Set(cuts)].sort((x, y) => x - y);
    const spans: [number, number][] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) spans.push([sorted[i]!, sorted[i + 1]!]);
    return spans;
  });

function specArbitrary(zone: (typeof ZONES)[number]) {
  return fc.record({
    timezone: fc.constant(zone.timezone),
    country: fc.constantFrom(null, zone.country),
    hours: fc.tuple(...WEEKDAYS.map(() => daySpans)).map((days) => Object.fromEntries(WEEKDAYS.map((d, i) => [d, days[i]!]))),
    closedDays: fc.array(fc.integer({ min: 0, max: 729 }).map((d) => new Date(RANGE_START + d * DAY).toISOString().slice(0, 10)), { maxLength: 5 }),
  });
}

function calendarOf(spec: Spec) {
  const hours = Object.fromEntries(Object.entries(spec.hours).map(([d, spans]) => [d, spans.map(([s, e]) => `${hhmm(s)}-${hhmm(e)}`)]));
  return createCalendar(parsePolicy({ timezone: spec.timezone, calendar: { hours, holidays: { country: spec.country }, closedDays: spec.closedDays } }));
}

/** An instant in 2026–2027 (any second), half of the time within 2 days of a DST change. */
function instantArbitrary(zone: (typeof ZONES)[number]) {
  return fc.oneof(
    fc.integer({ min: RANGE_START, max: RANGE_END - 5 * DAY }),
    fc.tuple(fc.constantFrom(...zone.dst), fc.integer({ min: -2 * DAY, max: 2 * DAY })).map(([d, delta]) => Date.parse(d) + delta),
  );
}

describe.each(ZONES)('createCalendar in $timezone', (zone) => {
  test('equals the brute-force minute counter (intervals up to 3 days)', () => {
    fc.assert(
      fc.property(specArbitrary(zone), instantArbitrary(zone), fc.integer({ min: 0, max: 3 * DAY }), (spec, a, length) => {
        expect(calendarOf(spec).businessMinutes(a, a + length)).toBe(bruteForceMinutes(spec, a, a + length));
      }),
      { numRuns: 60 },
    );
  });

  test('business minutes ≤ wall minutes, and a→b + b→c = a→c', () => {
    fc.assert(
      fc.property(specArbitrary(zone), instantArbitrary(zone), fc.integer({ min: 0, max: 40 * DAY }), fc.integer({ min: 0, max: 400 * DAY }), (spec, a, ab, bc) => {
        const calendar = calendarOf(spec);
        const b = a + ab;
        const c = Math.min(b + bc, RANGE_END + 400 * DAY);
        const wall = Math.max(0, (Math.floor(c / MINUTE) - Math.floor(a / MINUTE)));
        const total = calendar.businessMinutes(a, c);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total).toBeLessThanOrEqual(wall);
        expect(calendar.businessMinutes(a, b) + calendar.businessMinutes(b, c)).toBe(total);
      }),
      { numRuns: 100 },
    );
  });

  test('addBusinessMinutes inverts businessMinutes and is the earliest such instant', () => {
    fc.assert(
      fc.property(specArbitrary(zone), instantArbitrary(zone), fc.integer({ min: 0, max: 20_000 }), (spec, a, minutes) => {
        fc.pre(Object.values(spec.hours).some((spans) => spans.length > 0));
        const calendar = calendarOf(spec);
        // A calendar of one minute a week has fewer than 20,000 minutes before 2100 (a
        // counterexample fast-check found): past the calendar's end, a clear refusal.
        if (calendar.businessMinutes(a, Date.UTC(2100, 0, 1)) < minutes) {
          expect(() => calendar.addBusinessMinutes(a, minutes)).toThrow('goes past 2100');
          return;
        }
        const t = calendar.addBusinessMinutes(a, minutes);
        expect(t).toBeGreaterThanOrEqual(Math.floor(a / MINUTE) * MINUTE);
        expect(calendar.businessMinutes(a, t)).toBe(minutes);
        if (minutes > 0) expect(calendar.businessMinutes(a, t - MINUTE)).toBe(minutes - 1);
      }),
      { numRuns: 100 },
    );
  });
});

test('refuses plainly to add more business minutes than the calendar holds before 2100', () => {
  // fast-check's counterexample: one business minute a week (Thursday 00:45–00:46, New York)
  // holds ~3,900 minutes from 2026 to 2100, so 3,915 more cannot be added.
  const calendar = calendarOf({
    timezone: 'America/New_York',
    country: null,
    hours: { mon: [], tue: [], wed: [], thu: [[45, 46]], fri: [], sat: [], sun: [] },
    closedDays: [],
  } as Parameters<typeof calendarOf>[0]);
  const from = Date.UTC(2026, 0, 1);
  expect(calendar.businessMinutes(from, Date.UTC(2100, 0, 1))).toBeLessThan(3915);
  expect(() => calendar.addBusinessMinutes(from, 3915)).toThrow('goes past 2100');
});
