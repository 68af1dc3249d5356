/**
 * The naive business clock against the fast calendar (`createCalendar`), on random opening
 * hours, holidays and closed days in the four zones, with intervals that cross daylight-saving
 * changes (Paris in spring and autumn, São Paulo's midnight changes of 2018, Lord Howe's
 * half-hour ones) and run from minutes to months.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { propertyRuns, TIME_ZONES } from '../../test/review-arbitrary.js';
import { createCalendar } from '../calendar/calendar.js';
import { parsePolicy } from '../policy/parse.js';
import { WEEKDAYS } from '../policy/types.js';
import { referenceBusinessClock } from './business-clock.reference.js';

const MINUTE = 60_000;
/** Daylight-saving changes of the four zones (UTC instants), and a quiet instant. */
const CHANGES = ['2018-11-04T03:00Z', '2019-02-17T02:00Z', '2026-03-29T01:00Z', '2026-10-25T01:00Z', '2026-04-04T15:00Z', '2026-10-03T15:30Z', '2026-06-15T12:00Z'].map(Date.parse);
const COUNTRY = { UTC: null, 'Europe/Paris': 'FR', 'America/Sao_Paulo': 'BR', 'Australia/Lord_Howe': 'AU' } as const;

const clock = (minutes: number) => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
/** One or two opening spans of a day, on any minute (00:00–24:00 included), or none. */
const daySpans = fc.oneof(
  fc.constant([] as string[]),
  fc.constant(['00:00-24:00']),
  fc.uniqueArray(fc.integer({ min: 0, max: 1440 }), { minLength: 2, maxLength: 4 }).map((edges) => {
    const sorted = edges.sort((x, y) => x - y);
    const spans = [`${clock(sorted[0]!)}-${clock(sorted[1]!)}`];
    if (sorted.length === 4) spans.push(`${clock(sorted[2]!)}-${clock(sorted[3]!)}`);
    return spans;
  }),
);

describe('referenceBusinessClock agrees with createCalendar', () => {
  for (const timezone of TIME_ZONES) {
    test(`random calendars and intervals in ${timezone}`, () => {
      fc.assert(
        fc.property(
          fc.array(daySpans, { minLength: 7, maxLength: 7 }),
          fc.boolean(),
          fc.constantFrom(...CHANGES),
          fc.integer({ min: -3 * 24 * 60, max: 3 * 24 * 60 }),
          fc.oneof(fc.integer({ min: 0, max: 600 }), fc.integer({ min: 0, max: 90 * 24 * 60 })),
          fc.array(fc.integer({ min: -3, max: 60 }), { maxLength: 3 }),
          (week, holidays, change, fromChange, length, closedOffsets) => {
            const a = change + fromChange * MINUTE;
            const b = a + length * MINUTE;
            const closedDays = closedOffsets.map((days) => new Date(a + days * 86_400_000).toISOString().slice(0, 10));
            const policy = parsePolicy({
              timezone,
              calendar: { hours: Object.fromEntries(WEEKDAYS.map((day, i) => [day, week[i]!])), holidays: { country: holidays ? COUNTRY[timezone] : null }, closedDays },
            });
            const reference = referenceBusinessClock(policy, null);
            expect(reference(a, b)).toBe(createCalendar(policy).businessMinutes(a, b));
            // Seconds are dropped on both ends.
            expect(reference(a + 59_999, b + 59_999)).toBe(reference(a, b));
          },
        ),
        { numRuns: propertyRuns(80) },
      );
    });
  }

  test('a hand-worked spring-forward Monday in Paris', () => {
    // Open 01:00–04:00 on Sunday 29 March 2026: 02:00–03:00 local does not exist, so 2 hours.
    const policy = parsePolicy({ timezone: 'Europe/Paris', calendar: { hours: { sun: ['01:00-04:00'] } } });
    expect(referenceBusinessClock(policy, null)(Date.parse('2026-03-28T12:00Z'), Date.parse('2026-03-29T12:00Z'))).toBe(120);
  });
});
