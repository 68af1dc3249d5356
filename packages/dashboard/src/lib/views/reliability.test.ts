import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { fasterVerdict, LAPLACE_CLEARLY, LAPLACE_FASTER } from './reliability.js';

describe('the accelerating-failures table in plain words', () => {
  it('says whether failures come more often from the Laplace U, in two strengths', () => {
    // 1.645 and 2.326: the one-sided 5 % and 1 % points of the standard normal (any z table).
    expect(LAPLACE_FASTER).toBe(1.645);
    expect(LAPLACE_CLEARLY).toBe(2.326);
    expect(fasterVerdict(1.9)).toBe('yes');
    expect(fasterVerdict(2.5)).toBe('clearly');
    // At the thresholds themselves the test is not passed (kpi-core flags U > 1.645).
    expect(fasterVerdict(1.645)).toBeNull();
    expect(fasterVerdict(2.326)).toBe('yes');
    expect(fasterVerdict(0.4)).toBeNull();
    expect(fasterVerdict(-3)).toBeNull();
    expect(fasterVerdict(null)).toBeNull();
  });

  it('headers a client reads carry no statistician’s word; the note names the statistics', () => {
    for (const language of ['en', 'fr'] as const) {
      const t = translator(language);
      for (const key of ['reliability.faster', 'reliability.pace', 'reliability.fasterYes', 'reliability.fasterClearly'] as const) {
        expect(t(key), `${language} ${key}`).not.toMatch(/Laplace|Crow|β|\bU\b/);
      }
      const note = t('reliability.trendNote', { faster: '1.645', clearly: '2.326' });
      expect(note).toMatch(/Laplace/);
      expect(note).toMatch(/Crow-AMSAA/);
    }
    expect(translator('en')('reliability.faster')).toBe('Failures more frequent?');
    expect(translator('fr')('reliability.faster')).toBe('Pannes plus fréquentes\u202f?');
    expect(translator('en')('reliability.paceValue', { ratio: '2.4' })).toBe('2.4× the average');
    expect(translator('fr')('reliability.paceValue', { ratio: '2,4' })).toBe('2,4\u202f× la moyenne');
  });
});
