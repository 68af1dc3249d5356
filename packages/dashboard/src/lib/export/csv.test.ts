import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { exportedFigure } from './cells.js';
import { cellText, columnHeader, csvConvention, neutraliseCell, quoteCell, toCsv, type CsvColumn } from './csv.js';

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
  it('writes numbers rounded and never neutralises them', () => {
    // A negative number is a figure: the spreadsheet must read it as -2.5, not as text.
    expect(cellText(-2.5)).toBe('-2.5');
    // Without a unit a number keeps 2 decimals: 0.934 → 0.93.
    expect(cellText(0.934)).toBe('0.93');
  });

  it('rounds each unit sensibly, never a raw float (issue 12: 1302.8259138671747)', () => {
    expect(cellText(1302.8259138671747, 'money')).toBe('1302.83');
    expect(cellText(1302.8259138671747, 'hours')).toBe('1302.8');
    expect(cellText(41.6, 'count')).toBe('42');
    // A ratio is written as a percentage with 1 decimal: 0.93456 × 100 = 93.456 → 93.5.
    expect(cellText(0.93456, 'percent')).toBe('93.5');
    expect(cellText(-0.00001, 'hours')).toBe('0');
  });

  it('writes the decimal comma of the French convention, without thousands separators', () => {
    expect(cellText(1302.8259138671747, 'money', { decimal: ',' })).toBe('1302,83');
    expect(cellText(12345.25, 'hours', { decimal: ',' })).toBe('12345,3');
    expect(cellText(-2.5, 'number', { decimal: ',' })).toBe('-2,5');
  });

  it('writes instants as the local date or date and time of the time zone, without a UTC shift of the day', () => {
    // 22:30 UTC on 30 Sept 2026 is 00:30 on 1 Oct in Paris (UTC+2, summer time).
    expect(cellText('2026-09-30T22:30:00.000Z', 'datetime', { timeZone: 'Europe/Paris' })).toBe('2026-10-01 00:30');
    expect(cellText('2026-09-30T22:30:00.000Z', 'date', { timeZone: 'Europe/Paris' })).toBe('2026-10-01');
    // …and still 30 Sept, 19:30 in São Paulo (UTC−3).
    expect(cellText('2026-09-30T22:30:00.000Z', 'datetime', { timeZone: 'America/Sao_Paulo' })).toBe('2026-09-30 19:30');
    // A calendar date names a day: never shifted, whatever the zone.
    expect(cellText('2026-11-14', 'date', { timeZone: 'America/Sao_Paulo' })).toBe('2026-11-14');
    // Text that is not a date stays text (neutralised).
    expect(cellText('=1+1', 'date')).toBe("'=1+1");
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
    // 1_767_225_600_000 ms = 2026-01-01T00:00:00Z (20454 days × 86 400 000 ms): 01:00 in Paris.
    expect(cellText(new Date(1_767_225_600_000))).toBe('2026-01-01 00:00');
    expect(cellText(new Date(1_767_225_600_000), 'datetime', { timeZone: 'Europe/Paris' })).toBe('2026-01-01 01:00');
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

  it('writes French CSV with ; and a decimal comma, English with , and a point', () => {
    const columns: CsvColumn[] = [
      { field: 'client', label: 'Client' },
      { field: 'hours', label: 'Lost', unit: 'hours' },
      { field: 'adherence', label: 'Adherence', unit: 'percent' },
    ];
    const rows = [{ client: 'Bistro; Nord', hours: 1302.8259138671747, adherence: 0.9345 }];
    expect(toCsv(rows, columns, { ...csvConvention('fr'), bom: false })).toBe('Client;Lost (h);Adherence (%)\r\n"Bistro; Nord";1302,8;93,5\r\n');
    expect(toCsv(rows, columns, { ...csvConvention('en'), bom: false })).toBe('Client,Lost (h),Adherence (%)\r\nBistro; Nord,1302.8,93.5\r\n');
  });

  it('marks demo data with a first column, keeping the header the first line', () => {
    const text = toCsv([{ title: 'a', hours: 1 }], COLUMNS, { bom: false, demo: { header: 'Data', value: 'Demo data' } });
    expect(text).toBe('Data,Title,Hours\r\nDemo data,a,1\r\n');
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
          // Unit-less numbers keep 2 decimals (exportedFigure), read back as the same number.
          expect(cells[1]).toBe(r.hours === null ? '' : String(exportedFigure(r.hours, 'number')));
          // No text cell can start a formula once read back by a spreadsheet.
          expect('=+@\t\r'.includes(cells[0]![0] ?? 'x') || (cells[0]![0] === '-')).toBe(false);
        });
      }),
    );
  });
});

describe('columnHeader', () => {
  it('names the unit of percentages and hours once', () => {
    expect(columnHeader({ field: 'a', label: 'Adherence', unit: 'percent' })).toBe('Adherence (%)');
    expect(columnHeader({ field: 'a', label: 'Elapsed', unit: 'hours' })).toBe('Elapsed (h)');
    expect(columnHeader({ field: 'a', label: 'Elapsed (h)', unit: 'hours' })).toBe('Elapsed (h)');
    expect(columnHeader({ field: 'a', label: 'Client' })).toBe('Client');
  });
});

describe('csvConvention', () => {
  it('follows the language', () => {
    expect(csvConvention('fr', 'Europe/Paris')).toEqual({ delimiter: ';', decimal: ',', timeZone: 'Europe/Paris' });
    expect(csvConvention('en')).toEqual({ delimiter: ',', decimal: '.', timeZone: 'UTC' });
  });
});
