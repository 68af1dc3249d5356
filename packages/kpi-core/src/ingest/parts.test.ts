/**
 * Reading a file in parts must give exactly what one pass gives: the same rows, the same
 * counts, the same located issues in the same order — or decline (PartsNotPossible / no plan)
 * so that the caller reads it in one pass. The parts are read here on one thread, in turn;
 * the threads themselves are the Node entry's (node/parallel.test.ts)
 */
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { assetRows, ticketRows } from '../model/tables.js';
import { PartsNotPossible, finishParts, packRows, partInput, planParts, planPartsFrom, readPart, readPartFrom, recordStartsFrom, unpackRows } from './parts.js';
import { countBreaks, recordStartAfter, type ByteReader } from './pieces.js';
import { readAssets, readTickets, type ReadOptions, type RowsPart } from './read.js';
import { messyTicketFile } from '../../test/messy-csv.js';

const DEMO = new URL('../../../../fixtures/demo/', import.meta.url);
const encoder = new TextEncoder();

type Outcome = { rows: unknown[]; quality: unknown } | { error: string } | 'declined';

function oneGo(bytes: Uint8Array, kind: 'tickets' | 'assets', options: ReadOptions): Outcome {
  try {
    if (kind === 'tickets') {
      const { table, quality } = readTickets(bytes, options);
      return { rows: ticketRows(table), quality };
    }
    const { table, quality } = readAssets(bytes, options);
    return { rows: assetRows(table), quality };
  } catch (error) {
    if (error instanceof RevueError) return { error: `${error.code}: ${error.message}` };
    throw error;
  }
}

function inParts(bytes: Uint8Array, count: number, kind: 'tickets' | 'assets', options: ReadOptions, minPartBytes: number): Outcome {
  const plan = planParts(bytes, count, options, minPartBytes);
  if (plan === null) return 'declined';
  return finished(() => plan.ranges.map((_, index) => readPart({ input: partInput(bytes, plan, index) }, kind, options)), kind, options);
}

/** The parts `read` gives, merged as one pass would be, or how reading them ended. */
function finished(read: () => RowsPart[], kind: 'tickets' | 'assets', options: ReadOptions): Outcome {
  try {
    const parts = read();
    if (kind === 'tickets') {
      const { table, quality } = finishParts(parts, 'tickets', options);
      return { rows: ticketRows(table), quality };
    }
    const { table, quality } = finishParts(parts, 'assets', options);
    return { rows: assetRows(table), quality };
  } catch (error) {
    if (error instanceof PartsNotPossible) return 'declined';
    if (error instanceof RevueError) return { error: `${error.code}: ${error.message}` };
    throw error;
  }
}

/** The bytes as a file on disk, read at most `chunk` bytes at a time (as a short `readSync` may). */
function diskOf(bytes: Uint8Array, chunk = 1 << 20): ByteReader {
  return {
    size: bytes.length,
    read: (into, position) => {
      const length = Math.max(0, Math.min(into.length, chunk, bytes.length - position));
      into.set(bytes.subarray(position, position + length));
      return length;
    },
  };
}

/** {@link inParts} with each part read from "disk" (planPartsFrom, readPartFrom), in pieces of `pieceBytes` so that the byte reader reads all but the first. */
function inDiskParts(bytes: Uint8Array, count: number, kind: 'tickets' | 'assets', options: ReadOptions, minPartBytes: number, pieceBytes = 4096): Outcome {
  const disk = diskOf(bytes, 1000);
  const plan = planPartsFrom(disk, count, options, minPartBytes);
  if (plan === null) return 'declined';
  return finished(() => plan.ranges.map((_, index) => readPartFrom(disk, plan, index, kind, options, pieceBytes)), kind, options);
}

/** The bytes without the UTF-8 byte-order marks past their start. */
function withoutInnerBoms(bytes: Uint8Array): Uint8Array {
  const kept: number[] = [];
  for (let i = 0; i < bytes.length; i++) {
    if (i > 0 && bytes[i] === 0xef && bytes[i + 1] === 0xbb && bytes[i + 2] === 0xbf) i += 2;
    else kept.push(bytes[i]!);
  }
  return Uint8Array.from(kept);
}

const NOW = Date.UTC(2030, 0, 1);

describe('reading a file in parts', () => {
  const demo = [
    ['tickets.csv', 'tickets'],
    ['glpi-fr-tickets.csv', 'tickets'],
    ['jira-tickets.csv', 'tickets'],
    ['assets.csv', 'assets'],
  ] as const;
  for (const [name, kind] of demo) {
    it(`gives the one-pass result on the demo ${name}, cut in 2, 3 and 5 parts`, () => {
      let bytes: Uint8Array = readFileSync(new URL(name, DEMO));
      if (kind === 'assets') {
        // 283 assets are too few to cut (each part needs the 210-record head): the rows four
        // times over, so that duplicate ids are also found across parts.
        const text = new TextDecoder().decode(bytes);
        const body = text.slice(text.indexOf('\n') + 1);
        bytes = encoder.encode(text + body.repeat(3));
      }
      const options: ReadOptions = { timezone: 'Europe/Paris', now: NOW, maxIssues: 50 };
      const expected = oneGo(bytes, kind, options);
      for (const count of [2, 3, 5]) {
        // Parts of about a fifth of the file: the head (the first 210 records) fits in the first.
        const plan = planParts(bytes, count, options, Math.floor(bytes.length / 6));
        expect(plan?.ranges.length).toBe(count);
        expect(inParts(bytes, count, kind, options, Math.floor(bytes.length / 6))).toEqual(expected);
        // The same parts read from disk, piece by piece, through the byte reader.
        expect(planPartsFrom(diskOf(bytes), count, options, Math.floor(bytes.length / 6))?.ranges.length).toBe(count);
        expect(inDiskParts(bytes, count, kind, options, Math.floor(bytes.length / 6))).toEqual(expected);
      }
    });
  }

  it('numbers rows and messages by file line in every part', () => {
    // 1,000 rows, row 700 (file line 701, in the second part) without an opening date: its
    // rejection names line 701.
    const lines = ['id,openedAt,priority'];
    for (let i = 1; i <= 1000; i++) lines.push(`T${i},${i === 700 ? '' : '2026-03-02 08:15'},P2`);
    const bytes = encoder.encode(lines.join('\n') + '\n');
    const result = inParts(bytes, 2, 'tickets', { now: NOW }, 1024);
    expect(result).not.toBe('declined');
    const quality = (result as { quality: { rejected: number; issues: { row: number; message: string }[] } }).quality;
    expect(quality.rejected).toBe(1);
    expect(quality.issues[0]!.row).toBe(701);
    expect(quality.issues[0]!.message).toContain('row 701');
    expect(inDiskParts(bytes, 2, 'tickets', { now: NOW }, 1024, 512)).toEqual(result);
  });

  it('numbers lines from disk across CRLF and lone CR line breaks, and windows of the plan', () => {
    // Lone CRs inside quoted cells count as lines as in one pass; a 1 kB window cuts the CRLFs.
    const lines = ['id,openedAt,title'];
    for (let i = 1; i <= 3000; i++) lines.push(`T${i},${i % 997 === 0 ? '' : '2026-03-02 08:15'},${i % 7 === 0 ? '"two\rlines"' : 'plain'}`);
    const bytes = encoder.encode(lines.join('\r\n') + '\r\n');
    const expected = oneGo(bytes, 'tickets', { now: NOW });
    expect(expected).toMatchObject({ quality: { rejected: 3 } });
    for (const count of [2, 3]) expect(inDiskParts(bytes, count, 'tickets', { now: NOW }, 4096, 2048)).toEqual(expected);
  });

  it('cuts after a quoted cell that spans the middle of the file, not inside it', () => {
    const lines = ['id,openedAt,title'];
    for (let i = 1; i <= 1000; i++) lines.push(`T${i},2026-03-02 08:15,${i === 250 ? `"line one\n${'x'.repeat(200_000)}\nline three"` : 'plain'}`);
    const bytes = encoder.encode(lines.join('\n') + '\n');
    const text = new TextDecoder().decode(bytes);
    // The middle of the file falls inside the 200 kB cell: the cut is at the end of its record.
    const plan = planParts(bytes, 2, {}, 1024);
    expect(plan!.ranges[0]!.end).toBe(text.indexOf('T251,'));
    expect(inParts(bytes, 2, 'tickets', { now: NOW }, 1024)).toEqual(oneGo(bytes, 'tickets', { now: NOW }));
    // From disk too, the quotes followed window by window (of 64 kB here, 4 MB by default).
    expect(planPartsFrom(diskOf(bytes), 2, {}, 1024)!.ranges[0]!.end).toBe(text.indexOf('T251,'));
    expect(recordStartsFrom(diskOf(bytes, 999), 44, [bytes.length >> 1], 65_536)).toEqual({ cuts: [text.indexOf('T251,')], lines: [254] });
    expect(inDiskParts(bytes, 2, 'tickets', { now: NOW }, 1024)).toEqual(oneGo(bytes, 'tickets', { now: NOW }));
  });

  it('settles an undecided day/month order as one pass does: AM/PM times read month-first in every part', () => {
    // Days and months all 12 or less; the AM/PM seen by any part decides for the whole file.
    const lines = ['id,openedAt', ...Array.from({ length: 1000 }, (_, i) => `T${i},${(i % 12) + 1}/${(i % 7) + 1}/2025 ${(i % 12) + 1}:05 ${i % 2 ? 'PM' : 'AM'}`)];
    const bytes = encoder.encode(lines.join('\n') + '\n');
    const whole = oneGo(bytes, 'tickets', { now: NOW });
    const parts = inParts(bytes, 2, 'tickets', { now: NOW }, 1024);
    expect(parts).not.toBe('declined');
    expect(parts).toEqual(whole);
    // T13 (row 15): 2/7/2025 2:05 PM, month-first 7 February 14:05.
    const rows = (whole as { rows: { openedAt: number }[] }).rows;
    expect(rows[13]!.openedAt).toBe(Date.UTC(2025, 1, 7, 14, 5));
  });

  it('declines when the first part is shorter than the head the reading is set up from', () => {
    const lines = ['id,openedAt'];
    for (let i = 1; i <= 100; i++) lines.push(`T${i},2026-03-02 08:15`);
    const bytes = encoder.encode(lines.join('\n') + '\n');
    expect(inParts(bytes, 2, 'tickets', {}, 512)).toBe('declined');
    expect(inDiskParts(bytes, 2, 'tickets', {}, 512)).toBe('declined');
  });

  it('declines bytes that are not UTF-8 (the one-pass read chooses Windows-1252)', () => {
    const lines = ['id,openedAt,title'];
    for (let i = 1; i <= 1000; i++) lines.push(`T${i},2026-03-02 08:15,Imprimante`);
    const bytes = encoder.encode(lines.join('\n') + '\n');
    expect(inParts(bytes, 2, 'tickets', {}, 1024)).not.toBe('declined');
    expect(inDiskParts(bytes, 2, 'tickets', {}, 1024)).not.toBe('declined');
    bytes[bytes.length - 3] = 0xe9; // é in Windows-1252
    expect(inParts(bytes, 2, 'tickets', {}, 1024)).toBe('declined');
    expect(inDiskParts(bytes, 2, 'tickets', {}, 1024)).toBe('declined');
    expect(oneGo(bytes, 'tickets', {})).toMatchObject({ quality: { accepted: 1000 } });
  });

  it('leaves small files, workbooks and declared legacy encodings to the one-pass read', () => {
    const bytes = encoder.encode('id,openedAt\nT1,2026-03-02 08:15\n');
    expect(planParts(bytes, 2, {})).toBeNull();
    // 10 MB: one pass by default (parts of 32 MB at least), two parts of 4 MB or more.
    const big = encoder.encode('id,openedAt\n' + 'T1,2026-03-02 08:15\n'.repeat(500_000));
    const small = 4 * 1024 * 1024;
    expect(planParts(big, 2, {})).toBeNull();
    expect(planParts(big, 2, {}, small)?.ranges.length).toBe(2);
    expect(planParts(big, 2, { mapping: { encoding: 'windows-1252', columns: {}, values: {} } }, small)).toBeNull();
    expect(planParts(big, 1, {}, small)).toBeNull();
    const zip = big.slice();
    zip.set([0x50, 0x4b, 3, 4]);
    expect(planParts(zip, 2, {}, small)).toBeNull();
    expect(planPartsFrom(diskOf(bytes), 2, {})).toBeNull();
    expect(planPartsFrom(diskOf(big), 2, {})).toBeNull();
    expect(planPartsFrom(diskOf(big), 2, {}, small)?.ranges.length).toBe(2);
    expect(planPartsFrom(diskOf(big), 2, { mapping: { encoding: 'windows-1252', columns: {}, values: {} } }, small)).toBeNull();
    expect(planPartsFrom(diskOf(big), 1, {}, small)).toBeNull();
    expect(planPartsFrom(diskOf(zip), 2, {}, small)).toBeNull();
  });

  it('gives the one-pass result or declines, on generated messy files cut anywhere (property)', () => {
    let compared = 0;
    let declined = 0;
    let comparedFromDisk = 0;
    let declinedFromDisk = 0;
    fc.assert(
      fc.property(
        messyTicketFile(700, 1000),
        fc.integer({ min: 2, max: 3 }),
        (bytes, count) => {
          const options: ReadOptions = { timezone: 'Europe/Paris', now: NOW, maxIssues: 40 };
          const expected = oneGo(bytes, 'tickets', options);
          const got = inParts(bytes, count, 'tickets', options, 64);
          if (got === 'declined') declined++;
          else {
            compared++;
            expect(got).toEqual(expected);
          }
          // From disk, a byte-order mark inside declines (one pass flags it before any row): the
          // file without them is compared too.
          for (const file of [bytes, withoutInnerBoms(bytes)]) {
            const fromDisk = inDiskParts(file, count, 'tickets', options, 64, 1024);
            if (fromDisk === 'declined') declinedFromDisk++;
            else {
              comparedFromDisk++;
              expect(fromDisk).toEqual(file === bytes ? expected : oneGo(file, 'tickets', options));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
    // Most runs must really be compared, not declined (the unclosed quote row declines).
    expect(compared).toBeGreaterThan(declined);
    expect(compared).toBeGreaterThan(50);
    // From disk: the files without inner byte-order marks (half the runs) are compared in most runs.
    expect(comparedFromDisk).toBeGreaterThan(declinedFromDisk - 100);
    expect(comparedFromDisk).toBeGreaterThan(50);
  });

  it('finds from disk, window by window, the record starts and lines the whole bytes give (property)', () => {
    let found = 0;
    fc.assert(
      fc.property(messyTicketFile(50, 300), fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 1, max: 2048 }), fc.integer({ min: 1, max: 700 }), (bytes, share, windowBytes, chunk) => {
        const target = Math.floor(share * bytes.length);
        const got = recordStartsFrom(diskOf(bytes, chunk), 44, [target], windowBytes);
        const cut = recordStartAfter(bytes, target, 44, { at: 0 });
        // Null only when a quote opened before the cut is never closed; no cut when none follows.
        if (got === null || cut === -1 || cut >= bytes.length) return;
        found++;
        expect(got.cuts[0]).toBe(cut);
        expect(got.lines[0]).toBe(1 + countBreaks(bytes, 0, cut));
      }),
      // Seed 1997318312 once found windows resuming before their start (a cut one record late).
      { numRuns: 1000 },
    );
    expect(found).toBeGreaterThan(300);
  });

  it('packs rows to cross threads and unpacks them unchanged: repeated values, distinct texts, nulls', () => {
    // 72,727 distinct titles (past the 65,536-entry dictionary: joined), 3 clients (dictionary).
    const titles = Array.from({ length: 80_000 }, (_, i) => (i % 11 === 0 ? null : `Écran ${i} — HS`));
    const clients = Array.from({ length: 80_000 }, (_, i) => (i % 5 === 0 ? null : ['Acme', 'Bistro', 'Clinique'][i % 3]!));
    const opened = Float64Array.from({ length: 80_000 }, (_, i) => (i % 7 === 0 ? NaN : i * 60_000));
    const rows = {
      quality: readTickets('id,openedAt\nT1,2026-01-01 00:00\n').quality,
      headers: ['title', 'client', 'openedAt'],
      presetName: 'canonical',
      fields: [
        { field: 'title', header: 'title', extra: false, column: titles, late: null },
        { field: 'client', header: 'client', extra: false, column: clients, late: null },
        { field: 'openedAt', header: 'openedAt', extra: false, column: opened, late: null },
      ],
      lines: Float64Array.from({ length: 80_000 }, (_, i) => i + 2),
      unclosedQuoteLine: null,
      bomIssues: 0,
    };
    const { packed, transfer } = packRows(structuredClone(rows));
    expect('joined' in (packed.fields[0]!.column as object)).toBe(true);
    expect('codes' in (packed.fields[1]!.column as object)).toBe(true);
    const back = unpackRows(structuredClone(packed, { transfer }));
    expect(back).toEqual(rows);
  });
});
