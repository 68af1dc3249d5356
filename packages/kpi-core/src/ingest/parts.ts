/**
 * Reading one large CSV file on several threads: the bytes are cut where the CSV scanner ends a
 * record (pieces.ts), each part is decoded and read on its own thread ({@link readPart}), and
 * the parts are merged into the table a one-pass read gives ({@link finishParts}). Nothing here
 * starts a thread: the Node entry and the dashboard's worker bring their own.
 *
 * The result is the one-pass result, row for row and issue for issue; when that cannot be
 * proven (a head too short to set the reading up as the first part does, bytes that are not
 * UTF-8, a part before the last ending in an unclosed quote), the caller reads the file in one
 * pass instead ({@link PartsNotPossible}).
 */
import { assetTable, ticketTable, type AssetTable, type TicketTable } from '../model/tables.js';
import type { AssetColumns, TicketColumns } from '../model/fields.js';
import { detectDelimiter } from './csv.js';
import { sniffNotCsv } from './decode.js';
import { DISK_PIECE_BYTES, LOOKAHEAD_BYTES, ReadWhole, countBreaks, delimiterByte, NotUtf8, piecesFromReader, piecesOf, recordStartAfter, utf8, type ByteReader } from './pieces.js';
import { DEFAULT_MAX_BYTES, HeadTooShort, finishRows, readRows, type LaterPart, type ReadOptions, type ReadResult, type RowsPart, type Source } from './read.js';
import { indexOfByte } from './text-bytes.js';
import { sniffWorkbook } from './xlsx.js';

/**
 * Below this many bytes per part, one pass is as fast: a thread takes a quarter of a second to
 * start, about what reading 10 MB takes, and merging the parts costs its share too.
 */
export const MIN_PART_BYTES = 32 * 1024 * 1024;
/** The head handed to later parts: at most this many bytes from the file's start. */
const HEAD_BYTES = 8 * 1024 * 1024;

const LF = 10;

/** Where a file is cut: byte ranges in file order, each starting at the start of a record. */
export interface PartPlan {
  /** Bytes `[0, headEnd)`, ending at a line break: what later parts set their reading up from. */
  headEnd: number;
  /** The file's delimiter, as a byte. */
  delimiter: number;
  ranges: { start: number; end: number }[];
}

/** The file cannot be read in parts with the one-pass result guaranteed: read it in one pass. */
export class PartsNotPossible extends Error {}

/**
 * Cuts `bytes` into `count` parts of about equal size (fewer when parts would be smaller than
 * `minPartBytes`), each cut at a record start, or returns null when the file should be read in
 * one pass: too small, a workbook, UTF-16, an
 * encoding other than UTF-8 declared, over `maxBytes`, or not CSV at all (the one-pass read
 * then gives the usual message).
 *
 * @example planParts(bytes, 2, {})?.ranges // [{ start: 0, end: 130_447_191 }, { start: 130_447_191, end: 260_894_334 }]
 */
export function planParts(bytes: Uint8Array, count: number, options: ReadOptions, minPartBytes = MIN_PART_BYTES): PartPlan | null {
  const n = bytes.length;
  if (count < 2 || n < 2 * minPartBytes) return null;
  if (n > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return null;
  const encoding = options.mapping?.encoding;
  if (encoding !== undefined && encoding !== 'utf-8') return null;
  if (sniffWorkbook(bytes) !== null || sniffNotCsv(bytes) !== null) return null;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const parts = Math.min(count, Math.floor(n / minPartBytes));
  const delimiter = delimiterByte(bytes, options.mapping?.delimiter, detectDelimiter);
  const cursor = { at: 0 };
  const ranges: PartPlan['ranges'] = [];
  let start = 0;
  for (let k = 1; k < parts; k++) {
    const cut = recordStartAfter(bytes, Math.max(start, Math.floor((n * k) / parts)), delimiter, cursor);
    if (cut === -1 || cut >= n) break;
    ranges.push({ start, end: cut });
    start = cut;
  }
  if (ranges.length === 0) return null;
  ranges.push({ start, end: n });
  const headLimit = Math.min(ranges[0]!.end, HEAD_BYTES);
  const headEnd = bytes.lastIndexOf(LF, headLimit - 1) + 1;
  if (headEnd === 0) return null;
  return { headEnd, delimiter, ranges };
}

/**
 * What reading one part needs of the file: its bytes, and for a part after the first the
 * file's head and the line it starts at. Views of the file's bytes, or copies to send to a
 * thread that has no shared memory (a browser worker).
 */
export interface PartInput {
  body: Uint8Array;
  /** Null for the first part. */
  head: Uint8Array | null;
  startLine: number;
  delimiter: number;
}

/**
 * Part `index` of `plan` as views of `bytes` (the lines before the part are counted here).
 *
 * @example const input = partInput(bytes, plan, 1); worker.postMessage(input) // or copies of its arrays
 */
export function partInput(bytes: Uint8Array, plan: PartPlan, index: number): PartInput {
  const { start, end } = plan.ranges[index]!;
  const body = bytes.subarray(start, end);
  if (index === 0) return { body, head: null, startLine: 1, delimiter: plan.delimiter };
  return { body, head: bytes.subarray(0, plan.headEnd), startLine: 1 + countBreaks(bytes, 0, start), delimiter: plan.delimiter };
}

/** The holder of a part's input: a reader takes it (`input` becomes null), so that the bytes go once read. */
export interface PartHolder {
  input: PartInput | null;
}

/**
 * Decodes and reads one part (see {@link partInput}), taking its input from `holder`. A part
 * after the first sets its reading up from the head, as the first part does, and numbers its
 * rows by file line. Throws {@link PartsNotPossible} when the part cannot give the one-pass
 * result; a RevueError is the one-pass refusal of the file.
 */
export function readPart(holder: PartHolder, kind: 'tickets' | 'assets', options: ReadOptions): RowsPart {
  try {
    const [source, later] = partSource(holder);
    return readRows(source, options, kind, later);
  } catch (error) {
    if (error instanceof HeadTooShort) throw new PartsNotPossible('head too short');
    // Not UTF-8: the one-pass read decides between Windows-1252 and a refusal.
    if (error instanceof NotUtf8) throw new PartsNotPossible('not UTF-8');
    throw error;
  }
}

/** The part as a text read piece by piece; only the pieces keep its bytes, until read. */
function partSource(holder: PartHolder): [Source, LaterPart | null] {
  const { body, head, startLine, delimiter } = holder.input!;
  holder.input = null;
  const source = piecesOf(body, startLine, delimiter, head === null);
  return [source, head === null ? null : { head: utf8(head, true), startLine }];
}

/** A {@link PartPlan} of a file read from disk: also the file line each part starts at. */
export interface DiskPartPlan extends PartPlan {
  startLines: number[];
}

/** Bytes `[from, to)` of `reader` (fewer at its end). */
function bytesAt(reader: ByteReader, from: number, to: number): Uint8Array {
  const bytes = new Uint8Array(Math.max(0, Math.min(to, reader.size) - from));
  let length = 0;
  for (let read = -1; length < bytes.length && read !== 0; length += read) read = reader.read(bytes.subarray(length), from + length);
  return bytes.subarray(0, length);
}

/**
 * {@link planParts} for a file read from disk (`reader`), without ever holding it whole: the
 * file is walked in 4 MB windows up to the last cut, following its quotes as the CSV scanner
 * does (native searches for quotes and line breaks only) and counting its lines, and each cut is
 * put at the first record start past its share of the file; each part is then read from disk on
 * its own thread ({@link readPartFrom}). Null when the file should be read in one pass, as for
 * planParts, and when a quote opened before a cut is never closed (the scanner then reads it
 * as an ordinary character: only the whole file tells).
 *
 * @example const plan = planPartsFrom({ size, read: (into, at) => readSync(fd, into, 0, into.length, at) }, 2, options);
 */
export function planPartsFrom(reader: ByteReader, count: number, options: ReadOptions, minPartBytes = MIN_PART_BYTES): DiskPartPlan | null {
  const n = reader.size;
  if (count < 2 || n < 2 * minPartBytes) return null;
  if (n > (options.maxBytes ?? DEFAULT_MAX_BYTES)) return null;
  const encoding = options.mapping?.encoding;
  if (encoding !== undefined && encoding !== 'utf-8') return null;
  const head = bytesAt(reader, 0, HEAD_BYTES);
  if (sniffWorkbook(head) !== null || sniffNotCsv(head) !== null) return null;
  if ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff)) return null;
  const parts = Math.min(count, Math.floor(n / minPartBytes));
  const delimiter = delimiterByte(head, options.mapping?.delimiter, detectDelimiter);
  const targets = Array.from({ length: parts - 1 }, (_, k) => Math.floor((n * (k + 1)) / parts));
  const found = recordStartsFrom(reader, delimiter, targets, WINDOW_BYTES);
  if (found === null) return null;
  const ranges: PartPlan['ranges'] = [];
  let start = 0;
  for (const cut of found.cuts) {
    if (cut <= start || cut >= n) break;
    ranges.push({ start, end: cut });
    start = cut;
  }
  if (ranges.length === 0) return null;
  ranges.push({ start, end: n });
  const headEnd = head.lastIndexOf(LF, Math.min(ranges[0]!.end, head.length) - 1) + 1;
  if (headEnd === 0) return null;
  return { headEnd, delimiter, ranges, startLines: [1, ...found.lines.slice(0, ranges.length - 1)] };
}

const QUOTE = 34;
const CR = 13;

/**
 * For each target (ascending), the first record start at or after it as the CSV scanner reads
 * the file (the rules of {@link recordStartAfter}: a quote opens a quoted cell only at a cell
 * start, `""` inside is an escaped quote), and the file line it starts; found window by window
 * (`windowBytes`, plus one byte to see past a CR or a quote at a window's end). Null when a
 * quote opened before a cut is still open at the end of the file.
 */
export function recordStartsFrom(reader: ByteReader, delimiter: number, targets: readonly number[], windowBytes: number): { cuts: number[]; lines: number[] } | null {
  const n = reader.size;
  const buffer = new Uint8Array(Math.min(n, windowBytes) + 1);
  const cuts: number[] = [];
  const lines: number[] = [];
  let base = 0;
  let position = 0;
  let inQuote = false;
  let previous = LF;
  let line = 1;
  let counted = 0;
  while (cuts.length < targets.length && base < n) {
    const length = bytesInto(reader, buffer, base);
    if (length === 0) break;
    const step = Math.min(length, windowBytes);
    const w = buffer.subarray(0, length);
    const own = w.subarray(0, step);
    let i = position - base;
    while (i < step && cuts.length < targets.length) {
      const q = indexOfByte(own, QUOTE, i);
      if (inQuote) {
        if (q === -1) break;
        // `""` is an escaped quote; at the file's last byte a quote closes.
        if (q + 1 < length && w[q + 1] === QUOTE) i = q + 2;
        else {
          inQuote = false;
          i = q + 1;
        }
        continue;
      }
      const target = targets[cuts.length]! - base;
      let from = Math.max(i, target);
      // Between the CR and the LF of a CRLF is no record start.
      if ((from > 0 ? w[from - 1] : previous) === CR && w[from] === LF) from++;
      const until = q === -1 ? step : q;
      if (from < until) {
        const span = own.subarray(0, until);
        const lf = indexOfByte(span, LF, from);
        const cr = indexOfByte(span, CR, from);
        const at = cr !== -1 && (lf === -1 || cr < lf) ? cr : lf;
        if (at !== -1) {
          const cut = w[at] === CR && w[at + 1] === LF ? at + 2 : at + 1;
          line += countBreaks(w, counted - base, cut);
          counted = base + cut;
          cuts.push(base + cut);
          lines.push(line);
          i = cut;
          continue;
        }
      }
      if (q === -1) break;
      const before = q > 0 ? w[q - 1] : previous;
      if (before === delimiter || before === LF || before === CR) inQuote = true;
      i = q + 1;
    }
    if (cuts.length < targets.length && counted < base + step) {
      line += countBreaks(w, counted - base, step);
      counted = base + step;
    }
    previous = w[step - 1]!;
    // The window is done (a quote escaped across its end: resume past the second quote).
    position = base + Math.max(i, step);
    base += step;
  }
  if (inQuote && cuts.length < targets.length) return null;
  return { cuts, lines };
}

const WINDOW_BYTES = 4 * 1024 * 1024;

/** Fills `into` from `reader` at `from`; returns how many bytes (fewer at its end). */
function bytesInto(reader: ByteReader, into: Uint8Array, from: number): number {
  let length = 0;
  for (let read = -1; length < into.length && read !== 0; length += read) read = reader.read(into.subarray(length), from + length);
  return length;
}

/**
 * Reads part `index` of `plan` from disk, piece by piece, through the same byte reader as a
 * one-pass read of the file (its rows from their bytes, the first piece's too): the part's bytes are
 * never held whole, and nothing is shared with the other parts but the file. Throws
 * {@link PartsNotPossible} and RevueErrors as {@link readPart} does. `pieceBytes`: smaller in
 * tests, so that small files also go through the byte reader.
 *
 * @example const rows = readPartFrom(reader, plan, 1, 'tickets', options);
 */
export function readPartFrom(reader: ByteReader, plan: DiskPartPlan, index: number, kind: 'tickets' | 'assets', options: ReadOptions, pieceBytes = DISK_PIECE_BYTES): RowsPart {
  const { start, end } = plan.ranges[index]!;
  const range: ByteReader = {
    size: end - start,
    read: (into, position) => (position >= end - start ? 0 : reader.read(into.subarray(0, Math.min(into.length, end - start - position)), start + position)),
  };
  const startLine = plan.startLines[index]!;
  try {
    const later = index === 0 ? null : { head: utf8(bytesAt(reader, 0, plan.headEnd), true), startLine };
    const source = piecesFromReader(range, plan.delimiter, pieceBytes, LOOKAHEAD_BYTES, { startLine, fileStart: index === 0 });
    return readRows(source, options, kind, later);
  } catch (error) {
    if (error instanceof HeadTooShort) throw new PartsNotPossible('head too short');
    if (error instanceof NotUtf8) throw new PartsNotPossible('not UTF-8');
    // A byte-order mark inside: one pass flags it before any row.
    if (error instanceof ReadWhole) throw new PartsNotPossible('a byte-order mark inside the file');
    throw error;
  }
}

/**
 * Merges the parts of a ticket or asset file (in plan order) into its table and quality
 * report, or throws {@link PartsNotPossible} when a part before the last ends inside a quoted
 * cell (the cut fell inside it: only a one-pass read can tell where that cell ends).
 */
export function finishParts(parts: readonly RowsPart[], kind: 'tickets', options: ReadOptions): ReadResult<TicketTable>;
export function finishParts(parts: readonly RowsPart[], kind: 'assets', options: ReadOptions): ReadResult<AssetTable>;
export function finishParts(parts: readonly RowsPart[], kind: 'tickets' | 'assets', options: ReadOptions): ReadResult<TicketTable | AssetTable> {
  if (parts.slice(0, -1).some((part) => part.unclosedQuoteLine !== null)) throw new PartsNotPossible('a quoted cell spans a cut');
  const { columns, length, quality } = finishRows(parts, options, kind);
  const table = kind === 'tickets' ? ticketTable(columns as Partial<TicketColumns>, length) : assetTable(columns as Partial<AssetColumns>, length);
  return { table, quality };
}

/** A string column as it crosses between threads: a dictionary and codes, or one joined string and lengths. */
type PackedStrings = { dictionary: (string | null)[]; codes: Int32Array } | { joined: string; lengths: Int32Array };

/** {@link RowsPart} ready to post: string columns packed (see {@link packRows}). */
export interface PackedRows extends Omit<RowsPart, 'fields'> {
  fields: (Omit<RowsPart['fields'][number], 'column'> & { column: Float64Array | PackedStrings })[];
}

const DICTIONARY_LIMIT = 65_536;

function packStrings(column: readonly (string | null)[]): PackedStrings {
  const codeOf = new Map<string | null, number>();
  const dictionary: (string | null)[] = [];
  const codes = new Int32Array(column.length);
  let row = 0;
  for (; row < column.length; row++) {
    const value = column[row]!;
    let code = codeOf.get(value);
    if (code === undefined) {
      if (dictionary.length === DICTIONARY_LIMIT) break;
      code = dictionary.push(value) - 1;
      codeOf.set(value, code);
    }
    codes[row] = code;
  }
  if (row === column.length) return { dictionary, codes };
  const lengths = new Int32Array(column.length);
  for (let i = 0; i < column.length; i++) lengths[i] = column[i] === null ? -1 : column[i]!.length;
  return { joined: column.join(''), lengths };
}

function unpackStrings(packed: PackedStrings): (string | null)[] {
  if ('codes' in packed) {
    const { dictionary, codes } = packed;
    const out = new Array<string | null>(codes.length);
    for (let i = 0; i < codes.length; i++) out[i] = dictionary[codes[i]!] as string | null;
    return out;
  }
  const { joined, lengths } = packed;
  const out = new Array<string | null>(lengths.length);
  let at = 0;
  for (let i = 0; i < lengths.length; i++) {
    const length = lengths[i]!;
    if (length < 0) out[i] = null;
    else {
      out[i] = joined.slice(at, at + length);
      at += length;
    }
  }
  return out;
}

/**
 * A part ready to post to another thread, and the buffers to transfer with it. Structured
 * cloning a million separate strings costs seconds; a dictionary of the repeated values (or
 * one joined string for columns of distinct texts, ids and titles) crosses in milliseconds.
 *
 * @example const { packed, transfer } = packRows(rows); port.postMessage(packed, transfer);
 */
export function packRows(rows: RowsPart): { packed: PackedRows; transfer: ArrayBuffer[] } {
  const transfer = new Set<ArrayBuffer>([rows.lines.buffer as ArrayBuffer]);
  const fields = rows.fields.map((field) => {
    const column = field.column instanceof Float64Array ? field.column : packStrings(field.column);
    if (column instanceof Float64Array) transfer.add(column.buffer as ArrayBuffer);
    else transfer.add(('codes' in column ? column.codes : column.lengths).buffer as ArrayBuffer);
    return { ...field, column };
  });
  return { packed: { ...rows, fields }, transfer: [...transfer] };
}

/** The part {@link packRows} packed. */
export function unpackRows(packed: PackedRows): RowsPart {
  return { ...packed, fields: packed.fields.map((field) => ({ ...field, column: field.column instanceof Float64Array ? field.column : unpackStrings(field.column) })) };
}
