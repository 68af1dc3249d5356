import type { Finding } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { findingsShown } from './findings.js';

const finding = (severity: Finding['severity'], n: number): Finding =>
  ({ kind: 'recurring-problem', severity, message: `${severity} ${n}`, evidence: {} }) as unknown as Finding;

describe('findingsShown', () => {
  // The demo's summary: 6 high-severity findings shown of 15, so 9 are said to be left out.
  const fifteen = [...Array.from({ length: 9 }, (_, i) => finding('medium', i)), ...Array.from({ length: 6 }, (_, i) => finding('high', i))];

  it('shows the most severe first and counts the ones left out (15 − 6 = 9)', () => {
    const { shown, hidden } = findingsShown(fifteen, 6, false);
    expect(shown.map((f) => f.message)).toEqual(['high 0', 'high 1', 'high 2', 'high 3', 'high 4', 'high 5']);
    expect(hidden).toBe(9);
  });

  it('shows every finding when asked, none hidden', () => {
    const { shown, hidden } = findingsShown(fifteen, 6, true);
    expect(shown).toHaveLength(15);
    expect(hidden).toBe(0);
  });

  it('hides nothing when the findings fit', () => {
    expect(findingsShown(fifteen.slice(0, 3), 6, false).hidden).toBe(0);
  });
});
