import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeError, parseMapping, parsePeriod, parsePolicy, readTickets, RevueError } from '@revue/kpi-core';
import { CONTRACT_ERROR_CODES, matchClient, revueErrorFrench } from '@revue/kpi-core/report';
import { decodeBytes, xlsxToCsv } from '@revue/kpi-core/ingest';
import { plainRevueError } from '@revue/kpi-core/parts';
import { describe, expect, it } from 'vitest';
import { en as enMessages } from '../i18n/en.js';
import { fr as frMessages } from '../i18n/fr.js';
import { translator } from '../i18n/index.js';
import { EngineError } from './client.js';
import { errorText, failureText, PAGE_CODES } from './error-text.js';

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

  it('says the code\'s own sentence for a kpi-core sentence it has no finer words for, and a plain Error as a fault to report', () => {
    expect(errorText({ message: 'unknown period kind "week"', revue: { code: 'period', message: 'unknown period kind "week"' } }, 'fr', fr)).toBe('cette période ne peut pas être revue');
    expect(failureText(new Error('no 2D canvas in this browser'), 'fr', fr)).toBe('un problème inattendu a arrêté ceci (merci de le signaler)\u202f: no 2D canvas in this browser');
    expect(failureText(new Error('no 2D canvas in this browser'), 'en', en)).toBe('an unexpected problem stopped this (please report it): no 2D canvas in this browser');
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

/** Every `new RevueError('<code>'` in kpi-core's sources (tests left out). */
function kpiCoreCodes(): Set<string> {
  const root = fileURLToPath(new URL('../../../../kpi-core/src', import.meta.url));
  const codes = new Set<string>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) for (const match of readFileSync(path, 'utf8').matchAll(/new RevueError\(\s*'([a-z-]+)'/g)) codes.add(match[1]!);
    }
  };
  walk(root);
  return codes;
}

describe('errorText: every error a user can meet has words in both languages (review8)', () => {
  it('has French words for every RevueError code kpi-core throws, from kpi-core\'s catalogue', () => {
    const codes = kpiCoreCodes();
    // Read from the sources: if this finds few codes, the path or the pattern broke, not kpi-core.
    expect(codes.size).toBeGreaterThan(20);
    const contract: readonly string[] = CONTRACT_ERROR_CODES;
    expect([...codes].filter((code) => !contract.includes(code) && revueErrorFrench({ code, message: '…' }) === null).sort()).toEqual([]);
    // A code without words would be said as a fault to report, in both languages.
    expect(errorText({ message: 'x', revue: { code: 'no-such-code', message: 'x' } }, 'en', en)).toBe('an unexpected problem stopped this (please report it): x');
  });

  it('the page\'s own refusals are in French and English, translated', () => {
    const keys = [...PAGE_CODES.map((code) => `error.${code}` as const), 'error.unexpected' as const];
    for (const key of keys) {
      expect(enMessages[key]?.trim(), key).toBeTruthy();
      expect(frMessages[key]?.trim(), key).toBeTruthy();
      expect(frMessages[key], key).not.toBe(enMessages[key]);
    }
  });

  const caught = (run: () => unknown) => refusal(run);

  it('says in French a period, a client, a data date it refuses, with the value the user wrote', () => {
    const outside = caught(() => parsePeriod('2150-Q1', 'UTC'));
    expect(failureText(outside, 'en', en)).toBe(outside.message);
    expect(failureText(outside, 'fr', fr)).toBe('la période «\u202f2150-Q1\u202f» sort de 1970–2100');
    expect(failureText(caught(() => parsePeriod('2026-05-01..2026-04-01', 'UTC')), 'fr', fr)).toBe('la période «\u202f2026-05-01..2026-04-01\u202f» finit avant de commencer');
    expect(failureText(caught(() => parsePeriod('Q2 2026', 'UTC')), 'fr', fr)).toMatch(/^«\u202fQ2 2026\u202f» n’est pas une période\u202f: écrire 2026-03/);
    expect(failureText(caught(() => matchClient('Nobody', ['Bistro Lumière'])), 'fr', fr)).toBe('aucun client ne s’appelle «\u202fNobody\u202f» (clients\u202f: Bistro Lumière)');
    expect(failureText(caught(() => matchClient('Nobody', [])), 'fr', fr)).toBe('aucun client ne s’appelle «\u202fNobody\u202f» (les données ne nomment aucun client)');
  });

  it('says in French a policy, a mapping, a time zone, an encoding and a preset it refuses', () => {
    const duration = caught(() => parsePolicy({ sla: { P2: { response: '8x' } } }));
    // The French of the policy editor (validate.ts), the path kept.
    expect(failureText(duration, 'fr', fr)).toMatch(/^policy\.sla\.P2\.response\u202f: "8x" n’est pas une durée \(écrire /);
    expect(failureText(caught(() => parsePolicy({ timezone: 'Europe/Pariss' })), 'fr', fr)).toMatch(/Europe\/Pariss/);
    expect(failureText(caught(() => parsePolicy({ timezone: 'Europe/Pariss' })), 'fr', fr)).not.toMatch(/ is not /);
    expect(failureText(caught(() => parseMapping({ columns: { id: 3 } })), 'fr', fr)).toMatch(/^la correspondance des colonnes n’est pas valable à /);
    expect(failureText(caught(() => readTickets('id,openedAt\nT1,2026-03-02\n', { fileName: 't.csv', preset: 'nope' })), 'fr', fr)).toMatch(/^format d’export inconnu «\u202fnope\u202f»\u202f; formats connus\u202f: auto, /);
    expect(failureText(caught(() => parseMapping({ encoding: 'latin-9', columns: { id: 'id', openedAt: 'o' } })), 'fr', fr)).toBe('la correspondance des colonnes n’est pas valable à encoding');
  });

  it('says the page\'s own refusals from the catalogue in both languages', () => {
    const noData = new EngineError('No data loaded', { code: 'no-data', message: 'No data loaded' });
    expect(failureText(noData, 'fr', fr)).toBe('aucune donnée n’est chargée\u202f: chargez vos fichiers, ou revenez aux données de démonstration');
    expect(failureText(noData, 'en', en)).toBe('no data is loaded: load your files, or go back to the demo data');
    // A broken contract with kpi-core is the page's fault: said so, with kpi-core's detail.
    const contract = new EngineError('recurringIncidents: windowDays must be a number ≥ 0', { code: 'invalid-option', message: 'recurringIncidents: windowDays must be a number ≥ 0' });
    expect(failureText(contract, 'fr', fr)).toMatch(/^un problème inattendu a arrêté ceci \(merci de le signaler\)/);
  });
});
