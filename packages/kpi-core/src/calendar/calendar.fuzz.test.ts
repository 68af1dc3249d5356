/**
 * Fuzzing of business calendars over the whole supported range (fast-check): random policies
 * (opening spans on any minute, public holidays on or off, extra closed days, a time zone from
 * a list with and without daylight saving, half-hour offsets, a southern-hemisphere zone) and
 * random instants from 1971 to 2099. Invariants, no expected values to compute:
 * - 0 ≤ businessMinutes(a, b) ≤ wall minutes of [a, b);
 * - additivity: businessMinutes(a, b) + businessMinutes(b, c) = businessMinutes(a, c);
 * - addBusinessMinutes(a, m) is the earliest t with businessMinutes(a, t) = m.
 * calendar.property.test.ts checks exact values against a brute-force counter on 2026–2027.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parsePolicy } from '../policy/parse.js';
import { WEEKDAYS } from '../policy/types.js';
import { createCalendar } from './calendar.js';

const MINUTE = 60_000;
const DAY = 86_400_000;
const FIRST = Date.UTC(1971, 0, 1);
const END = Date.UTC(2100, 0, 1);
/** The latest instant addBusinessMinutes is asked to reach: two days inside the supported range. */
const LAST_ASKED = END - 2 * DAY;

/**
 * Zones with a holiday country (date-holidays has no Nepal: Kathmandu borrows India's): DST north
 * and south, none, half-hour and 45-minute offsets.
 */
const ZONES = [
  ['Europe/Paris', 'FR'],
  ['America/New_York', 'US'],
  ['Australia/Sydney', 'AU'],
  ['Asia/Kolkata', 'IN'],
  ['Asia/Tehran', 'IR'],
  ['Asia/Kathmandu', 'IN'],
  ['UTC', 'GB'],
  ['America/Sao_Paulo', 'BR'],
] as const;

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;

/** 0–3 disjoint spans of a day, on any minute from 00:00 to 24:00. */
const daySpans = fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { maxLength: 6 }).map((cuts) => {
  const sorted = [...cuts].sort((x, y) => x - y);
  const spans: string[] = [];
  for (let i = 0; i + 1 < sorted.length; i += 2) spans.push(`${hhmm(sorted[i]!)}-${hhmm(sorted[i + 1]!)}`);
  return spans;
});

const instant = fc.integer({ min: FIRST, max: END - 1 });

const policyDocument = fc.record({
  zone: fc.constantFrom(...ZONES),
  holidays: fc.boolean(),
  hours: fc.tuple(...WEEKDAYS.map(() => daySpans)),
  closed: fc.array(instant.map((t) => new Date(t).toISOString().slice(0, 10)), { maxLength: 6 }),
});

function calendarOf(doc: { zone: readonly [string, string]; holidays: boolean; hours: string[][]; closed: string[] }) {
  return createCalendar(
    parsePolicy({
      timezone: doc.zone[0],
      calendar: {
        hours: Object.fromEntries(WEEKDAYS.map((day, i) => [day, doc.hours[i]!])),
        holidays: { country: doc.holidays ? doc.zone[1] : null },
        closedDays: doc.closed,
      },
    }),
  );
}

const wallMinutes = (a: number, b: number) => Math.max(0, Math.floor(b / MINUTE) - Math.floor(a / MINUTE));

describe('business calendar fuzzing, 1971–2099', () => {
  it('business minutes are between 0 and the wall minutes, and add up over a split interval', () => {
    fc.assert(
      fc.property(policyDocument, instant, fc.integer({ min: 0, max: 60 * DAY }), fc.integer({ min: 0, max: 400 * DAY }), (doc, a, ab, bc) => {
        const calendar = calendarOf(doc);
        const b = Math.min(a + ab, END - 1);
        const c = Math.min(b + bc, END - 1);
        const whole = calendar.businessMinutes(a, c);
        expect(whole).toBeGreaterThanOrEqual(0);
        expect(whole).toBeLessThanOrEqual(wallMinutes(a, c));
        expect(calendar.businessMinutes(a, b) + calendar.businessMinutes(b, c)).toBe(whole);
        // A reversed interval is empty.
        expect(calendar.businessMinutes(c, a)).toBe(c > a ? 0 : whole);
      }),
      { numRuns: 80 },
    );
  });

  it('addBusinessMinutes is the earliest instant that many open minutes later', () => {
    fc.assert(
      fc.property(policyDocument, fc.integer({ min: FIRST, max: Date.UTC(2098, 0, 1) }), fc.integer({ min: 0, max: 30_000 }), (doc, a, asked) => {
        fc.pre(doc.hours.some((spans) => spans.length > 0));
        const calendar = calendarOf(doc);
        // A calendar open one minute a week has only a few thousand minutes left before 2100,
        // past which instants are refused: ask at most for the minutes there are.
        const minutes = Math.min(asked, calendar.businessMinutes(a, LAST_ASKED));
        const t = calendar.addBusinessMinutes(a, minutes);
        expect(t).toBeGreaterThanOrEqual(Math.floor(a / MINUTE) * MINUTE);
        expect(calendar.businessMinutes(a, t)).toBe(minutes);
        if (minutes > 0) expect(calendar.businessMinutes(a, t - MINUTE)).toBe(minutes - 1);
        expect(calendar.businessMinutes(a, t)).toBeLessThanOrEqual(wallMinutes(a, t));
      }),
      { numRuns: 80 },
    );
  });
});
