/**
 * A UTF-8 file read piece by piece: the bytes are cut at record boundaries found at the byte
 * level, exactly where the CSV scanner (csv.ts) would end a record, and each piece is decoded
 * only when the reader reaches it. A file of a million tickets then never exists as one string
 * (two bytes per character as soon as one character is outside Latin-1), and the pieces a file
 * is cut into for several threads (parts.ts) start at the same boundaries.
 */
import type { BytePiece, Source, TextPiece } from './source.js';
import { indexOfByte } from './text-bytes.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Bytes per piece of a text read piece by piece. */
export const PIECE_BYTES = 16 * 1024 * 1024;

/**
 * Bytes per piece of a file read from disk ({@link piecesFromReader}). Smaller than
 * {@link PIECE_BYTES}: each piece's text is garbage once its rows are read, and V8 collects it
 * only at a major collection, so several pieces' texts pile up in between (two bytes per
 * character as soon as one title holds a dash or a curly quote). 4 MB instead of 16 MB took the
 * peak RSS after reading 1M tickets + 100k assets from 861 to 754 MB (own generator) and from
 * 1046 to 815 MB (second generator), the CPU time unchanged (bench/cli.ts, load ~9 on 2 cores).
 */
export const DISK_PIECE_BYTES = 4 * 1024 * 1024;

/** Bytes that are not UTF-8: the one-pass decoding chooses another encoding (or refuses). */
export class NotUtf8 extends Error {}

function isCellStart(bytes: Uint8Array, at: number, delimiter: number): boolean {
  if (at === 0) return true;
  const before = bytes[at - 1];
  return before === delimiter || before === LF || before === CR;
}

/** Where a search of {@link recordStartAfter} stands; `reachedEnd` is set when one ran into the end of the bytes. */
interface Cursor {
  at: number;
  reachedEnd?: boolean;
}

/**
 * The index after the quote closing the quoted cell opened at `open` (`""` is an escaped quote),
 * or −1 if never closed. Marks `cursor.reachedEnd` when the answer depends on bytes past the end
 * of `bytes` (no closing quote, or one on the last byte, which a following `"` would escape).
 */
function afterClosingQuote(bytes: Uint8Array, open: number, cursor: Cursor): number {
  let close = indexOfByte(bytes, QUOTE, open + 1);
  while (close !== -1 && bytes[close + 1] === QUOTE) close = indexOfByte(bytes, QUOTE, close + 2);
  if (close === -1 || close + 1 >= bytes.length) cursor.reachedEnd = true;
  return close === -1 ? -1 : close + 1;
}

/**
 * The first byte at or after `target` where a record starts, as the CSV scanner reads the
 * bytes: a quote opens a quoted cell only at the start of a cell, `""` inside is an escaped
 * quote, and an opening quote never closed is an ordinary character. Only quotes are visited
 * (native `indexOf`), from `cursor.at` (a point outside any quoted cell, moved on by each call);
 * −1 when no record starts after `target`. Quotes and line breaks are ASCII, so the bytes of
 * UTF-8 text agree with the decoded text.
 */
export function recordStartAfter(bytes: Uint8Array, target: number, delimiter: number, cursor: Cursor): number {
  let at = cursor.at;
  const before = bytes.subarray(0, target);
  for (;;) {
    const quote = indexOfByte(before, QUOTE, at);
    if (quote === -1) break;
    if (!isCellStart(bytes, quote, delimiter)) at = quote + 1;
    else {
      const after = afterClosingQuote(bytes, quote, cursor);
      // Never closed: an ordinary character (and no quote follows anywhere).
      at = after === -1 ? quote + 1 : after;
    }
  }
  // `at` is outside any quoted cell: at most `target`, or just past a cell that closes after it.
  let from = Math.max(at, target);
  if (from > 0 && bytes[from - 1] === CR && bytes[from] === LF) from++;
  let end = from;
  for (; end < bytes.length; end++) {
    const b = bytes[end];
    if (b === LF || b === CR) break;
    if (b === QUOTE && isCellStart(bytes, end, delimiter)) {
      const after = afterClosingQuote(bytes, end, cursor);
      if (after !== -1) end = after - 1;
    }
  }
  cursor.at = end;
  if (end >= bytes.length) return -1;
  return bytes[end] === CR && bytes[end + 1] === LF ? end + 2 : end + 1;
}

/** Line breaks (LF, CRLF or a lone CR) in `bytes[from, to)`. */
export function countBreaks(bytes: Uint8Array, from: number, to: number): number {
  // Searches are bounded by a view: `indexOf` of an absent byte would read to the buffer's end.
  const range = bytes.subarray(from, to);
  let breaks = 0;
  for (let at = indexOfByte(range, LF); at !== -1; at = indexOfByte(range, LF, at + 1)) breaks++;
  const cr = indexOfByte(range, CR);
  if (cr === -1) return breaks;
  for (let i = from + cr; i < to; i++) if (bytes[i] === CR && bytes[i + 1] !== LF) breaks++;
  return breaks;
}

/**
 * The offset in `bytes` where its line `breaks + 1` starts: just after its `breaks`-th line break
 * (LF, CRLF or a lone CR, counted as {@link countBreaks} counts them); `bytes.length` when it has
 * fewer. A record starts at a line's start: the text reader's line numbers locate it in the bytes.
 *
 * @example afterBreaks(encoder.encode('a\r\nb\rc'), 2) // 5, where 'c' starts
 */
export function afterBreaks(bytes: Uint8Array, breaks: number): number {
  // Once per file, over the header and the sample: a plain loop.
  let at = 0;
  let left = breaks;
  while (left > 0 && at < bytes.length) {
    const c = bytes[at++];
    if (c === LF) left--;
    else if (c === CR) {
      if (bytes[at] === LF) at++;
      left--;
    }
  }
  return left > 0 ? bytes.length : at;
}

function isBom(bytes: Uint8Array, at: number): boolean {
  return bytes[at] === 0xef && bytes[at + 1] === 0xbb && bytes[at + 2] === 0xbf;
}

/** Bytes of the byte-order marks a file's decoding drops from its start (one, and a second right after it). */
export function leadingBomBytes(bytes: Uint8Array): number {
  if (!isBom(bytes, 0)) return 0;
  return isBom(bytes, 3) ? 6 : 3;
}

/**
 * Strict UTF-8 of `bytes`; at the start of a file (`dropBom`), without its byte-order marks,
 * as the one-pass decoding reads a file without a declared encoding.
 */
export function utf8(bytes: Uint8Array, dropBom: boolean): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(dropBom ? bytes.subarray(leadingBomBytes(bytes)) : bytes);
  } catch {
    throw new NotUtf8('not UTF-8');
  }
}

/** The delimiter byte of a CSV file: the mapping's, or the one `detect` chooses from its first 256 kB. */
export function delimiterByte(bytes: Uint8Array, declared: string | undefined, detect: (text: string) => string): number {
  return (declared ?? detect(new TextDecoder().decode(bytes.subarray(0, 262_144)))).charCodeAt(0);
}

/**
 * `bytes` (a run of whole records; at the file's start when `fileStart`) as a {@link Source}
 * decoded piece by piece: pieces of about {@link PIECE_BYTES}, cut at record starts. The
 * byte-order marks inside the text are found in the bytes first, so that they are flagged
 * before any row as in one pass. Throws {@link NotUtf8} when a piece is not UTF-8 (the first
 * at once, later ones when reached).
 */
export function piecesOf(bytes: Uint8Array, startLine: number, delimiter: number, fileStart: boolean, pieceBytes = PIECE_BYTES): Source {
  const end = bytes.length;
  const cuts = [0];
  const cursor = { at: 0 };
  for (let target = pieceBytes; target < end; target = cuts[cuts.length - 1]! + pieceBytes) {
    const cut = recordStartAfter(bytes, target, delimiter, cursor);
    if (cut === -1 || cut >= end) break;
    cuts.push(cut);
  }
  cuts.push(end);
  const bomLines: number[] = [];
  let counted = 0;
  let line = startLine;
  for (let at = indexOfByte(bytes, 0xef, fileStart ? leadingBomBytes(bytes) : 0); at !== -1; at = indexOfByte(bytes, 0xef, at + 1)) {
    if (!isBom(bytes, at)) continue;
    line += countBreaks(bytes, counted, at);
    counted = at;
    if (bomLines[bomLines.length - 1] !== line) bomLines.push(line);
  }
  let next = 1;
  let nextLine = startLine;
  const piece = (k: number): TextPiece => {
    const text = utf8(bytes.subarray(cuts[k]!, cuts[k + 1]!), k === 0 && fileStart);
    const piece = { text, startLine: nextLine, from: cuts[k]! / end, to: cuts[k + 1]! / end };
    nextLine += countBreaks(bytes, cuts[k]!, cuts[k + 1]!);
    return piece;
  };
  const firstBytes = { bytes: bytes.subarray(cuts[0]!, cuts[1]!), startLine, from: 0, to: cuts[1]! / end };
  const first = piece(0);
  const moreBytes = (): BytePiece | null => {
    if (next >= cuts.length - 1) return null;
    const k = next++;
    const bytePiece = { bytes: bytes.subarray(cuts[k]!, cuts[k + 1]!), startLine: nextLine, from: cuts[k]! / end, to: cuts[k + 1]! / end };
    nextLine = NaN;
    return bytePiece;
  };
  return {
    text: first.text,
    workbook: null,
    share: first.to,
    bomLines,
    totalLength: end,
    more: () => (next < cuts.length - 1 ? piece(next++) : null),
    moreBytes,
    firstBytes,
  };
}

/**
 * Random access to a file's bytes, so that a large file is read piece by piece from disk and
 * never held whole (a million tickets are 272 MB of bytes besides the table being built).
 */
export interface ByteReader {
  /** The file's size in bytes. */
  readonly size: number;
  /** Reads bytes from `position` into `into`; returns how many (0 at the end). */
  read(into: Uint8Array, position: number): number;
}

/** A file read piece by piece from disk holds a byte-order mark inside: it is read whole instead (see {@link piecesOf}). */
export class ReadWhole extends Error {}

/** Bytes read past a piece's end to find where its last record ends; doubled while not enough. */
export const LOOKAHEAD_BYTES = 1024 * 1024;

/**
 * Where the bytes a {@link ByteReader} gives start in their file: at its start (`fileStart`:
 * its byte-order marks are dropped), or at a record start further on (a part of the file read
 * on its own thread, parts.ts), whose first line is `startLine`.
 */
export interface RangeStart {
  startLine: number;
  fileStart: boolean;
}

const FILE_START: RangeStart = { startLine: 1, fileStart: true };

/**
 * A large UTF-8 file as a {@link Source} read from disk piece by piece: pieces of about
 * `pieceBytes` cut at record starts exactly as {@link piecesOf} cuts them, found in a window of the
 * file (the piece and a look-ahead, grown until the cut no longer depends on bytes past it —
 * an open quoted cell, a line break not yet seen — so the cut is the one the whole bytes give).
 * Only that window and the piece's text are in memory. Throws {@link NotUtf8} when a piece is
 * not UTF-8 and {@link ReadWhole} when one holds a byte-order mark past the file's start (its
 * line must be flagged before any row: the whole bytes are needed first); the caller then
 * reads the file whole, as one pass does.
 *
 * @example
 * const source = piecesFromReader({ size, read: (into, at) => readSync(fd, into, 0, into.length, at) }, 44);
 * for (let piece = source.more!(); piece !== null; piece = source.more!()) {} // each piece's text
 */
export function piecesFromReader(reader: ByteReader, delimiter: number, pieceBytes = DISK_PIECE_BYTES, lookaheadBytes = LOOKAHEAD_BYTES, from: RangeStart = FILE_START): Source {
  let size = reader.size;
  let buffer = new Uint8Array(Math.min(size, pieceBytes + lookaheadBytes));
  // buffer[0, filled) holds the file's bytes [start, start + filled); start is a record start.
  let start = 0;
  let filled = 0;
  let nextLine = from.startLine;
  // Only at the file's own start are byte-order marks dropped rather than refused.
  const atFileStart = (): boolean => start === 0 && from.fileStart;
  const fill = (): void => {
    while (filled < buffer.length && start + filled < size) {
      const read = reader.read(buffer.subarray(filled), start + filled);
      // A file that shrank while read ends where its bytes end.
      if (read === 0) size = start + filled;
      if (read === 0) break;
      filled += read;
    }
  };
  const cutOf = (): number => {
    for (;;) {
      fill();
      const atEnd = start + filled >= size;
      if (start + pieceBytes >= size) {
        if (atEnd) return filled;
      } else {
        const window = buffer.subarray(0, filled);
        const cursor: Cursor = { at: 0 };
        const cut = recordStartAfter(window, pieceBytes, delimiter, cursor);
        // At the end of the file the window is all the bytes left: the cut is the whole bytes' cut.
        if (atEnd) return cut === -1 || cut >= filled ? filled : cut;
        if (cut !== -1 && !cursor.reachedEnd && cut < filled) return cut;
      }
      const grown = new Uint8Array(Math.min(size - start, buffer.length * 2));
      grown.set(buffer.subarray(0, filled));
      buffer = grown;
    }
  };
  // The bytes of the piece last handed out stay in the buffer until the next piece is asked for.
  let handedOut = 0;
  const nextBytes = (): BytePiece | null => {
    if (handedOut > 0) {
      buffer.copyWithin(0, handedOut, filled);
      filled -= handedOut;
      start += handedOut;
      handedOut = 0;
    }
    if (start >= size) return null;
    const cut = cutOf();
    const bytes = buffer.subarray(0, cut);
    for (let at = indexOfByte(bytes, 0xef, atFileStart() ? leadingBomBytes(bytes) : 0); at !== -1; at = indexOfByte(bytes, 0xef, at + 1)) {
      if (isBom(bytes, at)) throw new ReadWhole('a byte-order mark inside the file');
    }
    handedOut = cut;
    return { bytes, startLine: nextLine, from: start / size, to: (start + cut) / size, bomFree: true, start };
  };
  const decoded = (next: BytePiece): TextPiece => {
    const text = utf8(next.bytes, atFileStart());
    nextLine += countBreaks(buffer, 0, next.bytes.length);
    return { text, startLine: next.startLine, from: next.from, to: next.to };
  };
  const piece = (): TextPiece | null => {
    const next = nextBytes();
    return next === null ? null : decoded(next);
  };
  const moreBytes = (): BytePiece | null => {
    const next = nextBytes();
    nextLine = NaN;
    return next;
  };
  const firstBytes = nextBytes()!;
  const first = decoded(firstBytes);
  return { text: first.text, workbook: null, share: first.to, bomLines: [], totalLength: size, more: piece, moreBytes, firstBytes };
}
