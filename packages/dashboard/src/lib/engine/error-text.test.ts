import { readFileSync } from 'node:fs';
import { describeError, readTickets, RevueError } from '@revue/kpi-core';
import { decodeBytes, xlsxToCsv } from '@revue/kpi-core/ingest';
import { plainRevueError } from '@revue/kpi-core/parts';
import { describe, expect, it } from 'vitest';
import { translator } from '../i18n/index.js';
import { EngineError } from './client.js';
import { errorText, failureText } from './error-text.js';

const bad = (name: string) => new Uint8Array(readFileSync(new URL(`../../../../../fixtures/bad/${name}`, import.meta.url)));

/** The engine's refusal of a file, as the worker passes it to the page (message and plain RevueError). */
function refusal(read: () => unknown): EngineError {
  try {
    read();
  } catch (error) {
    if (!(error instanceof RevueError)) throw error;
    return new EngineError(describeError(error), plainRevueError(error));
  }
  throw new Error('the file was read');
}

const fr = translator('fr');
const en = translator('en');

describe('errorText: the read errors a user can hit, in the page\'s language', () => {
  const garbage = refusal(() => decodeBytes(bad('binary-garbage.csv'), { fileName: 'binary-garbage.csv' }));
  const pdf = refusal(() => decodeBytes(bad('pdf-as-csv.csv'), { fileName: 'pdf-as-csv.csv' }));
  const zip = refusal(() => decodeBytes(bad('zip-as-csv.csv'), { fileName: 'zip-as-csv.csv' }));
  const crc = refusal(() => xlsxToCsv(bad('xlsx-crc-mismatch.xlsx'), { fileName: 'xlsx-crc-mismatch.xlsx' }));

  it('says kpi-core\'s own sentence on the English page (the CLI\'s words)', () => {
    expect(failureText(garbage, 'en', en)).toBe('binary-garbage.csv is not a CSV text file (binary data: it contains NUL bytes); export it as CSV and try again');
    expect(failureText(crc, 'en', en)).toBe(crc.message);
  });

  it('says them in French on the French page, with the file and the narrow spaces', () => {
    expect(failureText(garbage, 'fr', fr)).toBe('binary-garbage.csv n’est pas un fichier texte CSV (données binaires\u202f: il contient des octets NUL)\u202f; exportez-le en CSV et réessayez');
    expect(failureText(pdf, 'fr', fr)).toBe('pdf-as-csv.csv n’est pas un fichier texte CSV (un fichier PDF)\u202f; exportez-le en CSV et réessayez');
    expect(failureText(zip, 'fr', fr)).toBe('zip-as-csv.csv n’est pas un fichier texte CSV (un fichier ZIP ou XLSX)\u202f; exportez-le en CSV et réessayez');
    expect(crc.revue?.code).toBe('bad-xlsx');
    expect(failureText(crc, 'fr', fr)).toBe('xlsx-crc-mismatch.xlsx n’est pas un classeur .xlsx lisible, ou il est endommagé\u202f; enregistrez-le de nouveau en .xlsx ou en CSV');
  });

  it('keeps the row and the column an error names', () => {
    const text = errorText({ message: 'tickets.csv: no column…', revue: { code: 'missing-column', message: 'tickets.csv: no column…', file: 'tickets.csv', column: 'openedAt' } }, 'fr', fr);
    expect(text).toBe('tickets.csv\u202f: aucune colonne pour le champ obligatoire openedAt');
    const located = errorText({ message: '…', revue: { code: 'unreadable', message: '…', file: 'a.csv', row: 42, column: 'Date' } }, 'fr', fr);
    expect(located).toBe('a.csv, ligne 42, Date\u202f: impossible de lire a.csv');
  });

  it('keeps kpi-core\'s sentence for an error it has no words for, and for a plain Error', () => {
    expect(errorText({ message: 'unknown period 2026-Q9', revue: { code: 'period', message: 'unknown period 2026-Q9' } }, 'fr', fr)).toBe('unknown period 2026-Q9');
    expect(failureText(new Error('engine stopped'), 'fr', fr)).toBe('engine stopped');
  });
});

describe('errorText: what each read error says in French is what kpi-core says (review7)', () => {
  const headerless = 'T1,2026-03-02 08:15,P2\nT2,2026-03-03 09:00,P3\n';

  it('names the column a mapping names and the file lacks', () => {
    const error = refusal(() => readTickets('Incident,Opened\nT1,2026-03-02 08:15\n', { fileName: 't.csv', mapping: { columns: { id: 'Number', openedAt: 'Opened' } } }));
    expect(error.message).toBe('t.csv: mapping column "Number" (for id) is not in the file');
    expect(failureText(error, 'fr', fr)).toBe('t.csv\u202f: la colonne «\u202fNumber\u202f» que nomme la correspondance n’est pas dans le fichier');
  });

  it('says a missing header row, not a missing mapping, when the first row reads as data', () => {
    const error = refusal(() => readTickets(headerless, { fileName: 't.csv' }));
    expect(error.revue?.code).toBe('unknown-format');
    expect(failureText(error, 'fr', fr)).toBe('t.csv\u202f: aucune de ses premières lignes ne se lit comme des noms de colonnes\u202f: la ligne d’en-tête manque-t-elle\u202f?');
    const named = refusal(() => readTickets(headerless, { fileName: 't.csv', preset: 'canonical' }));
    expect(named.revue?.code).toBe('missing-column');
    expect(failureText(named, 'fr', fr)).toBe('t.csv\u202f: aucune colonne pour le champ obligatoire id\u202f; sa première ligne se lit comme des données, non comme des noms de colonnes\u202f: la ligne d’en-tête manque-t-elle\u202f?');
    // With a header row, the mapping is what is missing.
    const unknown = refusal(() => readTickets('id,priority\nT1,P2\n', { fileName: 't.csv' }));
    expect(failureText(unknown, 'fr', fr)).toMatch(/^t\.csv\u202f: aucun format d’export connu/);
  });

  it('says a damaged workbook and dates half converted by Excel in French', () => {
    const damaged = refusal(() => readTickets(new Uint8Array([0x50, 0x4b, 3, 4]), { fileName: 't.xlsx' }));
    expect(damaged.revue?.code).toBe('damaged-workbook');
    expect(failureText(damaged, 'fr', fr)).toBe(
      't.xlsx est un classeur endommagé ou incomplet (un fichier ZIP dont la fin manque ou est illisible\u202f: coupé par un téléchargement ou une copie\u202f?)\u202f; enregistrez-le ou exportez-le de nouveau, en XLSX ou en CSV',
    );
    const converted = { code: 'excel-converted-dates', message: '…', file: 'export.xlsx', row: 2, column: 'Date Opened' };
    expect(errorText({ message: '…', revue: converted }, 'fr', fr)).toBe(
      'export.xlsx, ligne 2, Date Opened\u202f: Excel a changé certaines dates de cette colonne en ses propres dates et en a gardé d’autres en texte\u202f: il a lu le fichier avec un autre ordre jour/mois que celui du fichier, et les dates changées peuvent avoir le jour et le mois inversés. Exportez de nouveau le fichier depuis l’outil, ou ouvrez le CSV dans Excel par Données → À partir d’un fichier texte, cette colonne en texte',
    );
  });
});
