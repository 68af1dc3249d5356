import { describe, expect, it } from 'vitest';
import { createFormat } from '../format/format.js';
import { periodInWords } from './period.js';

const en = createFormat('en');
const fr = createFormat('fr');

describe('periodInWords', () => {
  it('names whole months from the first to the last day in the report zone (end exclusive)', () => {
    // Q3 2026 in Paris: 2026-07-01T00:00+02:00 to 2026-10-01T00:00+02:00.
    const q3 = { start: '2026-06-30T22:00:00.000Z', end: '2026-09-30T22:00:00.000Z' };
    expect(periodInWords(q3, en, 'Europe/Paris')).toBe('July – September 2026');
    expect(periodInWords(q3, fr, 'Europe/Paris')).toBe('juillet – septembre 2026');
    expect(periodInWords({ start: '2026-08-31T22:00:00.000Z', end: '2026-09-30T22:00:00.000Z' }, en, 'Europe/Paris')).toBe('September 2026');
    expect(periodInWords({ start: '2025-10-31T23:00:00.000Z', end: '2026-01-31T23:00:00.000Z' }, fr, 'Europe/Paris')).toBe('novembre 2025 – janvier 2026');
  });

  it('names any other range day to day', () => {
    // 2026-01-15..2026-02-15 (end exclusive): the last day is 14 February.
    expect(periodInWords({ start: '2026-01-14T23:00:00.000Z', end: '2026-02-14T23:00:00.000Z' }, en, 'Europe/Paris')).toBe('15 January 2026 – 14 February 2026');
  });
});
