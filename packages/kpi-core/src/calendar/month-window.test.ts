import { describe, expect, it } from 'vitest';
import { monthIndex, monthsEndingWith, monthsFromTo, shiftMonth } from './month-window.js';

describe('month windows', () => {
  it('bounds each month at local midnight, across daylight-saving changes', () => {
    const window = monthsFromTo('2026-02', '2026-04', 'Europe/Paris');
    expect(window.keys).toEqual(['2026-02', '2026-03', '2026-04']);
    // Paris is UTC+1 in winter, UTC+2 from 29 March 2026.
    expect(Array.from(window.bounds).map((t) => new Date(t).toISOString())).toEqual([
      '2026-01-31T23:00:00.000Z',
      '2026-02-28T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z',
      '2026-04-30T22:00:00.000Z',
    ]);
  });

  it('counts back twelve months over a year end, and shifts keys', () => {
    expect(monthsEndingWith('2026-03', 12, 'UTC').keys).toEqual([
      '2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03',
    ]);
    expect(shiftMonth('2026-01', -11)).toBe('2025-02');
    expect(shiftMonth('2025-12', 1)).toBe('2026-01');
    expect(monthsFromTo('2026-03', '2026-02', 'UTC')).toEqual({ keys: [], bounds: new Float64Array(0) });
  });

  it('finds the month of an instant, −1 outside or for NaN', () => {
    const window = monthsFromTo('2026-01', '2026-03', 'UTC');
    expect(monthIndex(window, Date.parse('2026-01-01T00:00Z'))).toBe(0);
    expect(monthIndex(window, Date.parse('2026-02-28T23:59Z'))).toBe(1);
    expect(monthIndex(window, Date.parse('2026-03-01T00:00Z'))).toBe(2);
    expect(monthIndex(window, Date.parse('2026-04-01T00:00Z'))).toBe(-1);
    expect(monthIndex(window, Date.parse('2025-12-31T23:59Z'))).toBe(-1);
    expect(monthIndex(window, Number.NaN)).toBe(-1);
  });
});

describe('monthIndex against a plain search', () => {
  it('finds every instant of a long window, across DST changes and at the bounds', () => {
    for (const timezone of ['UTC', 'Europe/Paris', 'Australia/Lord_Howe']) {
      const window = monthsFromTo('2023-01', '2027-12', timezone);
      const last = window.bounds.length - 1;
      for (let t = window.bounds[0]! - 3_600_000; t < window.bounds[last]! + 3_600_000; t += 7 * 3_600_000 + 60_000) {
        let expected = -1;
        for (let m = 0; m < last; m++) if (window.bounds[m]! <= t && t < window.bounds[m + 1]!) expected = m;
        expect(monthIndex(window, t)).toBe(expected);
      }
      for (let m = 0; m <= last; m++) {
        expect(monthIndex(window, window.bounds[m]!)).toBe(m < last ? m : -1);
        expect(monthIndex(window, window.bounds[m]! - 60_000)).toBe(m - 1);
      }
    }
  });
});
