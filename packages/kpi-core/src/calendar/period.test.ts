import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { localDateKey } from './local.js';
import { parsePeriod, periodContaining, periodDays, previousPeriod } from './period.js';

const at = (iso: string): number => Date.parse(iso);

describe('parsePeriod', () => {
  test('a month in Paris, across the spring DST change', () => {
    // 1 March 00:00 CET = 2026-02-28T23:00Z; 1 April 00:00 CEST = 2026-03-31T22:00Z.
    expect(parsePeriod('2026-03', 'Europe/Paris')).toEqual({
      label: '2026-03', kind: 'month', start: at('2026-02-28T23:00Z'), end: at('2026-03-31T22:00Z'),
    });
  });

  test('quarter, half, year and custom', () => {
    // Q2 = April–June: 1 April 00:00 CEST → 1 July 00:00 CEST.
    expect(parsePeriod('2026-Q2', 'Europe/Paris')).toEqual({
      label: '2026-Q2', kind: 'quarter', start: at('2026-03-31T22:00Z'), end: at('2026-06-30T22:00Z'),
    });
    expect(parsePeriod('2026-H1', 'UTC')).toEqual({
      label: '2026-H1', kind: 'half', start: at('2026-01-01T00:00Z'), end: at('2026-07-01T00:00Z'),
    });
    // New York midnight is 05:00Z in winter (EST, UTC−5).
    expect(parsePeriod('2026', 'America/New_York')).toEqual({
      label: '2026', kind: 'year', start: at('2026-01-01T05:00Z'), end: at('2027-01-01T05:00Z'),
    });
    expect(parsePeriod('2026-01-15..2026-02-15', 'Europe/Paris')).toEqual({
      label: '2026-01-15..2026-02-15', kind: 'custom', start: at('2026-01-14T23:00Z'), end: at('2026-02-14T23:00Z'),
    });
    // Labels are canonical.
    expect(parsePeriod(' 2026-q3 ', 'UTC').label).toBe('2026-Q3');
    expect(parsePeriod('2026-h2', 'UTC').label).toBe('2026-H2');
  });

  test('a day without midnight starts at its first instant', () => {
    // America/Santiago jumps from 2026-09-06 00:00 −04 to 01:00 −03 (= 04:00Z): the day starts then.
    expect(parsePeriod('2026-09-06..2026-09-07', 'America/Santiago').start).toBe(at('2026-09-06T04:00Z'));
  });

  test('bad specs name the spec', () => {
    for (const spec of ['2026-13', '2026-00', '2026-Q5', '2026-H3', 'March', '', '26-03', '2026-02-30..2026-03-01', '2026-03..2026-04']) {
      expect(() => parsePeriod(spec, 'UTC')).toThrow(`"${spec}" is not a period`);
    }
    expect(() => parsePeriod('2026-03-01..2026-03-01', 'UTC')).toThrow('period "2026-03-01..2026-03-01" ends before it starts');
    expect(() => parsePeriod('1969', 'UTC')).toThrow('period "1969" is outside 1970–2100');
    expect(() => parsePeriod('2101-01', 'UTC')).toThrow(RevueError);
    expect(() => parsePeriod('2026', 'Not/AZone')).toThrow(RevueError);
    // The exclusive end may be 2101-01-01.
    expect(parsePeriod('2100-12-01..2101-01-01', 'UTC').end).toBe(at('2101-01-01T00:00Z'));
  });
});

describe('periodDays', () => {
  test('calendar days, DST days counting as one', () => {
    // March: 31 days although 31 × 24 − 1 hours long in Paris.
    expect(periodDays(parsePeriod('2026-03', 'Europe/Paris'), 'Europe/Paris')).toBe(31);
    // Q2 = 30 + 31 + 30 = 91; H1 2026 = 31 + 28 + 31 + 30 + 31 + 30 = 181; 2028 is a leap year.
    expect(periodDays(parsePeriod('2026-Q2', 'Europe/Paris'), 'Europe/Paris')).toBe(91);
    expect(periodDays(parsePeriod('2026-H1', 'America/New_York'), 'America/New_York')).toBe(181);
    expect(periodDays(parsePeriod('2028', 'UTC'), 'UTC')).toBe(366);
    // The fall-back Sunday alone (25 h long) is one day.
    expect(periodDays(parsePeriod('2026-10-25..2026-10-26', 'Europe/Paris'), 'Europe/Paris')).toBe(1);
  });
});

describe('previousPeriod', () => {
  test('the previous calendar month, quarter, half and year', () => {
    const previous = (spec: string) => previousPeriod(parsePeriod(spec, 'Europe/Paris'), 'Europe/Paris');
    expect(previous('2026-01')).toEqual(parsePeriod('2025-12', 'Europe/Paris'));
    expect(previous('2026-03').label).toBe('2026-02');
    expect(previous('2026-Q1')).toEqual(parsePeriod('2025-Q4', 'Europe/Paris'));
    expect(previous('2026-Q3').label).toBe('2026-Q2');
    expect(previous('2026-H1').label).toBe('2025-H2');
    expect(previous('2026-H2').label).toBe('2026-H1');
    expect(previous('2026').label).toBe('2025');
  });

  test('a custom range: as many days just before', () => {
    // 15 Jan → 15 Feb is 31 days; 31 days before 15 Jan is 15 Dec.
    const previous = previousPeriod(parsePeriod('2026-01-15..2026-02-15', 'Europe/Paris'), 'Europe/Paris');
    expect(previous).toEqual(parsePeriod('2025-12-15..2026-01-15', 'Europe/Paris'));
    // 10 days across the spring change: 20 → 30 March; before it 10 → 20 March.
    expect(previousPeriod(parsePeriod('2026-03-20..2026-03-30', 'Europe/Paris'), 'Europe/Paris').label).toBe('2026-03-10..2026-03-20');
  });

  test('1970 has no previous year', () => {
    expect(() => previousPeriod(parsePeriod('1970', 'UTC'), 'UTC')).toThrow(RevueError);
  });
});

describe('periodContaining', () => {
  test('the period of an instant, in local time', () => {
    // 2026-03-31T22:30Z is 00:30 CEST on 1 April in Paris, still 31 March in UTC.
    expect(periodContaining(at('2026-03-31T22:30Z'), 'quarter', 'Europe/Paris').label).toBe('2026-Q2');
    expect(periodContaining(at('2026-03-31T22:30Z'), 'quarter', 'UTC').label).toBe('2026-Q1');
    expect(periodContaining(at('2026-03-31T22:30Z'), 'month', 'Europe/Paris')).toEqual(parsePeriod('2026-04', 'Europe/Paris'));
    expect(periodContaining(at('2026-08-01T00:00Z'), 'half', 'UTC').label).toBe('2026-H2');
    expect(periodContaining(at('2026-08-01T00:00Z'), 'year', 'America/New_York').label).toBe('2026');
    expect(() => periodContaining(at('2026-08-01T00:00Z'), 'custom', 'UTC')).toThrow(RevueError);
  });

  const zones = ['Europe/Paris', 'America/New_York', 'Asia/Kolkata', 'Australia/Lord_Howe'];
  const kinds = ['month', 'quarter', 'half', 'year'] as const;

  // From 1972: the year before a period must still be in 1970–2100.
  test('property: the period contains the instant, its previous period ends where it starts', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1972, 0, 2), max: Date.UTC(2100, 0, 1) }), fc.constantFrom(...zones), fc.constantFrom(...kinds), (t, zone, kind) => {
        const period = periodContaining(t, kind, zone);
        expect(period.start).toBeLessThanOrEqual(t);
        expect(t).toBeLessThan(period.end);
        expect(parsePeriod(period.label, zone)).toEqual(period);
        const previous = previousPeriod(period, zone);
        expect(previous.end).toBe(period.start);
        expect(previous.kind).toBe(kind);
        // The first day of a period is the local date of its start.
        expect(localDateKey(period.start, zone).slice(-2)).toBe('01');
      }),
      { numRuns: 300 },
    );
  });
});
