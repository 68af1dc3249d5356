// The shared French of kpi-core's refusals: the words the CLI (--lang fr) and the dashboard's
// French page both say. Expected sentences are the catalogue's own, written out by hand here.
import { describe, expect, it } from 'vitest';
import { parsePeriod } from '../calendar/period.js';
import { readTickets } from '../ingest/read.js';
import { RevueError } from '../internal/errors.js';
import { matchClient } from './clients.js';
import { CONTRACT_ERROR_CODES, revueErrorFrench } from './errors-fr.js';
import { NNBSP } from './messages.js';
import { thrown } from '../../test/thrown.js';


describe('revueErrorFrench', () => {
  it('keeps the value the user wrote (a period, a client)', () => {
    expect(revueErrorFrench(thrown(() => parsePeriod('2150-Q1', 'UTC')))).toBe(`la période «${NNBSP}2150-Q1${NNBSP}» sort de 1970–2100`);
    expect(revueErrorFrench(thrown(() => matchClient('Nobody', [])))).toBe(`aucun client ne s’appelle «${NNBSP}Nobody${NNBSP}» (les données ne nomment aucun client)`);
    // Without the CLI's option name: the dashboard says this sentence too.
    expect(revueErrorFrench({ code: 'as-of', message: 'as-of: "demain" is not an ISO instant' })).toBe(
      `la date des données «${NNBSP}demain${NNBSP}» n’est pas une date ISO (par exemple 2026-09-30 ou 2026-09-30T18:00)`,
    );
  });

  it('says the file, row and column, from a RevueError or its plain form', () => {
    const plain = { code: 'unreadable', message: 'cannot read a.csv: EACCES', file: 'a.csv', row: 42, column: 'Date' };
    expect(revueErrorFrench(plain)).toBe(`a.csv, ligne 42, Date${NNBSP}: impossible de lire a.csv`);
    expect(revueErrorFrench(new RevueError(plain.code, plain.message, plain))).toBe(revueErrorFrench(plain));
    // The sizes kpi-core names are kept, in French decimals.
    expect(revueErrorFrench({ code: 'too-large', message: 'big.csv is 1.5 GB; the limit is 512 MB', file: 'big.csv' })).toBe(
      `big.csv est trop volumineux pour être lu (1,5 GB, limite 512 MB)${NNBSP}; découpez l’export`,
    );
  });

  it('names the mapping\'s missing column from the error\'s column field, not from its English sentence', () => {
    const read = (header: string) => thrown(() => readTickets(`Incident,Opened\nT1,2026-03-02 08:15\n`, { fileName: 't.csv', mapping: { columns: { id: header, openedAt: 'Opened' } } }));
    const error = read('Number');
    expect(error.column).toBe('Number');
    expect(revueErrorFrench(error)).toBe(`t.csv${NNBSP}: la colonne «${NNBSP}Number${NNBSP}» que nomme la correspondance n’est pas dans le fichier`);
    // The field is read even when the sentence is worded otherwise (the English may change).
    expect(revueErrorFrench({ code: 'mapping-column-missing', message: 'another wording', file: 't.csv', column: 'Numéro' })).toBe(
      `t.csv${NNBSP}: la colonne «${NNBSP}Numéro${NNBSP}» que nomme la correspondance n’est pas dans le fichier`,
    );
    // A header with a newline and over 60 characters is cut and made one line as the English
    // message writes it: 57 characters, "...", the newline written \n.
    const long = `Numéro\n${'x'.repeat(70)}`;
    const said = revueErrorFrench(read(long))!;
    expect(said).toBe(`t.csv${NNBSP}: la colonne «${NNBSP}Numéro\\n${'x'.repeat(50)}...${NNBSP}» que nomme la correspondance n’est pas dans le fichier`);
    expect(said).not.toContain('\n');
  });

  it('has no words for a broken contract nor an unknown code: the caller says a fault', () => {
    for (const code of CONTRACT_ERROR_CODES) expect(revueErrorFrench({ code, message: 'x: must be ≥ 0' })).toBeNull();
    expect(revueErrorFrench({ code: 'no-such-code', message: 'x' })).toBeNull();
  });
});
