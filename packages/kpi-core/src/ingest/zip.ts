/**
 * The ZIP container of an `.xlsx` workbook, read defensively: the central directory parsed
 * here (names, methods, sizes, CRC-32, where each entry starts), and each entry inflated by
 * fflate's streaming `Inflate`, pushed a little at a time, with the inflated size counted
 * against the size the directory declares. An entry that inflates to more or less than that,
 * or whose CRC-32 differs, is refused as damaged: a directory that declares 2 kB for a sheet
 * that inflates to 1.5 GB is a zip bomb or a broken file, never read short in silence, and no
 * buffer is ever sized from an untrusted number.
 */
import { Inflate } from 'fflate';

/** One entry of a ZIP's central directory. */
export interface ZipEntry {
  name: string;
  /** 0 stored, 8 deflated (the only two a workbook uses). */
  method: number;
  /** General purpose flags (bit 0: encrypted). */
  flags: number;
  crc32: number;
  compressedSize: number;
  /** Inflated size, as the directory declares it. */
  size: number;
  /** Offset of the entry's local header. */
  localOffset: number;
}

/** Why an entry cannot be read: a damaged or hostile workbook. */
export class ZipDamage extends Error {}

const EOCD = 0x06054b50;
const EOCD64 = 0x06064b50;
const EOCD64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

function u16(b: Uint8Array, at: number): number {
  return b[at]! | (b[at + 1]! << 8);
}

function u32(b: Uint8Array, at: number): number {
  return (b[at]! | (b[at + 1]! << 8) | (b[at + 2]! << 16) | (b[at + 3]! << 24)) >>> 0;
}

function u64(b: Uint8Array, at: number): number {
  // Sizes of a workbook Revue reads stay far below 2^53.
  return u32(b, at) + u32(b, at + 4) * 0x1_0000_0000;
}

const utf8 = new TextDecoder('utf-8');

/** A ZIP's central directory: its entries by name (the first of a repeated name), and a name it repeats. */
export interface ZipDirectory {
  entries: Map<string, ZipEntry>;
  /** A name two entries share (a hostile or broken archive), or null. */
  repeated: string | null;
}

/**
 * The central directory of a ZIP; null when the bytes are not a readable ZIP (no
 * end-of-directory record, or a directory that points outside the file).
 *
 * @example zipDirectory(zipSync({ 'a.txt': strToU8('hi') }))?.entries.get('a.txt')?.size // 2
 */
export function zipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const n = bytes.length;
  if (n < 22) return null;
  // The end-of-directory record: 22 bytes plus a comment of up to 65,535.
  let eocd = -1;
  for (let at = n - 22; at >= Math.max(0, n - 22 - 65_535); at--) {
    if (u32(bytes, at) === EOCD && at + 22 + u16(bytes, at + 20) <= n) {
      eocd = at;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(bytes, eocd + 10);
  let size = u32(bytes, eocd + 12);
  let offset = u32(bytes, eocd + 16);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    const locator = eocd - 20;
    if (locator < 0 || u32(bytes, locator) !== EOCD64_LOCATOR) return null;
    const record = u64(bytes, locator + 8);
    if (record + 56 > n || u32(bytes, record) !== EOCD64) return null;
    count = u64(bytes, record + 32);
    size = u64(bytes, record + 40);
    offset = u64(bytes, record + 48);
  }
  if (offset + size > n) return null;
  const entries = new Map<string, ZipEntry>();
  let repeated: string | null = null;
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > n || u32(bytes, at) !== CENTRAL) return null;
    const nameLength = u16(bytes, at + 28);
    const extraLength = u16(bytes, at + 30);
    const commentLength = u16(bytes, at + 32);
    if (at + 46 + nameLength + extraLength > n) return null;
    const entry: ZipEntry = {
      name: utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: u16(bytes, at + 8),
      method: u16(bytes, at + 10),
      crc32: u32(bytes, at + 16),
      compressedSize: u32(bytes, at + 20),
      size: u32(bytes, at + 24),
      localOffset: u32(bytes, at + 42),
    };
    // ZIP64: the sizes and offset that do not fit in 32 bits are in extra field 0x0001, in this order.
    let extra = at + 46 + nameLength;
    const extraEnd = extra + extraLength;
    while (extra + 4 <= extraEnd) {
      const id = u16(bytes, extra);
      const length = u16(bytes, extra + 2);
      if (id === 0x0001) {
        let field = extra + 4;
        if (entry.size === 0xffffffff && field + 8 <= extra + 4 + length) (entry.size = u64(bytes, field)), (field += 8);
        if (entry.compressedSize === 0xffffffff && field + 8 <= extra + 4 + length) (entry.compressedSize = u64(bytes, field)), (field += 8);
        if (entry.localOffset === 0xffffffff && field + 8 <= extra + 4 + length) entry.localOffset = u64(bytes, field);
      }
      extra += 4 + length;
    }
    if (entries.has(entry.name)) repeated ??= entry.name;
    else entries.set(entry.name, entry);
    at = extraEnd + commentLength;
  }
  return { entries, repeated };
}

/** CRC-32 (IEEE 802.3, as ZIP uses it). fflate computes it inside but does not export it. */
const CRC_TABLE = (() => {
  const table = new Int32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[i] = c;
  }
  return table;
})();

/**
 * The CRC-32 of `data` continued from `crc` (0 to start).
 *
 * @example crc32(0, new TextEncoder().encode('123456789')) // 0xcbf43926 (the standard check value)
 */
export function crc32(crc: number, data: Uint8Array): number {
  let c = ~crc;
  for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]!) & 0xff]! ^ (c >>> 8);
  return ~c >>> 0;
}

/** Compressed bytes pushed to the inflater at a time: at most ~16 MB come out of one push (deflate's ratio tops out near 1,032:1). */
const PUSH_BYTES = 16 * 1024;

/** Stops an inflation from inside its data handler (the reader has all it wants). */
export class StopInflating extends Error {}

/**
 * Inflates one entry and hands its bytes to `onData` as they come, checking them against the
 * directory: more bytes than declared stops the inflation at once, fewer bytes or another
 * CRC-32 are found at the end; each is a {@link ZipDamage}. `onData` may throw
 * {@link StopInflating} to stop early (nothing more is checked then).
 */
export function streamEntry(bytes: Uint8Array, entry: ZipEntry, onData: (chunk: Uint8Array) => void): void {
  if (entry.flags & 1) throw new ZipDamage(`${entry.name} is encrypted`);
  const local = entry.localOffset;
  if (local + 30 > bytes.length || u32(bytes, local) !== LOCAL) throw new ZipDamage(`${entry.name} is not where the directory says`);
  const start = local + 30 + u16(bytes, local + 26) + u16(bytes, local + 28);
  const end = start + entry.compressedSize;
  if (end > bytes.length) throw new ZipDamage(`${entry.name} is cut short (the file ends before its data does)`);
  let total = 0;
  let crc = 0;
  const take = (chunk: Uint8Array): void => {
    total += chunk.length;
    if (total > entry.size) throw new ZipDamage(`${entry.name} inflates to more than the ${entry.size.toLocaleString('en-US')} bytes its directory declares`);
    crc = crc32(crc, chunk);
    onData(chunk);
  };
  try {
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipDamage(`${entry.name} is stored with two different sizes`);
      for (let at = start; at < end; at += 1 << 20) take(bytes.subarray(at, Math.min(end, at + (1 << 20))));
    } else if (entry.method === 8) {
      const inflater = new Inflate((chunk) => {
        if (chunk.length > 0) take(chunk);
      });
      if (start === end) inflater.push(new Uint8Array(0), true);
      for (let at = start; at < end; at += PUSH_BYTES) {
        const to = Math.min(end, at + PUSH_BYTES);
        inflater.push(bytes.subarray(at, to), to === end);
      }
    } else throw new ZipDamage(`${entry.name} uses compression method ${entry.method}, which no workbook writer uses`);
  } catch (error) {
    if (error instanceof ZipDamage || error instanceof StopInflating) throw error;
    throw new ZipDamage(`${entry.name} does not inflate (${(error as Error).message})`);
  }
  if (total !== entry.size) throw new ZipDamage(`${entry.name} inflates to ${total.toLocaleString('en-US')} bytes where its directory declares ${entry.size.toLocaleString('en-US')}`);
  if (crc !== entry.crc32) throw new ZipDamage(`${entry.name} fails its CRC-32 check`);
}

/** The whole of one entry (see {@link streamEntry}), for the small parts of a workbook. */
export function inflateEntry(bytes: Uint8Array, entry: ZipEntry): Uint8Array {
  const chunks: Uint8Array[] = [];
  let length = 0;
  streamEntry(bytes, entry, (chunk) => {
    chunks.push(chunk.slice());
    length += chunk.length;
  });
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}
