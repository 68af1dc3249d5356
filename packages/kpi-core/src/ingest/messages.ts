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
  const column = where.column === null ? '' : `, ${oneLine(where.column, 60)}`;
  return `${where.file} row ${where.row}${column}: ${text}`;
}

/**
 * Text from a file made safe for a one-line message: line breaks, tabs and other control
 * characters become `\n`, `\t` or `\uXXXX`, and the text is cut at `max` characters.
 *
 * @example oneLine('a\nb', 60) // 'a\\nb'
 */
export function oneLine(value: string, max: number): string {
  const short = value.length > max ? `${value.slice(0, max - 3)}...` : value;
  return short.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/g, (c) =>
    c === '\n' ? '\\n' : c === '\r' ? '\\r' : c === '\t' ? '\\t' : `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}

function quote(value: string): string {
  return `"${oneLine(value, 60)}"`;
}

/** A list of header names for a message: the first 20, then how many more. */
function headerList(headers: readonly string[]): string {
  const shown = headers.slice(0, 20).map((h) => oneLine(h, 40)).join(', ');
  return headers.length > 20 ? `${shown} … and ${headers.length - 20} more` : shown;
}

/**
 * A size for a message, in powers of 1024: GB with one decimal, MB and KB rounded, else bytes.
 *
 * @example formatBytes(1024 ** 3) // '1.0 GB'
 * @example formatBytes(512 * 1024 ** 2) // '512 MB'
 */
export function formatBytes(bytes: number): string {
  if (bytes >= 1024 ** 3) return `${(bytes / 1024 ** 3).toFixed(1)} GB`;
  if (bytes >= 1024 ** 2) return `${Math.round(bytes / 1024 ** 2)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** Row-level issue codes: rejections end the row, warnings keep it. */
export const ISSUE_CODES = {
  'required-missing': 'rejected',
  'required-unparseable': 'rejected',
  'required-out-of-range': 'rejected',
  'header-repeated': 'rejected',
  'unclosed-quote': 'rejected',
  'quote-spans-rows': 'rejected',
  'delimiter-mismatch': 'rejected',
  'unparseable-value': 'warning',
  'unknown-priority': 'warning',
  'unmapped-value': 'warning',
  'resolved-before-opened': 'warning',
  'duplicate-id': 'warning',
  'future-date': 'warning',
  'closed-without-resolution': 'warning',
  'closed-without-date': 'warning',
  'retired-without-date': 'warning',
  'not-in-service-without-date': 'warning',
  'several-assets': 'warning',
  'all-zero': 'warning',
  'other-currency': 'warning',
  'resolution-from-duration': 'warning',
  'response-from-duration': 'warning',
  'duration-to-closing': 'warning',
  'short-row': 'warning',
  'long-row': 'warning',
  'date-out-of-range': 'warning',
  'dst-gap': 'warning',
  'ambiguous-date': 'warning',
  'ambiguous-date-am-pm': 'warning',
  'excel-scientific': 'warning',
  'bom-in-text': 'warning',
  'optional-column-missing': 'warning',
  'no-time-of-day': 'warning',
  // Counted by buildReport, not the reader: a ticket opened after the report's asOf (left out).
  'opened-after-as-of': 'warning',
} as const;

export type IssueCode = keyof typeof ISSUE_CODES;

/** The plain text of each row-level issue (without its location). */
export const ISSUE_TEXT = {
  requiredMissing: (field: string) => `required field ${field} is empty`,
  notADate: (value: string) => `${quote(value)} is not a date`,
  notANumber: (value: string) => `${quote(value)} is not a number`,
  notADuration: (value: string) => `${quote(value)} is not a duration`,
  notATarget: (minutes: number) =>
    `an SLA target of ${Number(minutes.toFixed(2))} minutes is no target (zero or negative); not used: the priority's target in the policy applies`,
  notPauses: (value: string) => `${quote(value)} is not pause intervals (start/end ISO instants with Z or an offset, space-separated; start/.. for a pause still on); the ticket keeps its pausedMinutes`,
  headerRepeated: () => 'the header row is repeated here; row skipped',
  unclosedQuote: () => 'a quote opened in this row is never closed; row skipped (the rows after it are read)',
  unknownPriority: (value: string) => `priority ${quote(value)} is not in the priority map; priority left empty`,
  unmappedValue: (field: string, value: string) => `${field} ${quote(value)} is not in the value map; kept as is`,
  resolvedBeforeOpened: () => 'resolved before it was opened; kept',
  duplicateId: (id: string, firstRow: number) => `id ${quote(id)} already appears on row ${firstRow}; both kept`,
  futureDate: (value: string) => `${quote(value)} is in the future; kept`,
  noTimeOfDay: (field: string) =>
    `no date of this column (${field}) gives a time of day (each is a day alone, or midnight): the hours measured from it (SLA, repair times, downtime) are not measured`,
  closedWithoutResolution: () => 'closed without a resolution time; the closing time stands for the resolution',
  closedWithoutDate: (status: string, statusClass: string) =>
    `status ${quote(status)} means ${statusClass} but the row has no resolution or closing date: counted as closed at an unknown time`,
  otherCurrency: (value: string, currency: string) =>
    `${quote(value)} is not in ${currency}, the review's currency (rates.currency): left empty, since Revue converts no money; set rates.currency to the file's currency to read it`,
  retiredWithoutDate: (status: string) =>
    `status ${quote(status)} says the asset left the fleet but the row has no retirement date: counted in service only up to the last ticket that names it (add its retirement date to use it instead)`,
  notInServiceWithoutDate: (status: string) =>
    `status ${quote(status)} says the asset is not in service (in stock, spare, inactive, on order or broken) and the row gives no date: counted in service only up to the last ticket that names it, like a retirement (its depreciation and contracts run on: it is still owned)`,
  allZero: () => 'this column is 0 on every row that has a value: read as not recorded (empty), not as a cost or time of 0',
  severalAssets: (count: number, first: string, dropped: readonly string[]) =>
    `names ${count} items; the first, ${quote(first)}, is the ticket's asset; ${count - 1} left out (${dropped.slice(0, 3).map(quote).join(', ')}${dropped.length > 3 ? ', …' : ''}): they get no failure, repeat or cost from this ticket`,
  durationToClosing: (closing: string) =>
    `this duration runs to the closing (opening + duration = ${closing} on most rows), not to the resolution: not read as the time to resolution`,
  resolutionFromDuration: (field: string, minutes: number) =>
    `${field} computed as the opening time plus this duration (${minutes} minutes); the export has no date for it`,
  unmappedStatus: (value: string) => `status ${quote(value)} is not in the status map; kept as is, its class left empty`,
  statusByWordList: (value: string, statusClass: string) =>
    `status ${quote(value)} is not in the status map; read as ${statusClass} by Revue's general status words (map it to choose otherwise)`,
  shortRow: (cells: number, expected: number) => `${cells} cells where the header has ${expected}; missing cells read as empty`,
  longRow: (cells: number, expected: number) => `${cells} cells where the header has ${expected}; the cells after column ${expected} are ignored`,
  dateOutOfRange: (value: string) => `${quote(value)} is outside 1971–2099, the years Revue can compute with; read as empty`,
  requiredOutOfRange: (value: string) => `${quote(value)} is outside 1971–2099, the years Revue can compute with`,
  dstGap: (value: string, zone: string) => `${quote(value)} does not exist in ${zone} (the clocks skip that hour); read as the same time after the change`,
  ambiguousDate: (value: string, read: string) =>
    `${quote(value)} may be day-first or month-first and the file never settles it; read as ${read}`,
  ambiguousDateAmPm: (value: string) =>
    `${quote(value)} may be day-first or month-first and the file never settles it; read month-first, as its times carry AM/PM (the US convention)`,
  mixedDateOrder: (value: string) => `${quote(value)} is only valid month-first while other dates of the file are day-first; read month-first`,
  excelScientific: (value: string) => `${quote(value)} looks like a number mangled by Excel (scientific notation); kept as text, the original digits are lost`,
  bomInText: () => 'a byte-order mark (U+FEFF) inside the file, e.g. two exports pasted together; removed',
  quoteSpansRows: (lastLine: number, cells: number, expected: number) =>
    `a quoted cell runs to line ${lastLine} and the row has ${cells} cells where the header has ${expected}: an unbalanced quote probably merged several rows; row skipped`,
  optionalColumnMissing: (column: string, field: string, instead: string | null) =>
    instead === null
      ? `the mapping's column ${quote(column)} (for ${field}) is not in the file; ${field} left empty`
      : `the mapping's column ${quote(column)} (for ${field}) is not in the file; ${field} read from ${quote(instead)} instead`,
  delimiterMismatch: (found: string, expected: string) =>
    `the row is one cell that contains ${found} while the file is delimited by ${expected}: mixed delimiters; row skipped`,
} as const;

/** Messages of whole-input refusals (thrown as RevueError). */
export const ERROR_TEXT = {
  damagedZip: (file: string) =>
    `${file} is a damaged or incomplete workbook (a ZIP file whose end is missing or unreadable: cut short by a download or a copy?); save or export it again, as XLSX or CSV`,
  excelConvertedDates: (file: string, column: string, converted: { line: number; text: string }, kept: { line: number; text: string }) =>
    `${file}, column ${quote(column)}: Excel turned some dates into its own dates (${quote(converted.text)}, row ${converted.line}) and kept others as text ` +
    `(${quote(kept.text)}, row ${kept.line}): it read the file with another day/month order than the file's, so the dates it turned may have ` +
    `day and month swapped. Export the file again from the tool, or open the CSV in Excel through Data → From Text with that column as text`,
  notCsv: (file: string, what: string) => `${file} is not a CSV text file (${what}); export it as CSV and try again`,
  tooLarge: (file: string, bytes: number, max: number) =>
    `${file} is ${formatBytes(bytes)}; the limit is ${formatBytes(max)} (set maxBytes to raise it)`,
  tooManyRows: (file: string, max: number) =>
    `${file} has more than ${max.toLocaleString('en-US')} rows; the limit is ${max.toLocaleString('en-US')} (set maxRows to raise it)`,
  tooLargeToDecode: (file: string, bytes: number) =>
    `${file} is ${formatBytes(bytes)}, too large to decode as one text in memory; split the export`,
  encodingMismatch: (file: string, declared: string, found: string) =>
    `${file} is declared as ${declared} but its bytes are ${found}; fix or remove the encoding in the mapping`,
  // 0 bytes or blank lines only: "no header row" would send the reader looking for a header
  // the file never had (found by a review: the empty file was taken for a headerless one).
  empty: (file: string) => `${file} is empty: it holds no row, not even a header row`,
  missingColumn: (file: string, field: string, source: string, headers: readonly string[], headerIsLabels = true) =>
    headerIsLabels
      ? `${file}: no column for required field ${field} (${source}); the file's columns are: ${headerList(headers)}`
      : `${file}: no column for required field ${field} (${source}); its first row reads as data (${headerList(headers.slice(0, 5))}), not as column names: is the header row missing?`,
  unknownFormat: (file: string, headers: readonly string[], kind: 'tickets' | 'assets') =>
    `${file}: no preset recognises these columns, so Revue needs a mapping saying which column holds what (at least ${kind === 'tickets' ? 'the ticket id and opening date' : 'the asset id'}); the file's columns are: ${headerList(headers)}`,
  zammadTimeAccounting: (file: string, variant: 'by-activity' | 'by-ticket') =>
    `${file} is Zammad's time accounting download (${variant === 'by-activity' ? 'by activity: one row per time entry, dated when the time was booked' : 'by ticket'}), ` +
    `not a ticket list: it holds only the tickets on which time was booked in one month. Export the ticket list instead ` +
    `(Zammad: Reporting, then Download; Revue reads that XLSX as it comes)`,
  noHeaderRow: (file: string, cells: readonly string[]) =>
    `${file}: none of its first rows reads as column names (the first is ${headerList(cells.slice(0, 5))}): is the header row missing?`,
  extendsConflict: (extended: string, asked: string) => `the mapping extends preset ${extended} but preset ${asked} was asked for; keep one`,
  mappingColumnMissing: (file: string, column: string, field: string) =>
    `${file}: mapping column "${oneLine(column, 60)}" (for ${field}) is not in the file`,
  unknownPreset: (name: string, known: readonly string[]) => `unknown preset ${name}; known presets: ${known.join(', ')}`,
  presetKind: (name: string, kind: string) => `preset ${name} does not read ${kind}`,
  badTimezone: (zone: string) => `unknown time zone ${zone}`,
  badEncoding: (encoding: string) => `unsupported encoding ${encoding}; use utf-8, windows-1252, utf-16le or utf-16be`,
  badDateFormat: (format: string) => `date format ${format} is not a valid date-fns format`,
  badOption: (name: string, expected: string) => `option ${name} must be ${expected}`,
  badMapping: (key: string, expected: string) => `mapping ${key} must be ${expected}`,
  unreadable: (file: string, reason: string) => `cannot read ${file}: ${reason}`,
} as const;
