/**
 * The catalogue of every ingestion message (vega-lite style): one function per code, so the
 * wording lives in one place and tests can name the code instead of the text. Row-level
 * messages read `tickets.csv row 42, Date d'ouverture: "31/02/2026 10:00" is not a date`.
 */

/** Where a row-level issue happened: file, 1-based line, source column (or null). */
export interface Where {
  file: string;
  row: number;
  column: string | null;
}

/** `file row N, column: ` (the column part is left out when the whole row is concerned). */
export function located(where: Where, text: string): string {
  const column = where.column === null ? '' : `, ${where.column}`;
  return `${where.file} row ${where.row}${column}: ${text}`;
}

function quote(value: string): string {
  const short = value.length > 60 ? `${value.slice(0, 57)}...` : value;
  return `"${short}"`;
}

/** Row-level issue codes: rejections end the row, warnings keep it. */
export const ISSUE_CODES = {
  'required-missing': 'rejected',
  'required-unparseable': 'rejected',
  'header-repeated': 'rejected',
  'unclosed-quote': 'rejected',
  'unparseable-value': 'warning',
  'unknown-priority': 'warning',
  'unmapped-value': 'warning',
  'resolved-before-opened': 'warning',
  'duplicate-id': 'warning',
  'future-date': 'warning',
  'closed-without-resolution': 'warning',
  'short-row': 'warning',
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;

/** The plain text of each row-level issue (without its location). */
export const ISSUE_TEXT = {
  requiredMissing: (field: string) => `required field ${field} is empty`,
  notADate: (value: string) => `${quote(value)} is not a date`,
  notANumber: (value: string) => `${quote(value)} is not a number`,
  notADuration: (value: string) => `${quote(value)} is not a duration`,
  headerRepeated: () => 'the header row is repeated here; row skipped',
  unclosedQuote: () => 'a quoted cell is never closed before the end of the file',
  unknownPriority: (value: string) => `priority ${quote(value)} is not in the priority map; priority left empty`,
  unmappedValue: (field: string, value: string) => `${field} ${quote(value)} is not in the value map; kept as is`,
  resolvedBeforeOpened: () => 'resolved before it was opened; kept',
  duplicateId: (id: string, firstRow: number) => `id ${quote(id)} already appears on row ${firstRow}; both kept`,
  futureDate: (value: string) => `${quote(value)} is in the future; kept`,
  closedWithoutResolution: () => 'closed without a resolution time; the closing time stands for the resolution',
  shortRow: (cells: number, expected: number) => `${cells} cells where the header has ${expected}; missing cells read as empty`,
} as const;

/** Messages of whole-input refusals (thrown as RevueError). */
export const ERROR_TEXT = {
  notCsv: (file: string, what: string) => `${file} is not a CSV text file (${what}); export it as CSV and try again`,
  tooLarge: (file: string, bytes: number, max: number) => `${file} is ${bytes} bytes, more than the limit of ${max}`,
  tooManyRows: (file: string, max: number) => `${file} has more than ${max} rows, the limit`,
  empty: (file: string) => `${file} has no header row`,
  missingColumn: (file: string, field: string, preset: string, headers: readonly string[]) =>
    `${file}: no column for required field ${field} (preset ${preset}); the file's columns are: ${headers.join(', ')}`,
  mappingColumnMissing: (file: string, column: string, field: string) =>
    `${file}: mapping column "${column}" (for ${field}) is not in the file`,
  unknownPreset: (name: string, known: readonly string[]) => `unknown preset ${name}; known presets: ${known.join(', ')}`,
  presetKind: (name: string, kind: string) => `preset ${name} does not read ${kind}`,
  badTimezone: (zone: string) => `unknown time zone ${zone}`,
  badEncoding: (encoding: string) => `unsupported encoding ${encoding}; use utf-8, windows-1252, utf-16le or utf-16be`,
  badDateFormat: (format: string) => `date format ${format} is not a valid date-fns format`,
  badOption: (name: string, expected: string) => `option ${name} must be ${expected}`,
  badMapping: (key: string, expected: string) => `mapping ${key} must be ${expected}`,
  unreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
} as const;
