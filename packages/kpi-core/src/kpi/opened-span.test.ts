/**
 * When the data say where an export starts (`observedFromSpan`): only a file of at least 30
 * openings, one a day or more on average from the first to the last, is dense enough that its
 * empty days before the first ticket cannot be chance. Each boundary by hand.
 */
import { describe, expect, it } from 'vitest';
import { observedFromSpan, openingSpan } from './opened-span.js';

const DAY = 86_400_000;
const first = Date.parse('2026-03-02T09:00:00Z');
const midnight = Date.parse('2026-03-02T00:00:00Z');
// `count` openings, one every `every` days from 2 March 09:00.
const openings = (count: number, every: number) => Float64Array.from({ length: count }, (_, i) => first + i * every * DAY);

describe('openingSpan', () => {
  it('counts the openings, not the missing ones', () => {
    expect(openingSpan(Float64Array.of(first, Number.NaN, first + DAY))).toEqual({ first, last: first + DAY, count: 2 });
    expect(openingSpan(Float64Array.of(Number.NaN))).toBeNull();
  });
});

describe('observedFromSpan', () => {
  it('cuts at the first ticket’s local day for 30 openings at one a day', () => {
    // 30 openings over 29 days (2 → 31 March): 1.03 a day.
    expect(observedFromSpan(openingSpan(openings(30, 1)), 'UTC')).toBe(midnight);
    // Paris: 2 March 00:00 local is 1 March 23:00 UTC.
    expect(observedFromSpan(openingSpan(openings(30, 1)), 'Europe/Paris')).toBe(Date.parse('2026-03-01T23:00:00Z'));
    // 30 openings within one day: the span counts as 1 day, 30 a day.
    expect(observedFromSpan(openingSpan(Float64Array.from({ length: 30 }, (_, i) => first + i * 60_000)), 'UTC')).toBe(midnight);
  });

  it('does not cut for 29 openings, however dense', () => {
    expect(observedFromSpan(openingSpan(openings(29, 0.5)), 'UTC')).toBeUndefined();
  });

  it('does not cut below one opening a day', () => {
    // 30 openings over 29 × 1.05 = 30.45 days: 0.985 a day.
    expect(observedFromSpan(openingSpan(openings(30, 1.05)), 'UTC')).toBeUndefined();
    // 2 tickets 10 days apart (the audit's 10 and 20 June).
    expect(observedFromSpan(openingSpan(Float64Array.of(Date.parse('2025-06-10T09:00Z'), Date.parse('2025-06-20T09:00Z'))), 'UTC')).toBeUndefined();
  });

  it('does not cut without a count or without tickets', () => {
    expect(observedFromSpan({ first, last: first + DAY }, 'UTC')).toBeUndefined();
    expect(observedFromSpan(null, 'UTC')).toBeUndefined();
  });
});
