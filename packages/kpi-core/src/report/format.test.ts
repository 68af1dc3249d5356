import { describe, expect, it } from 'vitest';
import { formatter } from './format.js';

describe('formatter', () => {
  const fr = formatter('fr', 'EUR', 'Europe/Paris');
  const en = formatter('en', 'EUR', 'Europe/Paris');

  it('French writes the first of a month as an ordinal, « 1er avr. 2026 » (review: « 1 avr. »)', () => {
    expect(fr.date('2026-04-01T08:00:00Z')).toBe('1er avr. 2026');
    // 22:30 UTC on 30 June is 00:30 on 1 July in Paris: the day is the report zone's.
    expect(fr.date('2026-06-30T22:30:00Z')).toBe('1er juil. 2026');
    expect(fr.date('2026-04-11T08:00:00Z')).toBe('11 avr. 2026');
    expect(fr.date('2026-04-21T08:00:00Z')).toBe('21 avr. 2026');
    expect(en.date('2026-04-01T08:00:00Z')).toBe('1 Apr 2026');
  });

  it('French spacing: U+202F between digit groups and before %', () => {
    expect(fr.percent(0.894)).toBe('89,4\u202f%');
    expect(fr.number(1234567.5)).toBe('1\u202f234\u202f567,5');
  });
});
