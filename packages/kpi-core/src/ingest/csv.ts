/**
 * A hand-written CSV tokenizer: one pass of char-code scanning over the whole text, no regular
 * expression per character and no object per record. Cells of a record are written into one
 * reused array handed to a callback, which copies what it keeps (the readers write straight
 * into typed columns).
 *
 * Dialect: RFC 4180 quotes with `""` escaping; quoted cells may span lines; CRLF, LF and lone CR
 * all end a record; characters after a closing quote and before the next delimiter are kept
 * (lenient). A quote never closed before the end of the text is read as an ordinary character
 * (its cell ends at the next delimiter or line break) and its record is marked, so the rows
 * after it are still read: never a hang, never the rest of the file swallowed into one cell.
 * GLPI 10 writes every field quoted, turns a `"` inside a value into `''` (kept as written: two
 * apostrophes are ordinary characters) and ends each line with a delimiter (the extra empty cell
 * is the reader's to drop).
 */

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Delimiters that {@link detectDelimiter} chooses among. */
export const DELIMITERS = [',', ';', '\t'] as const;

/**
 * Receives each record: `cells[0…count-1]` (the array is reused: copy what you keep), the
 * 1-based line where the record starts, and whether the record ends in an unclosed quote.
 * Return `false` to stop the scan.
 */
export type RecordSink = (cells: string[], count: number, line: number, unclosedQuote: boolean) => boolean | void;

/** Options of {@link scanCsv}. */
export interface ScanOptions {
  /** One character; detected when absent. */
  delimiter?: string;
  /** Called with the share of the text scanned (0…1), every 65,536 records and at the end. */
  onProgress?: (fraction: number) => void;
  /** Line number of the text's first line (default 1): a part of a file numbers as the file does. */
  startLine?: number;
}

/** What a scan saw. */
export interface ScanResult {
  delimiter: string;
  recordCount: number;
  /** Line of the first record with a quote never closed, or null. */
  unclosedQuoteLine: number | null;
}

/**
 * Chooses the delimiter among `,` `;` and tab: the one counted (outside quotes) most
 * consistently over the first five records, i.e. with the highest minimum count per record,
 * ties broken by the total; `,` when none appears.
 *
 * @example detectDelimiter('ID;Titre;Statut\n1;Panne, écran;Clos\n') // ';'
 */
export function detectDelimiter(text: string): string {
  const end = Math.min(text.length, 65_536);
  const records = 5;
  const counts = [new Array<number>(records).fill(0), new Array<number>(records).fill(0), new Array<number>(records).fill(0)];
  let record = 0;
  let inQuotes = false;
  let sawContent = false;
  for (let i = 0; i < end && record < records; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) {
      inQuotes = !inQuotes;
      sawContent = true;
    } else if (inQuotes) {
      continue;
    } else if (c === LF || c === CR) {
      if (sawContent) record++;
      sawContent = false;
    } else {
      sawContent = true;
      if (c === 44) counts[0]![record]!++;
      else if (c === 59) counts[1]![record]!++;
      else if (c === 9) counts[2]![record]!++;
    }
  }
  const used = Math.max(1, Math.min(records, record + (sawContent ? 1 : 0)));
  let best = 0;
  let bestMin = -1;
  let bestTotal = -1;
  for (let d = 0; d < DELIMITERS.length; d++) {
    const perRecord = counts[d]!.slice(0, used);
    const min = Math.min(...perRecord);
    const total = perRecord.reduce((a, b) => a + b, 0);
    if (min > bestMin || (min === bestMin && total > bestTotal)) {
      best = d;
      bestMin = min;
      bestTotal = total;
    }
  }
  return bestTotal === 0 ? ',' : DELIMITERS[best]!;
}

/** Counts line breaks (CRLF, LF or lone CR) in `text[from, to)`. */
function countBreaks(text: string, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF) breaks++;
    else if (c === CR && text.charCodeAt(i + 1) !== LF) breaks++;
  }
  return breaks;
}

/**
 * The cells of one record as ranges of the text, written by {@link scanCsvCells} into arrays
 * reused from record to record: cell `i` is `text.slice(starts[i], ends[i])`, unless
 * `values[i]` is a string (a quoted cell with `""` escapes or text after its closing quote),
 * which is then the cell. Readers parse numbers and dates straight from the ranges, without a
 * string per cell.
 */
export interface CsvCells {
  starts: number[];
  ends: number[];
  values: (string | null)[];
  count: number;
  /** 1-based line where the record starts. */
  line: number;
  /** 1-based line where the record ends (after `line` when a quoted cell spans lines). */
  lastLine?: number;
  /**
   * A cell of the record opens a quote that is never closed before the end of the text: that
   * quote was read as an ordinary character and the cell ended at the next delimiter or line.
   */
  unclosedQuote: boolean;
  /**
   * Blank rows just before this record that were not handed over one by one (a workbook's
   * missing or empty rows: a blank row costs nothing); counted as blank by the readers.
   */
  blankBefore?: number;
}

/** Receives each record as ranges (see {@link CsvCells}); return `false` to stop. */
export type CellSink = (cells: CsvCells) => boolean | void;

/**
 * Scans CSV text once and hands every record to `sink` as cell ranges (no string per cell);
 * empty lines come through as a record of one empty cell. Linear in the text length.
 *
 * @example
 * scanCsvCells('a,"b ""c"""\n', {}, (r) => void console.log(r.starts[0], r.ends[0], r.values[1]));
 * // logs: 0 1 'b "c"'
 */
export function scanCsvCells(text: string, options: ScanOptions, sink: CellSink): ScanResult {
  const delimiter = options.delimiter ?? detectDelimiter(text);
  const delim = delimiter.charCodeAt(0);
  const onProgress = options.onProgress;
  const n = text.length;
  const firstLine = options.startLine ?? 1;
  const cells: CsvCells = { starts: [], ends: [], values: [], count: 0, line: firstLine, lastLine: firstLine, unclosedQuote: false };
  const starts = cells.starts;
  const ends = cells.ends;
  const values = cells.values;
  let count = 0;
  let pos = 0;
  let line = firstLine;
  let recordLine = firstLine;
  let records = 0;
  let unclosedQuoteLine: number | null = null;
  let unclosed = false;
  let stopped = false;

  while (pos < n && !stopped) {
    let c = text.charCodeAt(pos);
    if (c === QUOTE) {
      const open = pos;
      let start = pos + 1;
      let value: string | null = null;
      for (;;) {
        const q = text.indexOf('"', start);
        if (q === -1) {
          // Never closed: the quote is an ordinary character and the cell ends at the next
          // delimiter or line break, so the rows after it are still read (and the record is
          // reported), instead of one cell swallowing the rest of the file.
          let end = open + 1;
          while (end < n) {
            c = text.charCodeAt(end);
            if (c === delim || c === LF || c === CR) break;
            end++;
          }
          starts[count] = open;
          ends[count] = end;
          value = null;
          if (unclosedQuoteLine === null) unclosedQuoteLine = recordLine;
          unclosed = true;
          pos = end;
          break;
        }
        if (text.charCodeAt(q + 1) === QUOTE) {
          value = (value ?? '') + text.slice(start, q + 1);
          start = q + 2;
          continue;
        }
        starts[count] = open + 1;
        ends[count] = q;
        if (value !== null) value += text.slice(start, q);
        line += countBreaks(text, open, q);
        pos = q + 1;
        let end = pos;
        while (end < n) {
          c = text.charCodeAt(end);
          if (c === delim || c === LF || c === CR) break;
          end++;
        }
        if (end > pos) value = (value ?? text.slice(open + 1, q)) + text.slice(pos, end);
        pos = end;
        break;
      }
      values[count] = value;
    } else {
      let end = pos;
      while (end < n) {
        c = text.charCodeAt(end);
        if (c === delim || c === LF || c === CR) break;
        end++;
      }
      starts[count] = pos;
      ends[count] = end;
      values[count] = null;
      pos = end;
    }
    count++;
    if (pos >= n) break;
    c = text.charCodeAt(pos);
    pos++;
    if (c === delim) {
      if (pos >= n) {
        starts[count] = n;
        ends[count] = n;
        values[count] = null;
        count++;
      }
      continue;
    }
    if (c === CR && pos < n && text.charCodeAt(pos) === LF) pos++;
    records++;
    cells.count = count;
    cells.line = recordLine;
    cells.lastLine = line;
    cells.unclosedQuote = unclosed;
    if (sink(cells) === false) stopped = true;
    unclosed = false;
    count = 0;
    line++;
    recordLine = line;
    if (onProgress !== undefined && (records & 0xffff) === 0) onProgress(pos / n);
  }
  if (count > 0 && !stopped) {
    records++;
    cells.count = count;
    cells.line = recordLine;
    cells.lastLine = line;
    cells.unclosedQuote = unclosed;
    sink(cells);
  }
  onProgress?.(1);
  return { delimiter, recordCount: records, unclosedQuoteLine };
}

/**
 * The string of cell `index` of a record (see {@link CsvCells}).
 *
 * @example cellText('a,b', { starts: [0, 2], ends: [1, 3], values: [null, null], count: 2, line: 1, unclosedQuote: false }, 1) // 'b'
 */
export function cellText(text: string, cells: CsvCells, index: number): string {
  return cells.values[index] ?? text.slice(cells.starts[index], cells.ends[index]);
}

/**
 * Scans CSV text once and hands every record to `sink` as strings (see {@link RecordSink});
 * empty lines come through as a record of one empty cell. Linear in the text length.
 *
 * @example
 * const rows: string[][] = [];
 * scanCsv('a,b\n"x ""y""",2\n', {}, (cells, count) => void rows.push(cells.slice(0, count)));
 * // rows: [['a', 'b'], ['x "y"', '2']]
 */
export function scanCsv(text: string, options: ScanOptions, sink: RecordSink): ScanResult {
  const strings: string[] = [];
  return scanCsvCells(text, options, (cells) => {
    for (let i = 0; i < cells.count; i++) strings[i] = cells.values[i] ?? text.slice(cells.starts[i], cells.ends[i]);
    return sink(strings, cells.count, cells.line, cells.unclosedQuote);
  });
}

/** One record with the line where it starts. */
export interface CsvRecord {
  cells: string[];
  line: number;
}

/**
 * Convenience form of {@link scanCsv} that collects every record (tests, small files).
 *
 * @example parseCsv('a;b\r\n1;"x\ny"\r\n').records // [{ cells: ['a','b'], line: 1 }, { cells: ['1','x\ny'], line: 2 }]
 */
export function parseCsv(text: string, options: ScanOptions = {}): ScanResult & { records: CsvRecord[] } {
  const records: CsvRecord[] = [];
  const result = scanCsv(text, options, (cells, count, line) => void records.push({ cells: cells.slice(0, count), line }));
  return { ...result, records };
}
