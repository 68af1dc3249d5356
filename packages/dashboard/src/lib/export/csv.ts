import { saveBlob } from './download.js';

/** One column of a CSV export: the row field it reads and its header text. */
export interface CsvColumn {
  field: string;
  label: string;
}

/** A row of a CSV export: plain values; anything else is written with `String()`. */
export type CsvRow = Readonly<Record<string, unknown>>;

export interface CsvOptions {
  /** Cell separator. Default `,`; `;` suits spreadsheets in locales with a decimal comma. */
  delimiter?: ',' | ';' | '\t';
  /** Line ending. Default `\r\n` (RFC 4180). */
  newline?: '\r\n' | '\n';
  /** Start with a UTF-8 byte-order mark so that Excel reads accents right. Default true. */
  bom?: boolean;
}

/** First characters that make a spreadsheet read a cell as a formula (OWASP CSV injection). */
const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/**
 * A text cell made safe from CSV formula injection: a cell whose first character is `=`, `+`,
 * `-`, `@`, a tab or a carriage return gets a single quote in front, so a spreadsheet shows it as
 * text instead of running it (OWASP "CSV Injection"). Other text is returned unchanged.
 *
 * @example
 * neutraliseCell('=HYPERLINK("http://x","y")'); // → `'=HYPERLINK("http://x","y")`
 * neutraliseCell('Printer jam'); // → 'Printer jam'
 */
export function neutraliseCell(text: string): string {
  return text.length > 0 && FORMULA_START.has(text[0]!) ? `'${text}` : text;
}

/**
 * The text of one value in a CSV cell, before quoting: `null`, `undefined` and non-finite
 * numbers are empty (a missing figure is never written as 0), finite numbers in plain JavaScript
 * notation with a `.` decimal point (never neutralised: a negative number is data, not a
 * formula), booleans as `true`/`false`, dates as ISO 8601, and any other value as text,
 * neutralised against formula injection.
 *
 * @example
 * cellText(-2.5); // → '-2.5'
 * cellText('-2.5'); // → "'-2.5" (text that looks like a formula is neutralised)
 * cellText(null); // → ''
 */
export function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString();
  if (Array.isArray(value)) return neutraliseCell(value.map((v) => (v === null || v === undefined ? '' : String(v))).join(' '));
  return neutraliseCell(String(value));
}

/**
 * A cell quoted as RFC 4180 asks: wrapped in double quotes (inner quotes doubled) when it holds
 * the delimiter, a quote, a line break, or starts/ends with a space; else as is.
 *
 * @example
 * quoteCell('a "b", c', ','); // → '"a ""b"", c"'
 */
export function quoteCell(text: string, delimiter: string): string {
  const needsQuotes = text.includes(delimiter) || /["\r\n]/.test(text) || /^\s|\s$/.test(text);
  return needsQuotes ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * The CSV text of a table: a header line with the column labels, then one line per row with the
 * value of each column's field (`cellText`, then `quoteCell`). Headers are neutralised too.
 *
 * @example
 * toCsv([{ client: 'Bistro', hours: 12.5 }], [{ field: 'client', label: 'Client' }, { field: 'hours', label: 'Hours' }], { bom: false });
 * // → 'Client,Hours\r\nBistro,12.5\r\n'
 */
export function toCsv(rows: readonly CsvRow[], columns: readonly CsvColumn[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\r\n';
  const lines: string[] = [columns.map((c) => quoteCell(neutraliseCell(c.label), delimiter)).join(delimiter)];
  for (const row of rows) {
    lines.push(columns.map((c) => quoteCell(cellText(row[c.field]), delimiter)).join(delimiter));
  }
  return (options.bom === false ? '' : '\ufeff') + lines.join(newline) + newline;
}

/**
 * Downloads a section's table as a CSV file (`toCsv` with a UTF-8 BOM), safe against formula
 * injection. `columns` can be the `usermeta.table.columns` of a chart spec (their `unit` is
 * ignored: figures are written raw, ratios as ratios, hours as decimal hours).
 *
 * @example
 * exportSectionCsv(specRows(spec), specTable(spec).columns, 'sla-by-month.csv');
 */
export function exportSectionCsv(rows: readonly CsvRow[], columns: readonly CsvColumn[], fileName: string, options: CsvOptions = {}): void {
  const text = toCsv(rows, columns, options);
  const name = /\.csv$/i.test(fileName) ? fileName : `${fileName}.csv`;
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
}
