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
import { countBreaks, delimiterByte, NotUtf8, piecesOf, recordStartAfter, utf8 } from './pieces.js';
import { DEFAULT_MAX_BYTES, HeadTooShort, finishRows, readRows, type LaterPart, type ReadOptions, type ReadResult, type RowsPart, type Source } from './read.js';
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
