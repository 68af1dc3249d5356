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
 *   micro-benchmark at load ~5); the browser, without `Buffer`, takes the `TextDecoder`.
 *   An all-ASCII cell (known from the scan) takes `latin1Slice`: a one-byte string, no UTF-8
 *   state machine.
 * - The bytes are checked to be UTF-8 by {@link validUtf8} (only the cells that hold a byte
 *   above 0x7F), so the decoders above may be the non-fatal ones: a file that is not UTF-8 is
 *   still refused piece by piece ({@link NotUtf8}) and re-read whole, as before.
 * - A string made here is a fresh sequential string: unlike a `slice` of 13 characters or more
 *   of a decoded piece (a SlicedString sharing the piece's characters, see `SHARED_SLICE` in
 *   read.ts), it never keeps a piece's text alive, so the byte path needs no detaching pass
 *   (`detached` took 0.35 s of the same profile).
 */

type Slice = (this: Uint8Array, from: number, to: number) => string;
const bufferPrototype = (globalThis as { Buffer?: { prototype: { latin1Slice?: Slice; utf8Slice?: Slice } } }).Buffer?.prototype;
const latin1Slice: Slice | undefined = bufferPrototype?.latin1Slice;
const utf8Slice: Slice | undefined = bufferPrototype?.utf8Slice;
const decoder = new TextDecoder();

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
  return decoder.decode(bytes.subarray(from, to));
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
