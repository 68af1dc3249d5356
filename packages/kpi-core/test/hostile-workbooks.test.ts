/**
 * The hostile workbooks of fixtures/bad (their outcomes are in cases.json, checked by
 * bad-input.test.ts): the committed files are exactly what `hostile-workbooks.ts` builds, and
 * the two that are too large to commit — a sheet declared 2 kB that inflates to 1.5 GB, and a
 * far-away cell read in full — are built here.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { inflateSync } from 'fflate';
import { readTickets } from '../src/ingest/read.js';
import { scanXlsx } from '../src/ingest/xlsx.js';
import { HOSTILE_WORKBOOKS, bombWorkbook, deflateBomb, farCellWorkbook } from './hostile-workbooks.js';
import { thrown } from './thrown.js';

const BAD = new URL('../../../fixtures/bad/', import.meta.url);

describe('hostile workbooks', () => {
  it.each(Object.entries(HOSTILE_WORKBOOKS))('fixtures/bad/%s is what its builder makes', (name, build) => {
    const generated = build();
    const path = new URL(name, BAD);
    if (process.env['REVUE_WRITE_SAMPLES'] === '1') writeFileSync(path, generated);
    expect(existsSync(path)).toBe(true);
    expect(Buffer.compare(new Uint8Array(readFileSync(path)), generated)).toBe(0);
  });

  it('the hand-written deflate bomb inflates to its prefix and the spaces asked for (a second implementation: fflate)', () => {
    const prefix = new TextEncoder().encode('<x>é</x>'); // é: two bytes above 143, 9-bit literals
    const inflated = inflateSync(deflateBomb(prefix, 10_000));
    expect([...inflated.subarray(0, prefix.length)]).toEqual([...prefix]);
    // At least 10,000 spaces after the prefix: one literal, length-115 copies, then groups of 8 × 258.
    expect(inflated.length - prefix.length).toBeGreaterThanOrEqual(10_000);
    expect(inflated.subarray(prefix.length).every((b) => b === 32)).toBe(true);
  });

  it('refuses a sheet declared 2 kB that inflates to 1.5 GB, after inflating only a little of it', () => {
    const bomb = bombWorkbook(1.5e9);
    expect(bomb.length).toBeLessThan(10_000_000); // 9.4 MB of deflate for 1.5 GB of spaces
    const rssBefore = process.memoryUsage().rss;
    const started = performance.now();
    const error = thrown(() => readTickets(bomb, { fileName: 'bomb.xlsx' }));
    expect(error.code).toBe('bad-xlsx');
    expect(error.message).toBe(
      'bomb.xlsx: the workbook is damaged: xl/worksheets/sheet1.xml inflates to more than the 2,048 bytes its directory declares; save it again as .xlsx or CSV',
    );
    // Hang and memory guards, not speed tests: the inflation stopped within its first push.
    expect(performance.now() - started).toBeLessThan(10_000);
    expect(process.memoryUsage().rss - rssBefore).toBeLessThan(200 * 1024 ** 2);
  });

  it('reads one cell at XFD1048576 without expanding the blank rows or columns between', () => {
    const started = performance.now();
    const records: { line: number; count: number; blankBefore: number }[] = [];
    scanXlsx(farCellWorkbook(), {}, (r) => void records.push({ line: r.line, count: r.count, blankBefore: r.blankBefore ?? 0 }));
    // Rows 1–4 (header, three tickets: 3 cells each), then row 1,048,576 after 1,048,571 blank rows,
    // one record of 16,384 cells (A … XFD): nothing else was handed over.
    expect(records).toEqual([
      { line: 1, count: 3, blankBefore: 0 },
      { line: 2, count: 3, blankBefore: 0 },
      { line: 3, count: 3, blankBefore: 0 },
      { line: 4, count: 3, blankBefore: 0 },
      { line: 1_048_576, count: 16_384, blankBefore: 1_048_571 },
    ]);
    expect(performance.now() - started).toBeLessThan(10_000); // a hang guard: it takes milliseconds
  });
});
