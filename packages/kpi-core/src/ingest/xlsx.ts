/**
 * `.xlsx` workbooks → the records of their first sheet, for the same pipeline as CSV (DESIGN §3:
 * Zammad's report download is XLSX only, and users re-save exports in Excel).
 *
 * The workbook is a ZIP (unzipped with fflate, inflating only the parts read) of XML parts read
 * by a small dependency-free scanner (no DOMParser: this runs in Node and in a Web Worker):
 * shared strings (rich text runs joined, phonetic runs left out), inline strings, formula
 * string results, booleans, errors, numbers, XML entities and `_xHHHH_` escapes, cell references
 * and row numbers with gaps. A numeric cell whose number format is a date or time becomes local
 * date-time text (`yyyy-MM-dd HH:mm:ss`, `yyyy-MM-dd`, or `HH:mm:ss` for a time or duration)
 * without any time zone conversion: Excel stores wall-clock time, which the date parser then
 * reads in the policy's time zone. The sheet is decoded in chunks cut after a `</row>`, so no
 * string grows with the file.
 */
import { RevueError } from '../internal/errors.js';
import type { CellSink, CsvCells } from './csv.js';
import { StopInflating, ZipDamage, inflateEntry, streamEntry, zipDirectory, type ZipEntry } from './zip.js';

/** Messages of whole-workbook refusals (thrown as RevueError). */
export const XLSX_TEXT = {
  oldExcel: (file: string) => `${file} is an old Excel .xls or a password-protected workbook; save it as .xlsx or CSV`,
  broken: (file: string, what: string) => `${file} is not a readable .xlsx workbook (${what}); save it again as .xlsx or CSV`,
  tooLarge: (file: string, bytes: number, max: number) => `${file}: its first sheet and shared strings are ${bytes} bytes uncompressed, more than the limit of ${max}`,
  damaged: (file: string, what: string) => `${file}: the workbook is damaged: ${what}; save it again as .xlsx or CSV`,
} as const;

/** Options of {@link scanXlsx}, {@link readXlsx} and {@link xlsxToCsv}. */
export interface XlsxOptions {
  /** Name used in error messages; default `workbook.xlsx`. */
  fileName?: string;
  /** Refuse a workbook whose first sheet (plus its shared strings) inflates to more bytes than this. */
  maxBytes?: number;
  /** Share of the sheet scanned, 0…1: after each chunk and at the end. */
  onProgress?: (fraction: number) => void;
}

/** What a scan of a workbook saw. */
export interface XlsxScanResult {
  /** Name of the sheet read (the first visible one). */
  sheet: string;
  /** The workbook counts dates from 1904-01-01 (old Mac Excel) instead of 1900. */
  date1904: boolean;
  /** Records handed to the sink (blank rows between filled ones included). */
  recordCount: number;
}

/** One record of a sheet: its cells and its Excel row number. */
export interface XlsxRecord {
  cells: string[];
  line: number;
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE2_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
/** Sheet text decoded per chunk (cut after a `</row>`). */
const CHUNK_BYTES = 1 << 23;
/** The last column Excel has (XFD): a reference beyond it is damage, not a cell. */
const MAX_COLUMN = 16_383;

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  if (bytes.length < magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[i] !== magic[i]) return false;
  return true;
}

/**
 * What kind of spreadsheet file the bytes are: `xlsx` (a ZIP holding `xl/workbook.xml`), `ole2`
 * (an old `.xls`, or an encrypted workbook: both are OLE2 compound files, `D0 CF 11 E0`), or
 * null for anything else (CSV text, a plain ZIP). Reads only the ZIP's directory.
 *
 * @example
 * sniffWorkbook(new TextEncoder().encode('id,openedAt\n')) // null
 * sniffWorkbook(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) // 'ole2'
 */
export function sniffWorkbook(bytes: Uint8Array): 'xlsx' | 'ole2' | null {
  if (startsWith(bytes, OLE2_MAGIC)) return 'ole2';
  if (!startsWith(bytes, ZIP_MAGIC)) return null;
  return zipDirectory(bytes)?.entries.has(WORKBOOK) === true ? 'xlsx' : null;
}

// ---------------------------------------------------------------------------------------------
// XML scanning

const LT = 60;
const GT = 62;
const SLASH = 47;
const AMP = 38;
const UNDERSCORE = 95;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, name: string) => {
    if (name.charCodeAt(0) === 35) {
      const code = name.charCodeAt(1) === 120 ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return ENTITIES[name] ?? whole;
  });
}

/** Text content `xml[from, to)` with entities, CDATA sections and OOXML `_xHHHH_` escapes decoded. */
function textOf(xml: string, from: number, to: number): string {
  let plain = true;
  for (let i = from; i < to; i++) {
    const c = xml.charCodeAt(i);
    if (c === AMP || c === LT || c === UNDERSCORE) {
      plain = false;
      break;
    }
  }
  const raw = xml.slice(from, to);
  if (plain) return raw;
  // CDATA content is literal; entities and escapes apply to the rest.
  const parts = raw.split(/<!\[CDATA\[([\s\S]*?)\]\]>/);
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    out += i % 2 === 1 ? parts[i]! : decodeEntities(parts[i]!.replace(/<!--[\s\S]*?-->/g, ''));
  }
  return out.indexOf('_x') === -1 ? out : out.replace(/_x([0-9a-fA-F]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** Local names the readers look at, by length: a tag's name is one of these or `?` (no string per tag). */
const KNOWN_NAMES: string[][] = [];
for (const name of ['c', 'v', 't', 'f', 'is', 'si', 'xf', 'row', 'rPh', 'sheet', 'numFmt', 'cellXfs', 'sheetData', 'workbookPr', 'Relationship']) {
  (KNOWN_NAMES[name.length] ??= []).push(name);
}

function knownName(xml: string, from: number, to: number): string {
  const candidates = KNOWN_NAMES[to - from];
  if (candidates !== undefined) for (const name of candidates) if (xml.startsWith(name, from)) return name;
  return '?';
}

/**
 * A forward-only tag scanner over XML text. After `next()`, `name` is the tag's local name
 * (namespace prefix dropped), `closing`/`selfClosing` its form, `[attrFrom, attrTo)` its
 * attributes, and `[textFrom, textTo)` the text between the previous tag and this one.
 */
class XmlScanner {
  pos = 0;
  name = '';
  closing = false;
  selfClosing = false;
  attrFrom = 0;
  attrTo = 0;
  textFrom = 0;
  textTo = 0;
  constructor(readonly xml: string) {}

  next(): boolean {
    const xml = this.xml;
    const n = xml.length;
    this.textFrom = this.pos;
    for (;;) {
      const lt = xml.indexOf('<', this.pos);
      if (lt === -1 || lt + 1 >= n) {
        this.pos = n;
        return false;
      }
      const c = xml.charCodeAt(lt + 1);
      if (c === 63 /* ? */) {
        const end = xml.indexOf('?>', lt + 2);
        this.pos = end === -1 ? n : end + 2;
        this.textFrom = this.pos;
        continue;
      }
      if (c === 33 /* ! */) {
        // CDATA stays part of the text; comments and doctypes are skipped.
        const cdata = xml.startsWith('<![CDATA[', lt);
        const end = xml.indexOf(cdata ? ']]>' : xml.startsWith('<!--', lt) ? '-->' : '>', lt + 2);
        this.pos = end === -1 ? n : end + (cdata ? 3 : xml.startsWith('<!--', lt) ? 3 : 1);
        if (!cdata) this.textFrom = this.pos;
        continue;
      }
      this.textTo = lt;
      let i = lt + 1;
      this.closing = c === SLASH;
      if (this.closing) i++;
      const nameFrom = i;
      let colon = -1;
      while (i < n) {
        const d = xml.charCodeAt(i);
        if (d === GT || d === SLASH || d === 32 || d === 9 || d === 10 || d === 13) break;
        if (d === 58 /* : */) colon = i;
        i++;
      }
      this.name = knownName(xml, colon === -1 ? nameFrom : colon + 1, i);
      this.attrFrom = i;
      // The tag ends at the first `>` outside a quoted attribute value.
      let quote = 0;
      while (i < n) {
        const d = xml.charCodeAt(i);
        if (quote !== 0) {
          if (d === quote) quote = 0;
        } else if (d === 34 || d === 39) quote = d;
        else if (d === GT) break;
        i++;
      }
      this.selfClosing = i > this.attrFrom && xml.charCodeAt(i - 1) === SLASH;
      this.attrTo = this.selfClosing ? i - 1 : i;
      this.pos = i + 1;
      return true;
    }
  }

  /** The value of attribute `local` (namespace prefix ignored) of the current tag, or null. */
  attr(local: string): string | null {
    const xml = this.xml;
    let i = this.attrFrom;
    const end = this.attrTo;
    while (i < end) {
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      const nameFrom = i;
      let colon = -1;
      while (i < end) {
        const d = xml.charCodeAt(i);
        if (d === 61 /* = */ || d <= 32) break;
        if (d === 58) colon = i;
        i++;
      }
      const nameTo = i;
      while (i < end && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
      if (i >= end) return null;
      const quote = xml.charCodeAt(i);
      const valueFrom = i + 1;
      const valueTo = xml.indexOf(String.fromCharCode(quote), valueFrom);
      if (valueTo === -1 || valueTo > end) return null;
      const localFrom = colon === -1 ? nameFrom : colon + 1;
      if (nameTo - localFrom === local.length && xml.startsWith(local, localFrom)) {
        const value = xml.slice(valueFrom, valueTo);
        return value.indexOf('&') === -1 ? value : decodeEntities(value);
      }
      i = valueTo + 1;
    }
    return null;
  }

  /**
   * The `r`, `s` and `t` attributes of a `<c>` tag in one pass (null when absent): the cell
   * reference, style index and type.
   */
  cellAttributes(out: { r: string | null; s: string | null; t: string | null }): void {
    const xml = this.xml;
    out.r = out.s = out.t = null;
    let i = this.attrFrom;
    const end = this.attrTo;
    while (i < end) {
      while (i < end && xml.charCodeAt(i) <= 32) i++;
      const nameFrom = i;
      while (i < end && xml.charCodeAt(i) !== 61 && xml.charCodeAt(i) > 32) i++;
      const nameLength = i - nameFrom;
      while (i < end && xml.charCodeAt(i) !== 34 && xml.charCodeAt(i) !== 39) i++;
      if (i >= end) return;
      const quote = xml.charCodeAt(i);
      const valueFrom = i + 1;
      i = valueFrom;
      while (i < end && xml.charCodeAt(i) !== quote) i++;
      if (nameLength === 1) {
        const c = xml.charCodeAt(nameFrom);
        if (c === 114) out.r = xml.slice(valueFrom, i);
        else if (c === 115) out.s = xml.slice(valueFrom, i);
        else if (c === 116) out.t = xml.slice(valueFrom, i);
      }
      i++;
    }
  }

  /** The text before the current tag, decoded. */
  text(): string {
    return textOf(this.xml, this.textFrom, this.textTo);
  }
}

// ---------------------------------------------------------------------------------------------
// Workbook parts

interface WorkbookInfo {
  date1904: boolean;
  sheetName: string;
  sheetPath: string;
  sharedStringsPath: string;
  stylesPath: string;
}

/** A part path from a relationship target (relative to `xl/`, or absolute from the package root). */
function partPath(target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : `xl/${target}`).split('/');
  const out: string[] = [];
  for (const part of parts) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}

function readWorkbook(workbookXml: string, relsXml: string): { date1904: boolean; sheetName: string; sheetPath: string | null; sharedStringsPath: string; stylesPath: string } {
  const targets = new Map<string, string>();
  let sharedStringsPath = 'xl/sharedStrings.xml';
  let stylesPath = 'xl/styles.xml';
  const rels = new XmlScanner(relsXml);
  while (rels.next()) {
    if (rels.closing || rels.name !== 'Relationship') continue;
    const id = rels.attr('Id');
    const target = rels.attr('Target');
    const type = rels.attr('Type') ?? '';
    if (id === null || target === null || rels.attr('TargetMode') === 'External') continue;
    targets.set(id, partPath(target));
    if (type.endsWith('/sharedStrings')) sharedStringsPath = partPath(target);
    else if (type.endsWith('/styles')) stylesPath = partPath(target);
  }
  let date1904 = false;
  const sheets: { name: string; id: string; hidden: boolean }[] = [];
  const workbook = new XmlScanner(workbookXml);
  while (workbook.next()) {
    if (workbook.closing) continue;
    if (workbook.name === 'workbookPr') {
      const value = workbook.attr('date1904');
      date1904 = value === '1' || value === 'true';
    } else if (workbook.name === 'sheet') {
      const state = workbook.attr('state');
      sheets.push({ name: workbook.attr('name') ?? '', id: workbook.attr('id') ?? '', hidden: state === 'hidden' || state === 'veryHidden' });
    }
  }
  const sheet = sheets.find((s) => !s.hidden) ?? sheets[0];
  const sheetPath = sheet === undefined ? null : (targets.get(sheet.id) ?? null);
  return { date1904, sheetName: sheet?.name ?? '', sheetPath, sharedStringsPath, stylesPath };
}

/** The shared string table: each `<si>` is its `<t>` texts joined (rich runs), phonetic `<rPh>` runs left out. */
function readSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  const scanner = new XmlScanner(xml);
  let current = '';
  let phonetic = 0;
  let inItem = false;
  while (scanner.next()) {
    const name = scanner.name;
    if (name === 'si') {
      if (scanner.selfClosing) strings.push('');
      else if (scanner.closing) {
        strings.push(current);
        inItem = false;
      } else {
        current = '';
        phonetic = 0;
        inItem = true;
      }
    } else if (name === 'rPh' && !scanner.selfClosing) phonetic += scanner.closing ? -1 : 1;
    else if (name === 't' && scanner.closing && inItem && phonetic === 0) current += scanner.text();
  }
  return strings;
}

/** Built-in number formats that show a date: m/d/yyyy, d-mmm-yy, d-mmm, mmm-yy, m/d/yyyy h:mm (ECMA-376 §18.8.30). */
const BUILTIN_DATE = new Set([14, 15, 16, 17, 22]);
/** Built-in number formats that show a time or duration: h:mm AM/PM … mm:ss, [h]:mm:ss, mmss.0. */
const BUILTIN_TIME = new Set([18, 19, 20, 21, 22, 45, 46, 47]);
const BUILTIN_ELAPSED = new Set([46]);

/** How a number format shows a number: as a date, a time, both, an elapsed duration, or not a date at all. */
export interface DateFormatKind {
  date: boolean;
  time: boolean;
  /** `[h]`, `[m]` or `[s]`: a duration that may exceed a day. */
  elapsed: boolean;
}

/**
 * Classifies an Excel number format code: which of date (d, y, or an m that is not minutes) and
 * time (h, s, or an m next to h or s) tokens it shows, outside quoted text, `\x` escapes, `_x`
 * and `*x` spacers and bracketed parts other than the elapsed `[h]` `[m]` `[s]`. Only the first
 * section (before `;`) counts.
 *
 * @example
 * classifyNumberFormat('yyyy\\-mm\\-dd\\ hh:mm:ss') // { date: true, time: true, elapsed: false }
 * classifyNumberFormat('[h]:mm') // { date: false, time: true, elapsed: true }
 * classifyNumberFormat('0.00"d"') // { date: false, time: false, elapsed: false }
 */
export function classifyNumberFormat(code: string): DateFormatKind {
  let letters = '';
  let elapsed = false;
  for (let i = 0; i < code.length; i++) {
    const c = code[i]!;
    if (c === ';') break;
    if (c === '"') {
      const end = code.indexOf('"', i + 1);
      i = end === -1 ? code.length : end;
    } else if (c === '\\' || c === '_' || c === '*') i++;
    else if (c === '[') {
      const end = code.indexOf(']', i + 1);
      const inside = code.slice(i + 1, end === -1 ? code.length : end).toLowerCase();
      if (/^(h+|m+|s+)$/.test(inside)) {
        elapsed = true;
        letters += inside[0];
      }
      i = end === -1 ? code.length : end;
    } else {
      const lower = c.toLowerCase();
      if (lower === 'd' || lower === 'y' || lower === 'm' || lower === 'h' || lower === 's') {
        if (letters[letters.length - 1] !== lower) letters += lower;
      } else if (lower === 'a' && /^am\/pm/i.test(code.slice(i))) i += 4;
      else if (lower === 'a' && /^a\/p/i.test(code.slice(i))) i += 2;
      else if (lower === 'e' || lower === 'g' || lower === 'b') {
        // Era years (e, g, b) and "General" text: "General" shows no date.
        if (/^general/i.test(code.slice(i))) i += 6;
        else if (lower !== 'g') letters += 'y';
      }
    }
  }
  let date = false;
  let time = false;
  for (let i = 0; i < letters.length; i++) {
    const t = letters[i]!;
    if (t === 'd' || t === 'y') date = true;
    else if (t === 'h' || t === 's') time = true;
    else if (letters[i - 1] === 'h' || letters[i + 1] === 's') time = true; // m between h and s: minutes
    else date = true;
  }
  return { date, time, elapsed };
}

/** For each cellXfs index: null (not a date) or how its number format shows a date. */
function readStyles(xml: string): (DateFormatKind | null)[] {
  const custom = new Map<number, string>();
  const formats: number[] = [];
  const scanner = new XmlScanner(xml);
  let inCellXfs = false;
  while (scanner.next()) {
    const name = scanner.name;
    if (name === 'numFmt' && !scanner.closing) {
      custom.set(Number(scanner.attr('numFmtId')), scanner.attr('formatCode') ?? '');
    } else if (name === 'cellXfs') {
      if (!scanner.selfClosing) inCellXfs = !scanner.closing;
    } else if (name === 'xf' && inCellXfs && !scanner.closing) {
      formats.push(Number(scanner.attr('numFmtId') ?? 0));
    }
  }
  const kinds = new Map<number, DateFormatKind | null>();
  return formats.map((id) => {
    let kind = kinds.get(id);
    if (kind === undefined) {
      const code = custom.get(id);
      if (code !== undefined) {
        const k = classifyNumberFormat(code);
        kind = k.date || k.time ? k : null;
      } else if (BUILTIN_DATE.has(id) || BUILTIN_TIME.has(id)) {
        kind = { date: BUILTIN_DATE.has(id), time: BUILTIN_TIME.has(id), elapsed: BUILTIN_ELAPSED.has(id) };
      } else kind = null;
      kinds.set(id, kind);
    }
    return kind;
  });
}

// ---------------------------------------------------------------------------------------------
// Values

const DAY_SECONDS = 86_400;
const DAY_MS = 86_400_000;
/** 1900 system: serial 25569 is 1970-01-01 (serials from 61 on; 60 is the fictitious 1900-02-29). */
const UNIX_EPOCH_1900 = 25_569;
/** 1904 system: serial 0 is 1904-01-01, i.e. 1462 days after the 1900 system's day 0. */
const OFFSET_1904 = 1_462;
/** 9999-12-31 in the 1900 system, the last date Excel shows. */
const MAX_SERIAL = 2_958_465;

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Turns Excel serial numbers into wall-clock text; day texts are cached (exports repeat days). */
class SerialFormatter {
  private readonly days = new Map<number, string>();
  constructor(private readonly date1904: boolean) {}

  /** `yyyy-MM-dd` of a whole serial day, or null when Excel shows no date for it. */
  private day(serialDay: number): string | null {
    let text = this.days.get(serialDay);
    if (text !== undefined) return text;
    let unixDay: number;
    if (this.date1904) unixDay = serialDay + OFFSET_1904 - UNIX_EPOCH_1900;
    else if (serialDay === 60) return '1900-02-29'; // Lotus 1-2-3's leap-year bug, kept by Excel: not a real day
    else if (serialDay < 60) unixDay = serialDay - UNIX_EPOCH_1900 + 1; // 1 = 1900-01-01
    else unixDay = serialDay - UNIX_EPOCH_1900;
    // One Date per distinct day (not per cell): the platform's proleptic Gregorian calendar.
    text = new Date(unixDay * DAY_MS).toISOString().slice(0, 10);
    if (this.days.size < 100_000) this.days.set(serialDay, text);
    return text;
  }

  format(value: number, kind: DateFormatKind): string | null {
    if (!(value >= 0) || value >= MAX_SERIAL + 1) return null;
    const seconds = Math.round(value * DAY_SECONDS);
    const serialDay = Math.floor(seconds / DAY_SECONDS);
    const ofDay = seconds - serialDay * DAY_SECONDS;
    const clock = (hours: number) => `${pad2(hours)}:${pad2(Math.floor((ofDay % 3600) / 60))}:${pad2(ofDay % 60)}`;
    // A time or duration: hours counted over the whole value (a duration may exceed a day).
    if (!kind.date && (kind.elapsed || serialDay === 0)) return clock(serialDay * 24 + Math.floor(ofDay / 3600));
    if (serialDay === 0 && !this.date1904) return clock(Math.floor(ofDay / 3600));
    const day = this.day(serialDay);
    if (day === null) return null;
    if (ofDay === 0 && !kind.time) return day;
    return `${day} ${clock(Math.floor(ofDay / 3600))}`;
  }
}

/** `-?d+(.d+)?` without a superfluous leading zero: already the shortest text of its value when ≤ 15 characters. */
function isPlainDecimal(raw: string): boolean {
  let i = raw.charCodeAt(0) === 45 ? 1 : 0;
  const first = i;
  let dot = -1;
  for (; i < raw.length; i++) {
    const c = raw.charCodeAt(i);
    if (c === 46 && dot === -1) dot = i;
    else if (c < 48 || c > 57) return false;
  }
  if (dot === first || dot === raw.length - 1 || i === first) return false;
  if (raw.charCodeAt(first) === 48 && first + 1 < raw.length && raw.charCodeAt(first + 1) !== 46) return false;
  // A fraction ending in 0 ("1.50") is not the shortest text.
  return dot === -1 || raw.charCodeAt(raw.length - 1) !== 48;
}

/** A number as Excel shows it in General format at full precision: 15 significant digits. */
function numberText(raw: string): string {
  if (raw.length <= 15 && isPlainDecimal(raw)) return raw;
  const value = Number(raw);
  if (raw === '' || !Number.isFinite(value)) return raw;
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(15)));
}

/** Column index (0-based) of a cell reference such as `C3` or `AB12`, or -1. */
function columnOf(ref: string): number {
  let column = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i) | 32;
    if (c < 97 || c > 122) break;
    column = column * 26 + (c - 96);
  }
  return i === 0 ? -1 : column - 1;
}

function rowOf(ref: string): number {
  let i = 0;
  while (i < ref.length && ref.charCodeAt(i) > 57) i++;
  const row = Number(ref.slice(i));
  return Number.isInteger(row) && row > 0 ? row : -1;
}

// ---------------------------------------------------------------------------------------------
// The sheet

/** Where the last `</row>` (any namespace prefix) in `bytes[0, length)` ends, or -1. */
function lastRowEnd(bytes: Uint8Array, length: number): number {
  for (let i = length - 4; i > 0; i--) {
    if (bytes[i] === 0x72 && bytes[i + 1] === 0x6f && bytes[i + 2] === 0x77 && bytes[i + 3] === GT) {
      let j = i - 1;
      while (j > 0 && bytes[j] !== LT && bytes[j] !== GT) j--;
      if (bytes[j] === LT && bytes[j + 1] === SLASH) return i + 4;
    }
  }
  return -1;
}

/**
 * Scans the first visible sheet of an `.xlsx` workbook and hands each record to `sink` as
 * {@link CsvCells} whose `values` hold every cell's text (the object and arrays are reused: copy
 * what you keep). `line` is the Excel row number; a record ends at its last filled cell (a
 * spreadsheet has no short rows: a missing cell is empty); rows without a filled cell are not
 * handed over one by one but counted in the next record's `blankBefore` (so a far-away cell
 * such as XFD1048576 costs one record, not a million blank ones), and those after the last
 * filled row are dropped. Cell text: strings as written, numbers with up to 15 significant
 * digits, TRUE/FALSE, error codes (`#N/A`), and dates as described in the module comment. The
 * sheet is inflated as it is read, a chunk at a time, and checked against the ZIP directory.
 * Throws a RevueError for an old `.xls` or encrypted workbook (`old-excel`), a broken or
 * damaged workbook (`bad-xlsx`: a part that inflates to another size than its directory
 * declares, a CRC-32 that differs, a cell beyond column XFD) or a sheet over `maxBytes`
 * (`too-large`).
 *
 * @example
 * const rows: string[][] = [];
 * scanXlsx(bytes, {}, (r) => void rows.push(r.values.slice(0, r.count) as string[]));
 * // rows: [['#', 'Created At'], ['31001', '2026-03-02 08:15:00']]
 */
export function scanXlsx(bytes: Uint8Array, options: XlsxOptions, sink: CellSink): XlsxScanResult {
  const file = options.fileName ?? 'workbook.xlsx';
  if (startsWith(bytes, OLE2_MAGIC)) throw new RevueError('old-excel', XLSX_TEXT.oldExcel(file), { file });
  const broken = (what: string) => new RevueError('bad-xlsx', XLSX_TEXT.broken(file, what), { file });
  const damaged = (what: string) => new RevueError('bad-xlsx', XLSX_TEXT.damaged(file, what), { file });
  const directory = startsWith(bytes, ZIP_MAGIC) ? zipDirectory(bytes) : null;
  if (directory === null) throw broken('not a ZIP file');
  const entries = directory.entries;
  if (!entries.has(WORKBOOK)) throw broken(`no ${WORKBOOK}`);
  if (directory.repeated !== null) throw damaged(`two parts are named ${directory.repeated}`);
  const decoder = new TextDecoder('utf-8');
  const maxBytes = options.maxBytes;
  const part = (name: string): string | null => {
    const entry = entries.get(name);
    if (entry === undefined) return null;
    if (maxBytes !== undefined && entry.size > maxBytes) throw new RevueError('too-large', XLSX_TEXT.tooLarge(file, entry.size, maxBytes), { file });
    try {
      return decoder.decode(inflateEntry(bytes, entry));
    } catch (error) {
      if (error instanceof ZipDamage) throw damaged(error.message);
      throw error;
    }
  };
  const info = readWorkbook(part(WORKBOOK)!, part(WORKBOOK_RELS) ?? '');
  const sheetPath = info.sheetPath ?? (entries.has('xl/worksheets/sheet1.xml') ? 'xl/worksheets/sheet1.xml' : null);
  const sheetEntry: ZipEntry | undefined = sheetPath === null ? undefined : entries.get(sheetPath);
  if (sheetEntry === undefined) throw broken('no worksheet');
  const size = sheetEntry.size + (entries.get(info.sharedStringsPath)?.size ?? 0);
  if (maxBytes !== undefined && size > maxBytes) {
    throw new RevueError('too-large', XLSX_TEXT.tooLarge(file, size, maxBytes), { file });
  }
  const sharedXml = part(info.sharedStringsPath);
  const shared = sharedXml === null ? [] : readSharedStrings(sharedXml);
  const stylesXml = part(info.stylesPath);
  const styles = stylesXml === null ? [] : readStyles(stylesXml);
  const serials = new SerialFormatter(info.date1904);

  const record: CsvCells = { starts: [], ends: [], values: [], count: 0, line: 0, unclosedQuote: false, blankBefore: 0 };
  const values = record.values;
  let lastLine = 0; // last row handed to the sink
  let recordCount = 0;
  let stopped = false;

  // Row state, carried across chunks.
  let inData = false;
  let rowLine = 0;
  let rowNumbered = false;
  let cellCount = 0;
  /** One past the last filled cell of the row. */
  let filledTo = 0;
  let column = -1;
  let cellType = '';
  let cellStyle = 0;
  let cellValue: string | null = null;
  let inline = '';
  let inInline = false;
  let phonetic = 0;
  const attributes: { r: string | null; s: string | null; t: string | null } = { r: null, s: null, t: null };

  const endRow = (): void => {
    if (filledTo === 0) return; // a blank row is counted when a filled row follows
    record.count = filledTo;
    record.line = rowLine;
    record.blankBefore = rowLine - lastLine - 1;
    lastLine = rowLine;
    recordCount++;
    if (sink(record) === false) stopped = true;
  };
  const cellText = (): string => {
    switch (cellType) {
      case 's': {
        const index = Number(cellValue);
        return shared[index] ?? '';
      }
      case 'inlineStr':
        return inline;
      case 'b':
        return cellValue === '1' ? 'TRUE' : cellValue === '0' ? 'FALSE' : (cellValue ?? '');
      case 'str':
      case 'e':
      case 'd':
        return cellValue ?? '';
      default: {
        if (cellValue === null || cellValue === '') return '';
        const kind = styles[cellStyle] ?? null;
        if (kind !== null) {
          const text = serials.format(Number(cellValue), kind);
          if (text !== null) return text;
        }
        return numberText(cellValue);
      }
    }
  };
  /** Sets the cell at `column` (cells skipped before it are empty). */
  const setCell = (text: string): void => {
    for (let i = cellCount; i < column; i++) values[i] = '';
    values[column] = text;
    if (column >= cellCount) cellCount = column + 1;
    if (text !== '' && column >= filledTo) filledTo = column + 1;
  };

  const scanText = (xml: string): void => {
    const scanner = new XmlScanner(xml);
    while (!stopped && scanner.next()) {
      const name = scanner.name;
      if (!inData) {
        if (name === 'sheetData' && !scanner.closing && !scanner.selfClosing) inData = true;
        continue;
      }
      switch (name) {
        case 'row':
          if (scanner.closing) endRow();
          else {
            const r = Number(scanner.attr('r') ?? NaN);
            rowNumbered = Number.isInteger(r) && r > rowLine;
            rowLine = rowNumbered ? r : rowLine + 1;
            cellCount = 0;
            filledTo = 0;
            column = -1;
            if (scanner.selfClosing) endRow();
          }
          break;
        case 'c':
          if (scanner.closing) setCell(cellText());
          else {
            scanner.cellAttributes(attributes);
            const ref = attributes.r;
            const at = ref === null ? -1 : columnOf(ref);
            column = at > column ? at : column + 1;
            if (column > MAX_COLUMN) throw damaged(`cell ${ref ?? `#${column + 1}`} of row ${rowLine} is beyond column XFD, the last Excel has`);
            if (!rowNumbered && ref !== null) {
              // A row without its own number takes the one of its first cell reference.
              const r = rowOf(ref);
              if (r > lastLine) rowLine = r;
              rowNumbered = true;
            }
            cellType = attributes.t ?? 'n';
            cellStyle = attributes.s === null ? 0 : Number(attributes.s) || 0;
            cellValue = null;
            inline = '';
            if (scanner.selfClosing) setCell('');
          }
          break;
        case 'v':
          if (scanner.closing) cellValue = scanner.text();
          break;
        case 'is':
          inInline = !scanner.closing && !scanner.selfClosing;
          phonetic = 0;
          break;
        case 'rPh':
          if (!scanner.selfClosing) phonetic += scanner.closing ? -1 : 1;
          break;
        case 't':
          if (scanner.closing && inInline && phonetic === 0) inline += scanner.text();
          break;
        case 'sheetData':
          if (scanner.closing) inData = false;
          break;
      }
    }
  };

  // The sheet is inflated as it is read: bytes gather until a chunk's worth ends in `</row>`,
  // that part is decoded and scanned, the rest waits for the next bytes.
  const total = sheetEntry.size;
  let pending = new Uint8Array(Math.min(CHUNK_BYTES * 2, Math.max(1024, total)));
  let pendingLength = 0;
  let inflated = 0;
  const flushPending = (final: boolean): void => {
    const cut = final ? pendingLength : lastRowEnd(pending, pendingLength);
    if (cut <= 0) return;
    scanText(decoder.decode(pending.subarray(0, cut)));
    pending.copyWithin(0, cut, pendingLength);
    pendingLength -= cut;
  };
  try {
    streamEntry(bytes, sheetEntry, (chunk) => {
      if (pendingLength + chunk.length > pending.length) {
        const grown = new Uint8Array(Math.max(pending.length * 2, pendingLength + chunk.length));
        grown.set(pending.subarray(0, pendingLength));
        pending = grown;
      }
      pending.set(chunk, pendingLength);
      pendingLength += chunk.length;
      inflated += chunk.length;
      if (pendingLength >= CHUNK_BYTES) {
        flushPending(false);
        options.onProgress?.(inflated / Math.max(1, total));
      }
      if (stopped) throw new StopInflating();
    });
    flushPending(true);
  } catch (error) {
    if (error instanceof ZipDamage) throw damaged(error.message);
    if (!(error instanceof StopInflating)) throw error;
  }
  options.onProgress?.(1);
  return { sheet: info.sheetName, date1904: info.date1904, recordCount };
}

/**
 * All the filled records of the first visible sheet of an `.xlsx` workbook (see
 * {@link scanXlsx}), as arrays of cell text with their Excel row numbers (blank rows are left
 * out). For inspecting a file; the readers stream.
 *
 * @example
 * readXlsx(bytes).records[0] // { cells: ['Tickets report'], line: 1 }
 */
export function readXlsx(bytes: Uint8Array, options: XlsxOptions = {}): XlsxScanResult & { records: XlsxRecord[] } {
  const records: XlsxRecord[] = [];
  const result = scanXlsx(bytes, options, (r) => void records.push({ cells: (r.values as string[]).slice(0, r.count), line: r.line }));
  return { ...result, records };
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * The first visible sheet of an `.xlsx` workbook as CSV text (`,`-delimited, RFC 4180 quotes,
 * `\n` line ends), one line per Excel row up to the last filled one (a blank row is an empty
 * line; a line ends at its row's last filled cell) — so CSV line numbers are Excel row numbers
 * unless a cell holds a line break. For screens that inspect text; {@link readTickets} reads
 * the bytes directly.
 *
 * @example
 * xlsxToCsv(bytes) // 'Tickets report\n\n#,Title,Created At\n31001,"Printer, floor 2",2026-03-02 08:15:00\n'
 */
export function xlsxToCsv(bytes: Uint8Array, options: XlsxOptions = {}): string {
  const lines: string[] = [];
  scanXlsx(bytes, options, (r) => {
    for (let i = 0; i < (r.blankBefore ?? 0); i++) lines.push('');
    let line = '';
    for (let i = 0; i < r.count; i++) line += (i === 0 ? '' : ',') + csvCell(r.values[i] ?? '');
    lines.push(line);
  });
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
