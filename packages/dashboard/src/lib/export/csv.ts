import type { Language } from '../i18n/index.js';
import { exportedFigure, isFigureUnit, localDateText, type CellUnit } from './cells.js';
import { saveBlob } from './download.js';

/** One column of a CSV export: the row field it reads, its header text and what it holds. */
export interface CsvColumn {
  field: string;
  label: string;
  /**
   * How the cells are written (see `CellUnit`): figures rounded (hours 1 decimal, money 2, a
   * ratio as a percentage with 1 decimal), instants as local dates. Default: text for text,
   * `number` (2 decimals) for numbers.
   */
  unit?: CellUnit;
}

/** A row of a CSV export: plain values; anything else is written with `String()`. */
export type CsvRow = Readonly<Record<string, unknown>>;

/** How numbers and dates are written in a cell. */
export interface CellOptions {
  /** Decimal separator of figures. Default `.`. */
  decimal?: '.' | ',';
  /** IANA time zone in which instants are written as local dates (the policy's). Default `UTC`. */
  timeZone?: string;
}

export interface CsvOptions extends CellOptions {
  /** Cell separator. Default `,`; `;` where the decimal separator is a comma. */
  delimiter?: ',' | ';' | '\t';
  /** Line ending. Default `\r\n` (RFC 4180). */
  newline?: '\r\n' | '\n';
  /** Start with a UTF-8 byte-order mark so that Excel reads accents right. Default true. */
  bom?: boolean;
  /**
   * Demo data: a first column with this header whose every cell says so, e.g.
   * `{ header: 'Data', value: 'Demo data' }` (a comment line above the header would break
   * the readers that take the first line as the header).
   */
  demo?: { header: string; value: string };
}

/**
 * The CSV convention of the user's language, as their spreadsheet opens a file by double-click:
 * French (Excel and LibreOffice in a French locale) `;` between cells and a decimal comma;
 * English `,` and a decimal point. Instants in `timeZone`.
 *
 * @example
 * csvConvention('fr', 'Europe/Paris'); // → { delimiter: ';', decimal: ',', timeZone: 'Europe/Paris' }
 */
export function csvConvention(language: Language, timeZone = 'UTC'): Required<Pick<CsvOptions, 'delimiter' | 'decimal' | 'timeZone'>> {
  return language === 'fr' ? { delimiter: ';', decimal: ',', timeZone } : { delimiter: ',', decimal: '.', timeZone };
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
 * The text of one value in a CSV cell, before quoting. `null`, `undefined` and non-finite numbers
 * are empty (a missing figure is never written as 0). A figure is rounded for its column's unit
 * (`exportedFigure`: hours 1 decimal, money 2, a ratio as a percentage with 1 decimal, other
 * numbers 2) and written without thousands separators, with the `decimal` separator (never
 * neutralised: a negative number is data, not a formula). An instant in a `date` or `datetime`
 * column (and any `Date`) is its local date (`2026-10-01`) or date and time (`2026-10-01 00:30`)
 * in `timeZone`. Booleans are `true`/`false`; any other value is text, neutralised against
 * formula injection.
 *
 * @example
 * cellText(-2.5); // → '-2.5'
 * cellText(1302.8259138671747, 'money', { decimal: ',' }); // → '1302,83'
 * cellText(0.93456, 'percent'); // → '93.5'
 * cellText('2026-09-30T22:30:00Z', 'datetime', { timeZone: 'Europe/Paris' }); // → '2026-10-01 00:30'
 * cellText('-2.5'); // → "'-2.5" (text that looks like a formula is neutralised)
 * cellText(null); // → ''
 */
export function cellText(value: unknown, unit?: CellUnit, options: CellOptions = {}): string {
  if (value === null || value === undefined) return '';
  const timeZone = options.timeZone ?? 'UTC';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return '';
    if (unit === 'date' || unit === 'datetime') return localDateText(value, timeZone, unit === 'datetime');
    const figure = exportedFigure(value, unit !== undefined && isFigureUnit(unit) ? unit : 'number')!;
    const text = String(figure);
    return options.decimal === ',' ? text.replace('.', ',') : text;
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : localDateText(value, timeZone, unit !== 'date');
  if (Array.isArray(value)) return neutraliseCell(value.map((v) => (v === null || v === undefined ? '' : String(v))).join(' '));
  const text = String(value);
  if ((unit === 'date' || unit === 'datetime') && text !== '') {
    const local = localDateText(text, timeZone, unit === 'datetime');
    if (local !== '') return local;
  }
  return neutraliseCell(text);
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
 * The header of a column: its label, with ` (%)` after a percentage and ` (h)` after hours
 * unless the label already names its unit.
 *
 * @example
 * columnHeader({ field: 'adherence', label: 'Adherence', unit: 'percent' }); // → 'Adherence (%)'
 */
export function columnHeader(column: CsvColumn): string {
  if (column.unit === 'percent' && !/%\)?$/.test(column.label)) return `${column.label} (%)`;
  if (column.unit === 'hours' && !/\(h\)$|\bh$/.test(column.label)) return `${column.label} (h)`;
  return column.label;
}

/**
 * The CSV text of a table: a header line with the column headers (`columnHeader`), then one line
 * per row with the value of each column's field (`cellText` with the column's unit, then
 * `quoteCell`). Headers are neutralised too.
 *
 * @example
 * toCsv([{ client: 'Bistro', hours: 12.5 }], [{ field: 'client', label: 'Client' }, { field: 'hours', label: 'Hours' }], { bom: false });
 * // → 'Client,Hours\r\nBistro,12.5\r\n'
 */
export function toCsv(rows: readonly CsvRow[], columns: readonly CsvColumn[], options: CsvOptions = {}): string {
  const delimiter = options.delimiter ?? ',';
  const newline = options.newline ?? '\r\n';
  const demo = options.demo;
  const header = [...(demo ? [demo.header] : []), ...columns.map(columnHeader)];
  const lines: string[] = [header.map((label) => quoteCell(neutraliseCell(label), delimiter)).join(delimiter)];
  const first = demo ? [quoteCell(neutraliseCell(demo.value), delimiter)] : [];
  for (const row of rows) {
    lines.push([...first, ...columns.map((c) => quoteCell(cellText(row[c.field], c.unit, options), delimiter))].join(delimiter));
  }
  return (options.bom === false ? '' : '\ufeff') + lines.join(newline) + newline;
}

/**
 * Downloads a table as a CSV file (`toCsv` with a UTF-8 BOM), safe against formula injection.
 * Pass the user's convention (`csvConvention(language, timeZone)`). `columns` can be the
 * `usermeta.table.columns` of a chart spec (their `unit` decides the rounding).
 *
 * @example
 * exportSectionCsv(specRows(spec), specTable(spec).columns, 'sla-by-month.csv', csvConvention('fr', 'Europe/Paris'));
 */
export function exportSectionCsv(rows: readonly CsvRow[], columns: readonly CsvColumn[], fileName: string, options: CsvOptions = {}): void {
  const text = toCsv(rows, columns, options);
  const name = /\.csv$/i.test(fileName) ? fileName : `${fileName}.csv`;
  saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name);
}
