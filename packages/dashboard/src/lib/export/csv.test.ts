import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cellText, neutraliseCell, quoteCell, toCsv, type CsvColumn } from './csv.js';

/**
 * A second, independent RFC 4180 reader (a character state machine) used to read back what
 * `toCsv` writes: cells are split on the delimiter outside quotes, `""` inside quotes is a quote.
 */
function parseCsv(text: string, delimiter = ','): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || row.length > 0) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

const COLUMNS: CsvColumn[] = [
  { field: 'title', label: 'Title' },
  { field: 'hours', label: 'Hours' },
];

describe('neutraliseCell', () => {
  // The six leading characters named by OWASP "CSV Injection" (and by the issue): = + - @ TAB CR.
  it.each([
    ['=1+1', "'=1+1"],
    ['+33 1 23 45 67 89', "'+33 1 23 45 67 89"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A2)', "'@SUM(A1:A2)"],
    ['\t=1', "'\t=1"],
    ['\r=1', "'\r=1"],
    ['=HYPERLINK("http://evil.example","click")', `'=HYPERLINK("http://evil.example","click")`],
  ])('prefixes %j with a single quote', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['Printer jam', '', ' =1', "'=already", 'a=b', '1-2', 'Écran noir'])('leaves %j unchanged', (input) => {
    // None of these starts with a formula character (a leading space or quote is not one).
    expect(neutraliseCell(input)).toBe(input);
  });

  it('never leaves a formula character first (property)', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = neutraliseCell(s);
        expect('=+-@\t\r'.includes(out[0] ?? 'x')).toBe(false);
        // Only ever adds one quote in front, never alters the rest.
        expect(out === s || out === `'${s}`).toBe(true);
      }),
    );
  });
});

describe('cellText', () => {
  it('writes numbers raw and never neutralises them', () => {
    // A negative number is a figure: the spreadsheet must read it as -2.5, not as text.
    expect(cellText(-2.5)).toBe('-2.5');
    expect(cellText(0.934)).toBe('0.934');
  });

  it('writes missing figures as empty cells, never 0', () => {
    expect([cellText(null), cellText(undefined), cellText(Number.NaN), cellText(Infinity)]).toEqual(['', '', '', '']);
  });

  it('neutralises text that looks like a number or formula', () => {
    expect(cellText('-2.5')).toBe("'-2.5");
    expect(cellText('=cmd|" /C calc"!A0')).toBe(`'=cmd|" /C calc"!A0`);
  });

  it('writes booleans, dates and arrays', () => {
    expect(cellText(true)).toBe('true');
    // 1_767_225_600_000 ms = 2026-01-01T00:00:00Z (20454 days × 86 400 000 ms).
    expect(cellText(new Date(1_767_225_600_000))).toBe('2026-01-01T00:00:00.000Z');
    expect(cellText(['T-1', 'T-2'])).toBe('T-1 T-2');
    expect(cellText(['=1', 'T-2'])).toBe("'=1 T-2");
  });
});

describe('quoteCell', () => {
  it('quotes delimiters, quotes and line breaks (RFC 4180 §2.6–2.7)', () => {
    expect(quoteCell('a "b", c', ',')).toBe('"a ""b"", c"');
    expect(quoteCell('line 1\nline 2', ',')).toBe('"line 1\nline 2"');
    expect(quoteCell('a;b', ';')).toBe('"a;b"');
    expect(quoteCell('a;b', ',')).toBe('a;b');
    expect(quoteCell('plain', ',')).toBe('plain');
  });
});

describe('toCsv', () => {
  it('writes a header and one line per row, with a BOM by default', () => {
    const text = toCsv([{ title: 'Printer jam', hours: 12.5 }, { title: 'VPN, down', hours: null }], COLUMNS);
    // By hand: BOM, header, row 1 as is, row 2 quoted (comma) with an empty hours cell.
    expect(text).toBe('\ufeffTitle,Hours\r\nPrinter jam,12.5\r\n"VPN, down",\r\n');
  });

  it('neutralises injected titles and headers', () => {
    const text = toCsv([{ title: '=HYPERLINK("http://x","y")', hours: 1 }], [{ field: 'title', label: '@Title' }, COLUMNS[1]!], { bom: false });
    // The title cell: quote prefix, then RFC 4180 quoting because it holds quotes and a comma.
    expect(text).toBe(`'@Title,Hours\r\n"'=HYPERLINK(""http://x"",""y"")",1\r\n`);
  });

  it('supports ; and \\n', () => {
    expect(toCsv([{ title: 'a;b', hours: 2 }], COLUMNS, { delimiter: ';', newline: '\n', bom: false })).toBe('Title;Hours\n"a;b";2\n');
  });

  it('reads back, cell for cell, as the neutralised values (property, second implementation)', () => {
    const row = fc.record({ title: fc.string(), hours: fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.constant(null)) });
    fc.assert(
      fc.property(fc.array(row, { maxLength: 8 }), (rows) => {
        const parsed = parseCsv(toCsv(rows, COLUMNS, { bom: false }));
        expect(parsed[0]).toEqual(['Title', 'Hours']);
        expect(parsed.length).toBe(rows.length + 1);
        rows.forEach((r, i) => {
          const cells = parsed[i + 1]!;
          expect(cells[0]).toBe(neutraliseCell(r.title));
          expect(cells[1]).toBe(r.hours === null ? '' : String(r.hours));
          // No text cell can start a formula once read back by a spreadsheet.
          expect('=+@\t\r'.includes(cells[0]![0] ?? 'x') || (cells[0]![0] === '-')).toBe(false);
        });
      }),
    );
  });
});
