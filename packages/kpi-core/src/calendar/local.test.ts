import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { calendarDaysBetween, localDateKey, localDay, localMidnight, monthKey, monthsOfPeriod } from './local.js';
import { parsePeriod } from './period.js';

const at = (iso: string): number => Date.parse(iso);

describe('local date keys', () => {
  test('hand-checked instants', () => {
    // 23:30Z on 1 March is 00:30 CET on 2 March in Paris, 18:30 EST on 1 March in New York.
    expect(localDateKey(at('2026-03-01T23:30Z'), 'Europe/Paris')).toBe('2026-03-02');
    expect(localDateKey(at('2026-03-01T23:30Z'), 'America/New_York')).toBe('2026-03-01');
    expect(localDateKey(at('2026-03-01T23:30Z'), 'UTC')).toBe('2026-03-01');
    // Day numbers count from 1970-01-01: Date.UTC(2026, 2, 2) / 86 400 000 = 20514.
    expect(localDay(at('2026-03-01T23:30Z'), 'Europe/Paris')).toBe(Date.UTC(2026, 2, 2) / 86_400_000);
    // 22:30Z on 31 March is 00:30 CEST on 1 April.
    expect(monthKey(at('2026-03-31T22:30Z'), 'Europe/Paris')).toBe('2026-04');
    expect(monthKey(at('2026-03-31T22:30Z'), 'UTC')).toBe('2026-03');
    // Outside the cached years the keys still work (slow path).
    expect(localDateKey(at('2150-06-01T12:00Z'), 'Europe/Paris')).toBe('2150-06-01');
    expect(monthKey(at('1950-06-30T23:30Z'), 'Asia/Tokyo')).toBe('1950-07');
  });

  test('NaN and unknown zones throw', () => {
    expect(() => localDateKey(NaN, 'UTC')).toThrow(RevueError);
    expect(() => monthKey(0, 'Nowhere/City')).toThrow(RevueError);
  });

  const intlKey = new Map<string, Intl.DateTimeFormat>();
  function referenceKey(ms: number, timezone: string): string {
    let format = intlKey.get(timezone);
    if (format === undefined) {
      format = new Intl.DateTimeFormat('en-CA', { timeZone: timezone, year: 'numeric', month: '2-digit', day: '2-digit' });
      intlKey.set(timezone, format);
    }
    return format.format(ms);
  }

  test('property: keys agree with Intl; midnights bracket the instant', () => {
    const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe', 'America/Santiago', 'Pacific/Apia'];
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1970, 0, 2), max: Date.UTC(2100, 11, 30) }), fc.constantFrom(...zones), (t, zone) => {
        const key = localDateKey(t, zone);
        expect(key).toBe(referenceKey(t, zone));
        expect(monthKey(t, zone)).toBe(key.slice(0, 7));
        const midnight = localMidnight(key, zone);
        expect(midnight).toBeLessThanOrEqual(t);
        const [y, m, d] = key.split('-').map(Number) as [number, number, number];
        const next = localMidnight(...([...new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10).split('-').map(Number), zone] as [number, number, number, string]));
        expect(t).toBeLessThan(next);
        expect(calendarDaysBetween(midnight, next, zone)).toBe(1);
        expect(localDateKey(midnight, zone)).toBe(key);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('localMidnight', () => {
  test('both forms, DST days and bad dates', () => {
    // 29 March 00:00 CET = 2026-03-28T23:00Z; 30 March 00:00 CEST = 2026-03-29T22:00Z.
    expect(localMidnight('2026-03-29', 'Europe/Paris')).toBe(at('2026-03-28T23:00Z'));
    expect(localMidnight(2026, 3, 30, 'Europe/Paris')).toBe(at('2026-03-29T22:00Z'));
    // America/Santiago skips 2026-09-06 00:00 −04 → 01:00 −03 (04:00Z).
    expect(localMidnight('2026-09-06', 'America/Santiago')).toBe(at('2026-09-06T04:00Z'));
    expect(() => localMidnight('2026-02-30', 'UTC')).toThrow('"2026-02-30" is not a date');
    expect(() => localMidnight(2026, 13, 1, 'UTC')).toThrow(RevueError);
  });
});

describe('calendarDaysBetween', () => {
  test('local calendar days of [a, b)', () => {
    // March in Paris: 31 days although 743 hours.
    expect(calendarDaysBetween(at('2026-02-28T23:00Z'), at('2026-03-31T22:00Z'), 'Europe/Paris')).toBe(31);
    // 2026 is 365 days, 2028 has 366.
    expect(calendarDaysBetween(localMidnight('2026-01-01', 'America/New_York'), localMidnight('2027-01-01', 'America/New_York'), 'America/New_York')).toBe(365);
    expect(calendarDaysBetween(localMidnight('2028-01-01', 'UTC'), localMidnight('2029-01-01', 'UTC'), 'UTC')).toBe(366);
    expect(calendarDaysBetween(at('2026-03-31T22:00Z'), at('2026-02-28T23:00Z'), 'Europe/Paris')).toBe(0);
    expect(calendarDaysBetween(NaN, 0, 'UTC')).toBeNaN();
  });
});

describe('monthsOfPeriod', () => {
  test('months a period overlaps', () => {
    expect(monthsOfPeriod(parsePeriod('2026-Q2', 'Europe/Paris'), 'Europe/Paris')).toEqual(['2026-04', '2026-05', '2026-06']);
    expect(monthsOfPeriod(parsePeriod('2025-12-15..2026-01-31', 'UTC'), 'UTC')).toEqual(['2025-12', '2026-01']);
    expect(monthsOfPeriod(parsePeriod('2026', 'UTC'), 'UTC')).toHaveLength(12);
    expect(monthsOfPeriod({ label: 'empty', kind: 'custom', start: 10, end: 10 }, 'UTC')).toEqual([]);
  });
});
