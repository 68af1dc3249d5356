/**
 * Count-and-noun texts of the review and the CLI with a count of 1 (and 0 in French, where 0 and
 * 1 take the singular): never "1 rows", "1 jours", "1 due windows". Counts chosen by hand.
 */
import { describe, expect, it } from 'vitest';
import { CLI_TEXT } from '../cli/messages.js';
import { formatter } from './format.js';
import { CATALOGUES } from './messages.js';

const line = { file: 't.csv', preset: 'glpi', rowsRead: 1, accepted: 1, rejected: 0, blank: 0, merged: 0, flagged: 0 };

describe('one of a thing, in the singular', () => {
  it('says "1 row" on the CLI, in English and French (0 singular in French)', () => {
    expect(CLI_TEXT.en.quality(line)).toBe('t.csv (glpi): 1 row, 1 accepted, 0 rejected');
    expect(CLI_TEXT.en.quality({ ...line, rowsRead: 2, accepted: 2 })).toBe('t.csv (glpi): 2 rows, 2 accepted, 0 rejected');
    expect(CLI_TEXT.fr.quality(line)).toContain('1 ligne, 1 acceptée, 0 rejetée');
  });

  it('says how a file not read by a tool’s preset was read in words, not by the internal name (en, fr)', () => {
    // A French user of a published export read "kats.csv (mapping) : 1200 lignes…".
    expect(CLI_TEXT.fr.quality({ ...line, preset: 'mapping' })).toBe('t.csv (votre correspondance)\u202f: 1 ligne, 1 acceptée, 0 rejetée');
    expect(CLI_TEXT.en.quality({ ...line, preset: 'mapping' })).toBe('t.csv (your mapping): 1 row, 1 accepted, 0 rejected');
    expect(CLI_TEXT.fr.quality({ ...line, preset: 'canonical' })).toBe('t.csv (format Revue)\u202f: 1 ligne, 1 acceptée, 0 rejetée');
    // Grouped as the review groups them: the trial's review said "1 200" and the terminal "1200".
    expect(CLI_TEXT.fr.quality({ ...line, preset: 'mapping', rowsRead: 1200, accepted: 1200 })).toBe('t.csv (votre correspondance)\u202f: 1\u202f200 lignes, 1\u202f200 acceptées, 0 rejetée');
    expect(CLI_TEXT.en.quality({ ...line, rowsRead: 1200, accepted: 1200 })).toBe('t.csv (glpi): 1,200 rows, 1,200 accepted, 0 rejected');
  });

  it('says "1 jour sur 28" when the previous period is covered one day, in French', () => {
    const fr = formatter('fr', 'EUR', 'UTC');
    expect(CATALOGUES.fr.comparison({ kind: 'previous-partial', covered: 1, total: 28 } as never, fr)).toBe('Période précédente non comparable\u202f: les données en couvrent 1 jour sur 28.');
    expect(CATALOGUES.fr.comparison({ kind: 'previous-partial', covered: 13, total: 28 } as never, fr)).toBe('Période précédente non comparable\u202f: les données en couvrent 13 jours sur 28.');
    // English: "1 of 28 days" is already right.
    expect(CATALOGUES.en.comparison({ kind: 'previous-partial', covered: 1, total: 28 } as never, formatter('en', 'EUR', 'UTC'))).toBe('Previous period not comparable: data covers 1 of 28 days.');
  });
});
