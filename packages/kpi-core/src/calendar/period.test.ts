import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { localDateKey } from './local.js';
import { defaultPeriod, parsePeriod, periodContaining, periodDays, previousPeriod } from './period.js';

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
    // Both days included: 15 January 00:00 CET → 15 February 00:00 CET (exclusive end).
    expect(parsePeriod('2026-01-15..2026-02-14', 'Europe/Paris')).toEqual({
      label: '2026-01-15..2026-02-14', kind: 'custom', start: at('2026-01-14T23:00Z'), end: at('2026-02-14T23:00Z'),
    });
    // A range that is exactly a calendar month, quarter, half or year is that period (DESIGN §4:
    // 2026-04-01..2026-06-30 is the second quarter).
    expect(parsePeriod('2026-04-01..2026-06-30', 'Europe/Paris')).toEqual(parsePeriod('2026-Q2', 'Europe/Paris'));
    expect(parsePeriod('2026-02-01..2026-02-28', 'UTC')).toEqual(parsePeriod('2026-02', 'UTC'));
    expect(parsePeriod('2026-07-01..2026-12-31', 'UTC').label).toBe('2026-H2');
    expect(parsePeriod('2026-01-01..2026-12-31', 'UTC').label).toBe('2026');
    expect(parsePeriod('2026-04-01..2026-06-29', 'UTC').kind).toBe('custom');
    // One day is a range too; instants with an offset are read as written.
    expect(parsePeriod('2026-03-05..2026-03-05', 'UTC')).toMatchObject({ start: at('2026-03-05T00:00Z'), end: at('2026-03-06T00:00Z') });
    expect(parsePeriod('2026-03-05T10:00Z..2026-03-05T12:30+01:00', 'Europe/Paris')).toMatchObject({ start: at('2026-03-05T10:00Z'), end: at('2026-03-05T11:30Z') });
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
    expect(() => parsePeriod('2026-03-02..2026-03-01', 'UTC')).toThrow('period "2026-03-02..2026-03-01" ends before it starts');
    expect(() => parsePeriod('2026-03-01T10:00..2026-03-01T10:00', 'UTC')).toThrow('ends before it starts');
    expect(() => parsePeriod('2026-03-01T25:00..2026-03-02T10:00', 'UTC')).toThrow('is not a period');
    expect(() => parsePeriod('1969', 'UTC')).toThrow('period "1969" is outside 1970–2100');
    expect(() => parsePeriod('2101-01', 'UTC')).toThrow(RevueError);
    expect(() => parsePeriod('2026', 'Not/AZone')).toThrow(RevueError);
    // The last day may be 2100-12-31 (exclusive end 2101-01-01), not later.
    expect(parsePeriod('2100-11-15..2100-12-31', 'UTC').end).toBe(at('2101-01-01T00:00Z'));
    expect(() => parsePeriod('2100-12-15..2101-01-01', 'UTC')).toThrow('is outside 1970–2100');
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
    expect(periodDays(parsePeriod('2026-10-25..2026-10-25', 'Europe/Paris'), 'Europe/Paris')).toBe(1);
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
    // 15 Jan … 14 Feb is 31 days; the 31 days before 15 Jan are 15 Dec … 14 Jan.
    const previous = previousPeriod(parsePeriod('2026-01-15..2026-02-14', 'Europe/Paris'), 'Europe/Paris');
    expect(previous).toEqual(parsePeriod('2025-12-15..2026-01-14', 'Europe/Paris'));
    // 10 days across the spring change: 20 … 29 March; before it 10 … 19 March.
    expect(previousPeriod(parsePeriod('2026-03-20..2026-03-29', 'Europe/Paris'), 'Europe/Paris').label).toBe('2026-03-10..2026-03-19');
    // A range that is a calendar quarter is that quarter, so its previous period is the quarter before.
    expect(previousPeriod(parsePeriod('2026-04-01..2026-06-30', 'UTC'), 'UTC').label).toBe('2026-Q1');
    // The 90 days before 1 April 2026 (1 Jan … 31 Mar) stay a custom range even though they are 2026-Q1.
    const ninety = previousPeriod(parsePeriod('2026-04-01..2026-06-29', 'UTC'), 'UTC');
    expect(ninety).toEqual({ label: '2026-01-01..2026-03-31', kind: 'custom', start: at('2026-01-01T00:00Z'), end: at('2026-04-01T00:00Z') });
  });

  test('a range of instants: the range of the same length just before', () => {
    const period = parsePeriod('2026-03-02T08:00..2026-03-03T20:00', 'Europe/Paris');
    // 08:00 CET = 07:00Z; 36 hours long.
    expect(period).toEqual({ label: '2026-03-02T07:00:00.000Z..2026-03-03T19:00:00.000Z', kind: 'custom', start: at('2026-03-02T07:00Z'), end: at('2026-03-03T19:00Z') });
    expect(previousPeriod(period, 'Europe/Paris')).toEqual({
      label: '2026-02-28T19:00:00.000Z..2026-03-02T07:00:00.000Z', kind: 'custom', start: at('2026-02-28T19:00Z'), end: at('2026-03-02T07:00Z'),
    });
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

describe('defaultPeriod (DESIGN §4)', () => {
  /** `count` opening instants spread over the days from `from` (UTC), one per hour. */
  const tickets = (from: string, count: number) => Array.from({ length: count }, (_, k) => at(from) + k * 3_600_000);

  test('the latest quarter ended by asOf that holds a tenth of the busiest quarter', () => {
    // 2016-Q2 is the busiest (1000); a tenth is 100. asOf 18 Feb 2017: the quarters ended by then
    // are 2016-Q4 (5 tickets < 100), 2016-Q3 (99 < 100), 2016-Q2 (1000 ≥ 100): 2016-Q2.
    const openings = [...tickets('2016-04-01T00:00Z', 1000), ...tickets('2016-07-01T00:00Z', 99), ...tickets('2016-10-03T00:00Z', 5), at('2017-01-10T00:00Z')];
    const asOf = at('2017-02-18T12:00Z');
    expect(defaultPeriod(openings, asOf, 'UTC')).toEqual({ period: parsePeriod('2016-Q2', 'UTC'), chosenBy: 'latest-ended-quarter' });
    // One more ticket in 2016-Q3 makes 100 = a tenth: 2016-Q3 is chosen.
    expect(defaultPeriod([...openings, at('2016-09-30T12:00Z')], asOf, 'UTC').period.label).toBe('2016-Q3');
  });

  test('a quarter that ends exactly at asOf qualifies; local quarters in the policy zone', () => {
    const openings = tickets('2026-04-01T00:00Z', 50);
    expect(defaultPeriod(openings, at('2026-07-01T00:00Z'), 'UTC').period.label).toBe('2026-Q2');
    // One minute earlier 2026-Q2 has not ended, and no other quarter holds tickets.
    expect(defaultPeriod(openings, at('2026-06-30T23:59Z'), 'UTC')).toEqual({ period: parsePeriod('2026-Q2', 'UTC'), chosenBy: 'quarter-of-as-of' });
    // In Paris, 2026-06-30T22:30Z is 1 July 00:30: the ticket counts in 2026-Q3.
    const paris = defaultPeriod([at('2026-06-30T22:30Z')], at('2026-10-05T00:00Z'), 'Europe/Paris');
    expect(paris).toEqual({ period: parsePeriod('2026-Q3', 'Europe/Paris'), chosenBy: 'latest-ended-quarter' });
  });

  test('the quarter of asOf when no quarter qualifies, or without tickets', () => {
    expect(defaultPeriod([], at('2026-05-10T00:00Z'), 'UTC')).toEqual({ period: parsePeriod('2026-Q2', 'UTC'), chosenBy: 'quarter-of-as-of' });
    expect(defaultPeriod([Number.NaN], at('2026-05-10T00:00Z'), 'UTC').chosenBy).toBe('quarter-of-as-of');
    // The only ended quarter (2026-Q1: 1 ticket) holds less than a tenth of 2026-Q2 (20).
    const openings = [at('2026-02-01T00:00Z'), ...tickets('2026-04-01T00:00Z', 20)];
    expect(defaultPeriod(openings, at('2026-05-10T00:00Z'), 'UTC')).toEqual({ period: parsePeriod('2026-Q2', 'UTC'), chosenBy: 'quarter-of-as-of' });
  });
});
