import { describe, expect, it } from 'vitest';
import { comparableCoverage } from './coverage.js';
import type { Coverage } from './types.js';

const coverage = (covered: number, total: number, over = true): Coverage => ({
  firstOpenedAt: '2026-01-01T00:00:00.000Z',
  lastOpenedAt: '2026-06-30T00:00:00.000Z',
  ticketsInPeriod: 10,
  covered: covered > 0,
  partial: covered < total || !over,
  days: { covered, total },
});

describe('comparableCoverage', () => {
  it('compares two periods the data cover whole, or alike', () => {
    expect(comparableCoverage(coverage(91, 91), coverage(90, 90))).toBe(true);
    // Two months each cut at their 14th day (a month in progress against the same days before).
    expect(comparableCoverage(coverage(14, 31), coverage(14, 31))).toBe(true);
  });

  it('does not compare a partly covered period with a whole one, either way, nor an uncovered one', () => {
    // The export starts on 1 February: 59 of 2026-Q1's 90 days against a whole 2026-Q2.
    expect(comparableCoverage(coverage(91, 91), coverage(59, 90))).toBe(false);
    // 2026-Q3 still running (35 of 92 days) against a whole 2026-Q2.
    expect(comparableCoverage(coverage(35, 92), coverage(91, 91))).toBe(false);
    expect(comparableCoverage(coverage(91, 91), coverage(0, 90))).toBe(false);
    expect(comparableCoverage(coverage(91, 91), null)).toBe(false);
  });
});
