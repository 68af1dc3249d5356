/**
 * Test helper: the hostile workbooks of fixtures/bad (`xlsx-*.xlsx`), built from the ordinary
 * test workbook (`xlsx-workbook.ts`, fflate's `zipSync`) and then made to lie, and a zip bomb
 * that inflates to 1.5 GB, written bit by bit (too large to commit). Byte-for-byte
 * deterministic. Regenerate the committed files after a deliberate change:
 *   REVUE_WRITE_SAMPLES=1 TZ=UTC npx vitest run test/hostile-workbooks.test.ts
 */
import { strToU8 } from 'fflate';
import { buildWorkbook, cell, row, zipParts, workbookParts, type WorkbookSpec } from './xlsx-workbook.js';

const SHEET = 'xl/worksheets/sheet1.xml';

/** Three tickets: the header, then T1–T3 (inline strings; dates as text). */
export function ticketsSheet(extraRows = ''): string {
  const line = (n: number, id: string, opened: string) => row(n, cell.inline(`A${n}`, id) + cell.inline(`B${n}`, opened) + cell.inline(`C${n}`, `Ticket ${id}`));
  return (
    row(1, cell.inline('A1', 'id') + cell.inline('B1', 'openedAt') + cell.inline('C1', 'title')) +
    line(2, 'T1', '2026-03-02 08:15') +
    line(3, 'T2', '2026-03-03 09:00') +
    line(4, 'T3', '2026-03-04 10:30') +
    extraRows
  );
}

function u32At(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
  bytes[at + 2] = (value >>> 16) & 0xff;
  bytes[at + 3] = (value >>> 24) & 0xff;
}

function u32(bytes: Uint8Array, at: number): number {
  return (bytes[at]! | (bytes[at + 1]! << 8) | (bytes[at + 2]! << 16) | (bytes[at + 3]! << 24)) >>> 0;
}

function u16(bytes: Uint8Array, at: number): number {
  return bytes[at]! | (bytes[at + 1]! << 8);
}

/** Where the central-directory record and the local header of `name` start in a ZIP. */
function entryOffsets(zip: Uint8Array, name: string): { central: number; local: number } {
  const target = strToU8(name);
  for (let at = zip.length - 46; at >= 0; at--) {
    if (u32(zip, at) !== 0x02014b50) continue;
    const length = u16(zip, at + 28);
    const bytes = zip.subarray(at + 46, at + 46 + length);
    if (length === target.length && bytes.every((b, i) => b === target[i])) return { central: at, local: u32(zip, at + 42) };
  }
  throw new Error(`no entry ${name}`);
}

/** Declares another inflated size for an entry, in its directory record and its local header. */
export function declareSize(zip: Uint8Array, name: string, size: number): Uint8Array {
  const out = zip.slice();
  const { central, local } = entryOffsets(out, name);
  u32At(out, central + 24, size);
  u32At(out, local + 22, size);
  return out;
}

/** Declares another CRC-32 for an entry. */
export function declareCrc(zip: Uint8Array, name: string, crc: number): Uint8Array {
  const out = zip.slice();
  const { central, local } = entryOffsets(out, name);
  u32At(out, central + 16, crc);
  u32At(out, local + 14, crc);
  return out;
}

/** The sheet of three tickets, then 1 MB of spaces (valid XML), declared as 2,048 bytes. */
export function sizeLieWorkbook(): Uint8Array {
  const sheetData = ticketsSheet();
  const parts = workbookParts({ sheetData });
  parts[SHEET] = parts[SHEET]!.replace('</worksheet>', `</worksheet>${' '.repeat(1 << 20)}`);
  return declareSize(zipParts(parts), SHEET, 2048);
}

/** The same three tickets, the sheet declared 1,000 bytes longer than it is. */
export function shortSheetWorkbook(): Uint8Array {
  const zip = buildWorkbook({ sheetData: ticketsSheet() });
  const parts = workbookParts({ sheetData: ticketsSheet() });
  return declareSize(zip, SHEET, strToU8(parts[SHEET]!).length + 1000);
}

/** The sheet stored uncompressed with one byte changed ("T2" → "T9"): same size, another CRC-32. */
export function crcMismatchWorkbook(): Uint8Array {
  const zip = buildWorkbook({ sheetData: ticketsSheet() }, 0);
  const out = zip.slice();
  const { local } = entryOffsets(out, SHEET);
  const start = local + 30 + u16(out, local + 26) + u16(out, local + 28);
  const text = new TextDecoder().decode(out.subarray(start, start + u32(out, local + 18)));
  const at = text.indexOf('>T2<');
  out[start + at + 2] = '9'.charCodeAt(0);
  return out;
}

/** Two entries named like the sheet (the second a copy with a fourth ticket). */
export function duplicateEntryWorkbook(): Uint8Array {
  const spec: WorkbookSpec = { sheetData: ticketsSheet() };
  const parts = workbookParts(spec);
  const evil = row(5, cell.inline('A5', 'T4') + cell.inline('B5', '2026-03-05 11:00'));
  // fflate refuses two files of one name: write the second under a name of the same length, then rename it.
  const decoy = 'xl/worksheets/sheetX.xml';
  const zip = zipParts({ ...parts, [decoy]: workbookParts({ sheetData: ticketsSheet(evil) })[SHEET]! });
  const out = zip.slice();
  const { central, local } = entryOffsets(out, decoy);
  const name = strToU8(SHEET);
  out.set(name, central + 46);
  out.set(name, local + 30);
  return out;
}

/** Three tickets, a `<dimension>` of the whole sheet, and one cell typed in XFD1048576. */
export function farCellWorkbook(): Uint8Array {
  const parts = workbookParts({ sheetData: ticketsSheet(row(1_048_576, cell.inline('XFD1048576', 'x'))) });
  parts[SHEET] = parts[SHEET]!.replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>');
  return zipParts(parts);
}

/**
 * Three tickets whose rows each end with an empty styled cell in column XFD, an empty styled
 * row 900,000, and a `<dimension>` of the whole sheet (what a sheet formatted "to the end" looks like).
 */
export function hugeDimensionWorkbook(): Uint8Array {
  const styled = (n: number) => `<c r="XFD${n}" s="0"/>`;
  const line = (n: number, id: string, opened: string) => row(n, cell.inline(`A${n}`, id) + cell.inline(`B${n}`, opened) + styled(n));
  const sheetData =
    row(1, cell.inline('A1', 'id') + cell.inline('B1', 'openedAt') + styled(1)) +
    line(2, 'T1', '2026-03-02 08:15') +
    line(3, 'T2', '2026-03-03 09:00') +
    line(4, 'T3', '2026-03-04 10:30') +
    row(900_000, styled(900_000));
  const parts = workbookParts({ sheetData });
  parts[SHEET] = parts[SHEET]!.replace('<sheetData>', '<dimension ref="A1:XFD1048576"/><sheetData>');
  return zipParts(parts);
}

/** A cell reference past Excel's last column (XFE). */
export function beyondXfdWorkbook(): Uint8Array {
  return buildWorkbook({ sheetData: ticketsSheet(row(5, cell.inline('A5', 'T4') + cell.inline('XFE5', 'x'))) });
}

/** The committed hostile workbooks of fixtures/bad, by file name. */
export const HOSTILE_WORKBOOKS: Record<string, () => Uint8Array> = {
  'xlsx-size-lie.xlsx': sizeLieWorkbook,
  'xlsx-short-sheet.xlsx': shortSheetWorkbook,
  'xlsx-crc-mismatch.xlsx': crcMismatchWorkbook,
  'xlsx-duplicate-entry.xlsx': duplicateEntryWorkbook,
  'xlsx-far-cell.xlsx': farCellWorkbook,
  'xlsx-huge-dimension.xlsx': hugeDimensionWorkbook,
  'xlsx-beyond-xfd.xlsx': beyondXfdWorkbook,
};

/**
 * A deflate stream that inflates to `prefix` and then at least `spaces` spaces, written by hand
 * with the fixed Huffman code (RFC 1951 §3.2.6): the prefix as literals, one space, a few
 * length-115 copies (17 bits each) until the stream is at a byte boundary, then groups of
 * eight length-258 / distance-1 copies (13 bits each: a group is 13 bytes, the same at every
 * repetition), then the end of block. 1.5 GB of spaces take 9.4 MB.
 */
export function deflateBomb(prefix: Uint8Array, spaces: number): Uint8Array {
  const out: number[] = [];
  let word = 0;
  let count = 0;
  const put = (value: number, length: number) => {
    for (let i = 0; i < length; i++) {
      word |= ((value >>> i) & 1) << count;
      if (++count === 8) {
        out.push(word);
        word = 0;
        count = 0;
      }
    }
  };
  // Huffman codes are written most significant bit first.
  const code = (value: number, length: number) => {
    for (let i = length - 1; i >= 0; i--) put((value >>> i) & 1, 1);
  };
  const literal = (byte: number) => (byte < 144 ? code(0x30 + byte, 8) : code(0x190 + byte - 144, 9));
  put(1, 1); // the final block
  put(1, 2); // fixed Huffman codes
  for (const byte of prefix) literal(byte);
  literal(32);
  while (count !== 0) {
    code(0xc0, 8); // length code 280: lengths 115–130
    put(0, 4); // extra bits: 115
    code(0, 5); // distance code 0: distance 1
  }
  const head = Uint8Array.from(out);
  out.length = 0;
  for (let i = 0; i < 8; i++) {
    code(0xc5, 8); // length code 285: 258
    code(0, 5);
  }
  const group = Uint8Array.from(out); // 8 × 13 bits = 13 bytes, back at a byte boundary
  out.length = 0;
  code(0, 7); // end of block (256)
  if (count > 0) out.push(word);
  const tail = Uint8Array.from(out);
  const groups = Math.ceil(spaces / (258 * 8));
  const result = new Uint8Array(head.length + group.length * groups + tail.length);
  result.set(head, 0);
  result.set(group, head.length);
  let filled = group.length;
  while (filled < group.length * groups) {
    const n = Math.min(filled, group.length * groups - filled);
    result.copyWithin(head.length + filled, head.length, head.length + n);
    filled += n;
  }
  result.set(tail, head.length + filled);
  return result;
}

/**
 * A workbook whose sheet is a {@link deflateBomb}: three tickets, then `spaces` spaces, the
 * directory declaring 2,048 bytes (what the issue met: 2 kB declared, 1.5 GB inflated).
 */
export function bombWorkbook(spaces: number): Uint8Array {
  const sheetXml = workbookParts({ sheetData: ticketsSheet() })[SHEET]!;
  // A placeholder sheet of the right name, replaced by the bomb in a ZIP written by hand around it.
  const zip = zipParts({ ...workbookParts({ sheetData: ticketsSheet() }), [SHEET]: 'x' }, 0);
  const { central, local } = entryOffsets(zip, SHEET);
  const nameLength = u16(zip, local + 26) + u16(zip, local + 28);
  const dataStart = local + 30 + nameLength;
  const oldSize = u32(zip, local + 18);
  const bomb = deflateBomb(strToU8(sheetXml), spaces);
  const out = new Uint8Array(zip.length - oldSize + bomb.length);
  out.set(zip.subarray(0, dataStart), 0);
  out.set(bomb, dataStart);
  out.set(zip.subarray(dataStart + oldSize), dataStart + bomb.length);
  const shift = bomb.length - oldSize;
  // Local header: method (8), sizes; central record (shifted): method (10), sizes, local offset unchanged.
  u16At(out, local + 8, 8);
  u32At(out, local + 18, bomb.length);
  u32At(out, local + 22, 2048);
  const c = central + shift;
  u16At(out, c + 10, 8);
  u32At(out, c + 20, bomb.length);
  u32At(out, c + 24, 2048);
  // Everything after the sheet's data moved by `shift`: the entries stored after it, and the directory.
  const eocd = out.length - 22;
  const directory = u32(out, eocd + 16) + shift;
  u32At(out, eocd + 16, directory);
  for (let at = directory; at + 46 <= eocd && u32(out, at) === 0x02014b50; at += 46 + u16(out, at + 28) + u16(out, at + 30) + u16(out, at + 32)) {
    const offset = u32(out, at + 42);
    if (offset > local) u32At(out, at + 42, offset + shift);
  }
  return out;
}

function u16At(bytes: Uint8Array, at: number, value: number): void {
  bytes[at] = value & 0xff;
  bytes[at + 1] = (value >>> 8) & 0xff;
}
