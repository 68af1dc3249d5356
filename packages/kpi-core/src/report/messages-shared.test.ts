/**
 * The catalogue's sentences the Markdown review and the dashboard both say (issue: the dashboard
 * showed less than the CLI about coverage, the source tool's SLA and the backlog's date).
 */
import { describe, expect, it } from 'vitest';
import type { SourceSla } from '../kpi/sla/types.js';
import { formatter } from './format.js';
import { CATALOGUES, NNBSP } from './messages.js';

const en = formatter('en', 'EUR', 'Europe/Paris');
const fr = formatter('fr', 'EUR', 'Europe/Paris');

describe('partialCoverage', () => {
  // The demo's 2025-H2: the export starts on 1 Oct 2025, so 92 of the half-year's 184 days
  // (1 Jul – 31 Dec: 31+31+30+31+30+31 = 184; October to December: 31+30+31 = 92) are covered.
  const h2 = { covered: true, partial: true, days: { covered: 92, total: 184 } };

  it('says the days covered in English and French, with the narrow space before the colon', () => {
    expect(CATALOGUES.en.partialCoverage(h2, { kind: 'none' }, en)).toBe(
      'Data covers 92 of the 184 days of this period: every figure, costs included, counts only the time the data cover.',
    );
    expect(CATALOGUES.fr.partialCoverage(h2, { kind: 'none' }, fr)).toBe(
      `Les données couvrent 92 des 184 jours de cette période${NNBSP}: chaque chiffre, coûts compris, ne porte que sur le temps couvert par les données.`,
    );
  });

  it('says nothing of a whole period, of one the data do not cover, or when the comparison already gives the days', () => {
    expect(CATALOGUES.en.partialCoverage({ ...h2, partial: false, days: { covered: 184, total: 184 } }, { kind: 'comparable' }, en)).toBeNull();
    expect(CATALOGUES.en.partialCoverage({ covered: false, partial: false, days: { covered: 0, total: 184 } }, { kind: 'none' }, en)).toBeNull();
    expect(CATALOGUES.fr.partialCoverage(h2, { kind: 'current-partial', covered: 92, total: 184 }, fr)).toBeNull();
  });
});

describe('sourceSla', () => {
  // The Zammad sample: the tool judges 5 tickets, 1 met (1/5 = 20 %); Revue judged 1 of the 5 otherwise.
  const zammad: SourceSla = { fromVerdicts: 0, fromDueDates: 5, met: 1, breached: 4, pending: 0, adherence: 0.2, compared: 5, disagreements: 1, comparedMetByRevue: 2, comparedMetBySource: 1, disagreeingIds: ['3'] };

  it('gives the rate, met/judged and the disagreements, as the CLI’s summary row', () => {
    expect(CATALOGUES.fr.sourceSlaName('resolution')).toBe('SLA de résolution respecté, selon l’outil source');
    expect(CATALOGUES.fr.sourceSla(zammad, fr)).toBe(`20${NNBSP}% (1 sur 5 tickets jugés par l’outil${NNBSP}; 1 ticket jugé autrement par Revue)`);
    expect(CATALOGUES.en.sourceSlaName('response')).toBe('Response SLA met, by the source tool');
    expect(CATALOGUES.en.sourceSla({ ...zammad, pending: 2, disagreements: 3 }, en)).toBe(`${en.percent(0.2)} (1 of 5 tickets the tool judged, 2 pending; 3 tickets judged otherwise by Revue)`);
  });

  it('gives no disagreement when the tool and Revue judged no ticket both, and n/a when the tool judged none', () => {
    expect(CATALOGUES.en.sourceSla({ ...zammad, compared: 0, disagreements: 0 }, en)).toBe(`${en.percent(0.2)} (1 of 5 tickets the tool judged)`);
    // One ticket judged: singular, in both languages (French takes 0 and 1 in the singular).
    expect(CATALOGUES.en.sourceSla({ ...zammad, met: 1, breached: 0, adherence: 1, compared: 0, disagreements: 0 }, en)).toBe(`${en.percent(1)} (1 of 1 ticket the tool judged)`);
    expect(CATALOGUES.fr.sourceSla({ ...zammad, met: 1, breached: 0, adherence: 1, compared: 0, disagreements: 0 }, fr)).toBe(`100${NNBSP}% (1 sur 1 ticket jugé par l’outil)`);
    expect(CATALOGUES.en.sourceSla({ ...zammad, met: 0, breached: 0, adherence: null }, en)).toBe(en.percent(null));
  });
});

describe('backlogWhen / backlogBefore', () => {
  it('names the end of the month (not the next day) and the previous period’s end', () => {
    expect(CATALOGUES.en.backlogWhen({ kind: 'month-end', month: 'June 2026' })).toBe('at the end of June 2026');
    expect(CATALOGUES.fr.backlogWhen({ kind: 'month-end', month: 'avril 2026' })).toBe('à la fin d’avril 2026');
    expect(CATALOGUES.fr.backlogWhen({ kind: 'data-date', date: '30 sept. 2026' })).toBe('le 30 sept. 2026, date des données');
    expect(CATALOGUES.en.backlogBefore('23', 'Q1 2026')).toBe('23 at the end of Q1 2026');
    expect(CATALOGUES.fr.backlogBefore('23', 'T1 2026')).toBe('23 à la fin de T1 2026');
  });
});

describe('noPartMeasured', () => {
  // No asset file, no rate, no effort column: the parts kpi-core lists in tco.excluded, grouped by reason.
  const excluded = [
    { part: 'acquisition', reason: 'no-assets', hours: null },
    { part: 'contracts', reason: 'no-assets', hours: null },
    { part: 'licences', reason: 'no-assets', hours: null },
    { part: 'labour', reason: 'not-recorded', hours: null },
    { part: 'downtime', reason: 'no-rate', hours: 7 },
  ] as const;

  it('says why a total has no figure from the reasons of its parts', () => {
    expect(CATALOGUES.en.noPartMeasured(excluded)).toBe(
      'none of its parts is measured — acquisition, contracts and licences (no asset file was given), labour (the file holds no such values) and downtime (the policy gives no hourly rate)',
    );
    expect(CATALOGUES.fr.noPartMeasured(excluded)).toBe(
      'aucune de ses parties n’est mesurée — acquisition, contrats et licences (aucun fichier d’équipements fourni), main-d’œuvre (le fichier ne contient pas ces valeurs) et indisponibilité (la politique ne donne pas de taux horaire)',
    );
  });
});
