/**
 * The review as an Excel workbook (.xlsx): a first sheet "About" (client, period, data date,
 * when it was generated, and "Demo data" when it is), then one sheet per table of
 * `workbookTables`, with real numbers and real dates (date cells, not text), number formats,
 * a frozen header row and column widths. No cell is ever a formula: text is a shared string,
 * so a ticket title `=HYPERLINK(…)` stays text.
 *
 * Written with `write-excel-file` (MIT, one dependency: `fflate`, already ours), loaded on first
 * use so the main bundle does not carry it.
 */
import type { Report } from '@revue/kpi-core';
import { createFormat, periodName } from '../format/format.js';
import { translator, type Language } from '../i18n/index.js';
import type { Branding } from '../state/deck.js';
import { excelSerial, exportedFigure, isFigureUnit, localDateTime, type CellUnit, type LocalDateTime } from './cells.js';
import { columnHeader, type CsvColumn } from './csv.js';
import { saveBlob, safeFileName } from './download.js';
import { workbookTables, type SectionTable } from './tables.js';
import { LAPLACE_CLEARLY, LAPLACE_FASTER } from '../views/reliability.js';

/** One cell of a workbook sheet, before it is written. */
export type WorkbookCell =
  | { kind: 'text'; value: string; bold?: boolean; color?: string }
  | { kind: 'number'; value: number; format: string }
  | { kind: 'date'; value: number; format: string }
  | null;

/** One sheet: its (unique, valid) name, its rows and column widths (in characters). */
export interface WorkbookSheet {
  name: string;
  rows: WorkbookCell[][];
  widths: number[];
  /** Rows kept on screen when scrolling (the header row). */
  frozenRows: number;
}

export interface WorkbookOptions {
  /** Language of sheet names, headers and words. Default: the report's. */
  language?: Language;
  /** The data is the embedded demo: the About sheet says so first. */
  isDemo?: boolean;
  /** When the workbook is made (shown on the About sheet). Default: now. */
  generatedAt?: Date;
  /** Names of the files the report was computed from (About sheet). */
  files?: readonly string[];
  branding?: Pick<Branding, 'mspName'>;
}

/** Number formats by unit; Excel shows them with the reader's own separators. */
export const NUMBER_FORMATS: Record<Exclude<CellUnit, 'text'>, string> = {
  percent: '0.0%',
  count: '#,##0',
  hours: '#,##0.0',
  money: '#,##0.00',
  number: '#,##0.00',
  date: 'yyyy-mm-dd',
  datetime: 'yyyy-mm-dd hh:mm',
  month: 'yyyy-mm',
};

const ILLEGAL_SHEET_CHARACTERS = /[[\]:*?/\\]/g;

/**
 * Valid, unique sheet names: characters Excel refuses (`[ ] : * ? / \`) become `-`, names are
 * cut to 31 characters, and a repeated name gets ` (2)`, ` (3)`…
 *
 * @example
 * sheetNames(['SLA: by month', 'SLA: by month']); // → ['SLA- by month', 'SLA- by month (2)']
 */
export function sheetNames(titles: readonly string[]): string[] {
  const used = new Set<string>();
  return titles.map((title) => {
    const base = title.replace(ILLEGAL_SHEET_CHARACTERS, '-').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
    let name = base;
    for (let n = 2; used.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` (${n})`.length)} (${n})`;
    used.add(name.toLowerCase());
    return name;
  });
}

/**
 * The workbook cell of a table value for its column's unit: figures rounded like the CSV
 * (`exportedFigure`; a ratio stays a ratio, rounded to a tenth of a percent, shown `0.0%`),
 * instants as date cells holding the local date and time of `timeZone` (the serial number
 * spreadsheets store), anything else text. Missing values are empty cells, never 0.
 *
 * @example
 * workbookCell(0.93456, 'percent', 'UTC'); // → { kind: 'number', value: 0.935, format: '0.0%' }
 * workbookCell('2026-09-30T22:30:00Z', 'datetime', 'Europe/Paris'); // → { kind: 'date', value: 46296.0208…, format: 'yyyy-mm-dd hh:mm' }
 */
export function workbookCell(value: unknown, unit: CellUnit | undefined, timeZone: string): WorkbookCell {
  if (value === null || value === undefined) return null;
  if ((unit === 'date' || unit === 'datetime') && (typeof value === 'string' || typeof value === 'number' || value instanceof Date)) {
    const local = localDateTime(value, timeZone);
    if (local) return { kind: 'date', value: serialOf(local, unit === 'date'), format: NUMBER_FORMATS[unit] };
  }
  if (unit === 'month' && typeof value === 'string') {
    const month = /^(\d{4})-(\d{2})$/.exec(value);
    if (month) return { kind: 'date', value: serialOf({ year: Number(month[1]), month: Number(month[2]), day: 1, hour: 0, minute: 0, second: 0 }, true), format: NUMBER_FORMATS.month };
  }
  if (typeof value === 'number') {
    const figureUnit = unit !== undefined && isFigureUnit(unit) ? unit : 'number';
    const figure = exportedFigure(value, figureUnit);
    if (figure === null) return null;
    return { kind: 'number', value: figureUnit === 'percent' ? Math.round(figure * 10) / 1000 : figure, format: NUMBER_FORMATS[figureUnit] };
  }
  if (Array.isArray(value)) return { kind: 'text', value: value.filter((v) => v !== null && v !== undefined).join(' ') };
  return { kind: 'text', value: String(value) };
}

function serialOf(local: LocalDateTime, dateOnly: boolean): number {
  return excelSerial(dateOnly ? { ...local, hour: 0, minute: 0, second: 0 } : local);
}

function textLength(cell: WorkbookCell): number {
  if (cell === null) return 0;
  if (cell.kind === 'text') return Math.max(...cell.value.split('\n').map((line) => line.length));
  return cell.kind === 'date' ? cell.format.length : String(cell.value).length + 3;
}

/** Column widths in characters: the longest header or value, between 8 and 60. */
function widthsOf(rows: WorkbookCell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, textLength(cell))));
  return widths.map((w) => Math.min(60, Math.max(8, w + 2)));
}

function tableSheet(table: SectionTable, name: string, timeZone: string): WorkbookSheet {
  const header: WorkbookCell[] = table.columns.map((column: CsvColumn) => ({ kind: 'text', value: columnHeader(column), bold: true }));
  const rows = [header, ...table.rows.map((row) => table.columns.map((column) => workbookCell(row[column.field], column.unit, timeZone)))];
  return { name, rows, widths: widthsOf(rows), frozenRows: 1 };
}

/**
 * The sheets of a review's workbook, without writing anything (tested in Node): "About" first
 * (demo label, client, period, dates, data date, generated on, files, time zone, currency,
 * preparer), then every table of `workbookTables` with a header row.
 *
 * @example
 * workbookSheets(report, { language: 'fr', isDemo: true }).map((s) => s.name); // → ['À propos', 'Synthèse', 'SLA par priorité', …]
 */
export function workbookSheets(report: Report, options: WorkbookOptions = {}): WorkbookSheet[] {
  const language = options.language ?? report.language;
  const t = translator(language);
  const format = createFormat(language, { currency: report.currency, timezone: report.timezone });
  const tables = workbookTables(report, language);
  const names = sheetNames([t('sheet.about'), ...tables.map((table) => table.title)]);
  const zone = report.timezone;
  const text = (value: string, bold = false): WorkbookCell => ({ kind: 'text', value, bold });
  // The period's end is exclusive (its label's next day at 00:00): the last day is the day before.
  const lastDay = new Date(Date.parse(report.period.end) - 1).toISOString();
  const about: WorkbookCell[][] = [
    [text(t('export.about.title'), true), null],
    ...(options.isDemo ? [[{ kind: 'text', value: t('demo.label'), bold: true, color: '#b3261e' } as WorkbookCell, text(t('demo.note'))]] : []),
    [text(t('export.about.client'), true), text(report.client ?? t('filters.allClients'))],
    [text(t('export.about.period'), true), text(`${periodName(report.period.label, format)} (${t('export.about.dates', { start: format.date(report.period.start), end: format.date(lastDay) })})`)],
    [text(t('export.about.asOf'), true), workbookCell(report.asOf, 'datetime', zone)],
    [text(t('export.about.generated'), true), workbookCell(options.generatedAt ?? new Date(), 'datetime', zone)],
    [text(t('export.about.data'), true), text(options.isDemo ? t('demo.label') : (options.files ?? []).filter(Boolean).join(', ') || t('export.about.yourFiles'))],
    [text(t('export.about.timezone'), true), text(zone)],
    [text(t('export.about.currency'), true), text(report.currency)],
    ...(options.branding?.mspName ? [[text(t('export.about.preparedBy'), true), text(options.branding.mspName)]] : []),
    // The reliability sheet's trend columns in plain words; the statistics they are, named here.
    [text(t('export.about.reliability'), true), text(t('reliability.trendNote', { faster: format.number(LAPLACE_FASTER, 3), clearly: format.number(LAPLACE_CLEARLY, 3) }))],
  ];
  return [{ name: names[0]!, rows: about, widths: [32, 60], frozenRows: 0 }, ...tables.map((table, i) => tableSheet(table, names[i + 1]!, zone))];
}

/**
 * Writes sheets as an .xlsx file (a zip of SpreadsheetML parts). `write-excel-file` is imported
 * on first use. Dates go in as `Date`s whose UTC fields are the local time (the library counts
 * serial days from the UTC epoch), so the cell holds exactly the serial computed here.
 *
 * @example
 * const bytes = await workbookBytes(workbookSheets(report)); // → Uint8Array, 'PK…'
 */
export async function workbookBytes(sheets: readonly WorkbookSheet[]): Promise<Uint8Array> {
  const { default: writeXlsxFile } = await import('write-excel-file/universal');
  type Cell = import('write-excel-file/universal').Cell;
  const toCell = (cell: WorkbookCell): Cell => {
    if (cell === null) return null;
    switch (cell.kind) {
      case 'text':
        return { value: cell.value, type: String, ...(cell.bold ? { fontWeight: 'bold' as const } : {}), ...(cell.color ? { textColor: cell.color } : {}) };
      case 'number':
        return { value: cell.value, type: Number, format: cell.format };
      case 'date':
        return { value: new Date(Math.round((cell.value - 25_569) * 86_400_000)), type: Date, format: cell.format };
    }
  };
  const blob = await writeXlsxFile(
    sheets.map((sheet) => ({
      sheet: sheet.name,
      data: sheet.rows.map((row) => row.map(toCell)),
      columns: sheet.widths.map((width) => ({ width })),
      ...(sheet.frozenRows > 0 ? { stickyRowsCount: sheet.frozenRows } : {}),
    })),
    { fontFamily: 'Calibri', fontSize: 11 },
  ).toBlob();
  return new Uint8Array(await blob.arrayBuffer());
}

/** The MIME type of an .xlsx file. */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Exports the review as a workbook and downloads it as `fileName`; returns the file.
 *
 * @example
 * await exportXlsx(report, 'revue-2026-Q3.xlsx', { language: 'fr' });
 */
export async function exportXlsx(report: Report, fileName: string, options: WorkbookOptions = {}): Promise<Blob> {
  const blob = new Blob([(await workbookBytes(workbookSheets(report, options))) as BlobPart], { type: XLSX_TYPE });
  saveBlob(blob, safeFileName(fileName));
  return blob;
}
