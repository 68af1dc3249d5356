import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFormat } from '../format/format.js';
import { translator } from '../i18n/index.js';
import { CATALOGUES } from '@revue/kpi-core/report';
import { KPI_FIGURES, notMeasuredReason } from '../policy/notes.js';
import { asOfStrayNote, availableAsStockNote, lostOverlapNote, lostPerEmployeeNote, lostRowsLeftOutNote, retiredWithoutDateLines, tcoDowntimeLeftOutNote } from './honest-notes.js';

const NNBSP = '\u202f';
const en = { t: translator('en'), format: createFormat('en', { timezone: 'Europe/Paris' }) };
const fr = { t: translator('fr'), format: createFormat('fr', { timezone: 'Europe/Paris' }) };

describe('assets retired by their status with no date (report.retiredWithoutDate)', () => {
  // A small report slice: PC-7's last ticket was resolved on 12 March 2026 at 10:00 UTC (11:00 in
  // Paris), PC-9 is named by no ticket — the example of kpi-core's retired-undated.ts.
  const retired = [
    { assetId: 'PC-7', countedUntil: '2026-03-12T10:00:00.000Z' },
    { assetId: 'PC-9', countedUntil: null },
  ];

  it('says, per asset, up to when it is counted in service, as the Markdown review does', () => {
    expect(retiredWithoutDateLines(retired, en.t, en.format)).toEqual([
      'PC-7: counted in service up to 12 Mar 2026, its last ticket',
      'PC-9: named by no ticket, not counted in service',
    ]);
    expect(retiredWithoutDateLines(retired, fr.t, fr.format)).toEqual([
      `PC-7${NNBSP}: compté en service jusqu’au 12 mars 2026, son dernier ticket`,
      `PC-9${NNBSP}: cité par aucun ticket, non compté en service`,
    ]);
  });

  it('says apart an asset not in service by its status (in stock, spare, inactive, broken) from a retired one', () => {
    const stored = [{ assetId: 'SP-1', countedUntil: null, notInService: true as const }];
    expect(retiredWithoutDateLines(stored, en.t, en.format)).toEqual(['SP-1: named by no ticket, not counted in service (not in service by its status: in stock, spare, inactive or broken)']);
    expect(retiredWithoutDateLines(stored, fr.t, fr.format)).toEqual([`SP-1${NNBSP}: cité par aucun ticket, non compté en service (hors service d’après son statut${NNBSP}: en stock, de réserve, inactif ou en panne)`]);
  });

  it('dates the last ticket in the report’s time zone (23:30 UTC on 31 March is 1 April in Paris)', () => {
    expect(retiredWithoutDateLines([{ assetId: 'SRV-1', countedUntil: '2026-03-31T23:30:00.000Z' }], fr.t, fr.format)).toEqual([
      `SRV-1${NNBSP}: compté en service jusqu’au 1er avr. 2026, son dernier ticket`,
    ]);
  });

  it('says nothing when there is none, or the report predates the field', () => {
    expect(retiredWithoutDateLines([], en.t, en.format)).toEqual([]);
    expect(retiredWithoutDateLines(undefined, en.t, en.format)).toEqual([]);
  });

  it('keeps an asset id that looks like markup as it is (the component binds it as text)', () => {
    expect(retiredWithoutDateLines([{ assetId: '<img src=x onerror=alert(1)>', countedUntil: null }], en.t, en.format)).toEqual([
      '<img src=x onerror=alert(1)>: named by no ticket, not counted in service',
    ]);
  });
});

describe('lost hours that overlapping incidents of one asset share (lostHours.overlapHours)', () => {
  it('says the hours counted once and of how many incidents, singular or plural', () => {
    // 12.5 h shared by 3 incidents with a heavier one on the same asset; 2 h by a single one.
    expect(lostOverlapNote({ overlapIncidents: 3, overlapHours: 12.5 }, en.t, en.format)).toBe('12.5\u00a0h of 3 incidents overlapping another on the same asset, counted once');
    expect(lostOverlapNote({ overlapIncidents: 1, overlapHours: 2 }, en.t, en.format)).toBe('2\u00a0h of 1 incident overlapping another on the same asset, counted once');
    expect(lostOverlapNote({ overlapIncidents: 3, overlapHours: 12.5 }, fr.t, fr.format)).toBe('12,5\u00a0h de 3 incidents chevauchant un autre sur le même équipement, comptées une fois');
    expect(lostOverlapNote({ overlapIncidents: 1, overlapHours: 2 }, fr.t, fr.format)).toBe('2\u00a0h de 1 incident chevauchant un autre sur le même équipement, comptées une fois');
  });

  it('says nothing without an overlap, or when the period is not covered (null)', () => {
    expect(lostOverlapNote({ overlapIncidents: 0, overlapHours: 0 }, en.t, en.format)).toBeNull();
    expect(lostOverlapNote({ overlapIncidents: null, overlapHours: null }, en.t, en.format)).toBeNull();
    expect(lostOverlapNote({}, en.t, en.format)).toBeNull();
  });
});

describe('the note under lost hours per employee per year', () => {
  it('gives the benchmark band when measured', () => {
    expect(lostPerEmployeeNote({ perEmployeePerYear: 61, perEmployeePerYearReason: null, observedDays: 92 }, en.t, en.format)).toBe('Benchmark 50–100 h');
  });

  it('gives the days observed when they are too few (observedDays < 28), the headcount when it is missing', () => {
    expect(lostPerEmployeeNote({ perEmployeePerYear: null, perEmployeePerYearReason: 'too-few-days', observedDays: 9 }, en.t, en.format)).toBe('Days of this period in the data: 9.');
    expect(lostPerEmployeeNote({ perEmployeePerYear: null, perEmployeePerYearReason: 'too-few-days', observedDays: 9 }, fr.t, fr.format)).toBe(`Jours de cette période dans les données${NNBSP}: 9.`);
    expect(lostPerEmployeeNote({ perEmployeePerYear: null, perEmployeePerYearReason: 'no-headcount', observedDays: 92 }, en.t, en.format)).toBe('Set a headcount in the policy to compare with the benchmark.');
  });

  it('leaves the number of days needed to kpi-core: the card says it in kpi-core\'s words, the note never repeats it (one number, no drift)', () => {
    // The card's "not measured" line is kpi-core's catalogue sentence for the report's own entry
    // (measurability: lostHours.perEmployeePerYear, too-few-days); kpi-core's threshold
    // (MIN_DAYS_FOR_YEARLY_RATE) is not a public export, so its catalogue is where the page reads it.
    const report = { notMeasured: [{ figure: 'lostHours.perEmployeePerYear', reason: 'too-few-days' as const }] };
    expect(notMeasuredReason(report, KPI_FIGURES['lost-per-employee']!, 'en')).toBe(CATALOGUES.en.notMeasured('lostHours.perEmployeePerYear', 'too-few-days').replace(/^[^:]*:\s*/, ''));
    expect(notMeasuredReason(report, KPI_FIGURES['lost-per-employee']!, 'fr')).toMatch(/\d+ jours/);
    // No threshold of the dashboard's own: the note's only number is the report's observedDays.
    for (const { t, format } of [en, fr]) {
      const note = lostPerEmployeeNote({ perEmployeePerYear: null, perEmployeePerYearReason: 'too-few-days', observedDays: 9 }, t, format);
      expect(note.match(/\d+/g)).toEqual(['9']);
    }
  });
});

// The components have no unit harness (Playwright renders them): what they call is read from
// their source, so that the notes stay wired and no text of the user's file becomes HTML.
const source = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');

describe('a data date far from the body of the data (report.asOfStray)', () => {
  // As kpi-core words it for the ServiceNow look-alike (fixtures/real-formats/servicenow/servicenow-incident-autoclose.csv).
  const stray = { ticketId: 'INC0100103x1', field: 'closedAt' as const, at: '2025-02-12T00:10:00.000Z', bodyEnd: '2023-03-08T00:10:00.000Z', later: 1, ticketIds: ['INC0100103x1'] };

  it('is said in the review’s words (en, fr), nothing without one', () => {
    expect(asOfStrayNote({ asOfStray: stray, currency: 'EUR', timezone: 'UTC' }, 'en')).toBe(
      'The data date, 12 Feb 2025, is the closing of INC0100103x1; 99% of the tickets have their last date by 8 Mar 2023, 1.9 years before. It is the only ticket with a date more than a year after that (INC0100103x1): check it, or give the data date yourself.',
    );
    expect(asOfStrayNote({ asOfStray: stray, currency: 'EUR', timezone: 'UTC' }, 'fr')).toContain('est la fermeture de INC0100103x1');
    expect(asOfStrayNote({ currency: 'EUR', timezone: 'UTC' }, 'en')).toBeNull();
  });
});

describe('the views show these notes, as text', () => {
  it('the fleet section and the data-quality page list the retired assets; the lost-hours cards carry the notes', () => {
    expect(source('./FleetView.svelte')).toMatch(/<RetiredWithoutDate \{report\} id="fleet" \/>/);
    expect(source('../../routes/data/+page.svelte')).toMatch(/<RetiredWithoutDate report=\{review\.report\} id="data" \/>/);
    expect(source('../components/RetiredWithoutDate.svelte')).toMatch(/retiredWithoutDateLines\(report\.retiredWithoutDate/);
    expect(source('./LostHoursView.svelte')).toMatch(/lostOverlapNote\(report\.lostHours/);
    expect(source('./LostHoursView.svelte')).toMatch(/lostPerEmployeeNote\(report\.lostHours/);
    expect(source('./SummaryView.svelte')).toMatch(/lostPerEmployeeNote\(report\.lostHours/);
  });

  it('none of them renders HTML', () => {
    for (const path of ['./FleetView.svelte', './LostHoursView.svelte', './SummaryView.svelte', '../components/RetiredWithoutDate.svelte', '../components/KpiCard.svelte', '../../routes/data/+page.svelte']) {
      expect(source(path), path).not.toMatch(/\{@html/);
    }
  });

  it('says why the replacement budget is not measured without an asset file, on its card and in its section (not "nothing to replace")', () => {
    const report = { notMeasured: [{ figure: 'replacement', reason: 'no-assets' as const }] };
    expect(notMeasuredReason(report, KPI_FIGURES['replacement-budget']!, 'en')).toBe('no asset file was given');
    expect(notMeasuredReason(report, KPI_FIGURES['replacement-budget']!, 'fr')).toBe('aucun fichier d’équipements fourni');
  });
});

describe('an asset whose status "Disponible" is read as in stock (kpi-core retired-undated.ts)', () => {
  it('says the reading after its line, in English and French', () => {
    const retired = [{ assetId: 'D1', countedUntil: null, notInService: true as const, availableStatus: 'Disponible' }];
    expect(retiredWithoutDateLines(retired, en.t, en.format)).toEqual([
      'D1: named by no ticket, not counted in service (not in service by its status: in stock, spare, inactive or broken). Its status “Disponible” is read as in stock, as Snipe-IT and ServiceNow mean the word; if it means in use in this inventory, the fleet figures leave out its service after its last ticket',
    ]);
    // Beside the availability: how many, and under which word.
    expect(availableAsStockNote(retired, en.t, en.format)).toBe('1 asset with the status “Disponible” read as in stock: not in service after its last ticket');
    const two = [...retired, { assetId: 'D2', countedUntil: null, notInService: true as const, availableStatus: 'Disponible' }, { assetId: 'S1', countedUntil: null, notInService: true as const }];
    expect(availableAsStockNote(two, fr.t, fr.format)).toBe('2 équipements au statut «\u202fDisponible\u202f» lus comme en stock\u202f: hors service après leur dernier ticket');
    expect(availableAsStockNote([{ assetId: 'S1', countedUntil: null, notInService: true }], en.t, en.format)).toBeNull();
    expect(retiredWithoutDateLines(retired, fr.t, fr.format)[0]).toMatch(/\. Son statut «\u202fDisponible\u202f» est lu comme en stock, au sens de Snipe-IT et ServiceNow\u202f; s’il signifie en service/);
  });
});

describe('lost-hours rows left out of their breakdown (lengths-unknown, row by row)', () => {
  // kpi-core leaves Bistro out of byClient (1 incident of known length, 2 closed at an unknown
  // time: 1 ≤ 2) and keeps its counts in unknownRows; Acme has one unknown of 4 and stays.
  const lost = {
    totalHours: 10,
    byClient: { Acme: 8 },
    byCategory: { Réseau: 8, '(none)': 2 },
    unknownRows: { byClient: { Acme: { incidents: 3, unknownDuration: 1 }, Bistro: { incidents: 1, unknownDuration: 2 } }, byCategory: { '(none)': { incidents: 1, unknownDuration: 1 } }, byAsset: {} },
  };

  it('names the rows not shown and their counts, in English and French', () => {
    expect(lostRowsLeftOutNote(lost, 'byClient', translator('en'), createFormat('en'))).toBe('Rows not shown, most of their incidents closed at an unknown time: Bistro (1 measured, 2 unknown)');
    expect(lostRowsLeftOutNote(lost, 'byClient', translator('fr'), createFormat('fr'))).toBe('Lignes non affichées, la plupart de leurs incidents clos à une heure inconnue\u202f: Bistro (1 mesuré, 2 inconnus)');
  });

  it('says nothing when the total is not measured: every breakdown is empty for that reason', () => {
    expect(lostRowsLeftOutNote({ ...lost, totalHours: null, byClient: {} }, 'byClient', translator('en'), createFormat('en'))).toBeNull();
  });

  it('counts the rows past five in French with the right agreement', () => {
    const rows = Object.fromEntries(['A', 'B', 'C', 'D', 'E', 'F'].map((key) => [key, { incidents: 0, unknownDuration: 1 }]));
    const note = lostRowsLeftOutNote({ totalHours: 3, byClient: {}, unknownRows: { byClient: rows, byCategory: {}, byAsset: {} } }, 'byClient', translator('fr'), createFormat('fr'));
    expect(note).toMatch(/E \(0 mesuré, 1 inconnu\) et 1 autre$/);
  });

  it('says nothing when every row with unknown lengths is still shown, or the report has no counts', () => {
    expect(lostRowsLeftOutNote(lost, 'byCategory', translator('en'), createFormat('en'))).toBeNull();
    expect(lostRowsLeftOutNote({ byClient: { Acme: 8 } }, 'byClient', translator('en'), createFormat('en'))).toBeNull();
  });
});

describe('the TCO by asset without the downtime the lost hours leave out', () => {
  // kpi-core's lengths-unknown.test.ts case: SRV-2 has 1 incident of known length and 2 closed at an
  // unknown time, left out of the lost hours by asset, and its TCO row has no downtime (null).
  const category = (downtime: number | null) => ({ acquisition: null, contracts: null, licences: null, preventive: null, corrective: null, evolutive: null, proactive: null, unclassified: null, downtime });
  const report = {
    lostHours: { totalHours: 10, byAsset: { 'SRV-1': 8 }, unknownRows: { byClient: {}, byCategory: {}, byAsset: { 'SRV-2': { incidents: 1, unknownDuration: 2 } } } },
    tco: {
      byAsset: {
        'SRV-1': { total: 320, type: 'server', client: 'Acme', byCategory: category(320) },
        'SRV-2': { total: 0, type: 'server', client: 'Bistro', byCategory: category(null) },
      },
    },
  };

  it('names the assets whose downtime is not priced, in English and French', () => {
    expect(tcoDowntimeLeftOutNote(report, translator('en'), createFormat('en'))).toBe('Downtime not priced, most of their incidents closed at an unknown time (as in the lost hours): SRV-2 (1 measured, 2 unknown)');
    expect(tcoDowntimeLeftOutNote(report, translator('fr'), createFormat('fr'))).toBe(
      'Indisponibilité non chiffrée, la plupart de leurs incidents clos à une heure inconnue (comme pour les heures perdues)\u202f: SRV-2 (1 mesuré, 2 inconnus)',
    );
  });

  it('says nothing when the lost hours leave no asset out', () => {
    expect(tcoDowntimeLeftOutNote({ ...report, lostHours: { ...report.lostHours, unknownRows: { byClient: {}, byCategory: {}, byAsset: {} } } }, translator('en'), createFormat('en'))).toBeNull();
  });
});
