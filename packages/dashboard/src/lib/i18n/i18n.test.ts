import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fr } from './fr.js';
import { isLanguage, translator } from './index.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('i18n', () => {
  it('French and English have exactly the same keys', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
  });

  it('every message is non-empty and uses the same placeholders in both languages', () => {
    for (const key of Object.keys(en) as (keyof typeof en)[]) {
      expect(en[key].trim(), key).not.toBe('');
      expect(fr[key].trim(), key).not.toBe('');
      expect(placeholders(fr[key]), key).toEqual(placeholders(en[key]));
    }
  });

  it('fills placeholders', () => {
    // Expected: the fr.ts message 'Diapositive {n} sur {total}' with n = 2, total = 7.
    expect(translator('fr')('present.slide', { n: 2, total: 7 })).toBe('Diapositive 2 sur 7');
    expect(translator('en')('present.slide', { n: 2, total: 7 })).toBe('Slide 2 of 7');
    // A placeholder without a value is left visible rather than silently dropped.
    expect(translator('en')('present.slide', { n: 1 })).toBe('Slide 1 of {total}');
  });

  it('recognises language codes', () => {
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
