import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readRfc4180 } from '../fixtures/generator/rfc4180.js';
import { readAssets, readTickets } from '../packages/kpi-core/src/index.js';
import { generateDataset } from './generate.js';
import { isoUtc, WIDE_ASSET_COLUMNS, WIDE_CLIENTS, WIDE_TICKET_COLUMNS } from './generate-wide.js';
import { AS_OF, DATA_END, DATA_START } from './scenario.js';

const dir = mkdtempSync(join(tmpdir(), 'revue-bench-wide-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the wide generator', () => {
  it('names 500 distinct clients, the same way twice', () => {
    expect(WIDE_CLIENTS.length).toBe(500);
    expect(new Set(WIDE_CLIENTS).size).toBe(500);
    expect(isoUtc(Date.UTC(2026, 3, 1, 6, 0, 0, 250))).toBe('2026-04-01T06:00:00Z');
  });

  it('writes its own columns, a distinct title per ticket, many clients and open tickets, deterministically', async () => {
    const data = await generateDataset({ tickets: 4000, seed: 3, dir, shape: 'wide' });
    expect(data.assets).toBe(400);
    const [header, ...rows] = readRfc4180(readFileSync(data.ticketsPath, 'utf8'));
    expect(header).toEqual([...WIDE_TICKET_COLUMNS]);
    expect(readRfc4180(readFileSync(data.assetsPath, 'utf8'))[0]).toEqual([...WIDE_ASSET_COLUMNS]);
    expect(rows.length).toBe(4000);
    const at = (name: string) => header!.indexOf(name);
    // One title per ticket (the ticket's reference is in it).
    expect(new Set(rows.map((row) => row[at('title')])).size).toBe(4000);
    // Many clients: a Zipf long tail over 500 draws ~4,000 times reaches well over 300 of them.
    expect(new Set(rows.map((row) => row[at('client')])).size).toBeGreaterThan(300);
    // Open tickets (no resolution, no closing): 12 % drawn, plus those past asOf.
    const open = rows.filter((row) => row[at('resolvedAt')] === '' && row[at('closedAt')] === '');
    expect(open.length / rows.length).toBeGreaterThan(0.1);
    expect(open.length / rows.length).toBeLessThan(0.16);
    expect(open.every((row) => ['New', 'In Progress', 'Assigned', 'On hold'].includes(row[at('status')]!) && row[at('pausedMinutes')] === '')).toBe(true);
    for (const row of rows) {
      const opened = Date.parse(row[at('openedAt')]!);
      expect(opened).toBeGreaterThanOrEqual(DATA_START);
      expect(opened).toBeLessThan(DATA_END);
      for (const name of ['firstResponseAt', 'resolvedAt', 'closedAt']) if (row[at(name)]) expect(Date.parse(row[at(name)]!)).toBeLessThanOrEqual(AS_OF);
    }
    // A long tail of assets: the busiest tenth of the assets named carries most of the tickets naming one.
    const perAsset = new Map<string, number>();
    for (const row of rows) if (row[at('assetId')]) perAsset.set(row[at('assetId')]!, (perAsset.get(row[at('assetId')]!) ?? 0) + 1);
    const counts = [...perAsset.values()].sort((a, b) => b - a);
    const total = counts.reduce((sum, n) => sum + n, 0);
    const top = counts.slice(0, 40).reduce((sum, n) => sum + n, 0);
    expect(top / total).toBeGreaterThan(0.3);

    const again = await generateDataset({ tickets: 4000, seed: 3, dir: join(dir, 'again'), shape: 'wide' });
    expect(readFileSync(again.ticketsPath, 'utf8')).toBe(readFileSync(data.ticketsPath, 'utf8'));
  });

  it('is read by Revue as a canonical export, every row accepted, the other columns unmapped', async () => {
    const data = await generateDataset({ tickets: 2000, seed: 4, dir, shape: 'wide' });
    const tickets = readTickets(readFileSync(data.ticketsPath), { timezone: 'Europe/Paris', fileName: 'tickets.csv' });
    expect(tickets.quality.preset.name).toBe('canonical');
    expect(tickets.quality.accepted).toBe(2000);
    expect(tickets.quality.unmappedColumns).toEqual(['urgency', 'requester', 'assignmentGroup', 'resolutionCode']);
    const assets = readAssets(readFileSync(data.assetsPath), { timezone: 'Europe/Paris', fileName: 'assets.csv' });
    expect(assets.quality.accepted).toBe(200);
    expect(assets.quality.unmappedColumns).toEqual(['serialNumber', 'manufacturer']);
  });
});
