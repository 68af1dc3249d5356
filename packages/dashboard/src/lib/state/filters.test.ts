import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { filtersFromSearch, filtersToSearch, periodKind, type Filters } from './filters.js';
import { localDate, periodDates, periodOptions } from './periods.js';

const periodLabel = fc.oneof(
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(fc.integer({ min: 2000, max: 2099 }), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.integer({ min: 2000, max: 2099 }).map(String),
  fc.constant('2026-01-15..2026-02-15'),
);

const filters: fc.Arbitrary<Filters> = fc.record({
  period: fc.option(periodLabel, { nil: null }),
  client: fc.option(fc.string({ minLength: 1, unit: 'grapheme' }), { nil: null }),
  language: fc.constantFrom('en', 'fr') as fc.Arbitrary<'en' | 'fr'>,
});

describe('URL ↔ filters', () => {
  it('writes the documented query string', () => {
    expect(filtersToSearch({ period: '2026-Q2', client: 'Bistro & Co', language: 'fr' })).toBe('?period=2026-Q2&client=Bistro+%26+Co&lang=fr');
    expect(filtersToSearch({ period: null, client: null, language: 'en' })).toBe('?lang=en');
  });

  it('reads it back', () => {
    expect(filtersFromSearch('?period=2026-Q2&client=Bistro+%26+Co&lang=fr')).toEqual({ period: '2026-Q2', client: 'Bistro & Co', language: 'fr' });
  });

  it('round-trips any filters (property)', () => {
    fc.assert(
      fc.property(filters, (f) => {
        expect(filtersFromSearch(filtersToSearch(f))).toEqual(f);
      }),
    );
  });

  it('ignores malformed values', () => {
    expect(filtersFromSearch('?period=2026-Q5&client=&lang=de', 'fr')).toEqual({ period: null, client: null, language: 'fr' });
    expect(filtersFromSearch('')).toEqual({ period: null, client: null, language: 'en' });
  });

  it('classifies period labels', () => {
    expect(periodKind('2026-03')).toBe('month');
    expect(periodKind('2026-13')).toBeNull();
    expect(periodKind('2026-H2')).toBe('half');
    expect(periodKind('2026')).toBe('year');
    expect(periodKind('2026-01-15..2026-02-15')).toBe('custom');
  });
});

describe('periods', () => {
  it('takes local dates in the policy time zone', () => {
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris (UTC+2).
    expect(localDate('2026-06-30T22:30:00Z', 'Europe/Paris')).toEqual({ year: 2026, month: 7, day: 1 });
    expect(localDate('2026-06-30T22:30:00Z', 'UTC')).toEqual({ year: 2026, month: 6, day: 30 });
  });

  it('lists the periods covered by the data, most recent first', () => {
    // Demo span 2025-10-01 … 2026-09-30: 12 months, 4 quarters, halves 2025-H2 … 2026-H2.
    expect(periodOptions('quarter', '2025-10-01T08:00:00Z', '2026-09-30T17:00:00Z', 'Europe/Paris')).toEqual(['2026-Q3', '2026-Q2', '2026-Q1', '2025-Q4']);
    expect(periodOptions('half', '2025-10-01T08:00:00Z', '2026-09-30T17:00:00Z', 'Europe/Paris')).toEqual(['2026-H2', '2026-H1', '2025-H2']);
    expect(periodOptions('month', '2025-10-01T08:00:00Z', '2026-09-30T17:00:00Z', 'Europe/Paris')).toHaveLength(12);
    expect(periodOptions('year', '2025-10-01T08:00:00Z', '2026-09-30T17:00:00Z', 'Europe/Paris')).toEqual(['2026', '2025']);
  });

  it('gives the dates of a period for the custom inputs', () => {
    // Both dates included, as kpi-core reads a range (issue 10): Q4 ends on 31 December.
    expect(periodDates('2026-Q4')).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(periodDates('2026-02')).toEqual({ start: '2026-02-01', end: '2026-02-28' });
    expect(periodDates('2028-02')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(periodDates('2026-01-15..2026-02-15')).toEqual({ start: '2026-01-15', end: '2026-02-15' });
    expect(periodDates('nonsense')).toBeNull();
  });
});
