import { RevueError } from '../internal/errors.js';
import { ERROR_TEXT } from './messages.js';
import { zipDirectory } from './zip.js';

/** Text encodings the readers accept. */
export const ENCODINGS = ['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Options of {@link decodeBytes}. */
export interface DecodeOptions {
  /** Forces the encoding (a BOM is still dropped); by default it is detected. */
  encoding?: Encoding;
  /** Name used in error messages. */
  fileName?: string;
}

/** The decoded text and the encoding that produced it. */
export interface Decoded {
  text: string;
  encoding: Encoding;
  bom: boolean;
}

const ALIASES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'latin-1': 'windows-1252',
  latin1: 'windows-1252',
  'iso-8859-1': 'windows-1252',
  'utf-16le': 'utf-16le',
  'utf-16be': 'utf-16be',
};

/**
 * The canonical name of an encoding label (`utf8` → `utf-8`, `latin1` → `windows-1252`, as the
 * WHATWG Encoding standard decodes ISO-8859-1 with Windows-1252), or a RevueError.
 *
 * @example normalizeEncoding('UTF8') // 'utf-8'
 */
export function normalizeEncoding(label: string): Encoding {
  const found = ALIASES[label.trim().toLowerCase()];
  if (found === undefined) throw new RevueError('bad-encoding', ERROR_TEXT.badEncoding(label));
  return found;
}

/**
 * Why bytes are not CSV text, or null when they may be: a ZIP container (XLSX, ODS), a PDF,
 * or binary data (NUL bytes, or more than 8 control characters making over 1 % of the first
 * 64 KiB).
 * UTF-16 text is recognised by its BOM before this check.
 *
 * @example sniffNotCsv(new Uint8Array([0x50, 0x4b, 3, 4])) // 'a ZIP or XLSX file'
 */
export function sniffNotCsv(bytes: Uint8Array): string | null {
  if (isZip(bytes)) {
    return 'a ZIP or XLSX file';
  }
  if (bytes.length >= 5 && bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d) {
    return 'a PDF file';
  }
  const end = Math.min(bytes.length, 65_536);
  let control = 0;
  for (let i = 0; i < end; i++) {
    const b = bytes[i]!;
    if (b === 0) return 'binary data: it contains NUL bytes';
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12) control++;
  }
  // A stray bell or escape in a title is text; dozens of control bytes are not.
  if (control > 8 && control / end > 0.01) return 'binary data: too many control characters';
  return null;
}

function isZip(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/** The longest string V8 makes (2^29 − 24 UTF-16 units, Node 20). */
const MAX_STRING_LENGTH = 0x1fff_ffe8;

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

function hasHighBytes(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i]! >= 0x80) return true;
  return false;
}

// Windows-1252 characters of bytes 0x80–0x9F (undefined bytes keep their C1 code point).
const CP1252_C1 = '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Some Node builds decode `windows-1252` as ISO-8859-1 (bytes 0x80–0x9F become C1 controls,
 * e.g. € = 0x80 is lost): map those code points to their Windows-1252 characters.
 */
function fixC1(text: string): string {
  return /[\u0080-\u009f]/.test(text) ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]!) : text;
}

/**
 * Decodes file bytes to text: a BOM (UTF-8, UTF-16LE/BE) decides and is dropped; otherwise
 * valid UTF-8 is read as UTF-8 and anything else as Windows-1252 (French exports often are).
 * An explicit `encoding` wins, unless the bytes contradict it: a BOM of another encoding,
 * invalid UTF-8 declared `utf-8`, or UTF-8 accents declared `windows-1252` are refused (code
 * `encoding-mismatch`) rather than decoded into replacement characters or mojibake. ZIP/XLSX,
 * PDF and binary data are refused (code `not-csv`); bytes too many for one string, `too-large`.
 *
 * @example decodeBytes(new Uint8Array([0x50, 0x72, 0x69, 0x6f, 0x72, 0x69, 0x74, 0xe9])).text // 'Priorité' (Windows-1252)
 */
export function decodeBytes(bytes: Uint8Array, options: DecodeOptions = {}): Decoded {
  const file = options.fileName ?? 'input';
  let bom: Encoding | null = null;
  let skip = 0;
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    bom = 'utf-8';
    skip = 3;
  } else if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    bom = 'utf-16le';
    skip = 2;
  } else if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    bom = 'utf-16be';
    skip = 2;
  }
  const forced = options.encoding;
  if (forced !== undefined && bom !== null && forced !== bom) {
    throw new RevueError('encoding-mismatch', ERROR_TEXT.encodingMismatch(file, forced, `${bom} (it starts with a ${bom} byte-order mark)`), { file });
  }
  const utf16 = (forced ?? bom) === 'utf-16le' || (forced ?? bom) === 'utf-16be';
  if (!utf16) {
    // A ZIP whose directory cannot be read: a workbook cut short (a download or a copy stopped),
    // not a file of the wrong kind — the reader takes XLSX, so "export it as CSV" would mislead.
    if (isZip(bytes) && zipDirectory(bytes) === null) throw new RevueError('damaged-workbook', ERROR_TEXT.damagedZip(file), { file });
    const why = sniffNotCsv(bytes);
    if (why !== null) throw new RevueError('not-csv', ERROR_TEXT.notCsv(file, why), { file });
  }
  // One character per byte at most (UTF-8, Windows-1252), half that for UTF-16: refuse what
  // cannot become one string instead of failing inside the decoder.
  if ((utf16 ? bytes.length / 2 : bytes.length) > MAX_STRING_LENGTH) {
    throw new RevueError('too-large', ERROR_TEXT.tooLargeToDecode(file, bytes.length), { file });
  }
  const body = skip > 0 ? bytes.subarray(skip) : bytes;
  let encoding: Encoding = forced ?? bom ?? 'utf-8';
  let text: string;
  if (forced === 'utf-8' && bom === null && !isUtf8(body)) {
    throw new RevueError('encoding-mismatch', ERROR_TEXT.encodingMismatch(file, 'utf-8', 'not valid UTF-8 (Windows-1252?)'), { file });
  }
  if (forced === 'windows-1252' && hasHighBytes(body) && isUtf8(body)) {
    throw new RevueError('encoding-mismatch', ERROR_TEXT.encodingMismatch(file, 'windows-1252', 'valid UTF-8 with accented characters'), { file });
  }
  if (forced === undefined && bom === null) {
    try {
      // A strict native decode is the fastest validity check; invalid UTF-8 means a legacy code page.
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
    } catch {
      encoding = 'windows-1252';
      text = fixC1(new TextDecoder(encoding).decode(body));
    }
  } else {
    text = new TextDecoder(encoding, { ignoreBOM: true }).decode(body);
    if (encoding === 'windows-1252') text = fixC1(text);
  }
  return { text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text, encoding, bom: bom !== null };
}
