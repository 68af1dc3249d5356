import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { RevueError } from '../internal/errors.js';
import { ticketRows, assetRows } from '../model/tables.js';
import { parseMapping } from './mapping.js';
import { readAssets, readTickets } from './read.js';
import { proposeMapping } from './propose.js';
import { typeOfWord } from './synonyms.js';
import { thrown } from '../../test/thrown.js';
import { buildWorkbook, cell, row, serialOf } from '../../test/xlsx-workbook.js';

const NOW = Date.UTC(2026, 3, 1); // 2026-04-01T00:00Z stands for "now" in these tests
const utc = (iso: string) => Date.parse(iso);

function codes(quality: { issues: { code: string; row: number; column: string | null }[] }) {
  return quality.issues.map((i) => `${i.row}:${i.column}:${i.code}`);
}

describe('readTickets — quality codes', () => {
  it('rejects rows whose required field is missing or unparseable, with a located message', () => {
    const csv = ['id,openedAt,priority', 'T1,2026-03-02 08:15,P2', ',2026-03-02 09:00,P3', 'T3,31/02/2026 10:00,P3', 'T4,,P1'].join('\n');
    const { table, quality } = readTickets(csv, { now: NOW });
    expect(table.numRows()).toBe(1);
    expect(quality).toMatchObject({ rowsRead: 4, accepted: 1, rejected: 3, reasons: { 'required-missing': 2, 'required-unparseable': 1 } });
    expect(codes(quality)).toEqual(['3:id:required-missing', '4:openedAt:required-unparseable', '5:openedAt:required-missing']);
    expect(quality.issues[1]!.message).toBe('tickets.csv row 4, openedAt: "31/02/2026 10:00" is not a date');
  });

  it('names the source column of the preset in messages (GLPI: Date d\'ouverture)', () => {
    const csv = `"ID";"Titre";"Date d'ouverture";"Priorité";\n"1";"a";"31/02/2026 10:00";"Haute";\n"2";"b";"02-03-2026 08:15";"Haute";\n`;
    const { quality } = readTickets(csv, { timezone: 'Europe/Paris', now: NOW });
    expect(quality.preset.name).toBe('glpi');
    expect(quality.issues[0]!.message).toBe(`tickets.csv row 2, Date d'ouverture: "31/02/2026 10:00" is not a date`);
  });

  it('keeps an unparseable optional value as null with a warning', () => {
    const { table, quality } = readTickets('id,openedAt,resolvedAt,effortMinutes\nT1,2026-03-02 08:15,soon,abc\n', { now: NOW });
    expect(ticketRows(table)[0]).toMatchObject({ resolvedAt: null, effortMinutes: null });
    expect(quality.warnings).toEqual({ 'unparseable-value': 2 });
    expect(quality.issues.map((i) => i.message)).toEqual([
      'tickets.csv row 2, resolvedAt: "soon" is not a date',
      'tickets.csv row 2, effortMinutes: "abc" is not a number',
    ]);
  });

  it('makes an unknown priority null and flags it; flags a value missing from a value map and keeps it', () => {
    const csv = `"ID";"Date d'ouverture";"Priorité";"Type";"Gravité";\n"1";"02-03-2026 08:15";"Urgentissime";"Wartung";"Panne";\n"2";"02-03-2026 09:00";"P4";"Demande";"Catastrophe";\n`;
    const { table, quality } = readTickets(csv, { now: NOW });
    const rows = ticketRows(table);
    // Row 1: unknown priority → null; "Wartung" is in no language of the GLPI type map, nor a type word (typeOfWord) → kept as written.
    expect(rows[0]).toMatchObject({ priority: null, type: 'Wartung', impact: 'outage' });
    // Row 2: "P4" is already canonical; "Demande" maps to request; "Catastrophe" kept and flagged.
    expect(rows[1]).toMatchObject({ priority: 'P4', type: 'request', impact: 'Catastrophe' });
    // 02-03-2026 may be 2 March or 3 February and no date of the file settles it: flagged.
    expect(quality.warnings).toEqual({ 'unknown-priority': 1, 'unmapped-value': 2, 'ambiguous-date': 2 });
    expect(codes(quality)).toEqual([
      "2:Date d'ouverture:ambiguous-date", '2:Priorité:unknown-priority', '2:Type:unmapped-value',
      "3:Date d'ouverture:ambiguous-date", '3:Gravité:unmapped-value',
    ]);
  });

  it('reads a type word the maps do not name by the type words (typeOfWord), as the proposal does, else keeps it', () => {
    // GLPI's type map has "Incident"/"Demande" and their translations, not "Störung" (German for a
    // disruption: an incident by the type words), "Task" (a request) nor "Bug" (no type word).
    const csv = `"ID";"Date d'ouverture";"Type"\n"1";"2026-03-02 08:15";"Störung"\n"2";"2026-03-02 09:00";"Task"\n"3";"2026-03-02 10:00";"Bug"\n`;
    const { table, quality } = readTickets(csv, { now: NOW });
    expect(ticketRows(table).map((row) => row.type)).toEqual(['incident', 'request', 'Bug']);
    expect(codes(quality)).toEqual(['4:Type:unmapped-value']);
    expect(typeOfWord('Task')).toBe('request');
    expect(typeOfWord('  SERVICE-request ')).toBe('request');
    expect(typeOfWord('Demande de changement')).toBe('change');
    expect(typeOfWord('Bug')).toBeNull();
  });

  it('keeps and flags resolved-before-opened, closed-without-resolution, future dates and duplicate ids', () => {
    const csv = [
      'id,openedAt,resolvedAt,closedAt',
      'T1,2026-03-02T10:00Z,2026-03-02T09:00Z,', // resolved an hour before it was opened
      'T2,2026-03-02T10:00Z,,2026-03-03T10:00Z', // closed, never resolved
      'T3,2026-05-01T10:00Z,,', // opened after "now"
      'T1,2026-03-04T10:00Z,2026-03-04T11:00Z,', // duplicate of row 2
    ].join('\n');
    const { table, quality } = readTickets(csv, { now: NOW });
    expect(table.numRows()).toBe(4);
    expect(quality).toMatchObject({ accepted: 4, rejected: 0 });
    expect(quality.warnings).toEqual({ 'resolved-before-opened': 1, 'closed-without-resolution': 1, 'future-date': 1, 'duplicate-id': 1 });
    expect(codes(quality)).toEqual([
      '2:resolvedAt:resolved-before-opened',
      '3:closedAt:closed-without-resolution',
      '4:openedAt:future-date',
      '5:id:duplicate-id',
    ]);
    expect(quality.issues[3]!.message).toBe('tickets.csv row 5, id: id "T1" already appears on row 2; both kept');
    // The resolution instant is left to the KPIs (kpi/common.ts resolutionAt): resolvedAt stays empty.
    expect(ticketRows(table)[1]!.resolvedAt).toBeNull();
  });

  it('flags a duplicate id in a column otherwise sorted, and none in a strictly increasing one', () => {
    // Ids in increasing order skip the duplicate search (postChecks): a repeat breaks the order,
    // so the search runs and finds it; the issues are those of the search in every case.
    const header = 'id,openedAt';
    const sorted = readTickets([header, 'T1,2026-03-02T10:00Z', 'T2,2026-03-02T10:00Z', 'T3,2026-03-02T10:00Z'].join('\n'), { now: NOW });
    expect(sorted.quality.warnings).toEqual({});
    const repeated = readTickets([header, 'T1,2026-03-02T10:00Z', 'T2,2026-03-02T10:00Z', 'T2,2026-03-02T10:00Z', 'T3,2026-03-02T10:00Z'].join('\n'), { now: NOW });
    expect(codes(repeated.quality)).toEqual(['4:id:duplicate-id']);
    const late = readTickets([header, 'T1,2026-03-02T10:00Z', 'T2,2026-03-02T10:00Z', 'T3,2026-03-02T10:00Z', 'T1,2026-03-02T10:00Z'].join('\n'), { now: NOW });
    expect(codes(late.quality)).toEqual(['5:id:duplicate-id']);
  });

  it('rejects a repeated header row and an unclosed quote; warns on short rows; counts blank rows apart', () => {
    const csv = 'id,openedAt,title\nT1,2026-03-02T10:00Z,a\n\n,,\nid,openedAt,title\nT2,2026-03-02T11:00Z\nT3,2026-03-02T12:00Z,"never closed\n';
    const { table, quality } = readTickets(csv, { now: NOW });
    expect(table.numRows()).toBe(2);
    expect(quality).toMatchObject({ rowsRead: 4, accepted: 2, rejected: 2, blank: 2 });
    expect(quality.reasons).toEqual({ 'header-repeated': 1, 'unclosed-quote': 1 });
    expect(quality.warnings).toEqual({ 'short-row': 1 });
    expect(codes(quality)).toEqual(['5:null:header-repeated', '6:null:short-row', '7:null:unclosed-quote']);
  });

  it('keeps the first maxIssues issues but always complete counts', () => {
    const rows = Array.from({ length: 30 }, (_, i) => `,2026-03-02T10:${String(i).padStart(2, '0')}Z`);
    const { quality } = readTickets(['id,openedAt', ...rows].join('\n'), { maxIssues: 5 });
    expect(quality.issues).toHaveLength(5);
    expect(quality.reasons['required-missing']).toBe(30);
  });

  it('keeps the first issue of each code past maxIssues, so the summary can locate it', () => {
    // A priority flagged on every row filled the list before the status check ran (it runs after
    // the rows): the summary said "value not in the value map: 296" with no row or column.
    const rows = Array.from({ length: 6 }, (_, i) => `T${i + 1},2026-03-02 10:0${i},Whenever,${i < 4 ? 'Open' : 'Parked'}`);
    const mapping = { columns: { id: 'ID', openedAt: 'Opened', priority: 'Priority', status: 'Status' }, values: { status: { Open: 'open' } } };
    const { quality } = readTickets(['ID,Opened,Priority,Status', ...rows].join('\n'), { mapping, maxIssues: 3, timezone: 'UTC' });
    expect(quality.warnings).toEqual({ 'unknown-priority': 6, 'unmapped-value': 2 });
    expect(codes(quality)).toEqual(['2:Priority:unknown-priority', '3:Priority:unknown-priority', '4:Priority:unknown-priority', '6:Status:unmapped-value']);
  });

  it('reads a priority that says "none" (Nenhum, None, Aucune) as no priority, without a flag', () => {
    const csv = 'ID,Opened,Priority\n1,2026-03-02 09:00,Nenhum\n2,2026-03-02 09:00,None\n3,2026-03-02 09:00,Aucune\n4,2026-03-02 09:00,Whenever\n';
    const { table, quality } = readTickets(csv, { mapping: { columns: { id: 'ID', openedAt: 'Opened', priority: 'Priority' }, values: {} }, timezone: 'UTC' });
    // Before: 4 unknown-priority (Serviceaide's `Nenhum` was flagged on each of 3,196 cases).
    expect(ticketRows(table).map((r) => r.priority)).toEqual([null, null, null, null]);
    expect(quality.warnings).toEqual({ 'unknown-priority': 1 });
  });
});

describe('readTickets — accounting (property)', () => {
  it('rowsRead = accepted + rejected; blank rows apart; table rows = accepted; Σ reasons = rejected', () => {
    const cell = fc.constantFrom('T1', 'T2', 'x', '', '"q,1"', '"multi\nline"');
    const date = fc.constantFrom('2026-03-02 08:15', '02/03/2026', '', 'bad', '2030-01-01T00:00Z', '31/02/2026');
    const row = fc.oneof(
      fc.tuple(cell, date, date, fc.constantFrom('P1', 'Urgent', '')).map((cells) => cells.join(',')),
      fc.constant(''),
      fc.constant(',,,'),
      fc.constant('T9,2026-03-02'),
      fc.constant('id,openedAt,resolvedAt,priority'),
    );
    fc.assert(
      fc.property(fc.array(row, { maxLength: 40 }), fc.constantFrom('\n', '\r\n'), (rows, eol) => {
        const text = ['id,openedAt,resolvedAt,priority', ...rows].join(eol) + eol;
        const { table, quality } = readTickets(text, { now: NOW });
        expect(quality.accepted + quality.rejected).toBe(quality.rowsRead);
        expect(table.numRows()).toBe(quality.accepted);
        const blankRows = rows.filter((r) => r === '' || r === ',,,').length;
        expect(quality.blank).toBe(blankRows);
        expect(quality.rowsRead).toBe(rows.length - blankRows);
        expect(Object.values(quality.reasons).reduce((a, b) => a + b, 0)).toBe(quality.rejected);
      }),
      { numRuns: 300 },
    );
  });
});

describe('readTickets — input and options', () => {
  it('reads bytes in Windows-1252 with `;` and a decimal comma (a French Excel re-save)', () => {
    // "ID;Date d'ouverture;Priorité;Coût - Coût matériel\r\n1;02/03/2026 08:15;Très haute;1 234,56\r\n" in cp1252
    const text = "ID;Date d'ouverture;Priorité;Coût - Coût matériel\r\n1;02/03/2026 08:15;Très haute;1 234,56\r\n";
    const bytes = Uint8Array.from(text, (c) => c.charCodeAt(0)); // all characters are below U+0100
    const { table, quality } = readTickets(bytes, { timezone: 'Europe/Paris', now: NOW });
    expect(quality.preset.name).toBe('glpi');
    // 08:15 in Paris (CET, UTC+1) = 07:15Z; "Très haute" → P1; "1 234,56" → 1234.56.
    expect(ticketRows(table)[0]).toMatchObject({ id: '1', openedAt: utc('2026-03-02T07:15:00Z'), priority: 'P1', cost: 1234.56 });
  });

  it('refuses what it cannot read with one clear RevueError', () => {
    // No preset fits: the refusal names none (it would be a guess) and asks for a mapping.
    expect(thrown(() => readTickets('colour,size\na,b\n', { fileName: 'x.csv' })).message).toBe(
      'x.csv: no preset recognises these columns, so Revue needs a mapping saying which column holds what (at least the ticket id and opening date); the file\'s columns are: colour, size',
    );
    // A preset asked for by name is named.
    expect(thrown(() => readTickets('colour,size\na,b\n', { fileName: 'x.csv', preset: 'canonical' })).message).toBe(
      'x.csv: no column for required field id (preset canonical); the file\'s columns are: colour, size',
    );
    expect(thrown(() => readTickets('', {})).code).toBe('empty');
    expect(thrown(() => readTickets('id,openedAt\n', { preset: 'remedy' })).message).toMatch(/unknown preset remedy; known presets: auto, canonical, glpi/);
    expect(thrown(() => readTickets('id,openedAt\n', { timezone: 'Nowhere/Land' })).code).toBe('bad-timezone');
    expect(thrown(() => readTickets('id,openedAt\nA,2026-03-02\nB,2026-03-02\n', { maxRows: 1 })).code).toBe('too-many-rows');
    expect(thrown(() => readTickets('id,openedAt\nA,2026-03-02\n', { maxBytes: 10 })).code).toBe('too-large');
    expect(thrown(() => readTickets(new Uint8Array([0x50, 0x4b, 3, 4]), { fileName: 't.xlsx' })).code).toBe('damaged-workbook');
  });

  it('finds the header below a title line and counts the skipped line', () => {
    const { quality, table } = readTickets('Tickets report,,\n,,\nid,openedAt,title\nT1,2026-03-02T10:00Z,a\n', { now: NOW });
    expect(quality).toMatchObject({ skippedBeforeHeader: 1, blank: 1, rowsRead: 1, accepted: 1 });
    expect(table.numRows()).toBe(1);
  });

  it('lists unmapped columns and reports progress', () => {
    const seen: number[] = [];
    const { quality } = readTickets('id,openedAt,colour\nT1,2026-03-02T10:00Z,red\n', { onProgress: (f) => seen.push(f) });
    expect(quality.unmappedColumns).toEqual(['colour']);
    expect(seen.at(-1)).toBe(1);
  });

  it('takes the first non-empty cell of a repeated header and ignores cells beyond the header', () => {
    const csv = 'Issue key,Created,Components,Components\nITS-1,02/Mar/26 9:15 AM,,Network,extra,cells\n';
    const { table, quality } = readTickets(csv, { now: NOW });
    expect(quality.preset.name).toBe('jira');
    expect(ticketRows(table)[0]).toMatchObject({ id: 'ITS-1', category: 'Network', openedAt: utc('2026-03-02T09:15:00Z') });
    expect(quality.issues).toEqual([]);
  });
});

describe('readTickets — mapping', () => {
  const csv = 'Incident ID;Open Time;Resolved Time;Priority;Category;Cost\nIM1;03/14/2026 10:00:00;03/14/2026 12:30:00;1;incident;12,5\nIM2;03/15/2026 08:00:00;;9;request for information;\n';
  it('reads an export no preset knows, with value maps, a declared date format and decimal', () => {
    const mapping = parseMapping({
      delimiter: ';',
      decimal: ',',
      dateFormat: 'MM/dd/yyyy HH:mm:ss',
      columns: { id: 'Incident ID', openedAt: 'Open Time', resolvedAt: 'Resolved Time', priority: 'Priority', type: 'Category', cost: 'Cost' },
      values: { priority: { '1': 'P1' }, type: { incident: 'incident', 'request for information': 'request' } },
    });
    const { table, quality } = readTickets(csv, { mapping, now: NOW });
    expect(quality.preset.name).toBe('mapping'); // no preset: the mapping alone
    const rows = ticketRows(table);
    expect(rows[0]).toMatchObject({ id: 'IM1', openedAt: utc('2026-03-14T10:00:00Z'), resolvedAt: utc('2026-03-14T12:30:00Z'), priority: 'P1', type: 'incident', cost: 12.5 });
    // Priority "9" is in no map: null + warning.
    expect(rows[1]).toMatchObject({ id: 'IM2', priority: null, type: 'request' });
    expect(quality.warnings).toEqual({ 'unknown-priority': 1 });
  });

  it('reads a site\'s numbered priorities ("Priorité 1", "Prio 2", "Priority 3") as P1…P5, 1 the most urgent', () => {
    const csv = [
      'Résumé;Clé de ticket;Type de ticket;État;Priorité;Création',
      'Imprimante;SUP-1;Incident;À faire;Priorité 1;02/mars/26 9:00 AM',
      'Messagerie;SUP-2;Incident;En cours;Prio 2;02/mars/26 10:00 AM',
      'VPN;SUP-3;Incident;Terminé(e);priority 3;02/mars/26 11:00 AM',
      'Écran;SUP-4;Incident;À faire;Priorité 9;02/mars/26 11:30 AM',
    ].join('\n');
    const { table, quality } = readTickets(csv, { timezone: 'UTC', now: NOW });
    expect(quality.preset.name).toBe('jira');
    expect(ticketRows(table).map((r) => r.priority)).toEqual(['P1', 'P2', 'P3', null]);
    expect(quality.issues.filter((i) => i.code === 'unknown-priority').map((i) => i.row)).toEqual([5]);
  });

  it('refuses a mapping column that is not in the file, naming it', () => {
    const mapping = parseMapping({ columns: { id: 'Incident ID', openedAt: 'Opened' } });
    const error = thrown(() => readTickets(csv, { mapping }));
    expect(error.code).toBe('mapping-column-missing');
    expect(error.message).toBe('tickets.csv: mapping column "Opened" (for openedAt) is not in the file');
  });

  it('overrides one column of a detected preset', () => {
    const glpi = `"ID";"Date d'ouverture";"Priorité";"Client final";\n"1";"02-03-2026 08:15";"Haute";"Bistro";\n`;
    const { table, quality } = readTickets(glpi, { mapping: parseMapping({ columns: { client: 'Client final' } }), now: NOW });
    expect(quality.preset.name).toBe('glpi+mapping');
    expect(ticketRows(table)[0]).toMatchObject({ client: 'Bistro', priority: 'P2' });
  });
});

describe('readAssets', () => {
  it('reads dates as local midnights and derives a GLPI warranty end from its duration', () => {
    const F = 'Informations financières et administratives - ';
    const csv = `"Nom";"Type";"${F}Date d'achat";"${F}Valeur";"${F}Durée de garantie";"${F}Date d'expiration de la garantie";\n` +
      `"PC-1";"Portable";"15-01-2024";"1 129,00";"36 mois";"";\n"PC-2";"Portable";"15-01-2024";"";"36 mois";"01-06-2026";\n"PC-1";"Portable";"";"";"";"";\n`;
    const { table, quality } = readAssets(csv, { timezone: 'Europe/Paris', now: NOW });
    expect(quality.preset.name).toBe('glpi');
    const rows = assetRows(table);
    // 15 January 2024 00:00 in Paris (CET) = 14 January 23:00Z; + 36 months = 15 January 2027 00:00 CET.
    expect(rows[0]).toMatchObject({ id: 'PC-1', purchaseDate: utc('2024-01-14T23:00:00Z'), purchaseCost: 1129, warrantyEnd: utc('2027-01-14T23:00:00Z') });
    // An exported expiration date wins over the computed one (1 June 2026 00:00 CEST = 31 May 22:00Z).
    expect(rows[1]!.warrantyEnd).toBe(utc('2026-05-31T22:00:00Z'));
    expect(quality.warnings).toEqual({ 'duplicate-id': 1 });
  });
});

describe('a CSV re-saved as .xlsx by an Excel of another day/month order', () => {
  // "02/03/2026 09:00" (2 March, day first) opened by an Excel that reads month first: it became the
  // date serial of 3 February; "16/03/2026 15:00" is no date month first, so Excel left it as text.
  const strings = ['Ticket ID', 'Date Opened', 'Status', '16/03/2026 15:00', 'Closed'];
  const workbook = (converted: number, kept: boolean) =>
    buildWorkbook({
      sheetData:
        row(1, cell.s('A1', 0) + cell.s('B1', 1) + cell.s('C1', 2)) +
        row(2, cell.n('A2', 1) + cell.n('B2', converted, 1) + cell.s('C2', 4)) +
        row(3, cell.n('A3', 2) + (kept ? cell.s('B3', 3) : cell.n('B3', serialOf('2026-03-16 15:00:00'), 1)) + cell.s('C3', 4)),
      sharedStrings: strings,
      numFmts: { 164: 'm/d/yyyy h:mm' },
      cellXfs: [0, 164],
    });
  const mapping = { columns: { id: 'Ticket ID', openedAt: 'Date Opened', status: 'Status' }, values: { status: { Closed: 'closed' } } };

  it('is refused, naming the column, a converted date and a date kept as text, instead of reading 2 March as 3 February', () => {
    // Before: read without a word, 3 February 09:00 and 16 March 15:00.
    const error = thrown(() => readTickets(workbook(serialOf('2026-02-03 09:00:00'), true), { fileName: 'export.xlsx', mapping, timezone: 'UTC' }));
    expect(error).toBeInstanceOf(RevueError);
    expect(error).toMatchObject({ code: 'excel-converted-dates', file: 'export.xlsx', row: 2, column: 'Date Opened' });
    expect(error.message).toBe(
      'export.xlsx, column "Date Opened": Excel turned some dates into its own dates ("2026-02-03 09:00:00", row 2) and kept others as text ' +
        '("16/03/2026 15:00", row 3): it read the file with another day/month order than the file\'s, so the dates it turned may have day and ' +
        'month swapped. Export the file again from the tool, or open the CSV in Excel through Data → From Text with that column as text',
    );
  });

  it('is read when every date is a serial, or every one text', () => {
    expect(readTickets(workbook(serialOf('2026-03-02 09:00:00'), false), { fileName: 'export.xlsx', mapping, timezone: 'UTC' }).quality.accepted).toBe(2);
    const text = buildWorkbook({
      sheetData: row(1, cell.s('A1', 0) + cell.s('B1', 1)) + row(2, cell.n('A2', 1) + cell.s('B2', 2)) + row(3, cell.n('A3', 2) + cell.s('B3', 3)),
      sharedStrings: ['Ticket ID', 'Date Opened', '02/03/2026 09:00', '16/03/2026 15:00'],
    });
    const rows = ticketRows(readTickets(text, { fileName: 'export.xlsx', mapping: { columns: { id: 'Ticket ID', openedAt: 'Date Opened' }, values: {} }, timezone: 'UTC' }).table);
    expect(rows.map((r) => r.openedAt)).toEqual([Date.UTC(2026, 2, 2, 9), Date.UTC(2026, 2, 16, 15)]);
  });
});

describe('priorities with a rank first, without a value map (a mapping written by hand)', () => {
  it('reads "Priority 1 - Critical", "P2 - High", "1 - Urgent" by their rank; "4 high" (OTRS-style) by its word', () => {
    const csv = 'ID,Opened,Priority\n1,2026-03-02 09:00,Priority 1 - Critical\n2,2026-03-02 09:00,P2 - High\n3,2026-03-02 09:00,1 - Urgent\n4,2026-03-02 09:00,Priorité 3\n5,2026-03-02 09:00,4 high\n6,2026-03-02 09:00,4 urgentissime\n';
    const { table, quality } = readTickets(csv, { mapping: { columns: { id: 'ID', openedAt: 'Opened', priority: 'Priority' }, values: {} }, timezone: 'UTC' });
    // Before: null, null, null, P3, null (4 unknown-priority); "4 high" was unknown until the word won (P2).
    expect(ticketRows(table).map((r) => r.priority)).toEqual(['P1', 'P2', 'P1', 'P3', 'P2', null]);
    expect(quality.warnings).toEqual({ 'unknown-priority': 1 });
  });

  it('the word wins when the number and the word disagree, in the reader and the proposal alike', () => {
    // ServiceNow numbers downward (1 - Critical); Freshservice and Freshdesk number upward
    // (1 = Low … 4 = Urgent), so `P1 - Low` and `1 - Low` come from such a tool: both are P4.
    const values = ['1 - Critical', 'P1 - Low', '1 - Low', '4 - Urgent', 'Priority 3 - Normal Response', 'P2'];
    const csv = ['ID,Opened,Priority', ...values.map((v, i) => `${i + 1},2026-03-02 09:00,${v}`)].join('\n');
    const read = readTickets(csv, { mapping: { columns: { id: 'ID', openedAt: 'Opened', priority: 'Priority' }, values: {} }, timezone: 'UTC' });
    expect(ticketRows(read.table).map((r) => r.priority)).toEqual(['P1', 'P4', 'P4', 'P1', 'P3', 'P2']);
    const proposed = proposeMapping(csv, { fileName: 'p.csv' }).mapping.values.priority!;
    expect(values.map((v) => proposed[v] ?? v)).toEqual(['P1', 'P4', 'P4', 'P1', 'P3', 'P2']);
  });

  it('reads a plain priority word no map names by the same words (as typeOfWord does for types); an unknown word stays flagged', () => {
    const csv = 'ID,Opened,Priority\n1,2026-03-02 09:00,High\n2,2026-03-02 09:00,Hoog\n3,2026-03-02 09:00,Niedrigste\n4,2026-03-02 09:00,Whenever\n';
    const { table, quality } = readTickets(csv, { mapping: { columns: { id: 'ID', openedAt: 'Opened', priority: 'Priority' }, values: {} }, timezone: 'UTC' });
    // Before: null, null, null, null (4 unknown-priority): a hand-written mapping had to list "High".
    expect(ticketRows(table).map((r) => r.priority)).toEqual(['P2', 'P2', 'P5', null]);
    expect(quality.warnings).toEqual({ 'unknown-priority': 1 });
  });
});

describe('readTickets — day/month order of a file that never settles it', () => {
  // Every date has its day and its month at 12 or less: no value proves either order.
  const usCsv = ['id,openedAt,resolvedAt', 'T1,3/2/2026 9:15 AM,3/2/2026 11:40 AM', 'T2,3/9/2026 1:05 PM,3/10/2026 8:30 AM', 'T3,2/3/2026 10:00 AM,2/3/2026 4:45 PM'].join('\n');

  it('reads month-first when the times carry AM/PM (the US 12-hour clock), and flags each guessed date in its column', () => {
    for (const input of [usCsv, new TextEncoder().encode(usCsv)]) {
      const { table, quality } = readTickets(input, { now: NOW });
      const rows = ticketRows(table);
      // By hand: 3/2/2026 9:15 AM month-first is 2 March 09:15; 3/9 1:05 PM is 9 March 13:05; 2/3 is 3 February.
      expect(rows.map((r) => [r.openedAt, r.resolvedAt])).toEqual([
        [utc('2026-03-02T09:15:00Z'), utc('2026-03-02T11:40:00Z')],
        [utc('2026-03-09T13:05:00Z'), utc('2026-03-10T08:30:00Z')],
        [utc('2026-02-03T10:00:00Z'), utc('2026-02-03T16:45:00Z')],
      ]);
      // The guess stays visible: one warning per date so read, naming the column.
      expect(quality.warnings).toEqual({ 'ambiguous-date-am-pm': 6 });
      expect(codes(quality)).toEqual(['2:openedAt:ambiguous-date-am-pm', '2:resolvedAt:ambiguous-date-am-pm', '3:openedAt:ambiguous-date-am-pm', '3:resolvedAt:ambiguous-date-am-pm', '4:openedAt:ambiguous-date-am-pm', '4:resolvedAt:ambiguous-date-am-pm']);
      expect(quality.issues[0]!.message).toBe(
        'tickets.csv row 2, openedAt: "3/2/2026 9:15 AM" may be day-first or month-first and the file never settles it; read month-first, as its times carry AM/PM (the US convention)',
      );
    }
  });

  it('still reads day-first the same dates on a 24-hour clock, flagged as before', () => {
    const csv = ['id,openedAt', 'T1,3/2/2026 09:15', 'T2,1/3/2026 13:05'].join('\n');
    const { table, quality } = readTickets(csv, { now: NOW });
    expect(ticketRows(table).map((r) => r.openedAt)).toEqual([utc('2026-02-03T09:15:00Z'), utc('2026-03-01T13:05:00Z')]);
    expect(quality.warnings).toEqual({ 'ambiguous-date': 2 });
  });

  it('AM/PM does not override a value that proves day-first: 13/2/2026 far down the file keeps it day-first', () => {
    // 300 rows past the first rows the reader samples, so the order is settled by the whole file.
    const csv = ['id,openedAt', ...Array.from({ length: 300 }, (_, i) => `T${i},3/2/2026 9:15 AM`), 'T300,13/2/2026 1:05 PM'].join('\n');
    const { table, quality } = readTickets(csv, { now: NOW });
    const opened = ticketRows(table).map((r) => r.openedAt);
    expect([opened[0], opened[300]]).toEqual([utc('2026-02-03T09:15:00Z'), utc('2026-02-13T13:05:00Z')]);
    expect(quality.warnings).toEqual({ 'ambiguous-date': 300 });
  });
});

describe('a due date written without a time of day (a mapping written by hand)', () => {
  it('is due until the last minute of that day in the policy zone, not from its midnight', () => {
    const csv = [
      'Ticket,Opened,Due',
      'A,2026-03-10 09:00,2026-03-10',
      'B,2026-03-27 09:00,2026-03-29',
      'C,2026-03-10 09:00,2026-03-12 17:30',
      'D,2026-03-10 09:00,',
    ].join('\n');
    const mapping = { columns: { id: 'Ticket', openedAt: 'Opened', slaResolutionDueAt: 'Due' }, values: {} };
    const rows = ticketRows(readTickets(csv, { mapping, timezone: 'Europe/Paris' }).table);
    // Hand computation: 10 March is in winter time (UTC+1), so 23:59 local = 22:59Z; 29 March
    // 2026 is the spring-forward day (UTC+2 from 03:00), so 23:59 local = 21:59Z. A due date
    // with its time keeps it (17:30 local = 16:30Z). Before: 2026-03-09T23:00Z and 2026-03-28T23:00Z.
    expect(rows.map((r) => r.slaResolutionDueAt)).toEqual([Date.UTC(2026, 2, 10, 22, 59), Date.UTC(2026, 2, 29, 21, 59), Date.UTC(2026, 2, 12, 16, 30), null]);
    // The opening instant of a day-only file is not moved: only deadlines are.
    const opened = ticketRows(readTickets('Ticket,Opened\nA,2026-03-10\n', { mapping: { columns: { id: 'Ticket', openedAt: 'Opened' }, values: {} }, timezone: 'UTC' }).table);
    expect(opened[0]!.openedAt).toBe(Date.UTC(2026, 2, 10));
  });

  // Dotted dates (German, Dutch, Nordic exports: `10.03.2026`; year first `2026.03.10`) and ISO,
  // each with and without a time, in the policy zone. Hand computation: 10 March 2026 is winter
  // time in Paris (UTC+1): a day alone is due until 23:59 local = 22:59Z (UTC: 23:59Z); 14:30
  // local = 13:30Z (UTC: 14:30Z). Before, `2026.03.10` was taken for an Excel serial with a
  // fraction of a day ("2026.03…"), so for a time of day: due from its midnight (23:00Z the day before).
  const DOTTED = ['10.03.2026', '2026.03.10', '2026-03-10', '10.03.2026 14:30', '2026.03.10 14:30', '2026-03-10 14:30', '2026-03-10T14:30:00', '2026-03-10T14:30:00+01:00'];
  it.each([
    ['Europe/Paris', [22, 59], [13, 30]],
    ['UTC', [23, 59], [14, 30]],
  ] as const)('reads dotted and ISO due days at the end of the day, and their times as written (%s)', (timezone, [endH, endM], [h, m]) => {
    const csv = ['Ticket,Opened,Due', ...DOTTED.map((due, i) => `T${i},2026-03-09 09:00,${due}`)].join('\n');
    const { table, quality } = readTickets(csv, { mapping: { columns: { id: 'Ticket', openedAt: 'Opened', slaResolutionDueAt: 'Due' }, values: {} }, timezone });
    // 10.03 may be day-first or month-first: read day-first, as the file never settles it, and said.
    expect(quality.issues.map((issue) => `${issue.row}:${issue.code}`)).toEqual(['2:ambiguous-date', '5:ambiguous-date']);
    const end = Date.UTC(2026, 2, 10, endH, endM);
    const timed = Date.UTC(2026, 2, 10, h, m);
    // The last one carries its offset (+01:00): 13:30Z whatever the policy zone.
    expect(ticketRows(table).map((r) => r.slaResolutionDueAt)).toEqual([end, end, end, timed, timed, timed, timed, Date.UTC(2026, 2, 10, 13, 30)]);
  });

  it('follows a declared format: a time without a colon (dd.MM.yyyy HH.mm) is a time, a format without hours gives days', () => {
    const read = (dateFormat: string, due: string) =>
      ticketRows(readTickets(`Ticket,Opened,Due\nA,${due},${due}\n`, { mapping: { dateFormat, columns: { id: 'Ticket', openedAt: 'Opened', slaResolutionDueAt: 'Due' }, values: {} }, timezone: 'Europe/Paris' }).table)[0]!;
    // 14.30 Paris (UTC+1) = 13:30Z; before, without a colon it was read as a day alone (22:59Z).
    expect(read('dd.MM.yyyy HH.mm', '10.03.2026 14.30').slaResolutionDueAt).toBe(Date.UTC(2026, 2, 10, 13, 30));
    expect(read("dd.MM.yyyy 'um' HH.mm", '10.03.2026 um 14.30').slaResolutionDueAt).toBe(Date.UTC(2026, 2, 10, 13, 30));
    // A format of days: the end of the day (22:59Z), even where a cell's text would look like a serial.
    expect(read('yyyy.MM.dd', '2026.03.10').slaResolutionDueAt).toBe(Date.UTC(2026, 2, 10, 22, 59));
  });

  it('reads a day-first due day the file settles late (day/month order decided from the whole file) at the end of its day', () => {
    const csv = ['Ticket,Opened,Due', 'A,02/03/2026 09:00,03/03/2026', 'B,04/03/2026 09:00,05/03/2026', 'C,20/03/2026 09:00,21/03/2026'].join('\n');
    const rows = ticketRows(readTickets(csv, { mapping: { columns: { id: 'Ticket', openedAt: 'Opened', slaResolutionDueAt: 'Due' }, values: {} }, timezone: 'UTC' }).table);
    expect(rows.map((r) => r.slaResolutionDueAt)).toEqual([Date.UTC(2026, 2, 3, 23, 59), Date.UTC(2026, 2, 5, 23, 59), Date.UTC(2026, 2, 21, 23, 59)]);
  });
});
