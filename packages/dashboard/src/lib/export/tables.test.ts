import { describe, expect, it } from 'vitest';
import { fr } from '../i18n/fr.js';
import { sampleReport } from '../sample/report.js';
import { SECTIONS } from '../sections.js';
import { exportedFigure } from './cells.js';
import { csvConvention, toCsv } from './csv.js';
import { sectionTable, workbookTables } from './tables.js';
import { workbookSheets } from './xlsx.js';

describe('sectionTable', () => {
  const report = sampleReport({ period: '2026-Q3' });

  it('gives every section a table whose rows have every column field', () => {
    for (const section of SECTIONS) {
      const table = sectionTable(report, section.id, 'en');
      expect(table.columns.length).toBeGreaterThan(0);
      for (const row of table.rows) for (const column of table.columns) expect(column.field in row).toBe(true);
    }
  });

  it('lists every SLA breach with raw hours', () => {
    const table = sectionTable(report, 'sla', 'en');
    expect(table.rows.length).toBe(report.sla.breaches.length);
    expect(table.rows[0]!.overrunHours).toBe(report.sla.breaches[0]!.overrunHours);
  });

  it('writes the summary figures rounded for their unit, with the previous period', () => {
    const table = sectionTable(report, 'summary', 'en');
    // A ratio as a percentage with 1 decimal, its unit named in the unit column.
    expect(table.rows[0]).toEqual({ kpi: 'SLA resolution', value: exportedFigure(report.sla.resolution!.adherence, 'percent'), previous: exportedFigure(report.previous.sla.resolution!.adherence, 'percent'), unit: '%', note: null });
    const tco = table.rows.find((r) => r.kpi === 'Total cost')!;
    expect(tco).toMatchObject({ value: exportedFigure(report.tco.total, 'money'), unit: 'EUR' });
  });

  it('heads the two figure columns with the periods in words, not the report keys', () => {
    // The French workbook of the GLPI look-alike read « 2026-Q1 » and « 2025-Q4 » above its figures.
    const label = (language: 'en' | 'fr') => sectionTable(report, 'summary', language).columns.slice(1, 3).map((c) => c.label);
    expect(label('fr')).toEqual(['T3 2026', 'T2 2026']);
    expect(label('en')).toEqual(['Q3 2026', 'Q2 2026']);
  });

  it('says beside a partial cost total what it leaves out, and beside a figure not measured why (as the cards do)', () => {
    const partial = {
      ...report,
      tco: { ...report.tco, total: 68_087, excluded: [{ part: 'technician-time', reason: 'no-rate', hours: 12 }, { part: 'downtime', reason: 'no-rate', hours: 40 }] },
      lostHours: { ...report.lostHours, cost: null },
      notMeasured: [{ figure: 'lostHours.cost', reason: 'no-rate' }],
    } as typeof report;
    const fr = sectionTable(partial, 'summary', 'fr');
    expect(fr.rows.find((r) => r.kpi === 'Coût total')).toMatchObject({ value: 68_087, note: 'hors temps des techniciens et indisponibilité' });
    const en = sectionTable(partial, 'summary', 'en');
    expect(en.rows.find((r) => r.kpi === 'Cost of lost hours')?.note).toBe('the policy gives no hourly rate');
  });

  it('writes no 0 requests for an export without ticket types, and says why (as the card does)', () => {
    // Seen on glpi-10-pt-br-default-list.csv (no type column): "Requests 0" in the summary sheet.
    const untyped = { ...report, ticketTypes: { tickets: 12, incidents: 12, byType: { '(none)': 12 }, noIncidentType: false } } as typeof report;
    expect(sectionTable(untyped, 'summary', 'en').rows.find((r) => r.kpi === 'Requests')).toMatchObject({
      value: null,
      previous: null,
      note: 'the export gives no ticket type, so requests cannot be told from incidents',
    });
    // With types, the period's request group of the sample (volume.byType), counted as before.
    expect(sectionTable(report, 'summary', 'en').rows.find((r) => r.kpi === 'Requests')?.value).toBe(report.volume.byType.groups.find((g) => g.key === 'request')!.tickets);
  });

  it('gives no previous value to a figure measured at asOf (open tickets, warranties)', () => {
    const table = sectionTable(report, 'summary', 'en');
    for (const kpi of ['Open tickets', 'Out of warranty', 'Past useful life', 'Warranty ends within 90 days']) {
      const row = table.rows.find((r) => r.kpi === kpi)!;
      expect(row.value, kpi).not.toBeNull();
      expect(row.previous, kpi).toBeNull();
    }
  });

  it('writes the breaches in the French convention: local dates, rounded hours, words for yes/no', () => {
    const table = sectionTable(report, 'sla', 'fr');
    const csv = toCsv(table.rows, table.columns, { ...csvConvention('fr', report.timezone), bom: false });
    const [header, first] = csv.split('\r\n');
    expect(header!.split(';').slice(6)).toEqual([fr['table.opened'], `${fr['sla.elapsed']} (h)`, 'Délai cible (h)', `${fr['sla.overrun']} (h)`, 'Encore ouvert']);
    const breach = report.sla.breaches[0]!;
    const cells = first!.split(';');
    // openedAt in Europe/Paris, as a local date and time; hours with a decimal comma, 1 decimal.
    expect(cells[6]).toBe(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit' }).format(Date.parse(breach.openedAt)));
    expect(cells[9]).toBe(String(Math.round(breach.overrunHours * 10) / 10).replace('.', ','));
    expect(['Oui', 'Non']).toContain(cells[10]);
    expect(csv).not.toMatch(/\d\.\d{3,}/);
  });

  it('neutralises a formula hidden in a ticket title once written as CSV', () => {
    const hostile = structuredClone(report);
    hostile.sla.breaches[0]!.title = '=HYPERLINK("http://evil.example","open")';
    const table = sectionTable(hostile, 'sla', 'en');
    const csv = toCsv(table.rows, table.columns, { bom: false });
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""open"")"`);
    expect(csv).not.toMatch(/(^|,)=HYPERLINK/m);
  });

  it('lists every table of the workbook with a valid, localised sheet name', () => {
    const tables = workbookTables(report, 'fr');
    expect(tables.map((t) => t.name)).toEqual([
      'summary', 'activity', 'activity-by-month', 'sla-by-priority', 'sla-by-client', 'sla-by-category', 'sla-by-month', 'sla-breaches', 'recurring-problems',
      'reliability-by-type', 'reliability-by-asset', 'lost-hours', 'costs-by-category', 'costs-by-type', 'costs-by-asset', 'fleet',
      'preventive-by-task', 'preventive-missed', 'replacement-plan', 'data-quality',
      // The report lists its assumptions and the figures it could not measure (empty lists here): always a sheet each.
      'assumptions', 'not-measured',
    ]);
    expect(tables[0]!.title).toBe('Synthèse');
    for (const table of tables) {
      expect(table.title.length, table.name).toBeLessThanOrEqual(31);
      expect(table.title, table.name).not.toMatch(/[[\]:*?/\\]/);
      for (const row of table.rows) for (const column of table.columns) expect(column.field in row, `${table.name}.${column.field}`).toBe(true);
    }
    // Σ of the category shares is the whole (1, up to rounding) when there is a cost.
    const shares = tables.find((t) => t.name === 'costs-by-category')!.rows.reduce((sum, r) => sum + (r.share as number), 0);
    expect(shares).toBeCloseTo(1, 9);
  });

  it('the sections issue 12 added: activity by month, the preventive plan, the replacement plan', () => {
    const tables = workbookTables(report, 'en');
    const months = tables.find((t) => t.name === 'activity-by-month')!;
    expect(months.columns.map((c) => c.label)).toEqual(['Month', 'Incidents', 'Requests', 'Changes', 'Problems', 'Opened', 'Closed', 'Open at month end']);
    // The last month of the backlog trend, as the report has it.
    const last = report.backlogTrend.months.at(-1)!;
    expect(months.rows.find((r) => r.month === last.month)).toMatchObject({ opened: last.opened, closed: last.closed, open: last.open });
    const tasks = tables.find((t) => t.name === 'preventive-by-task')!;
    expect(tasks.rows).toContainEqual({ taskId: 'restore', title: 'Restore test', every: 'month', assets: 2, due: 6, done: 5, compliance: 5 / 6 });
    const plan = tables.find((t) => t.name === 'replacement-plan')!;
    expect(plan.rows).toHaveLength(report.replacement.assets.length);
    // An empty cost cell says why in the next column (sample/content.ts: NET-01 has no purchase cost).
    expect(plan.columns.at(-1)!.label).toBe('Note');
    expect(plan.rows.map((row) => row.costNote)).toEqual([null, null, 'No purchase cost in the asset file: not counted in the budget']);
    expect(sectionTable(report, 'activity', 'en').rows[0]).toMatchObject({ scope: 'Type' });
    expect(sectionTable(report, 'replacement', 'fr').title).toBe('Plan de renouvellement');
  });

  it('adds the assumptions and the figures not measured when the report lists them, in words, not keys and codes', () => {
    const withAppendix = { ...report, assumptions: [{ key: 'impactFactors.outage', value: 1, source: 'default' }], notMeasured: [{ figure: 'lostHours.cost', reason: 'no-rate' }] } as unknown as typeof report;
    const tables = workbookTables(withAppendix, 'en');
    // Words of kpi-core's catalogue (CATALOGUES.en.assumption / notMeasured, as the section notes say them);
    // the policy entry stays in its own column for whoever edits the policy file.
    expect(tables.slice(-2).map((t) => [t.name, t.title, t.columns.map((c) => c.label), t.rows])).toEqual([
      ['assumptions', 'Assumptions', ['Setting', 'Value used', 'Source', 'Entry of the policy file'], [{ setting: 'Impact factor of outage', value: '1', source: 'Default: the policy does not say', key: 'impactFactors.outage' }]],
      ['not-measured', 'Not measured', ['Figure', 'Reason'], [{ figure: 'Cost of the hours lost', reason: 'the policy gives no hourly rate' }]],
    ]);
    const french = workbookTables(withAppendix, 'fr').slice(-2).map((t) => t.rows[0]);
    expect(french[0]).toMatchObject({ setting: 'Facteur d’impact panne', source: 'Par défaut\u202f: la politique ne dit rien', key: 'impactFactors.outage' });
    expect(french[1]).toEqual({ figure: 'Coût des heures perdues', reason: 'la politique ne donne pas de taux horaire' });
  });

  it('says a rule about the data (paused minutes) is no default of the policy, with no entry of the policy file', () => {
    const withRule = { ...report, assumptions: [{ key: 'pausedMinutes', value: 'as-exported', source: 'default' }], notMeasured: [] } as unknown as typeof report;
    const rows = workbookTables(withRule, 'en').find((t) => t.name === 'assumptions')!.rows;
    expect(rows).toEqual([{ setting: 'Paused time exported as a number of minutes (GLPI waiting time, Zendesk on-hold time…)', value: expect.stringMatching(/^subtracted as it is/), source: 'Rule about the data: no policy setting changes it', key: '' }]);
    const french = workbookTables(withRule, 'fr').find((t) => t.name === 'assumptions')!.rows[0];
    expect(french).toMatchObject({ source: 'Règle sur les données\u202f: aucun réglage de la politique ne la change', key: '' });
  });

  it('heads the reliability trend in plain words, never "Laplace U" or "Crow-AMSAA β" (review8)', () => {
    for (const language of ['en', 'fr'] as const) {
      const table = sectionTable(report, 'reliability', language);
      const headers = table.columns.map((c) => c.label).join(' | ');
      expect(headers).not.toMatch(/Laplace|Crow|AMSAA|β|laplaceU|crowBeta/);
    }
    const en = sectionTable(report, 'reliability', 'en');
    expect(en.columns.slice(-3).map((c) => c.label)).toEqual(['Failures more frequent?', 'Trend test score (above 1.645: more frequent)', 'Pace at period end (× the average)']);
    const fr = sectionTable(report, 'reliability', 'fr');
    expect(fr.columns.slice(-3).map((c) => c.label)).toEqual(['Pannes plus fréquentes\u202f?', 'Score du test de tendance (au-delà de 1,645\u202f: plus fréquentes)', 'Rythme en fin de période (× la moyenne)']);
    // sample report: PRN-01 U = 2.1 (above 1.645, below 2.326) → "Yes"; NET-01 U = 1.9 → "Yes"; SRV-01 U = 0.8 → "No"; LAP-003 untested → empty.
    const faster = Object.fromEntries(en.rows.map((r) => [r.asset, r.faster]));
    expect(faster).toMatchObject({ 'PRN-01': 'Yes', 'NET-01': 'Yes', 'SRV-01': 'No', 'LAP-003': null });
    expect(fr.rows.find((r) => r.asset === 'PRN-01')).toMatchObject({ faster: 'Oui', laplaceU: 2.1, crowBeta: 1.9, type: 'Imprimante' });
  });

  it('names data-quality issues in words, not kpi-core codes', () => {
    const flagged = structuredClone(report);
    flagged.dataQuality.tickets!.reasons = { 'required-missing': 2 } as never;
    flagged.dataQuality.tickets!.warnings = { 'duplicate-id': 1 } as never;
    const measures = workbookTables(flagged, 'fr').find((t) => t.name === 'data-quality')!.rows.map((r) => String(r.measure));
    expect(measures.some((m) => m.includes('required-missing') || m.includes('duplicate-id'))).toBe(false);
    expect(measures).toContain(fr['export.warningFor'].replace('{code}', fr['issue.duplicate-id']));
    expect(measures).toContain(fr['export.rejectedFor'].replace('{reason}', fr['issue.required-missing']));
  });

  it('names the date-only columns instead of counting them, and says when no column tells how tickets ended', () => {
    const flagged = structuredClone(report);
    const quality = flagged.dataQuality.tickets!;
    quality.warnings = { 'no-time-of-day': 2 } as never;
    quality.dateOnlyColumns = ['openedAt', 'resolvedAt'];
    quality.issues = [
      { code: 'no-time-of-day', severity: 'warning', row: 2, column: 'Created', message: '' },
      { code: 'no-time-of-day', severity: 'warning', row: 2, column: 'Solved', message: '' },
    ];
    quality.noEndState = true;
    const rows = workbookTables(flagged, 'fr').find((t) => t.name === 'data-quality')!.rows;
    // Said once per column: the columns by name and no count (2 would read as 2 rows).
    expect(rows).toContainEqual({ file: quality.file, measure: `${fr['export.warningFor'].replace('{code}', fr['issue.no-time-of-day'])} (Created, Solved)`, count: null });
    expect(rows).toContainEqual({ file: quality.file, measure: fr['data.noEndState'], count: null });
  });

  it("names kpi-core's (none) key of lost hours by what is missing", () => {
    const missing = structuredClone(report);
    missing.lostHours.byClient = { '(none)': 2, Bistro: 5 };
    missing.lostHours.byCategory = { '(none)': 1 };
    missing.lostHours.byAsset = { '(none)': 7 };
    const keys = sectionTable(missing, 'lost-hours', 'fr').rows.map((r) => r.key);
    // fr.ts: none.client, none.category, none.asset.
    expect(keys).toEqual(['Sans client', 'Bistro', 'Sans catégorie', 'Sans équipement']);
  });

  it('lists the rows left out for their unknown lengths, with why, in a Note column', () => {
    // kpi-core's lengths-unknown left Bistro out (1 incident of known length, 2 closed at an
    // unknown time); Acme (3 and 1) stays, so no note for it.
    const left = structuredClone(report);
    left.lostHours.byClient = { Acme: 8 };
    left.lostHours.byCategory = {};
    left.lostHours.byAsset = {};
    left.lostHours.unknownRows = { byClient: { Acme: { incidents: 3, unknownDuration: 1 }, Bistro: { incidents: 1, unknownDuration: 2 } }, byCategory: {}, byAsset: {} };
    const table = sectionTable(left, 'lost-hours', 'fr');
    expect(table.columns.map((c) => c.field)).toEqual(['scope', 'key', 'hours', 'note']);
    expect(table.rows).toEqual([
      { scope: 'Client', key: 'Acme', hours: 8 },
      { scope: 'Client', key: 'Bistro', hours: null, note: 'Non mesuré\u202f: 1 incident de durée connue, 2 clos à une heure inconnue' },
    ]);
    // Without such a row, no Note column.
    expect(sectionTable(report, 'lost-hours', 'fr').columns.map((c) => c.field)).toEqual(['scope', 'key', 'hours']);
  });
});

describe('the costs by asset say which downtime is unpriced as the lost hours leave it out', () => {
  it('notes the asset whose lost hours are left out, its downtime empty, in a Note column', () => {
    // kpi-core's lengths-unknown.test.ts: SRV-2 (1 incident of known length, 2 closed at an unknown
    // time) is left out of the lost hours by asset, and its TCO row has no downtime.
    const report = sampleReport({ period: '2026-Q3' });
    const [asset, entry] = Object.entries(report.tco.byAsset)[0]!;
    const left = structuredClone(report);
    left.lostHours.unknownRows = { byClient: {}, byCategory: {}, byAsset: { [asset]: { incidents: 1, unknownDuration: 2 } } };
    delete left.lostHours.byAsset[asset];
    left.tco.byAsset[asset] = { ...entry, total: entry.total - (entry.byCategory.downtime ?? 0), byCategory: { ...entry.byCategory, downtime: null } };
    const table = sectionTable(left, 'costs', 'fr');
    expect(table.columns.at(-1)).toEqual({ field: 'note', label: fr['export.note'] });
    const row = table.rows.find((r) => r.note !== undefined)!;
    expect(row).toMatchObject({ downtime: null, note: 'Indisponibilité non chiffrée\u202f: 1 incident de durée connue, 2 clos à une heure inconnue' });
    // Without such an asset, no Note column.
    expect(sectionTable(report, 'costs', 'fr').columns.some((c) => c.field === 'note')).toBe(false);
  });
});

describe('the fleet table lists the assets retired by their status with no date (report.retiredWithoutDate)', () => {
  // The example of honest-notes.test.ts (kpi-core's retired-undated.ts): PC-7's last ticket was
  // resolved on 12 March 2026 at 10:00 UTC; the second asset is named by no ticket, and its id
  // looks like a formula (an asset export is user text).
  const formula = '=HYPERLINK("http://x","y")';
  const report = { ...sampleReport({ period: '2026-Q3' }), timezone: 'Europe/Paris', retiredWithoutDate: [{ assetId: 'PC-7', countedUntil: '2026-03-12T10:00:00.000Z' }, { assetId: formula, countedUntil: null }] };

  it('says each in the screen\'s words, in the note, in both languages', () => {
    const rows = sectionTable(report, 'fleet', 'en').rows.filter((row) => row.item === 'Retired or not in service by their status, with no date');
    expect(rows).toEqual([
      { item: 'Retired or not in service by their status, with no date', key: 'PC-7', count: null, hours: null, share: null, date: null, note: 'PC-7: counted in service up to 12 Mar 2026, its last ticket' },
      { item: 'Retired or not in service by their status, with no date', key: formula, count: null, hours: null, share: null, date: null, note: `${formula}: named by no ticket, not counted in service` },
    ]);
    const french = sectionTable(report, 'fleet', 'fr').rows.filter((row) => row.key === 'PC-7');
    expect(french.map((row) => row.note)).toEqual(['PC-7\u202f: compté en service jusqu’au 12 mars 2026, son dernier ticket']);
    // The workbook's fleet sheet is the same table.
    expect(workbookTables(report, 'en').find((table) => table.name === 'fleet')!.rows).toEqual(sectionTable(report, 'fleet', 'en').rows);
  });

  it('neutralises an id that reads as a formula in the CSV', () => {
    const table = sectionTable(report, 'fleet', 'en');
    const csv = toCsv(table.rows, table.columns, { bom: false });
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y""): named by no ticket, not counted in service"`);
    expect(csv).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // In the workbook it is a text cell (an inline string, never a formula), its words as they are.
    const cells = workbookSheets(report, { language: 'en' }).flatMap((sheet) => sheet.rows.flat());
    expect(cells.filter((cell) => cell !== null && typeof cell.value === 'string' && cell.value.startsWith('=HYPERLINK')).map((cell) => cell!.kind)).toEqual(['text', 'text']);
  });

  it('adds no row without such assets (or a report that predates the field)', () => {
    const { retiredWithoutDate: _ignored, ...older } = report;
    expect(sectionTable({ ...report, retiredWithoutDate: [] }, 'fleet', 'en').rows.some((row) => row.note !== null)).toBe(false);
    expect(sectionTable(older as typeof report, 'fleet', 'en').rows.some((row) => row.note !== null)).toBe(false);
  });
});
