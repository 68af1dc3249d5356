import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { fr } from './fr.js';
import { ISSUE_CODES } from '@revue/kpi-core/ingest';
import { PLAN_PERIODICITIES, REPLACEMENT_REASONS } from '@revue/kpi-core/kpi';
import { TCO_CATEGORIES } from '@revue/kpi-core/report';
import { PAGE_CODES } from '../engine/error-text.js';
import { isLanguage, preferredLanguage, translator } from './index.js';

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

  it('has, in both languages, every key the code builds from a value (review8: a key built at run time escapes the type check)', () => {
    // Each family: the values kpi-core (or the page) gives, and the key the code builds from each
    // (`t(\`costs.cat.${c}\` as MessageKey)`…). A value without its message shows the raw key.
    const families: Array<[string, readonly string[]]> = [
      ['costs.cat', TCO_CATEGORIES],
      ['fleet.age', ['<1d', '1-7d', '7-30d', '>30d']],
      ['issue', Object.keys(ISSUE_CODES)],
      ['preventive.every', PLAN_PERIODICITIES],
      ['replacement.reason', REPLACEMENT_REASONS],
      ['summary.severity', ['high', 'medium', 'low']],
      ['filters.kind', ['month', 'quarter', 'half', 'year', 'custom']],
      // kpi-core's refusals are said from its own catalogue (revueErrorFrench); the page's here.
      ['error', PAGE_CODES],
    ];
    const missing: string[] = [];
    for (const [family, values] of families) {
      for (const value of values) {
        const key = `${family}.${value}`;
        if (!(key in en) || en[key as keyof typeof en].trim() === '') missing.push(`en ${key}`);
        if (!(key in fr) || fr[key as keyof typeof fr].trim() === '') missing.push(`fr ${key}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every key is used by the code (review9: keys left behind by removed features)', () => {
    // The page's sources (routes and lib, tests and the catalogues left out). A key is used when
    // it is written in quotes, or when the code builds it from a family prefix in a template
    // (`summary.severity.${severity}`); the families' values are checked by the test above.
    const root = new URL('../../', import.meta.url);
    const sources = readdirSync(root, { recursive: true, encoding: 'utf8' })
      .filter((path) => /\.(ts|svelte)$/.test(path) && !/\.test\.ts$/.test(path) && !path.replace(/\\/g, '/').startsWith('lib/i18n/'))
      .map((path) => readFileSync(new URL(path, root), 'utf8'))
      .join('\n');
    const families = [...sources.matchAll(/`([a-zA-Z][\w.]*\.)\$\{/g)].map((match) => match[1]!);
    const unused = Object.keys(en).filter(
      (key) => !['\'', '"', '`'].some((quote) => sources.includes(`${quote}${key}${quote}`)) && !families.some((family) => key.startsWith(family)),
    );
    expect(unused).toEqual([]);
  });

  it('fills placeholders', () => {
    // Expected: the fr.ts message 'Diapositive {n} sur {total}' with n = 2, total = 7.
    expect(translator('fr')('present.slide', { n: 2, total: 7 })).toBe('Diapositive 2 sur 7');
    expect(translator('en')('present.slide', { n: 2, total: 7 })).toBe('Slide 2 of 7');
    // A placeholder without a value is left visible rather than silently dropped.
    expect(translator('en')('present.slide', { n: 1 })).toBe('Slide 1 of {total}');
  });

  it('puts a noun after a count in the singular or the plural, as each language does (French: 0 and 1 singular)', () => {
    const en = translator('en');
    const fr = translator('fr');
    // English: only 1 is singular.
    expect(en('activity.barLabel', { group: 'Net', count: 1 })).toBe('Net: 1 ticket');
    expect(en('activity.barLabel', { group: 'Net', count: 0 })).toBe('Net: 0 tickets');
    expect(en('activity.barLabel', { group: 'Net', count: '1,234' })).toBe('Net: 1,234 tickets');
    expect(en('activity.cancelled', { count: 1 })).toBe('1 cancelled ticket is counted in the volume.');
    expect(en('replacement.withoutDates', { count: 1 })).toBe('1 asset has no in-service or purchase date: its useful life is not judged.');
    expect(en('incidents.withKeyNote', { withKey: 1, incidents: 5 })).toBe('1 of 5 incidents has a recurrence key');
    expect(en('batch.done', { count: 1, file: 'reviews.zip' })).toBe('1 file in reviews.zip');
    // French: 0 and 1 take the singular; a count formatted with narrow no-break spaces is read as one.
    expect(fr('activity.cancelled', { count: 0 })).toBe('0 ticket annulé est compté dans le volume.');
    expect(fr('activity.cancelled', { count: 2 })).toBe('2 tickets annulés sont comptés dans le volume.');
    expect(fr('replacement.count', { count: 1 })).toBe('1 équipement à remplacer');
    expect(fr('replacement.count', { count: '1\u202f204' })).toBe('1\u202f204 équipements à remplacer');
    expect(fr('lost.incidents', { count: 1 })).toBe('1 incident avec du temps perdu sur la période');
    expect(fr('policy.keptPlan', { count: 1 })).toBe('1 tâche préventive');
  });

  it('recognises language codes', () => {
    expect(isLanguage('fr')).toBe(true);
    expect(isLanguage('de')).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });

  it('a browser set to French opens in French, any other browser in English', () => {
    expect(preferredLanguage(['fr-FR', 'en-US'])).toBe('fr');
    expect(preferredLanguage(['fr'])).toBe('fr');
    expect(preferredLanguage(['fr-CA'])).toBe('fr');
    // The first supported language wins: a Belgian in Dutch then French gets French.
    expect(preferredLanguage(['nl-BE', 'fr-BE', 'en'])).toBe('fr');
    expect(preferredLanguage(['en-GB', 'fr-FR'])).toBe('en');
    expect(preferredLanguage(['de-DE'])).toBe('en');
    expect(preferredLanguage([])).toBe('en');
    expect(preferredLanguage(undefined)).toBe('en');
  });
});

/** The text of each French message with its `{placeholders}` taken out. */
const frenchTexts = () => Object.entries(fr).map(([key, text]) => [key, text.replace(/\{\w+\}/g, ' ').replace(/\{\w+\|/g, '{')] as const);

describe('French typography and wording (fr.ts)', () => {
  it('a narrow no-break space (U+202F) before : ; ? ! % and » and after «', () => {
    const faults: string[] = [];
    for (const [key, text] of frenchTexts()) {
      for (const match of text.matchAll(/(.)([:;?!%»])/gu)) if (match[1] !== '\u202f') faults.push(`${key}: "${match[0]}"`);
      for (const match of text.matchAll(/«(.)/gu)) if (match[1] !== '\u202f') faults.push(`${key}: "${match[0]}"`);
    }
    expect(faults).toEqual([]);
  });

  it('the review has one title on the slide deck, the PDF and the PowerPoint (review: « Revue de » vs « Revue du »)', () => {
    for (const messages of [fr, en]) {
      expect(messages['present.reviewTitle']).toBe(messages['print.coverTitle']);
      expect(messages['export.about.title']).toBe(messages['print.coverTitle']);
    }
    expect(fr['print.coverTitle']).toBe('Revue du service informatique');
  });

  it('the typographic apostrophe (’) throughout, never the straight one (review: ’ and \' mixed)', () => {
    expect(frenchTexts().filter(([, text]) => text.includes("'")).map(([key]) => key)).toEqual([]);
  });

  it('no ordinary space inside a number or between a number and its unit', () => {
    const faults = frenchTexts().filter(([, text]) => /\d \d|\d (h|j|%|€)(?![\p{L}])/u.test(text)).map(([key]) => key);
    expect(faults).toEqual([]);
  });

  it('no English left in the French messages', () => {
    // Words that are English and not French (nor the name of a product or unit kept as is).
    const english = new Set(
      'the and of with without from to by for show showing shown download previous next slide slides chart charts hours hour cost costs asset assets file files open opened closed resolved pending breached none all more less per year years month months week day days load loading please error server laptop desktop printer canonical summary findings settings colour color name back save reset new yes no click here your our we what when which while other others only also than this that these those there their is are was were be been has have not out off on up down left right top bottom share shared'.split(' '),
    );
    const faults: string[] = [];
    for (const [key, text] of frenchTexts()) {
      for (const word of text.toLowerCase().split(/[^\p{L}]+/u)) if (english.has(word)) faults.push(`${key}: ${word}`);
    }
    expect(faults).toEqual([]);
  });

  it('a message left as in English is made only of words both languages share', () => {
    const shared = new Set('revue sla mtbf mttr incidents incident client clients tickets ticket type total acquisition licence licences site sites minutes h csv pdf png svg json xlsx powerpoint'.split(' '));
    const faults = (Object.keys(en) as Array<keyof typeof en>)
      .filter((key) => fr[key] === en[key])
      .filter((key) => fr[key].toLowerCase().split(/[^\p{L}]+/u).some((word) => word !== '' && !shared.has(word)));
    expect(faults).toEqual([]);
  });
});

