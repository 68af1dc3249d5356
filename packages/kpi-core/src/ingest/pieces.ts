/**
 * A UTF-8 file read piece by piece: the bytes are cut at record boundaries found at the byte
 * level, exactly where the CSV scanner (csv.ts) would end a record, and each piece is decoded
 * only when the reader reaches it. A file of a million tickets then never exists as one string
 * (two bytes per character as soon as one character is outside Latin-1), and the pieces a file
 * is cut into for several threads (parts.ts) start at the same boundaries.
 */
import type { Source, TextPiece } from './source.js';

const LF = 10;
const CR = 13;
const QUOTE = 34;

/** Bytes per piece of a text read piece by piece. */
export const PIECE_BYTES = 16 * 1024 * 1024;

/** Bytes that are not UTF-8: the one-pass decoding chooses another encoding (or refuses). */
export class NotUtf8 extends Error {}

function isCellStart(bytes: Uint8Array, at: number, delimiter: number): boolean {
  if (at === 0) return true;
  const before = bytes[at - 1];
  return before === delimiter || before === LF || before === CR;
}

/** The index after the quote closing the quoted cell opened at `open` (`""` is an escaped quote), or −1 if never closed. */
function afterClosingQuote(bytes: Uint8Array, open: number): number {
  let close = bytes.indexOf(QUOTE, open + 1);
  while (close !== -1 && bytes[close + 1] === QUOTE) close = bytes.indexOf(QUOTE, close + 2);
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
export function recordStartAfter(bytes: Uint8Array, target: number, delimiter: number, cursor: { at: number }): number {
  let at = cursor.at;
  const before = bytes.subarray(0, target);
  for (;;) {
    const quote = before.indexOf(QUOTE, at);
    if (quote === -1) break;
    if (!isCellStart(bytes, quote, delimiter)) at = quote + 1;
    else {
      const after = afterClosingQuote(bytes, quote);
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
      const after = afterClosingQuote(bytes, end);
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
  for (let at = range.indexOf(LF); at !== -1; at = range.indexOf(LF, at + 1)) breaks++;
  const cr = range.indexOf(CR);
  if (cr === -1) return breaks;
  for (let i = from + cr; i < to; i++) if (bytes[i] === CR && bytes[i + 1] !== LF) breaks++;
  return breaks;
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
  for (let at = bytes.indexOf(0xef, fileStart ? leadingBomBytes(bytes) : 0); at !== -1; at = bytes.indexOf(0xef, at + 1)) {
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
  const first = piece(0);
  return {
    text: first.text,
    workbook: null,
    share: first.to,
    bomLines,
    totalLength: end,
    more: () => (next < cuts.length - 1 ? piece(next++) : null),
  };
}
