import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { civilOfDay, daysFromCivil, daysInMonth } from './civil.js';

describe('day numbers of the Gregorian calendar', () => {
  it('agree with Date.UTC, both ways, from 1900 to 2200 (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), (year, month, day) => {
        fc.pre(day <= daysInMonth(year, month));
        const days = daysFromCivil(year, month, day);
        expect(days).toBe(Date.UTC(year, month - 1, day) / 86_400_000);
        expect(civilOfDay(days)).toEqual({ year, month, date: day });
      }),
    );
  });
  it('count February 29 in leap years only (2000 yes, 1900 and 2100 no)', () => {
    expect([2024, 2026, 2000, 1900, 2100].map((year) => daysInMonth(year, 2))).toEqual([29, 28, 29, 28, 28]);
    // The day after 28 February 2100 is 1 March (Date.UTC agrees).
    expect(civilOfDay(daysFromCivil(2100, 2, 28) + 1)).toEqual({ year: 2100, month: 3, date: 1 });
  });
});
