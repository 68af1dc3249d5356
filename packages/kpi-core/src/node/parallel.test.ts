/**
 * `readReviewFiles` on real worker threads: the ticket file read in parts and the asset file
 * alongside must give exactly the one-pass readers' tables and quality reports, and the same
 * refusals. The files are the demo exports grown to about 10 MB (the size at which a file is
 * cut), with rows that repeat ids so that duplicates are found across parts.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { assetRows, ticketRows } from '../model/tables.js';
import { readAssetsFile, readTicketsFile } from './files.js';
import { defaultThreads, readReviewFiles } from './parallel.js';

const DEMO = new URL('../../../../fixtures/demo/', import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'revue-parallel-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The demo file with its data rows repeated until it is at least `bytes` long. */
function grown(name: string, bytes: number): string {
  const text = readFileSync(new URL(name, DEMO), 'utf8');
  const header = text.slice(0, text.indexOf('\n') + 1);
  const body = text.slice(header.length);
  const path = join(dir, name);
  writeFileSync(path, header + body.repeat(Math.ceil(bytes / body.length)));
  return path;
}

const options = { timezone: 'Europe/Paris', now: Date.UTC(2030, 0, 1), maxIssues: 200 };
/** Parts of 4 MB here (32 MB by default), so that the test files stay small. */
const MIN_PART_BYTES = 4 * 1024 * 1024;

describe('readReviewFiles', () => {
  const tickets = grown('tickets.csv', 2.5 * MIN_PART_BYTES);
  const glpi = grown('glpi-fr-tickets.csv', 3.5 * MIN_PART_BYTES);
  const assets = grown('assets.csv', 200_000);

  it('reads a large ticket file in parts on worker threads, with the asset file, to the one-pass result', async () => {
    const files = await readReviewFiles({ path: tickets, options }, { path: assets, options }, { threads: 2, minPartBytes: MIN_PART_BYTES });
    expect(files.ticketParts).toBe(2);
    const oneTickets = readTicketsFile(tickets, options);
    const oneAssets = readAssetsFile(assets, options);
    expect(files.tickets.quality).toEqual(oneTickets.quality);
    expect(ticketRows(files.tickets.table)).toEqual(ticketRows(oneTickets.table));
    expect(files.assets!.quality).toEqual(oneAssets.quality);
    expect(assetRows(files.assets!.table)).toEqual(assetRows(oneAssets.table));
    // Duplicate ids across the whole file (the demo rows repeat), counted as in one pass.
    expect(files.tickets.quality.warnings['duplicate-id']).toBeGreaterThan(0);
  }, 60_000);

  it('reads a GLPI export (semicolons, French dates) in three parts to the one-pass result', async () => {
    const glpiOptions = { ...options, timezone: 'Europe/Paris' };
    const files = await readReviewFiles({ path: glpi, options: glpiOptions }, null, { threads: 3, minPartBytes: MIN_PART_BYTES });
    expect(files.ticketParts).toBe(3);
    expect(files.assets).toBeNull();
    const one = readTicketsFile(glpi, glpiOptions);
    expect(files.tickets.quality).toEqual(one.quality);
    expect(ticketRows(files.tickets.table)).toEqual(ticketRows(one.table));
  }, 60_000);

  it('reads small files in one pass, and everything here with one thread', async () => {
    const small = await readReviewFiles({ path: new URL('tickets.csv', DEMO).pathname, options }, null, { minPartBytes: MIN_PART_BYTES });
    expect(small.ticketParts).toBe(1);
    const alone = await readReviewFiles({ path: tickets, options }, { path: assets, options }, { threads: 1, minPartBytes: MIN_PART_BYTES });
    expect(alone.ticketParts).toBe(1);
    expect(alone.tickets.quality).toEqual(readTicketsFile(tickets, options).quality);
  }, 60_000);

  it('refuses as the one-pass readers do: a missing file, a missing required column', async () => {
    await expect(readReviewFiles({ path: join(dir, 'nope.csv'), options }, null, { threads: 2, minPartBytes: MIN_PART_BYTES })).rejects.toMatchObject({ code: 'unreadable' });
    const broken = join(dir, 'broken.csv');
    writeFileSync(broken, 'id,priority\n' + 'T1,P2\n'.repeat(Math.ceil((2.5 * MIN_PART_BYTES) / 6)));
    const error = await readReviewFiles({ path: broken, options }, null, { threads: 2, minPartBytes: MIN_PART_BYTES }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevueError);
    expect(() => readTicketsFile(broken, options)).toThrow((error as Error).message);
  }, 60_000);

  it('reads on one core fewer than the machine has, by default', () => {
    // Measured on 2 cores (BENCHMARKS.md "Reading on several cores"): two parts read from disk
    // cost ~1.5 s more CPU and 0.1 GB more memory for 4–7 % of wall time when idle, so two
    // cores read in one pass.
    expect([0, 1, 2, 3, 8].map(defaultThreads)).toEqual([1, 1, 1, 2, 7]);
  });
});
