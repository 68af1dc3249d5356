import { readdirSync, readFileSync } from 'node:fs';
import { readAssets, readTickets } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { issueDetail, issueSentence } from './issue-text.js';

const badDir = new URL('../../../../../fixtures/bad/', import.meta.url);

describe('issueDetail: a data-quality detail in the page\'s language (review8)', () => {
  it('takes the place off (the row and the column have their own cells)', () => {
    expect(issueSentence({ row: 2, column: 'openedAt', message: 't.csv row 2, openedAt: "31/02/2026 10:00" is not a date' })).toBe('"31/02/2026 10:00" is not a date');
    expect(issueSentence({ row: 7, column: null, message: 't.csv row 7: the header row is repeated here; row skipped' })).toBe('the header row is repeated here; row skipped');
    // A column name holding ": " is skipped whole.
    expect(issueSentence({ row: 3, column: 'Date: ouverture', message: 't.csv row 3, Date: ouverture: "x" is not a date' })).toBe('"x" is not a date');
  });

  it('says a column of dates without a time of day in French, the field kept', () => {
    const { quality } = readTickets('id,openedAt\nT1,2026-03-02\n', { fileName: 'days.csv', timezone: 'UTC' });
    const issue = quality.issues.find((entry) => entry.code === 'no-time-of-day')!;
    expect(issueDetail(issue, 'fr')).toEqual({
      text: 'aucune date de cette colonne (openedAt) ne donne d’heure (chacune est un jour seul, ou minuit)\u202f: les durées en heures qui en découlent (SLA, temps de réparation, indisponibilité) ne sont pas mesurées',
      language: 'fr',
    });
  });

  it('says in French a per-ticket SLA target of 0 (sla16), read as kpi-core writes it', () => {
    const { quality } = readTickets('id,openedAt,slaResolutionTargetMinutes\nT1,2026-03-02 09:00,0\n', { fileName: 't.csv', timezone: 'UTC' });
    const issue = quality.issues.find((entry) => entry.code === 'unparseable-value')!;
    expect(issueDetail(issue, 'fr')).toEqual({
      text: 'un délai d’engagement de 0\u202fminutes n’en est pas un (nul ou négatif)\u202f; non utilisé\u202f: le délai de la politique pour la priorité s’applique',
      language: 'fr',
    });
  });

  it('says in French a canonical pauses cell that is not pause intervals (robust9)', () => {
    const message = 't.csv row 4, pauses: "lundi" is not pause intervals (start/end ISO instants with Z or an offset, space-separated; start/.. for a pause still on); the ticket keeps its pausedMinutes';
    const detail = issueDetail({ row: 4, column: 'pauses', message }, 'fr');
    expect(detail.language).toBe('fr');
    expect(detail.text).toMatch(/^"lundi" n’est pas une liste de pauses/);
  });

  it('says in French every issue kpi-core writes for the bad-input fixtures, the values kept', () => {
    // The asset fixtures too (assets-*.csv), read as an asset file: their issues are the asset
    // reader's (a purchase date out of range, a cost that is no number, a row without an id).
    const issues = readdirSync(badDir)
      .filter((name) => name.endsWith('.csv'))
      .flatMap((name) => {
        const bytes = new Uint8Array(readFileSync(new URL(name, badDir)));
        const options = { fileName: name, timezone: 'Europe/Paris' };
        try {
          return (name.startsWith('assets') ? readAssets(bytes, options) : readTickets(bytes, options)).quality.issues;
        } catch {
          return []; // a file refused whole (not a CSV, no header…) has no row issues
        }
      });
    // The asset fixture's own issues are in the list (README of fixtures/bad: read 4, rejected 1,
    // required-missing 1, unparseable-value 2, date-out-of-range 1).
    const assetIssues = issues.filter((issue) => /^assets-broken\.csv\b/.test(issue.message));
    expect(assetIssues.map((issue) => issue.code).sort()).toEqual(['date-out-of-range', 'required-missing', 'unparseable-value', 'unparseable-value']);
    // Enough shapes to mean something (the fixtures cover dates, ids, delimiters, quotes, Excel, DST…).
    expect(new Set(issues.map((issue) => issue.code)).size).toBeGreaterThan(8);
    const english = issues.filter((issue) => issueDetail(issue, 'fr').language !== 'fr').map((issue) => `${issue.code}: ${issue.message}`);
    expect(english).toEqual([]);
    for (const issue of issues) expect(issueDetail(issue, 'en')).toEqual({ text: issueSentence(issue), language: 'en' });
  });

  it('says them as a French reader expects (hand-checked examples)', () => {
    const fr = (message: string, column: string | null = 'x') => issueDetail({ row: 4, column, message: `t.csv row 4${column === null ? '' : `, ${column}`}: ${message}` }, 'fr').text;
    expect(fr('"31/02/2026 10:00" is not a date', 'openedAt')).toBe('"31/02/2026 10:00" n’est pas une date');
    expect(fr('id "T-7" already appears on row 2; both kept', 'id')).toBe('l’identifiant "T-7" figure déjà à la ligne 2\u202f; les deux sont gardés');
    expect(fr('status "Clos" means closed but the row has no resolution or closing date: counted as closed at an unknown time', 'Statut')).toBe(
      'le statut "Clos" signifie fermé mais la ligne n’a ni date de résolution ni date de fermeture\u202f: compté comme fermé à une date inconnue',
    );
    expect(fr('"03/04/2026" may be day-first or month-first and the file never settles it; read as day-first', 'Date')).toBe(
      '"03/04/2026" peut se lire jour d’abord ou mois d’abord et le fichier ne tranche jamais\u202f; lu jour d’abord',
    );
    expect(fr('the row is one cell that contains commas while the file is delimited by semicolons: mixed delimiters; row skipped', null)).toBe(
      'la ligne est une seule cellule qui contient des virgules alors que le fichier est séparé par des points-virgules\u202f: séparateurs mélangés\u202f; ligne ignorée',
    );
    // A sentence of a shape the table does not know stays English, and says so.
    expect(issueDetail({ row: 1, column: null, message: 't.csv row 1: something new' }, 'fr')).toEqual({ text: 'something new', language: 'en' });
  });
});
