import type { Finding } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { sampleReport } from '../sample/report.js';
import { findingsInLanguage, findingsShown } from './findings.js';

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

describe('findingsInLanguage: a French page shows no English finding (review9)', () => {
  // The sample report (sample/report.ts) writes its three findings in the language asked, as
  // kpi-core's buildReport does: the same figures, one sentence per language.
  const english = sampleReport({ language: 'en' });
  const french = sampleReport({ language: 'fr' });
  const englishSentences = english.findings.map((f) => f.message);

  it('shows nothing of a report in another language (the previous one, while the new one is computed)', () => {
    expect(findingsInLanguage(english, 'fr')).toBeNull();
    expect(findingsInLanguage(french, 'en')).toBeNull();
  });

  it('shows the French findings on a French page, none of them an English sentence of the sample', () => {
    const shown = findingsInLanguage(french, 'fr')!;
    expect(shown.map((f) => f.kind)).toEqual(english.findings.map((f) => f.kind));
    for (const finding of shown) {
      expect(englishSentences).not.toContain(finding.message);
      // Not even a part of one: an English sentence of the sample cut at its colon.
      for (const sentence of englishSentences) expect(finding.message).not.toContain(sentence.split(':').at(-1)!.trim());
    }
    expect(findingsInLanguage(english, 'en')!.map((f) => f.message)).toEqual(englishSentences);
  });
});
