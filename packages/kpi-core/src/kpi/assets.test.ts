import { describe, expect, it } from 'vitest';
import { assetRows, assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { addLocalMonths, assetIndex, effectiveAssets, usefulLifeOf } from './assets.js';

const policy = parsePolicy({ timezone: 'UTC', usefulLifeMonths: { default: 48, laptop: 36 } });

describe('effectiveAssets', () => {
  it('returns the asset file as is', () => {
    const assets = assetsFromRows([{ id: 'A' }]);
    const result = effectiveAssets({ tickets: ticketsFromRows([]), assets, policy });
    expect(result.source).toBe('file');
    expect(result.assets).toBe(assets);
  });

  it('builds one asset per distinct asset id of the tickets, with their most frequent client', () => {
    const tickets = ticketsFromRows([
      { id: 'T1', openedAt: '2026-03-02T09:00Z', assetId: 'PC-2', client: 'Café' },
      { id: 'T2', openedAt: '2026-03-02T09:00Z', assetId: 'PC-1', client: 'Bistro' },
      { id: 'T3', openedAt: '2026-03-02T09:00Z', assetId: 'PC-2', client: 'Bistro' },
      { id: 'T4', openedAt: '2026-03-02T09:00Z', assetId: 'PC-2', client: 'Café', type: 'request' },
      { id: 'T5', openedAt: '2026-03-02T09:00Z', assetId: 'PC-3' }, // no client
      { id: 'T6', openedAt: '2026-03-02T09:00Z', assetId: 'PC-4', client: 'Deli' }, // tie Deli/Bistro → Bistro
      { id: 'T7', openedAt: '2026-03-02T09:00Z', assetId: 'PC-4', client: 'Bistro' },
      { id: 'T8', openedAt: '2026-03-02T09:00Z', assetId: '' },
      { id: 'T9', openedAt: '2026-03-02T09:00Z' },
    ]);
    const result = effectiveAssets({ tickets, assets: null, policy });
    expect(result.source).toBe('tickets');
    const rows = assetRows(result.assets);
    // PC-2: Café 2, Bistro 1 → Café
    expect(rows.map((r) => [r.id, r.client])).toEqual([
      ['PC-2', 'Café'],
      ['PC-1', 'Bistro'],
      ['PC-3', null],
      ['PC-4', 'Bistro'],
    ]);
    // every other field missing: in service for the whole period
    expect(rows[0]).toMatchObject({ type: null, inServiceDate: null, purchaseDate: null, retiredDate: null });
  });
});

describe('assetIndex', () => {
  it('adds ticket asset ids missing from the file, after the file rows', () => {
    const tickets = ticketsFromRows([
      { id: 'T1', openedAt: '2026-03-02T09:00Z', assetId: 'X', client: 'Bistro' },
      { id: 'T2', openedAt: '2026-03-02T09:00Z', assetId: 'A' },
    ]);
    const index = assetIndex({ tickets, assets: assetsFromRows([{ id: 'A' }, { id: 'A' }]), policy });
    expect(index.ids).toEqual(['A', 'A', 'X']);
    expect(index.rowOf.get('A')).toBe(0); // first of a repeated id
    expect(index.rowOf.get('X')).toBe(2);
    expect(index.clients[2]).toBe('Bistro');
    expect(index.unknownIds).toEqual(['X']);
  });
});

describe('usefulLifeOf and addLocalMonths', () => {
  it('takes the asset’s life, else its type’s, else the default', () => {
    const assets = assetsFromRows([{ id: 'A', usefulLifeMonths: 24, type: 'laptop' }, { id: 'B', type: 'laptop' }, { id: 'C', type: 'server' }]);
    const index = assetIndex({ tickets: ticketsFromRows([]), assets, policy });
    expect([0, 1, 2].map((row) => usefulLifeOf(index, row, policy))).toEqual([24, 36, 48]);
  });

  it('adds months on the local calendar', () => {
    // 1 Nov 2025 00:00 Paris (UTC+1) + 5 months = 1 Apr 2026 00:00 Paris (UTC+2)
    expect(addLocalMonths(Date.parse('2025-10-31T23:00Z'), 5, 'Europe/Paris')).toBe(Date.parse('2026-03-31T22:00Z'));
    // 31 Jan 2024 + 1 month is clamped to 29 Feb 2024 (leap year)
    expect(addLocalMonths(Date.parse('2024-01-31T00:00Z'), 1, 'UTC')).toBe(Date.parse('2024-02-29T00:00Z'));
    expect(addLocalMonths(Number.NaN, 1, 'UTC')).toBeNaN();
  });
});
