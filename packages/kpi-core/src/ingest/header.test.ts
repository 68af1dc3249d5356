import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectPreset } from './detect.js';
import { findHeaderRow, looksLikeValue, readsAsLabels } from './header.js';
import { readTickets } from './read.js';

describe('looksLikeValue', () => {
  it.each([
    '1', '2025081510000222', '52 267', '1 234,56', '12,50 €', '-3', '(12.5)', '45 %',
    '2026-03-02 08:15', '02/03/2026', '15.08.2025 10:00', '25/Feb/26 10:17 PM', '20/Aug/25', 'Mar 5, 2026', '2026-03-02T08:15:00Z', '2025-01',
    '08:15', '-12:34', '01:30:00', '27 d 19 h', '0 segundo', '2 hours 30 minutes', '1 jours 3 heures 0 minutes', '36 mois', '2 normal',
    '1 - Critical', 'INC0010001', '#INC-43', 'ITS-101', 'PC-BIS-04', 'CHG0031234',
    '3f2504e0-4f89-11d3-9a0c-0305e82c3301', 'jane@example.org', 'https://example.org/t/1', 'TRUE', 'false',
  ])('%s reads as a value', (text) => {
    expect(looksLikeValue(text)).toBe(true);
  });

  it.each([
    'ID', '#', 'N°', 'Nº', 'Número', 'Ticket#', 'Título', "Date d'ouverture", 'Data de abertura', 'Fecha de creación', 'Erstellt am',
    'TTR', 'TTO', 'Σ Time Spent', 'Custom field (10023)', 'Column10', 'Statistiques - Délai de prise en compte', 'First reply time in minutes',
    'Custom field ([CHART] Date of First Response)', 'Issue key', 'opened_at', 'sys_updated_on', '3D printer', 'Status', 'Idade', 'Priority',
  ])('%s reads as a label', (text) => {
    expect(looksLikeValue(text)).toBe(false);
  });
});

describe('readsAsLabels and findHeaderRow', () => {
  it('takes the first row that reads as labels: a title line and a blank-ish row above are skipped', () => {
    const records = [
      ['Tickets report', '', ''],
      ['#', 'Title', 'Created At'],
      ['31001', 'Printer jam', '2026-03-02 08:15:00'],
    ];
    expect(findHeaderRow(records)).toEqual({ index: 1, labels: true });
  });

  it('never takes a data row, even one whose cells look like preset column names', () => {
    // The real header is Dutch (no preset knows it); the data rows hold "ID", "Status",
    // "Priority" and "Created" as values, so the presets would score them above the header.
    const records = [
      ['Nr.', 'Melding', 'Leeftijd', 'Aangemaakt', 'Toestand', 'Urgentie', 'Onderwerp'],
      ['1', '2025081510000222', '27 d 19 h', '15/08/2025 10:00', 'ID', 'Priority', 'Status'],
      ['2', '2025081510000231', '3 d 2 h', '15/08/2025 11:30', 'Created', 'Status', 'Issue key'],
    ];
    expect(findHeaderRow(records)).toEqual({ index: 0, labels: true });
    // The presets do prefer a data row here: zendesk (0.102), on the strength of "ID" and "Status"; the header scores 0.
    expect(detectPreset(records[1]!, 'tickets').score).toBeGreaterThan(detectPreset(records[0]!, 'tickets').score);
  });

  it('wants at least half the width of the widest record, and at most one value in ten cells', () => {
    expect(readsAsLabels(['Report', 'March 2026'], 8)).toBe(false); // 2 of 8: a title line
    expect(readsAsLabels(['a', 'b', 'c', 'd'], 8)).toBe(true);
    const ten = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', '2024'];
    expect(readsAsLabels(ten, 10)).toBe(true); // one value in ten: a label such as a year
    expect(readsAsLabels(['T1', 'Printer', 'open', 'High', 'Bistro', '2026-03-02 08:15'], 6)).toBe(false); // one in six
    expect(readsAsLabels(['id'], 1)).toBe(true); // a one-column asset list
  });

  it('skips a title line of several words when the header is wider', () => {
    // "Report" and "March 2026" read as labels too, but two cells against the header's four.
    const records = [['Report', 'March 2026'], ['id', 'openedAt', 'title', 'client'], ['T1', '2026-03-02 08:15', 'Printer', 'Bistro']];
    expect(findHeaderRow(records)).toEqual({ index: 1, labels: true });
    const { quality } = readTickets('Report,March 2026\nid,openedAt,title,client\nT1,2026-03-02 08:15,Printer,Bistro\n', { now: Date.UTC(2026, 3, 1) });
    expect(quality).toMatchObject({ skippedBeforeHeader: 1, accepted: 1 });
  });

  it('says when no record reads as labels (a file without a header row)', () => {
    expect(findHeaderRow([['1', '2026-03-02 08:15'], ['2', '2026-03-03 09:00']])).toEqual({ index: 0, labels: false });
  });
});

describe('the reader takes the header row by labels', () => {
  it('reads an export whose data rows score better against the presets than its header', () => {
    // Title line (skipped and counted), then the header, then data rows holding preset column
    // names as values ("Status", "ID", "Created"): the header is line 2, never a data row.
    const csv = [
      'Ticket list;;;',
      'id;openedAt;title;category',
      'T1;2026-03-02 08:15;Status;ID',
      'T2;2026-03-02 09:00;Created;Priority',
    ].join('\n');
    const { quality } = readTickets(csv, { now: Date.UTC(2026, 3, 1) });
    expect(quality).toMatchObject({ skippedBeforeHeader: 1, rowsRead: 2, accepted: 2, preset: { name: 'canonical' } });
  });
});

describe('findHeaderRow on random tables (property)', () => {
  // Labels in several languages, with digits inside some of them, as exports write them.
  const label = fc.constantFrom(
    'ID', '#', 'N°', 'Número', 'Ticket#', 'Title', 'Titre', 'Título', 'Status', 'Statut', 'Estado', 'Priority', 'Priorité', 'Prioridade',
    "Date d'ouverture", 'Data de abertura', 'Fecha de creación', 'Erstellt', 'Created At', 'opened_at', 'Category', 'Catégorie', 'Entité',
    'Custom field (10023)', 'Column10', 'TTR', 'Σ Time Spent', 'Assigned to - Technician', 'Idade', 'Fila', 'Queue', 'Owner',
  );
  const text = fc.constantFrom('Printer jam', 'open', 'Closed', 'Haute', 'Bistro', 'Fechado', 'Network > Wi-Fi', 'ID', 'Status', 'Created', '');
  const value = fc.oneof(
    fc.integer({ min: 0, max: 10 ** 12 }).map(String),
    fc.date({ min: new Date(Date.UTC(2000, 0, 1)), max: new Date(Date.UTC(2030, 0, 1)), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 16).replace('T', ' ')),
    fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 })).map(([d, m]) => `${d}/${m}/2026 10:00`),
    fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 23 })).map(([d, h]) => `${d} d ${h} h`),
    fc.integer({ min: 1, max: 99999 }).map((n) => `INC${String(n).padStart(7, '0')}`),
  );

  it('picks the label row and never a data row (data rows hold an id and a date at least)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 12 }).chain((width) =>
          fc.record({
            header: fc.array(label, { minLength: width, maxLength: width }),
            rows: fc.array(
              fc.tuple(value, value, fc.array(fc.oneof(text, value), { minLength: width - 2, maxLength: width - 2 })).map(([a, b, rest]) => [a, b, ...rest]),
              { minLength: 1, maxLength: 8 },
            ),
            title: fc.option(fc.constantFrom('Tickets report', 'Relatório de chamados', 'Export 2026'), { nil: null }),
            rowsAbove: fc.integer({ min: 0, max: 2 }),
          }),
        ),
        ({ header, rows, title, rowsAbove }) => {
          // Data rows may even come before the header (a pasted block): they are never taken.
          const records = [...(title === null ? [] : [[title]]), ...rows.slice(0, rowsAbove), header, ...rows];
          const expected = records.indexOf(header);
          expect(findHeaderRow(records)).toEqual({ index: expected, labels: true });
        },
      ),
      { numRuns: 300 },
    );
  });
});
