/**
 * The byte reader: the rows of a piece of a UTF-8 CSV file read straight from its bytes
 * (DESIGN §3, issue 13 item 3). The bytes are scanned for delimiters, quotes and line breaks
 * as the CSV scanner (csv.ts) scans text, and each cell goes to its column's field reader:
 * numbers and ISO dates parsed from the bytes, repeated values found by their bytes
 * ({@link ByteInterner}), and only the other text decoded.
 *
 * Correct by construction: a record is taken here only when it is a plain accepted row — the
 * header's width, every value read, no warning, no rejection. Any other record (a blank or short
 * row, a repeated header, an unread or questionable value, a quoted cell with text after its
 * closing quote, too many rows…) is decoded and handed to the text reader (read.ts
 * `processRecord`), which then does exactly what it does for every row of a text: the same
 * counts, issues, lines and values. A quote never closed hands the rest of the piece over.
 */
import { lastDateWasDstGap, leadingDayMonth, type IsoBytesReader } from './dates.js';
import { parsePlainNumberBytes, type NumberOptions } from './numbers.js';
import { NotUtf8, utf8 } from './pieces.js';
import { ByteInterner, textOf, validUtf8 } from './text-bytes.js';

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** The cell is quoted with `""` inside (its text is the decoded bytes with each `""` made `"`). */
const ESCAPED = 1;
/** The cell holds a byte above 0x7F (checked to be UTF-8). */
const HIGH = 2;

/** How one field of the reading plan reads its cells from bytes. */
export interface ByteField {
  /** Column indexes carrying the field (several when a header repeats: first non-empty wins). */
  indexes: readonly number[];
  required: boolean;
  /** `id` or `assetId`: a value that might be Excel's scientific notation goes to the text reader. */
  idField: boolean;
  isDate: boolean;
  /** The file's day/month order is still undecided: a numeric date goes to the text reader. */
  lateOrder: boolean;
  markers: Set<string> | null;
  maxMarker: number;
  /** Numeric fields: the text reader's parser, for every value the byte parser does not read. */
  parseText: ((text: string, from: number, to: number) => number) | null;
  /** Numeric fields read from bytes: plain numbers with these options (see `parsePlainNumberBytes`), or null. */
  plainNumbers: NumberOptions | null;
  /** Date fields read from bytes: the ISO reader, or null. */
  isoDates: IsoBytesReader | null;
  /** String fields: the text reader's transform and value map, which sets `issue.lastIssue`. */
  resolve: ((value: string) => string | null) | null;
  issue: { lastIssue: unknown };
  intern: ByteInterner;
  /** `resolve`'s value (without issue) of each interner entry met, by entry. */
  resolved: (string | null | undefined)[];
  numbers: { push(value: number): void } | null;
  strings: { push(value: string | null): void } | null;
}

/** What the byte reader needs of the text reader's state (read.ts). */
export interface ByteRowsContext {
  delimiter: number;
  /** Cells of the header. */
  expected: number;
  /** Non-empty cells past the header's width are flagged (`long-row`): such rows go to the text reader. */
  flagLongRows: boolean;
  headerKeyIndex: number;
  headerKeyText: string;
  fields: readonly ByteField[];
  /** Whether one more row may be read (`maxRows`). */
  roomForRow(): boolean;
  /** Counts an accepted row at `line` (its values are then pushed by the reader). */
  accept(line: number): void;
  /** The text reader on `text` (whole records) whose first line is `startLine`; its unclosed-quote line. */
  readText(text: string, startLine: number): number | null;
  onProgress?: (fraction: number) => void;
}

/** What reading a piece's bytes gave. */
export interface ByteRowsResult {
  /** File line after the piece. */
  line: number;
  /** First line of a record with a quote never closed, or null. */
  unclosedQuoteLine: number | null;
  /** Records handed to the text reader (for the reader's choice of path). */
  fallbacks: number;
  records: number;
}

/**
 * A reader of pieces' bytes for one file (its scratch arrays reused from piece to piece).
 *
 * @example
 * const read = byteRowsReader(context);
 * const { line } = read(pieceBytes, 12_345); // the piece's records, as the text reader would read them
 */
export function byteRowsReader(ctx: ByteRowsContext): (bytes: Uint8Array, startLine: number) => ByteRowsResult {
  const delim = ctx.delimiter;
  const fields = ctx.fields;
  const expected = ctx.expected;
  const keyBytes = new TextEncoder().encode(ctx.headerKeyText);
  let starts = new Int32Array(64);
  let ends = new Int32Array(64);
  let flags = new Uint8Array(64);
  const numbers = new Float64Array(fields.length);
  const strings: (string | null)[] = new Array<string | null>(fields.length).fill(null);

  // The trimmed cell being read: bytes[cellFrom, cellTo), or `cellString` when it must be
  // decoded first (`""` inside, a no-break space at an end); `cellAscii` when no byte is above 0x7F.
  let cellFrom = 0;
  let cellTo = 0;
  let cellString: string | null = null;
  let cellAscii = true;

  const trimText = (text: string): string => {
    let from = 0;
    let to = text.length;
    while (from < to && isBlankChar(text.charCodeAt(from))) from++;
    while (to > from && isBlankChar(text.charCodeAt(to - 1))) to--;
    return from === 0 && to === text.length ? text : text.slice(from, to);
  };

  // A quoted cell's bytes with each `""` made `"`, decoded once: decoding the cell and then
  // `replaceAll('""', '"')` made two strings, the second a tree of pieces (a ConsString of
  // slices) kept as is by the column. The 85,543 escaped cells of the first 64 MB of the 1M own
  // file (a row in three has `""`): 86–105 ms that way, 38–47 ms this way (five runs, load ~5).
  let unescaped = new Uint8Array(256);
  const unescapedText = (bytes: Uint8Array, from: number, to: number, ascii: boolean): string => {
    if (unescaped.length < to - from) unescaped = new Uint8Array(2 * (to - from));
    let length = 0;
    for (let i = from; i < to; i++) {
      const c = bytes[i]!;
      unescaped[length++] = c;
      // Inside a quoted cell the scanner leaves quotes only in pairs: the second is skipped.
      if (c === QUOTE) i++;
    }
    return textOf(unescaped, 0, length, ascii);
  };

  const readCell = (bytes: Uint8Array, index: number): void => {
    let from = starts[index]!;
    let to = ends[index]!;
    const flag = flags[index]!;
    cellAscii = (flag & HIGH) === 0;
    if ((flag & ESCAPED) !== 0) {
      cellString = trimText(unescapedText(bytes, from, to, cellAscii));
      return;
    }
    while (from < to && isAsciiBlank(bytes[from]!)) from++;
    while (to > from && isAsciiBlank(bytes[to - 1]!)) to--;
    if (!cellAscii && to - from >= 2 && ((bytes[from] === 0xc2 && bytes[from + 1] === 0xa0) || (bytes[to - 2] === 0xc2 && bytes[to - 1] === 0xa0))) {
      cellString = trimText(textOf(bytes, from, to, false));
      return;
    }
    cellString = null;
    cellFrom = from;
    cellTo = to;
  };

  /** Reads a record of `count` cells as an accepted row with no issue; false (nothing changed) when it is not one. */
  const plainRow = (bytes: Uint8Array, count: number, line: number): boolean => {
    if (count < expected) return false;
    if (count > expected && ctx.flagLongRows) for (let i = expected; i < count; i++) if (ends[i]! > starts[i]!) return false;
    if (!ctx.roomForRow()) return false;
    readCell(bytes, ctx.headerKeyIndex);
    if (cellString !== null) {
      if (cellString === ctx.headerKeyText) return false;
    } else if (cellTo - cellFrom === keyBytes.length) {
      let same = true;
      for (let k = 0; k < keyBytes.length && same; k++) same = bytes[cellFrom + k] === keyBytes[k];
      if (same) return false;
    }
    for (let p = 0; p < fields.length; p++) {
      const field = fields[p]!;
      const indexes = field.indexes;
      // The common cell inline (unquoted or quoted without `""`, nothing to trim); readCell for the others.
      const index = indexes[0]!;
      let from = starts[index]!;
      let to = ends[index]!;
      const flag = flags[index]!;
      let ascii = (flag & HIGH) === 0;
      let string: string | null = null;
      if (flag === ESCAPED || flag === (ESCAPED | HIGH) || (to > from && (bytes[from]! <= 32 || bytes[to - 1]! <= 32 || (!ascii && (bytes[from] === 0xc2 || bytes[to - 2] === 0xc2))))) {
        readCell(bytes, index);
        from = cellFrom;
        to = cellTo;
        string = cellString;
        ascii = cellAscii;
      }
      let empty = string === null ? to <= from : string.length === 0;
      for (let k = 1; k < indexes.length && empty; k++) {
        readCell(bytes, indexes[k]!);
        from = cellFrom;
        to = cellTo;
        string = cellString;
        ascii = cellAscii;
        empty = string === null ? to <= from : string.length === 0;
      }
      const markers = field.markers;
      if (field.strings !== null) {
        let value: string | null = empty ? null : (string ?? field.intern.text(bytes, from, to, ascii));
        if (value !== null && markers !== null && value.length <= field.maxMarker && markers.has(value)) value = null;
        if (value !== null && field.resolve !== null) {
          // The value map's answer for an interned value, kept by entry (no look-up by string).
          const entry = string === null ? field.intern.entry : -1;
          if (entry >= 0 && field.resolved[entry] !== undefined) value = field.resolved[entry];
          else {
            value = field.resolve(value);
            if (field.issue.lastIssue !== null) return false;
            if (entry >= 0) field.resolved[entry] = value;
          }
        }
        if (value === null && field.required) return false;
        if (value !== null && field.idField && (value.includes('E+') || value.includes('e+'))) return false;
        strings[p] = value;
        continue;
      }
      let text: string | null = string;
      if (!empty && markers !== null && (string === null ? to - from <= 3 * field.maxMarker : string.length <= field.maxMarker)) {
        text ??= textOf(bytes, from, to, ascii);
        if (text.length <= field.maxMarker && markers.has(text)) empty = true;
      }
      if (empty) {
        if (field.required) return false;
        numbers[p] = NaN;
        continue;
      }
      let value = NaN;
      if (text === null) {
        if (field.plainNumbers !== null) value = parsePlainNumberBytes(bytes, from, to, field.plainNumbers);
        else if (field.isoDates !== null) value = field.isoDates.read(bytes, from, to);
      }
      if (value !== value) {
        text ??= textOf(bytes, from, to, ascii);
        value = field.parseText!(text, 0, text.length);
      }
      if (field.isDate) {
        if (lastDateWasDstGap()) return false;
        // A value read from bytes is `yyyy-…`, never a day/month date.
        if (field.lateOrder && text !== null && leadingDayMonth(text, 0, text.length) >= 0) return false;
        if (value < FIRST_ACCEPTED_INSTANT || value >= END_ACCEPTED_INSTANT) return false;
      }
      if (value !== value) return false;
      numbers[p] = value;
    }
    ctx.accept(line);
    for (let p = 0; p < fields.length; p++) {
      const field = fields[p]!;
      if (field.numbers !== null) field.numbers.push(numbers[p]!);
      else field.strings!.push(strings[p]!);
    }
    return true;
  };

  return (bytes, startLine) => {
    const n = bytes.length;
    let pos = 0;
    let line = startLine;
    let records = 0;
    let fallbacks = 0;
    const onProgress = ctx.onProgress;
    while (pos < n) {
      const recordStart = pos;
      const recordLine = line;
      let count = 0;
      let plain = true;
      for (;;) {
        if (count === starts.length) {
          const grownStarts = new Int32Array(count * 2);
          grownStarts.set(starts);
          starts = grownStarts;
          const grownEnds = new Int32Array(count * 2);
          grownEnds.set(ends);
          ends = grownEnds;
          const grownFlags = new Uint8Array(count * 2);
          grownFlags.set(flags);
          flags = grownFlags;
        }
        let c = pos < n ? bytes[pos]! : -1;
        let high = 0;
        let flag = 0;
        if (c === QUOTE) {
          let i = pos + 1;
          for (;;) {
            if (i >= n) {
              // Never closed: the text reader reads the rest of the piece, as it reads a text.
              const text = utf8(bytes.subarray(recordStart, n), false);
              const unclosedQuoteLine = ctx.readText(text, recordLine);
              return { line: recordLine + countLineBreaks(bytes, recordStart, n), unclosedQuoteLine, fallbacks: fallbacks + 1, records: records + 1 };
            }
            c = bytes[i]!;
            if (c === QUOTE) {
              if (bytes[i + 1] === QUOTE) {
                flag = ESCAPED;
                i += 2;
                continue;
              }
              break;
            }
            if (c === LF || (c === CR && bytes[i + 1] !== LF)) line++;
            high |= c;
            i++;
          }
          starts[count] = pos + 1;
          ends[count] = i;
          if (high >= 0x80 && !validUtf8(bytes, pos + 1, i)) throw new NotUtf8('not UTF-8');
          pos = i + 1;
          if (pos < n) {
            c = bytes[pos]!;
            // Text after the closing quote: the text reader joins it to the cell.
            if (c !== delim && c !== LF && c !== CR) {
              plain = false;
              while (pos < n && (c = bytes[pos]!) !== delim && c !== LF && c !== CR) pos++;
            }
          }
        } else {
          const from = pos;
          while (pos < n) {
            c = bytes[pos]!;
            if (c === delim || c === LF || c === CR) break;
            high |= c;
            pos++;
          }
          starts[count] = from;
          ends[count] = pos;
          if (high >= 0x80 && !validUtf8(bytes, from, pos)) throw new NotUtf8('not UTF-8');
        }
        flags[count] = flag | (high >= 0x80 ? HIGH : 0);
        count++;
        if (pos >= n) break;
        c = bytes[pos]!;
        pos++;
        // After a delimiter, even at the end of the piece, a cell follows (empty there): the loop
        // reads it, after making room for it.
        if (c === delim) continue;
        if (c === CR && pos < n && bytes[pos] === LF) pos++;
        break;
      }
      records++;
      if (!plain || !plainRow(bytes, count, recordLine)) {
        fallbacks++;
        ctx.readText(utf8(bytes.subarray(recordStart, pos), false), recordLine);
      }
      line++;
      if (onProgress !== undefined && (records & 0xffff) === 0) onProgress(pos / n);
    }
    onProgress?.(1);
    return { line, unclosedQuoteLine: null, fallbacks, records };
  };
}

/** Instants a row may carry (read.ts): outside, a value is flagged, so its row goes to the text reader. */
const FIRST_ACCEPTED_INSTANT = Date.UTC(1971, 0, 1);
const END_ACCEPTED_INSTANT = Date.UTC(2100, 0, 1);

function isAsciiBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

function isBlankChar(c: number): boolean {
  return c === 32 || c === 9 || c === 160 || c === 10 || c === 13;
}

/** Line breaks (LF, CRLF or a lone CR) in `bytes[from, to)`. */
function countLineBreaks(bytes: Uint8Array, from: number, to: number): number {
  let breaks = 0;
  for (let i = from; i < to; i++) {
    const c = bytes[i];
    if (c === LF || (c === CR && bytes[i + 1] !== LF)) breaks++;
  }
  return breaks;
}
