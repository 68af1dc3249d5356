/**
 * Strings made from UTF-8 bytes, and the V8 string behaviours the readers rely on, in one
 * place with the measurement that justifies each (node v20, V8 11.3, this repository's 2-core
 * machine):
 *
 * - A cell's text is made straight from its bytes, only when the cell is text: numbers and
 *   dates are parsed from the bytes (byte-rows.ts), repeated values are found by their bytes
 *   ({@link ByteInterner}), so most cells never become a string. Decoding every 4 MB piece
 *   whole cost 0.7 s (TextDecoder) of the 15 s CPU profile of the CLI at 1M tickets, and the
 *   per-cell strings and slices most of the 1.1 s of garbage collection.
 * - Node's `Buffer.prototype.latin1Slice` / `utf8Slice` make a cell's string faster than a
 *   `TextDecoder` on a `subarray` (11–17 ms against 25–34 ms per 200,000 title cells, a
 *   micro-benchmark at load ~5). The browser, without `Buffer`, makes a cell of up to
 *   {@link SHORT_CELL_BYTES} itself ({@link shortText}: one `TextDecoder` call per cell cost
 *   Chromium twice Node's reading time) and takes the `TextDecoder` for longer ones.
 *   An all-ASCII cell (known from the scan) takes `latin1Slice`: a one-byte string, no UTF-8
 *   state machine.
 * - The bytes are checked to be UTF-8 by {@link validUtf8} (only the cells that hold a byte
 *   above 0x7F), so the decoders above may be the non-fatal ones: a file that is not UTF-8 is
 *   still refused piece by piece ({@link NotUtf8}) and re-read whole, as before.
 * - A string made here is a fresh sequential string: unlike a `slice` of 13 characters or more
 *   of a decoded piece (a SlicedString sharing the piece's characters, {@link SHARED_SLICE}),
 *   it never keeps a piece's text alive, so the byte path needs no detaching pass
 *   ({@link detached} took 0.35 s of the same profile).
 *
 * And for the text reader (read.ts), which reads the header, the sample, the records the byte
 * reader hands back, and small files, workbooks and other encodings whole:
 * - V8 makes a `slice` of {@link SHARED_SLICE} characters or more a SlicedString that points
 *   into its source: one kept title would keep the whole decoded file alive (520 MB of
 *   two-byte text at a million tickets). Every string a table keeps is therefore a copy:
 *   retention.test.ts reads a ~150 MB text and checks the table keeps less than half of it
 *   (49 MB measured; 174 MB when a slice kept the text).
 * - The copies are made where they cost least: a repeated value once, when the
 *   {@link RangeInterner} first meets it ({@link flat}); a column's other long values in one
 *   joined copy per column and piece ({@link detached}). Copying the interned values when
 *   interned, and detaching only the columns that returned a long slice, took reading 1M
 *   tickets from 5.6–5.8 s to 4.9 s (7.2 → 6.1 s of CPU, commit cc989cc).
 * - The few short strings kept besides the columns (headers, the located issues) go through a
 *   JSON copy ({@link copiedOut}): a few hundred strings, nothing to measure.
 */

type Slice = (this: Uint8Array, from: number, to: number) => string;
const bufferPrototype = (globalThis as { Buffer?: { prototype: { latin1Slice?: Slice; utf8Slice?: Slice } } }).Buffer?.prototype;
const latin1Slice: Slice | undefined = bufferPrototype?.latin1Slice;
const utf8Slice: Slice | undefined = bufferPrototype?.utf8Slice;
const decoder = new TextDecoder();
const bufferIndexOf = (globalThis as { Buffer?: { prototype: { indexOf?: (this: Uint8Array, value: number, from: number) => number } } }).Buffer?.prototype.indexOf;

/**
 * `bytes.indexOf(byte, from)`: the first `byte` at or after `from`, or −1. In Node through
 * `Buffer.prototype.indexOf`, which searches with `memchr`, where a typed array's own `indexOf`
 * compares byte by byte: over 64 MB of the 1M ticket file, 3–18 ms against 37–90 ms for a byte
 * that never occurs (the byte-order mark search over every piece), 13–34 ms against 53–193 ms
 * for the line breaks, 37–170 ms against 105–210 ms for the quotes (three runs each, load ~6).
 * The browser, without `Buffer`, takes the typed array's.
 *
 * @example indexOfByte(new TextEncoder().encode('a,"b"'), 34, 0) // 2
 */
export function indexOfByte(bytes: Uint8Array, byte: number, from = 0): number {
  return bufferIndexOf !== undefined ? bufferIndexOf.call(bytes, byte, from) : bytes.indexOf(byte, from);
}

/**
 * The text of UTF-8 `bytes[from, to)` (already checked by {@link validUtf8}); `ascii` when
 * every byte is below 0x80.
 *
 * @example textOf(new TextEncoder().encode('a,Hôtel'), 2, 8, false) // 'Hôtel'
 */
export function textOf(bytes: Uint8Array, from: number, to: number, ascii: boolean): string {
  if (from >= to) return '';
  if (ascii && latin1Slice !== undefined) return latin1Slice.call(bytes, from, to);
  if (utf8Slice !== undefined) return utf8Slice.call(bytes, from, to);
  if (to - from <= SHORT_CELL_BYTES) return shortText(bytes, from, to, ascii);
  return decoder.decode(bytes.subarray(from, to));
}

/**
 * Cells up to this many bytes are made by {@link shortText} where there is no `Buffer` (the
 * browser). A `TextDecoder.decode` call costs far more than its bytes in Chromium: reading the
 * 1M-ticket file in a Chromium 14x worker took 8.4 s with a decoder call per cell and 4.6 s
 * with `String.fromCharCode` for the short ones (Node, with `Buffer`, 4.1 s; /work/tmp harness,
 * 2026-12-04, this repository's 2-core machine). Longer cells are few and the decoder's fixed
 * cost small against them.
 */
export const SHORT_CELL_BYTES = 256;
const shortUnits = new Uint16Array(SHORT_CELL_BYTES);

/**
 * The text of `bytes[from, to)` (at most {@link SHORT_CELL_BYTES}) as `TextDecoder` reads it:
 * decoded here when it is well-formed UTF-8, by the decoder otherwise (its U+FFFD replacements
 * are then exactly the decoder's).
 */
export function shortText(bytes: Uint8Array, from: number, to: number, ascii: boolean): string {
  if (ascii) return String.fromCharCode.apply(null, bytes.subarray(from, to) as unknown as number[]);
  let n = 0;
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80) {
      shortUnits[n++] = b;
      i++;
      continue;
    }
    // The same bounds as validUtf8: no overlong form, no surrogate, nothing past U+10FFFF.
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    let code: number;
    if (b >= 0xc2 && b <= 0xdf) {
      need = 1;
      code = b & 0x1f;
    } else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      code = b & 0x0f;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      code = b & 0x07;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return decoder.decode(bytes.subarray(from, to));
    if (i + need >= to) return decoder.decode(bytes.subarray(from, to));
    const second = bytes[i + 1]!;
    if (second < low || second > high) return decoder.decode(bytes.subarray(from, to));
    code = (code << 6) | (second & 0x3f);
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return decoder.decode(bytes.subarray(from, to));
      code = (code << 6) | (next & 0x3f);
    }
    if (code >= 0x10000) {
      code -= 0x10000;
      shortUnits[n++] = 0xd800 + (code >> 10);
      shortUnits[n++] = 0xdc00 + (code & 0x3ff);
    } else shortUnits[n++] = code;
    i += need + 1;
  }
  return String.fromCharCode.apply(null, shortUnits.subarray(0, n) as unknown as number[]);
}

/**
 * Whether `bytes[from, to)` is well-formed UTF-8 as the WHATWG decoder reads it with
 * `fatal: true` (no overlong form, no surrogate, nothing past U+10FFFF, no cut sequence).
 * Cells are checked one by one: delimiters, quotes and line breaks are ASCII and never part
 * of a multi-byte sequence, so the cells are well-formed exactly when the whole piece is.
 *
 * @example validUtf8(new Uint8Array([0x48, 0xc3, 0xb4]), 0, 3) // true ('Hô')
 * @example validUtf8(new Uint8Array([0xe9]), 0, 1) // false (Latin-1 'é')
 */
export function validUtf8(bytes: Uint8Array, from: number, to: number): boolean {
  let i = from;
  while (i < to) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let low = 0x80;
    let high = 0xbf;
    if (b >= 0xc2 && b <= 0xdf) need = 1;
    else if (b >= 0xe0 && b <= 0xef) {
      need = 2;
      if (b === 0xe0) low = 0xa0;
      else if (b === 0xed) high = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      need = 3;
      if (b === 0xf0) low = 0x90;
      else if (b === 0xf4) high = 0x8f;
    } else return false;
    if (i + need >= to) return false;
    const second = bytes[i + 1]!;
    if (second < low || second > high) return false;
    for (let k = 2; k <= need; k++) {
      const next = bytes[i + k]!;
      if (next < 0x80 || next > 0xbf) return false;
    }
    i += need + 1;
  }
  return true;
}

/**
 * The text of a byte range as one string shared by every cell with the same bytes: found by a
 * hash of the bytes and compared byte by byte, so a repeated value (client, status,
 * priority…) makes no string at all. A column with many distinct values (ids, titles) stops
 * sharing after {@link ByteInterner.LIMIT} of them and makes each cell's string (as the text
 * reader's `RangeInterner` does).
 */
export class ByteInterner {
  static readonly LIMIT = 4096;
  private readonly slots = new Int32Array(16_384).fill(-1);
  private readonly hashes = new Int32Array(16_384);
  private readonly strings: string[] = [];
  /** Entry `k`'s bytes are `pool[starts[k], starts[k + 1])`. */
  private readonly starts: number[] = [0];
  private pool = new Uint8Array(4096);
  private used = 0;
  private active = true;
  /** The entry `text` last returned (0…LIMIT−1), or −1 when it made a string of its own. */
  entry = -1;

  text(bytes: Uint8Array, from: number, to: number, ascii: boolean): string {
    const length = to - from;
    this.entry = -1;
    if (!this.active || length > 64) return textOf(bytes, from, to, ascii);
    // A hash of the length and five sampled bytes (the cell is compared whole on a hit): the
    // values interned are short words of a few dozen kinds, told apart by their ends.
    let hash = 0x811c9dc5 ^ length;
    if (length > 0) {
      hash = Math.imul(hash ^ bytes[from]!, 0x01000193);
      hash = Math.imul(hash ^ bytes[from + (length >> 1)]!, 0x01000193);
      hash = Math.imul(hash ^ bytes[to - 1]!, 0x01000193);
      if (length > 2) {
        hash = Math.imul(hash ^ bytes[from + 1]!, 0x01000193);
        hash = Math.imul(hash ^ bytes[to - 2]!, 0x01000193);
      }
    }
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    const pool = this.pool;
    for (;;) {
      const index = this.slots[slot]!;
      if (index === -1) break;
      if (this.hashes[slot] === hash) {
        const start = this.starts[index]!;
        if (this.starts[index + 1]! - start === length) {
          let same = true;
          for (let k = 0; k < length; k++) {
            if (pool[start + k] !== bytes[from + k]) {
              same = false;
              break;
            }
          }
          if (same) {
            this.entry = index;
            return this.strings[index]!;
          }
        }
      }
      slot = (slot + 1) & mask;
    }
    const value = textOf(bytes, from, to, ascii);
    if (this.strings.length >= ByteInterner.LIMIT) {
      this.active = false;
      return value;
    }
    if (this.used + length > pool.length) {
      const grown = new Uint8Array(Math.max(pool.length * 2, this.used + length));
      grown.set(pool);
      this.pool = grown;
    }
    this.pool.set(bytes.subarray(from, to), this.used);
    this.used += length;
    this.entry = this.strings.length;
    this.slots[slot] = this.strings.length;
    this.hashes[slot] = hash;
    this.strings.push(value);
    this.starts.push(this.used);
    return value;
  }
}

/** V8 makes a slice of 13 characters or more share its source's characters (a SlicedString). */
export const SHARED_SLICE = 13;

/**
 * A copy of `value` that shares no characters with the string it was sliced from: the
 * concatenation makes a ConsString, which the slice flattens into a new sequential string
 * (a string shorter than {@link SHARED_SLICE} is copied by `slice` anyway).
 *
 * @example flat(text.slice(0, 40)) // the same 40 characters, without keeping `text` alive
 */
export function flat(value: string): string {
  return (value + ' ').slice(0, -1);
}

/**
 * The text of `text[from, to)` as a string shared by every cell with the same text, found by a
 * hash of the range and compared in place, so a repeated value (client, status, priority…)
 * allocates no string and is never hashed as a new one. A column with many distinct values
 * (ids, titles) stops sharing after {@link RangeInterner.LIMIT} of them and slices each cell
 * (then `sliced` says the column must be {@link detached}). The text reader's twin of
 * {@link ByteInterner}.
 */
export class RangeInterner {
  static readonly LIMIT = 4096;
  private readonly slots = new Int32Array(16_384).fill(-1);
  private readonly hashes = new Int32Array(16_384);
  private readonly strings: string[] = [];
  private active = true;
  /**
   * Some text returned was a slice of the text (not a shared copy) long enough for V8 to share
   * the text's characters ({@link SHARED_SLICE} or more): the column must be {@link detached}.
   */
  sliced = false;

  text(text: string, from: number, to: number): string {
    if (!this.active || to - from > 64) {
      if (to - from >= SHARED_SLICE) this.sliced = true;
      return text.slice(from, to);
    }
    let hash = 0x811c9dc5 ^ (to - from);
    for (let i = from; i < to; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (;;) {
      const index = this.slots[slot]!;
      if (index === -1) break;
      if (this.hashes[slot] === hash) {
        const known = this.strings[index]!;
        if (known.length === to - from && text.startsWith(known, from)) return known;
      }
      slot = (slot + 1) & mask;
    }
    if (this.strings.length >= RangeInterner.LIMIT) {
      this.active = false;
      if (to - from >= SHARED_SLICE) this.sliced = true;
      return text.slice(from, to);
    }
    // A copy of its own: the value can outlive the piece of text it was read from.
    const value = flat(text.slice(from, to));
    this.slots[slot] = this.strings.length;
    this.hashes[slot] = hash;
    this.strings.push(value);
    return value;
  }
}

/**
 * Copies the strings of `column[from, to)` that may share the characters of the text they were
 * sliced from ({@link SHARED_SLICE} characters or more) into one joined string, and slices them
 * again from it: the rows then keep that compact copy alive instead of the whole text.
 *
 * @example detached(titles, rowsBefore, titles.length) // the piece's titles, the piece's text free to go
 */
export function detached(column: (string | null)[], from = 0, to = column.length): (string | null)[] {
  const long: string[] = [];
  for (let row = from; row < to; row++) {
    const value = column[row];
    if (value !== null && value !== undefined && value.length >= SHARED_SLICE) long.push(value);
  }
  const joined = long.join('');
  let at = 0;
  for (let row = from; row < to; row++) {
    const value = column[row];
    if (value === null || value === undefined || value.length < SHARED_SLICE) continue;
    column[row] = joined.slice(at, at + value.length);
    at += value.length;
  }
  return column;
}

/**
 * A deep copy of a small JSON value (strings, numbers, booleans, null, arrays, plain objects)
 * whose strings share no characters with the text they were read from: for the few short
 * strings a reading keeps besides its columns.
 *
 * @example copiedOut({ headers }) // the same headers, each a string of its own
 */
export function copiedOut<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
