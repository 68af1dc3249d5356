import { readFileSync } from 'node:fs';
import { describeError, RevueError } from '@revue/kpi-core';
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
