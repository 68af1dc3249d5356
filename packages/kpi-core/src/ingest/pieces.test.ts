/**
 * A text read piece by piece must give exactly what the whole text gives: the cuts fall where
 * the CSV scanner ends records (checked against the scanner itself), lines are counted as it
 * counts them, and the rows, counts and located issues are the same.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { messyTicketFile } from '../../test/messy-csv.js';
import { ticketRows, ticketTable } from '../model/tables.js';
import type { TicketColumns } from '../model/fields.js';
import { scanCsvCells } from './csv.js';
import { decodeBytes } from './decode.js';
import { afterBreaks, countBreaks, piecesFromReader, piecesOf, ReadWhole, recordStartAfter } from './pieces.js';
import { finishRows, readRows, readRowsFrom, readTickets, type ReadOptions } from './read.js';
import type { Source, TextPiece } from './source.js';

const encoder = new TextEncoder();
const COMMA = 44;

/** Byte offsets where the scanner starts a record (UTF-8 bytes of an ASCII-delimited text). */
function scannerRecordStarts(bytes: Uint8Array): Set<number> {
  const text = new TextDecoder().decode(bytes);
  // Character offset → byte offset, through the UTF-8 length of each character.
  const byteAt = new Int32Array(text.length + 1);
  for (let i = 0, b = 0; i <= text.length; i++) {
    byteAt[i] = b;
    const c = text.charCodeAt(i);
    b += c < 0x80 ? 1 : c < 0x800 ? 2 : c >= 0xd800 && c < 0xdc00 ? 4 : c >= 0xdc00 && c < 0xe000 ? 0 : 3;
  }
  const starts = new Set<number>([0]);
  scanCsvCells(text, { delimiter: ',' }, (cells) => {
    // The record after this one starts after the line break that ended this one.
    let end = cells.ends[cells.count - 1]!;
    if (text.charCodeAt(end) === 34) end++;
    while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    end += text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? 2 : 1;
    starts.add(byteAt[Math.min(end, text.length)]!);
  });
  return starts;
}

describe('recordStartAfter', () => {
  it('skips a quoted cell with line breaks that spans the target', () => {
    const bytes = encoder.encode('a,b\n1,"x\ny\nz"\n2,c\n');
    // Bytes: a,b⏎ (0–3) 1,"x⏎y⏎z"⏎ (4–13) 2,c⏎ (14–17). Target 8 is inside the quoted cell:
    // the next record starts at "2,c", byte 14.
    expect(recordStartAfter(bytes, 8, COMMA, { at: 0 })).toBe(14);
  });
  it('treats a quote inside an unquoted cell as an ordinary character', () => {
    const bytes = encoder.encode('a,b\n1,24" screen\n2,c\n3,d\n');
    expect(recordStartAfter(bytes, 5, COMMA, { at: 0 })).toBe(17);
  });
  it('reads an opening quote never closed as an ordinary character', () => {
    const bytes = encoder.encode('a,b\n1,"open\n2,c\n');
    expect(recordStartAfter(bytes, 5, COMMA, { at: 0 })).toBe(12);
  });
  it('steps over CRLF and stops at lone CRs', () => {
    expect(recordStartAfter(encoder.encode('a,b\r\n1,2\r\n3,4\r\n'), 4, COMMA, { at: 0 })).toBe(10);
    expect(recordStartAfter(encoder.encode('a,b\r1,2\r3,4\r'), 4, COMMA, { at: 0 })).toBe(8);
  });
  it('returns −1 when no record starts after the target', () => {
    expect(recordStartAfter(encoder.encode('a,b\n1,2'), 5, COMMA, { at: 0 })).toBe(-1);
  });
  it('cuts only where the CSV scanner starts a record (property)', () => {
    fc.assert(
      fc.property(messyTicketFile(5, 60), fc.integer({ min: 1, max: 200 }), (bytes, step) => {
        const starts = scannerRecordStarts(bytes);
        const cursor = { at: 0 };
        for (let target = step; target < bytes.length; target += step) {
          const cut = recordStartAfter(bytes, target, COMMA, cursor);
          if (cut === -1) break;
          expect(starts.has(cut), `cut at byte ${cut}`).toBe(true);
          expect(cut).toBeGreaterThanOrEqual(target);
          target = cut;
        }
      }),
      { numRuns: 200 },
    );
  });
});

describe('countBreaks', () => {
  it('counts LF, CRLF and lone CR once each, as the scanner numbers lines', () => {
    // "a\nb\r\nc\rd": three breaks.
    expect(countBreaks(encoder.encode('a\nb\r\nc\rd'), 0, 9)).toBe(3);
    expect(countBreaks(encoder.encode('a\nb\r\nc\rd'), 2, 9)).toBe(2);
  });
});

describe('afterBreaks', () => {
  it('finds where a line starts after LF, CRLF and lone CR breaks, as countBreaks counts them', () => {
    // "a\nb\r\nc\rd": lines start at 0, 2, 5 and 7.
    const bytes = encoder.encode('a\nb\r\nc\rd');
    expect([0, 1, 2, 3].map((breaks) => afterBreaks(bytes, breaks))).toEqual([0, 2, 5, 7]);
    expect(afterBreaks(bytes, 4)).toBe(bytes.length);
    expect(countBreaks(bytes, 0, afterBreaks(bytes, 3))).toBe(3);
  });
});

describe('a text read piece by piece', () => {
  const options: ReadOptions = { timezone: 'Europe/Paris', now: Date.UTC(2030, 0, 1), maxIssues: 40 };
  const inPieces = (bytes: Uint8Array, pieceBytes: number) => {
    const source = piecesOf(bytes, 1, COMMA, true, pieceBytes);
    const { columns, length, quality } = finishRows([readRows(source, options, 'tickets', null)], options, 'tickets');
    return { rows: ticketRows(ticketTable(columns as Partial<TicketColumns>, length)), quality };
  };
  /** The one-go decoding (decodeBytes: BOMs dropped), then the read of the whole text. */
  const wholeOfBytes = (bytes: Uint8Array) => {
    const { table, quality } = readTickets(decodeBytes(bytes).text, options);
    return { rows: ticketRows(table), quality };
  };

  it('gives the rows, counts and issues of the whole text, whatever the piece size (property)', () => {
    fc.assert(
      fc.property(messyTicketFile(220, 400), fc.integer({ min: 64, max: 4096 }), fc.constantFrom(0, 1, 2), (file, pieceBytes, boms) => {
        // With no, one or two byte-order marks at the start (the decoding drops both).
        const bytes = new Uint8Array(3 * boms + file.length);
        for (let b = 0; b < boms; b++) bytes.set([0xef, 0xbb, 0xbf], 3 * b);
        bytes.set(file, 3 * boms);
        expect(inPieces(bytes, pieceBytes)).toEqual(wholeOfBytes(bytes));
      }),
      { numRuns: 120 },
    );
  });

  it('reads the pieces after a quote never closed (found by the Paris run of the property above)', () => {
    // `unclosedQuoteLine ??= readText(piece)` skipped every text piece after the first unclosed
    // quote: the rows after it were lost when they were in later pieces (main 462031d).
    const row = (i: number) => `T${i},2026-03-02 08:15,P1,Closed,Imprimante HS,2026-03-02 08:15,30`;
    const rows = [...Array.from({ length: 215 }, (_, i) => row(i)), 'T900,2026-03-02 08:15,P2,Closed,"never closed,,', row(901), '\ufeff' + row(902), row(903)];
    const bytes = new TextEncoder().encode(['id,openedAt,priority,status,title,closedAt,effortMinutes', ...rows].join('\n') + '\n');
    const whole = wholeOfBytes(bytes);
    expect(whole.rows.map((r) => r.id).slice(-3)).toEqual(['T901', 'T902', 'T903']);
    for (const pieceBytes of [64, 100, 300]) {
      // From the bytes (a piece with a byte-order mark is read as text), and from text pieces only.
      expect(inPieces(bytes, pieceBytes)).toEqual(whole);
      const source = piecesOf(bytes, 1, COMMA, true, pieceBytes);
      delete source.moreBytes;
      const { columns, length, quality } = finishRows([readRows(source, options, 'tickets', null)], options, 'tickets');
      expect({ rows: ticketRows(ticketTable(columns as Partial<TicketColumns>, length)), quality }).toEqual(whole);
    }
  });

  it('reads a large file that is not UTF-8 as Windows-1252 after all, like a one-go read', () => {
    // 34 MB of rows (two pieces and more), the last title in Windows-1252: the last piece fails
    // strict UTF-8 and the file is decoded again whole, as Windows-1252.
    const row = 'T1,2026-03-02 08:15,P2,Closed,Imprimante HS,,30\n';
    const rows = Math.ceil((34 * 1024 * 1024) / row.length);
    const head = encoder.encode(`id,openedAt,priority,status,title,closedAt,effortMinutes\n${row.repeat(rows)}`);
    const bytes = new Uint8Array(head.length + 26);
    bytes.set(head);
    bytes.set(encoder.encode('T2,2026-03-02 08:15,P2,Cl'), head.length);
    bytes[head.length + 25] = 0xe9; // "é" in Windows-1252, alone: not UTF-8
    const { table, quality } = readTickets(bytes, { maxIssues: 1 });
    expect(quality.accepted).toBe(rows + 1);
    expect(table.get('status', rows)).toBe('Clé');
  });
});

describe('a file read piece by piece from disk (piecesFromReader)', () => {
  const all = (source: Source): Omit<TextPiece, 'from' | 'to'>[] => {
    const pieces = [{ text: source.text, startLine: 1 }];
    for (let piece = source.more!(); piece !== null; piece = source.more!()) pieces.push({ text: piece.text, startLine: piece.startLine });
    return pieces;
  };
  /** A reader over `bytes` that hands out at most `chunk` bytes a call, as a file may. */
  const readerOf = (bytes: Uint8Array, chunk: number) => ({
    size: bytes.length,
    read: (into: Uint8Array, position: number) => {
      const n = Math.max(0, Math.min(into.length, chunk, bytes.length - position));
      into.set(bytes.subarray(position, position + n));
      return n;
    },
  });

  it('cuts the pieces the whole bytes give, with a look-ahead as short as 1 byte (property)', () => {
    fc.assert(
      fc.property(messyTicketFile(20, 200), fc.integer({ min: 8, max: 600 }), fc.integer({ min: 1, max: 64 }), fc.integer({ min: 1, max: 5000 }), (bytes, pieceBytes, lookahead, chunk) => {
        const whole = piecesOf(bytes, 1, COMMA, true, pieceBytes);
        if (whole.bomLines!.length > 0) {
          // A mark inside: the file is read whole instead, its line flagged before any row.
          expect(() => all(piecesFromReader(readerOf(bytes, chunk), COMMA, pieceBytes, lookahead))).toThrow(ReadWhole);
          return;
        }
        expect(all(piecesFromReader(readerOf(bytes, chunk), COMMA, pieceBytes, lookahead))).toEqual(all(whole));
      }),
      { numRuns: 300 },
    );
  });

  it('reads a large file with a byte-order mark inside as its bytes read whole', () => {
    // 34 MB of rows (two pieces and more), a second export pasted after the first with its mark.
    const row = 'T1,2026-03-02 08:15,P2,Closed,Imprimante HS,,30\n';
    const rows = Math.ceil((34 * 1024 * 1024) / row.length);
    const text = `id,openedAt,priority,status,title,closedAt,effortMinutes\n${row.repeat(rows)}\ufeffT2,2026-03-02 08:15,P2,Closed,Écran,,5\n`;
    const bytes = encoder.encode(text);
    const fromReader = readRowsFrom({ ...readerOf(bytes, 1 << 30), whole: () => bytes }, { maxIssues: 3, fileName: 't.csv' }, 'tickets');
    const { quality } = finishRows([fromReader], { maxIssues: 3, fileName: 't.csv' }, 'tickets');
    const direct = readTickets(bytes, { maxIssues: 3, fileName: 't.csv' });
    expect(quality).toEqual(direct.quality);
    expect(quality.issues.some((issue) => issue.code === 'bom-in-text')).toBe(true);
    expect(quality.accepted).toBe(rows + 1);
  });
});
