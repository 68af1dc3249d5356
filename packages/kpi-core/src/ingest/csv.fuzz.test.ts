/**
 * Fuzzing of the CSV reader (fast-check): random tables of random strings — quotes, the three
 * delimiters, CR, LF, NBSP, accents, emoji — written with a random delimiter, quoting style,
 * line ending, BOM and encoding (UTF-8, or Windows-1252 when every character has a byte), then
 * decoded and scanned back. The expected value of every check is the generated table itself.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ticketRows } from '../model/tables.js';
import { scanCsv } from './csv.js';
import { decodeBytes } from './decode.js';
import { readTickets } from './read.js';

const NOW = Date.UTC(2030, 0, 1);

/** Characters that matter to a CSV reader, plus text that only UTF-8 can carry. */
const UNITS = ['a', 'Z', '7', ' ', ',', ';', '\t', '"', "'", '\n', '\r', 'é', 'œ', '€', '’', '\u00a0', '日', '😀', 'x'];
const cell = fc.string({ unit: fc.constantFrom(...UNITS), maxLength: 8 });

/** Windows-1252 byte of each character it can encode (0x80–0x9F as in the WHATWG table). */
const CP1252: Map<string, number> = (() => {
  const bytes = Uint8Array.from({ length: 224 }, (_, i) => i + 32);
  const text = decodeBytes(bytes, { encoding: 'windows-1252' }).text;
  const map = new Map<string, number>([['\t', 9], ['\n', 10], ['\r', 13]]);
  [...text].forEach((c, i) => map.set(c, i + 32));
  return map;
})();

function encodeCp1252(text: string): Uint8Array | null {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const byte = CP1252.get(text[i]!);
    if (byte === undefined) return null;
    out[i] = byte;
  }
  return out;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

interface Dialect {
  delimiter: ',' | ';' | '\t';
  quoteAll: boolean;
  eol: '\n' | '\r\n' | '\r';
  finalEol: boolean;
  bom: boolean;
  cp1252: boolean;
}

const dialect: fc.Arbitrary<Dialect> = fc.record({
  delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
  quoteAll: fc.boolean(),
  eol: fc.constantFrom('\n' as const, '\r\n' as const, '\r' as const),
  finalEol: fc.boolean(),
  bom: fc.boolean(),
  cp1252: fc.boolean(),
});

/** RFC 4180 writing: quote every cell, or only those holding a delimiter, quote or line break. */
function write(grid: string[][], d: Dialect): string {
  const quote = (value: string, force: boolean) =>
    force || d.quoteAll || /[",;\t\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  const lines = grid.map((row, r) =>
    // A last row of one empty cell needs quotes to exist without a final line break.
    row.map((value) => quote(value, !d.finalEol && r === grid.length - 1 && row.length === 1 && value === '')).join(d.delimiter),
  );
  return lines.join(d.eol) + (d.finalEol ? d.eol : '');
}

/** Bytes of the text in the dialect's encoding, or null when Windows-1252 cannot carry it. */
function encode(text: string, d: Dialect): Uint8Array | null {
  if (d.cp1252) {
    const body = encodeCp1252(text);
    if (body === null) return null;
    return d.bom ? null : body; // Windows-1252 has no byte-order mark
  }
  const body = new TextEncoder().encode(text);
  return d.bom ? Uint8Array.from([0xef, 0xbb, 0xbf, ...body]) : body;
}

function scanAll(text: string, delimiter: string): string[][] {
  const rows: string[][] = [];
  scanCsv(text, { delimiter }, (cells, count) => void rows.push(cells.slice(0, count)));
  return rows;
}

describe('CSV fuzzing: write, encode, decode, scan', () => {
  it('scanCsv gives back every cell of any table, in any dialect and encoding', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { minLength: 1, maxLength: 5 }), { minLength: 1, maxLength: 8 }), dialect, (grid, d) => {
        const bytes = encode(write(grid, d), d);
        // Windows-1252 bytes that happen to be valid UTF-8 (e.g. "é€€" = E9 80 80) are read as
        // UTF-8: an ambiguity of the bytes themselves, left out here.
        fc.pre(bytes !== null && !(d.cp1252 && isUtf8(bytes) && bytes.some((b) => b >= 0x80)));
        const decoded = decodeBytes(bytes);
        expect(decoded.encoding).toBe(d.cp1252 && bytes.some((b) => b >= 0x80) ? 'windows-1252' : 'utf-8');
        expect(scanAll(decoded.text, d.delimiter)).toEqual(grid);
      }),
      { numRuns: 400 },
    );
  });

  it('readTickets keeps every title exactly (trimmed), detects the delimiter, and accounts for every row', () => {
    const titles = fc.array(cell, { minLength: 1, maxLength: 12 });
    fc.assert(
      fc.property(titles, dialect, (list, d) => {
        const grid = [['id', 'openedAt', 'title'], ...list.map((title, i) => [`T${i}`, '2026-03-02T10:00Z', title])];
        const bytes = encode(write(grid, d), d);
        fc.pre(bytes !== null && !(d.cp1252 && isUtf8(bytes) && bytes.some((b) => b >= 0x80)));
        const { table, quality } = readTickets(bytes, { now: NOW });
        expect(quality).toMatchObject({ rowsRead: list.length, accepted: list.length, rejected: 0, blank: 0 });
        // The reader trims spaces, tabs, NBSP and line breaks around a cell; an empty title is null.
        const expected = list.map((t) => t.replace(/^[ \t\u00a0\r\n]+|[ \t\u00a0\r\n]+$/g, '')).map((t) => (t === '' ? null : t));
        expect(ticketRows(table).map((row) => row.title)).toEqual(expected);
        expect(quality.issues).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
