import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { zipSync } from 'fflate';
import { ticketRows } from '../model/tables.js';
import { readTicketsFile } from '../node/index.js';
import { buildWorkbook, cell, ref, row, serialOf, workbookParts, zammadSampleWorkbook, zipParts, type WorkbookSpec } from '../../test/xlsx-workbook.js';
import { parseCsv } from './csv.js';
import { readTickets } from './read.js';
import { classifyNumberFormat, readXlsx, scanXlsx, sniffWorkbook, xlsxToCsv } from './xlsx.js';
import { thrown } from '../../test/thrown.js';

const NOW = Date.UTC(2026, 3, 1); // "now" for the future-date flag
const utc = (iso: string) => Date.parse(iso);
const SAMPLE = new URL('../../../../fixtures/samples/zammad-tickets.xlsx', import.meta.url);

/** The records of a workbook as `line: cells` (cells joined with `|`). */
function lines(spec: WorkbookSpec): string[] {
  return readXlsx(buildWorkbook(spec)).records.map((r) => `${r.line}: ${r.cells.join('|')}`);
}

/** The text of cell A1 of a one-cell sheet whose value `v` has number format `numFmtId`. */
function shown(value: number | string, format: number | string, date1904 = false): string {
  const custom = typeof format === 'string';
  const spec: WorkbookSpec = {
    sheetData: row(1, cell.n('A1', value, 1)),
    cellXfs: [0, custom ? 164 : format],
    date1904,
    ...(custom ? { numFmts: { 164: format } } : {}),
  };
  return readXlsx(buildWorkbook(spec)).records[0]!.cells[0]!;
}

describe('classifyNumberFormat', () => {
  it.each([
    ['yyyy-mm-dd hh:mm:ss', { date: true, time: true, elapsed: false }], // Zammad's format
    ['yyyy\\-mm\\-dd', { date: true, time: false, elapsed: false }], // escaped separators
    ['dd/mm/yyyy', { date: true, time: false, elapsed: false }],
    ['mmm-yy', { date: true, time: false, elapsed: false }], // m without h or s: month
    ['h:mm', { date: false, time: true, elapsed: false }], // m after h: minutes
    ['mm:ss', { date: false, time: true, elapsed: false }], // m before s: minutes
    ['[h]:mm:ss', { date: false, time: true, elapsed: true }], // elapsed hours
    ['h:mm AM/PM', { date: false, time: true, elapsed: false }], // the m of AM/PM is no token
    ['[$-409]d-mmm-yyyy;@', { date: true, time: false, elapsed: false }], // locale bracket dropped
    ['[Red]0.00', { date: false, time: false, elapsed: false }], // colour bracket, digits only
    ['0.00" days"', { date: false, time: false, elapsed: false }], // d, y, s inside quotes
    ['#,##0\\ "hrs"', { date: false, time: false, elapsed: false }],
    ['General', { date: false, time: false, elapsed: false }],
    ['0.0_);[Red](0.0)', { date: false, time: false, elapsed: false }],
  ])('%s', (code, kind) => {
    expect(classifyNumberFormat(code)).toEqual(kind);
  });
});

describe('readXlsx — cell values', () => {
  it('reads shared strings: plain, rich text runs joined, phonetic runs left out, entities, escapes, preserved spaces', () => {
    const sst =
      '<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      '<si><t>plain</t></si>' +
      // Rich text: "Mail " (bold) + "server down" — the run's leading space kept by xml:space.
      '<si><r><rPr><b/><sz val="11"/></rPr><t xml:space="preserve">Mail </t></r><r><t>server down</t></r></si>' +
      // Phonetic guide (furigana) is not part of the cell's text.
      '<si><t>漢字</t><rPh sb="0" eb="2"><t>かんじ</t></rPh><phoneticPr fontId="1"/></si>' +
      '<si><t>R&amp;D &lt;b&gt; &quot;x&quot; &apos;y&apos; &#233;t&#xE9; &#x1F600;</t></si>' +
      // OOXML escapes: _x000D_ is a CR, _x005F_ a literal underscore that protects "_x0041_".
      '<si><t>line1_x000D_\nline2 _x005F_x0041_</t></si>' +
      '<si/><si><t/></si>' +
      '<si><t><![CDATA[a < b & c]]></t></si>' +
      '</sst>';
    const sheetData = row(1, [0, 1, 2, 3, 4, 5, 6, 7].map((i) => cell.s(ref(i, 1), i)).join(''));
    const { records } = readXlsx(buildWorkbook({ sheetData, sharedStringsXml: sst }));
    expect(records).toEqual([
      { line: 1, cells: ['plain', 'Mail server down', '漢字', `R&D <b> "x" 'y' été 😀`, 'line1\r\nline2 _x0041_', '', '', 'a < b & c'] },
    ]);
  });

  it('reads inline strings (also rich), formula string results, booleans, errors and numbers', () => {
    const sheetData = row(
      1,
      cell.inline('A1', 'inline & co') +
        '<c r="B1" t="inlineStr"><is><r><t>rich </t></r><r><rPr><i/></rPr><t>inline</t></r></is></c>' +
        cell.str('C1', 'A1&"!"', 'inline & co!') +
        '<c r="D1" t="b"><v>1</v></c><c r="E1" t="b"><v>0</v></c>' +
        '<c r="F1" t="e"><f>1/0</f><v>#DIV/0!</v></c>' +
        cell.n('G1', 31001) +
        cell.n('H1', '0.30000000000000004') + // 0.1 + 0.2 as a writer prints it; Excel keeps 15 digits: 0.3
        cell.n('I1', '-1234.5') +
        cell.n('J1', '1.5E-3') +
        '<c r="K1"><f>SUM(G1:I1)</f><v>29766.8</v></c>',
    );
    expect(lines({ sheetData })).toEqual(['1: inline & co|rich inline|inline & co!|TRUE|FALSE|#DIV/0!|31001|0.3|-1234.5|0.0015|29766.8']);
  });

  it('fills gaps: missing cells are empty, blank rows cost nothing (left out), a row ends at its last filled cell', () => {
    const sheetData =
      row(1, cell.inline('A1', 'a') + cell.inline('C1', 'c')) + // B1 missing
      row(2, '<c r="A2" s="0"/>') + // a styled but empty row: blank
      row(5, cell.inline('B5', 'b')) + // rows 3 and 4 missing
      '<row r="6"/>' +
      row(9, '<c r="A9"/>'); // trailing empties: dropped
    // Rows 2–4 are blank: the scan counts them (blankBefore: 3 on row 5) instead of handing them over.
    expect(lines({ sheetData })).toEqual(['1: a||c', '5: |b']);
    const blanks: number[] = [];
    scanXlsx(buildWorkbook({ sheetData }), {}, (r) => void blanks.push(r.blankBefore ?? -1));
    expect(blanks).toEqual([0, 3]);
  });

  it('numbers rows and cells without r attributes by position, and reads namespace-prefixed XML', () => {
    const parts = workbookParts({ sheetData: '' });
    parts['xl/worksheets/sheet1.xml'] =
      '<x:worksheet xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><x:sheetData>' +
      '<x:row><x:c t="inlineStr"><x:is><x:t>a</x:t></x:is></x:c><x:c><x:v>1</x:v></x:c></x:row>' +
      '<x:row><x:c r="B2"><x:v>2</x:v></x:c></x:row>' +
      '</x:sheetData></x:worksheet>';
    expect(readXlsx(zipParts(parts)).records).toEqual([
      { line: 1, cells: ['a', '1'] },
      { line: 2, cells: ['', '2'] },
    ]);
  });

  it('reads the first visible sheet, found through the workbook relationships', () => {
    const { records, sheet } = readXlsx(
      buildWorkbook({
        sheetsBefore: [{ name: 'Notes', state: 'hidden', sheetData: row(1, cell.inline('A1', 'hidden notes')) }],
        sheetName: 'Data',
        sheetPath: 'xl/worksheets/data.xml',
        sheetData: row(1, cell.inline('A1', 'id')),
      }),
    );
    expect(sheet).toBe('Data');
    expect(records).toEqual([{ line: 1, cells: ['id'] }]);
  });
});

describe('readXlsx — dates', () => {
  // Serials: the Excel "DATE" doc gives 2008-01-01 = 39448; "Date systems in Excel" gives
  // 2011-07-05 = 40729 (1900 system) = 39267 (1904 system). By hand: 2026-01-01 = 39448 +
  // 18 × 365 + 5 leap days (2008, 2012, 2016, 2020, 2024) = 46023, so 2026-03-02 = 46023 + 31 +
  // 28 + 1 = 46083 and 46085.375 = 2026-03-04 09:00 (`serialOf` agrees).
  it.each([
    [39448, 14, '2008-01-01'], // m/d/yyyy, whole day: date only
    [40729, 14, '2011-07-05'],
    [46083, 14, '2026-03-02'],
    [46083.375, 14, '2026-03-02 09:00:00'], // date-only format but a time part: kept (0.375 d = 9 h)
    [46083.34375, 22, '2026-03-02 08:15:00'], // m/d/yyyy h:mm (0.34375 d = 8 h 15 min)
    [46083, 22, '2026-03-02 00:00:00'], // the format shows a time: midnight written out
    [46085.375, 'yyyy-mm-dd hh:mm:ss', '2026-03-04 09:00:00'], // custom format (Zammad's)
    [46083.5, 'dd/mm/yyyy', '2026-03-02 12:00:00'],
    [46083.99999999, 'yyyy-mm-dd hh:mm:ss', '2026-03-03 00:00:00'], // 86399.99914 s rounds to the next day
    [46083.000005, 22, '2026-03-02 00:00:00'], // 0.432 s rounds down
    [0.5, 21, '12:00:00'], // h:mm:ss, a time of day
    [0.34375, 20, '08:15:00'],
    [1.5, 46, '36:00:00'], // [h]:mm:ss, a duration over a day
    [0.0625, '[h]:mm', '01:30:00'],
  ])('serial %s in format %s → %s', (value, format, text) => {
    expect(shown(value, format)).toBe(text);
  });

  it('keeps the 1900 leap-year bug: 59 = 1900-02-28, 60 = the fictitious 1900-02-29, 61 = 1900-03-01', () => {
    // Serial 1 = 1900-01-01 (Excel's day 1); 60 does not exist as a date and stays unparseable text.
    expect([1, 59, 60, 61].map((v) => shown(v, 14))).toEqual(['1900-01-01', '1900-02-28', '1900-02-29', '1900-03-01']);
    expect(shown(60.5, 22)).toBe('1900-02-29 12:00:00');
  });

  it('honours the 1904 date system', () => {
    // "Date systems in Excel": 2011-07-05 is 39267 in the 1904 system; 0 is 1904-01-01.
    expect(shown(39267, 14, true)).toBe('2011-07-05');
    expect(shown(0, 14, true)).toBe('1904-01-01');
    expect(shown(40908.5, 22, true)).toBe('2016-01-01 12:00:00'); // published: 12 p.m. on January 1, 2016
  });

  it('leaves numbers that are not dates as numbers: general format, negative or beyond 9999-12-31', () => {
    expect(shown(46083.5, 0)).toBe('46083.5');
    expect(shown(-1, 14)).toBe('-1');
    expect(shown(2958466, 14)).toBe('2958466'); // 9999-12-31 is 2958465
    expect(shown(2958465, 14)).toBe('9999-12-31');
  });

  it('reads back what a writer wrote, for any second from 1900-03-01 to 9999-12-31 (property)', () => {
    const last = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;
    const instants = (first: number) => fc.array(fc.integer({ min: first / 1000, max: last }), { minLength: 1, maxLength: 20 });
    const cases = fc.oneof(
      fc.tuple(instants(Date.UTC(1900, 2, 1)), fc.constant(false)), // 1900 system: after the fictitious 1900-02-29
      fc.tuple(instants(Date.UTC(1904, 0, 1)), fc.constant(true)), // 1904 system: from its day 0
    );
    fc.assert(
      fc.property(cases, ([seconds, date1904]) => {
        const texts = seconds.map((s) => new Date(s * 1000).toISOString().slice(0, 19).replace('T', ' '));
        const values = texts.map((t) => serialOf(t, date1904));
        const sheetData = values.map((v, i) => row(i + 1, cell.n(`A${i + 1}`, v, 1))).join('');
        const { records } = readXlsx(buildWorkbook({ sheetData, cellXfs: [0, 22], date1904 }, 0));
        expect(records.map((r) => r.cells[0])).toEqual(texts);
      }),
      { numRuns: 60 },
    );
  });
});

describe('xlsxToCsv', () => {
  it('writes one CSV line per Excel row, quoting as RFC 4180', () => {
    const book = buildWorkbook({ sheetData: row(1, cell.inline('A1', 'id') + cell.inline('B1', 'title')) + row(3, cell.n('A3', 7) + cell.inline('B3', 'a "b", c')) });
    expect(xlsxToCsv(book)).toBe('id,title\n\n7,"a ""b"", c"\n');
  });

  it('round-trips any grid of strings through shared or inline strings (property)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'é', ' ', ',', '"', '\n', '&', '<', '>', "'", '_', 'x', '0', '😀'), maxLength: 8 });
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 3, maxLength: 3 }), { minLength: 1, maxLength: 6 }), fc.boolean(), (grid, inline) => {
        const rows = grid.map((r) => ['k', ...r]); // a filled first column: no row is blank
        const strings = rows.flat();
        const sheetData = rows.map((r, i) => row(i + 1, r.map((v, c) => (inline ? cell.inline(ref(c, i + 1), v) : cell.s(ref(c, i + 1), i * 4 + c))).join(''))).join('');
        const book = buildWorkbook({ sheetData, sharedStrings: strings });
        // A line ends at its row's last filled cell.
        const trimmed = rows.map((r) => {
          const cells = [...r];
          while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
          return cells;
        });
        expect(parseCsv(xlsxToCsv(book), { delimiter: ',' }).records.map((r) => r.cells)).toEqual(trimmed);
      }),
      { numRuns: 100 },
    );
  });
});

describe('sniffWorkbook and refusals', () => {
  const ole2 = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);

  it('tells workbooks from CSV, plain ZIPs and OLE2 files', () => {
    expect(sniffWorkbook(buildWorkbook({ sheetData: '' }))).toBe('xlsx');
    expect(sniffWorkbook(new TextEncoder().encode('id,openedAt\n'))).toBeNull();
    expect(sniffWorkbook(zipSync({ 'tickets.csv': new TextEncoder().encode('id\n') }))).toBeNull();
    expect(sniffWorkbook(ole2)).toBe('ole2');
  });

  it('refuses an old .xls or encrypted workbook with a clear message', () => {
    const error = thrown(() => readTickets(ole2, { fileName: 'tickets.xls' }));
    expect(error.code).toBe('old-excel');
    expect(error.message).toBe('tickets.xls is an old Excel .xls or a password-protected workbook; save it as .xlsx or CSV');
  });

  it('still refuses a ZIP that is not a workbook as not CSV', () => {
    const zip = zipSync({ 'tickets.csv': new TextEncoder().encode('id,openedAt\nT1,2026-03-02 08:15\n') });
    expect(thrown(() => readTickets(zip)).code).toBe('not-csv');
  });

  it('refuses a sheet larger than maxBytes uncompressed, from the ZIP directory (before inflating)', () => {
    const sheetData = Array.from({ length: 2000 }, (_, i) => row(i + 1, cell.n(`A${i + 1}`, 1))).join('');
    const book = buildWorkbook({ sheetData });
    const parts = workbookParts({ sheetData });
    const size = (path: string) => new TextEncoder().encode(parts[path]!).length;
    const inflated = size('xl/worksheets/sheet1.xml') + size('xl/sharedStrings.xml');
    expect(book.length).toBeLessThan(20_000); // compresses well: the zipped file passes the byte check
    const error = thrown(() => readTickets(book, { fileName: 't.xlsx', maxBytes: 20_000 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toBe(`t.xlsx: its first sheet and shared strings are ${inflated} bytes uncompressed, more than the limit of 20000`);
  });

  it('refuses a workbook without a worksheet', () => {
    const book = zipParts({ ...workbookParts({ sheetData: '' }), 'xl/worksheets/sheet1.xml': new Uint8Array(0) });
    const parts = workbookParts({ sheetData: '' });
    delete parts['xl/worksheets/sheet1.xml'];
    expect(readXlsx(book).records).toEqual([]);
    const error = thrown(() => readTickets(zipParts(parts), { fileName: 't.xlsx' }));
    expect(error).toMatchObject({ code: 'bad-xlsx', message: 't.xlsx is not a readable .xlsx workbook (no worksheet); save it again as .xlsx or CSV' });
  });
});

describe('readTickets on .xlsx', () => {
  it('reads a Zammad report: title and blank rows skipped, preset zammad, values and Excel row numbers', () => {
    const bytes = zammadSampleWorkbook();
    const { table, quality } = readTickets(bytes, { fileName: 'zammad.xlsx', timezone: 'Europe/Paris', now: NOW });
    const rows = ticketRows(table);
    // Row 1 title (skipped), row 2 empty and row 12 empty (blank), row 3 header, rows 4–11
    // tickets, row 13 the "Timezone:" footer (rejected: it has no Created At).
    expect(quality).toMatchObject({ preset: { name: 'zammad' }, skippedBeforeHeader: 1, blank: 2, rowsRead: 9, accepted: 8, rejected: 1, reasons: { 'required-missing': 1 } });
    expect(quality.issues.filter((i) => i.severity === 'rejected').map((i) => i.message)).toEqual(['zammad.xlsx row 13, Created At: required field openedAt is empty']);
    // 31001: Created At 46083.34375 = 2026-03-02 08:15 in Paris (CET, UTC+1) = 07:15Z;
    // First Response At 08:30 local = 07:30Z; Closed At 10:00 local = 09:00Z.
    expect(rows[0]).toMatchObject({
      id: '31001', title: 'Printer jam on floor 2', status: 'closed', priority: 'P3', category: 'Users', client: 'Bistro',
      openedAt: utc('2026-03-02T07:15:00Z'), firstResponseAt: utc('2026-03-02T07:30:00Z'), closedAt: utc('2026-03-02T09:00:00Z'),
      effortMinutes: 35, slaResponseDueAt: utc('2026-03-02T08:15:00Z'), slaResolutionDueAt: utc('2026-03-02T15:15:00Z'),
    });
    // 31002: "3 high" → P2; Created At 46084.319444… (07:40 local, rounded to the second) = 06:40Z.
    expect(rows[1]).toMatchObject({ id: '31002', priority: 'P2', openedAt: utc('2026-03-03T06:40:00Z'), effortMinutes: 90 });
    // 31005: Time Units Total and Closed At not written (Zammad skips blank values): empty.
    expect(rows[4]).toMatchObject({ id: '31005', effortMinutes: null, closedAt: null, firstResponseAt: null });
  });

  it('reads the same tickets from the .xlsx as from the CSV sample', () => {
    const csv = readFileSync(new URL('../../../../fixtures/samples/zammad-tickets.csv', import.meta.url), 'utf8');
    const fromCsv = ticketRows(readTickets(csv, { timezone: 'Europe/Paris', now: NOW }).table);
    const fromXlsx = ticketRows(readTickets(zammadSampleWorkbook(), { timezone: 'Europe/Paris', now: NOW }).table);
    expect(fromXlsx).toEqual(fromCsv);
  });

  it('locates warnings by Excel row even after gaps and multi-line cells', () => {
    const strings = ['id', 'openedAt', 'closedAt', 'title', 'T1', 'T2', 'two\nlines\nof title', 'soon'];
    const sheetData =
      row(1, [0, 1, 2, 3].map((i) => cell.s(ref(i, 1), i)).join('')) +
      row(2, cell.s('A2', 4) + cell.n('B2', serialOf('2026-03-02 08:15:00'), 1) + cell.s('D2', 6)) +
      // Rows 3–16 absent; in a CSV export the line break in D2 would shift every later line.
      row(17, cell.s('A17', 5) + cell.n('B17', serialOf('2026-03-03 10:00:00'), 1) + cell.s('C17', 7));
    const book = buildWorkbook({ sheetData, sharedStrings: strings, numFmts: { 165: 'dd/mm/yyyy hh:mm' }, cellXfs: [0, 165] });
    const { table, quality } = readTickets(book, { fileName: 'tickets.xlsx', now: NOW });
    expect(quality).toMatchObject({ preset: { name: 'canonical' }, rowsRead: 2, accepted: 2, blank: 14 });
    expect(quality.issues.map((i) => i.message)).toEqual(['tickets.xlsx row 17, closedAt: "soon" is not a date']);
    expect(ticketRows(table).map((r) => [r.id, r.openedAt, r.title])).toEqual([
      ['T1', utc('2026-03-02T08:15:00Z'), 'two\nlines\nof title'], // UTC by default
      ['T2', utc('2026-03-03T10:00:00Z'), null],
    ]);
  });

  it('streams a sheet larger than one decoding chunk (8 MiB) and reports progress', () => {
    const count = 60_000;
    const strings = ['id', 'openedAt', 'title'];
    let sheetData = row(1, [0, 1, 2].map((i) => cell.s(ref(i, 1), i)).join(''));
    const filler = 'x'.repeat(100);
    for (let i = 0; i < count; i++) {
      const line = i + 2;
      sheetData += row(line, cell.inline(`A${line}`, `T${i}`) + cell.n(`B${line}`, 46083 + i / 1440, 1) + cell.inline(`C${line}`, filler));
    }
    expect(sheetData.length).toBeGreaterThan(1 << 23); // more than one chunk
    const progress: number[] = [];
    const { table, quality } = readTickets(buildWorkbook({ sheetData, sharedStrings: strings, cellXfs: [0, 22] }, 0), { now: Date.UTC(2027, 0, 1), onProgress: (f) => progress.push(f) });
    expect(quality).toMatchObject({ rowsRead: count, accepted: count, issues: [] });
    // Last ticket: serial 46083 + 59999/1440 days = 2026-03-02 + 41 days 15 h 59 min = 2026-04-12 15:59 (UTC).
    const rows = ticketRows(table);
    expect(rows[count - 1]).toMatchObject({ id: `T${count - 1}`, openedAt: utc('2026-04-12T15:59:00Z') });
    expect(progress.length).toBeGreaterThan(1);
    expect(progress[progress.length - 1]).toBe(1);
  });
});

describe('the committed sample fixtures/samples/zammad-tickets.xlsx', () => {
  it('is byte-identical to what the test helper generates', () => {
    const generated = zammadSampleWorkbook();
    if (process.env['REVUE_WRITE_SAMPLES'] === '1') writeFileSync(SAMPLE, generated);
    expect(existsSync(SAMPLE)).toBe(true);
    const committed = new Uint8Array(readFileSync(SAMPLE));
    if (Buffer.compare(committed, generated) !== 0) writeFileSync(new URL('zammad-tickets-changed.xlsx', SAMPLE), generated);
    expect(Buffer.compare(committed, generated)).toBe(0);
  });

  it('reads through readTickets(bytes) and readTicketsFile(path) alike', () => {
    const bytes = new Uint8Array(readFileSync(SAMPLE));
    const fromBytes = readTickets(bytes, { fileName: 'zammad-tickets.xlsx', timezone: 'Europe/Paris', now: NOW });
    const fromFile = readTicketsFile(SAMPLE.pathname, { timezone: 'Europe/Paris', now: NOW });
    expect(fromFile.quality).toEqual(fromBytes.quality);
    expect(fromBytes.quality).toMatchObject({ file: 'zammad-tickets.xlsx', preset: { name: 'zammad' }, accepted: 8 });
    expect(ticketRows(fromFile.table)).toEqual(ticketRows(fromBytes.table));
  });
});

