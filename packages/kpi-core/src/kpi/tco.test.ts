import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../calendar/types.js';
import { RevueError } from '../internal/errors.js';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import type { LostHoursResult } from '../report/types.js';
import { TCO_CATEGORIES } from '../report/types.js';
import { lostHours } from './lost-hours.js';
import { prepareReview } from './prepared.js';
import { tco } from './tco.js';
import type { ReviewData } from './types.js';

const policy = parsePolicy({
  timezone: 'UTC',
  usefulLifeMonths: { default: 48, laptop: 36 },
  headcount: 10,
  rates: { userHourly: 40, technicianHourly: 60, currency: 'EUR' },
  clients: { Café: { rates: { userHourly: 50, technicianHourly: 80 } } },
});
const utcPeriod = (label: string, start: string, end: string): Period => ({
  label,
  kind: 'custom',
  start: Date.parse(start),
  end: Date.parse(end),
});
const FEB_2024 = utcPeriod('2024-02', '2024-02-01T00:00Z', '2024-03-01T00:00Z');
const MARCH = utcPeriod('2026-03', '2026-03-01T00:00Z', '2026-04-01T00:00Z');
const AS_OF = Date.parse('2026-04-02T00:00Z');

function noLostHours(byAsset: Record<string, number> = {}): LostHoursResult {
  const totalHours = Object.values(byAsset).reduce((a, b) => a + b, 0);
  return {
    totalHours,
    perEmployeePerYear: null,
    benchmark: { low: 50, high: 100 },
    cost: 0,
    currency: 'EUR',
    effortHours: 0,
    incidents: 0,
    byClient: {},
    byCategory: {},
    byAsset,
    perEmployeePerYearByClient: {},
  };
}

function data(
  tickets: Parameters<typeof ticketsFromRows>[0],
  assets: Parameters<typeof assetsFromRows>[0] | null,
  withPolicy = policy,
): ReviewData {
  return { tickets: ticketsFromRows(tickets), assets: assets === null ? null : assetsFromRows(assets), policy: withPolicy };
}

describe('tco, hand-computed', () => {
  it('prorates acquisition over calendar days of a leap year', () => {
    const result = tco(
      data([], [
        // 2024-01-01 + 12 months = 2025-01-01: 366 days; February 2024 has 29 → 3660 / 366 × 29 = 290
        { id: 'L1', purchaseCost: 3660, inServiceDate: '2024-01-01', usefulLifeMonths: 12 },
        // type laptop: 36 months = 2024-01-01 → 2027-01-01 = 366 + 365 + 365 = 1096 days → 10 960 / 1096 × 29 = 290
        { id: 'L2', type: 'laptop', purchaseCost: 10960, inServiceDate: '2024-01-01' },
        // default 48 months = 1461 days; (1561 − 100) / 1461 × 29 = 29
        { id: 'L3', type: 'server', purchaseCost: 1561, residualValue: 100, inServiceDate: '2024-01-01' },
        // purchaseDate stands in: 2024-02-15 → 2025-02-15 = 366 days; 15 days in February → 3660 / 366 × 15 = 150
        { id: 'L4', purchaseCost: 3660, purchaseDate: '2024-02-15', usefulLifeMonths: 12 },
        // no date, or no cost: no acquisition
        { id: 'L5', purchaseCost: 1000 },
        { id: 'L6', inServiceDate: '2024-01-01' },
      ]),
      { period: FEB_2024, asOf: AS_OF, lostHours: noLostHours() },
    );
    expect(result.byAsset['L1']!.byCategory.acquisition).toBeCloseTo(290, 9);
    expect(result.byAsset['L2']!.byCategory.acquisition).toBeCloseTo(290, 9);
    expect(result.byAsset['L3']!.byCategory.acquisition).toBeCloseTo(29, 9);
    expect(result.byAsset['L4']!.byCategory.acquisition).toBeCloseTo(150, 9);
    expect(result.byAsset['L5']).toBeUndefined();
    expect(result.byAsset['L6']).toBeUndefined();
    expect(result.byCategory.acquisition).toBeCloseTo(759, 9);
    expect(result.total).toBeCloseTo(759, 9);
    expect(result.perUser).toBeCloseTo(75.9, 9); // headcount 10
    expect(result.byType['laptop']!.total).toBeCloseTo(290, 9);
    expect(result.byType['(none)']!.total).toBeCloseTo(440, 9);
  });

  it('counts a month shortened by DST as its calendar days (Europe/Paris)', () => {
    const paris = parsePolicy({ timezone: 'Europe/Paris' });
    // March 2026 in Paris: 28 Feb 23:00Z → 31 Mar 22:00Z (743 wall hours, 31 calendar days)
    const march = utcPeriod('2026-03', '2026-02-28T23:00Z', '2026-03-31T22:00Z');
    const april = utcPeriod('2026-04', '2026-03-31T22:00Z', '2026-04-30T22:00Z');
    const assets = [
      // 1 March local + 1 month = 1 April local: 31 days, all in March → 3100
      { id: 'P1', purchaseCost: 3100, inServiceDate: '2026-02-28T23:00Z', usefulLifeMonths: 1 },
      // 16 March local + 12 months = 16 March 2027: 365 days; 16 days in March → 365 / 365 × 16
      { id: 'P2', purchaseCost: 365, inServiceDate: '2026-03-15T23:00Z', usefulLifeMonths: 12 },
    ];
    const inMarch = tco(data([], assets, paris), { period: march, asOf: AS_OF, lostHours: noLostHours() });
    expect(inMarch.byAsset['P1']!.byCategory.acquisition).toBeCloseTo(3100, 9);
    expect(inMarch.byAsset['P2']!.byCategory.acquisition).toBeCloseTo(16, 9);
    const inApril = tco(data([], assets, paris), { period: april, asOf: AS_OF, lostHours: noLostHours() });
    expect(inApril.byAsset['P1']).toBeUndefined();
    expect(inApril.byAsset['P2']!.byCategory.acquisition).toBeCloseTo(30, 9);
  });

  it('prorates contracts and licences over the days in service', () => {
    const result = tco(
      data([], [
        // in service from 16 March: 16 days → 365 / 365 × 16 = 16
        { id: 'A', licenceCostPerYear: 365, inServiceDate: '2026-03-16T00:00Z' },
        // retired 11 March: 1–10 March = 10 days → 730 / 365 × 10 = 20
        { id: 'B', contractCostPerYear: 730, inServiceDate: '2020-01-01', retiredDate: '2026-03-11T00:00Z' },
        // no date: the whole period, 31 days → 365 / 365 × 31 = 31
        { id: 'C', contractCostPerYear: 365, licenceCostPerYear: 365 },
      ]),
      { period: MARCH, asOf: AS_OF, lostHours: noLostHours() },
    );
    expect(result.byAsset['A']!.byCategory.licences).toBeCloseTo(16, 9);
    expect(result.byAsset['B']!.byCategory.contracts).toBeCloseTo(20, 9);
    expect(result.byAsset['C']!.byCategory).toMatchObject({ contracts: 31, licences: 31 });
    expect(result.byCategory.licences).toBeCloseTo(47, 9);
    expect(result.byCategory.contracts).toBeCloseTo(51, 9);
  });

  it('puts labour in its maintenance category and tickets without an asset in unallocated', () => {
    const result = tco(
      data(
        [
          // 90 min × 60 €/h + 10 € = 100, preventive, on A
          { id: 'T1', openedAt: '2026-03-02T09:00Z', assetId: 'A', maintenanceType: 'preventive', effortMinutes: 90, cost: 10 },
          // incident without asset: 30 min × 60 = 30 corrective, unallocated (Bistro)
          { id: 'T2', openedAt: '2026-03-03T09:00Z', effortMinutes: 30, client: 'Bistro' },
          // request without asset: cost 5, unclassified, unallocated (no client)
          { id: 'T3', openedAt: '2026-03-04T09:00Z', type: 'request', cost: 5 },
          // opened before the period: left out
          { id: 'T4', openedAt: '2026-02-27T09:00Z', assetId: 'A', effortMinutes: 600 },
          // unknown asset X: 60 min at Café's 80 €/h = 80 evolutive, on X
          { id: 'T5', openedAt: '2026-03-05T09:00Z', assetId: 'X', maintenanceType: 'evolutive', effortMinutes: 60, client: 'Café' },
        ],
        [{ id: 'A', type: 'printer', client: 'Bistro' }],
      ),
      { period: MARCH, asOf: AS_OF, lostHours: noLostHours({ A: 2, '(none)': 3 }) },
    );
    expect(result.byAsset['A']!.byCategory.preventive).toBe(100);
    // downtime: A 2 h × 40 = 80; unallocated 3 h, all from Bistro's incident T2 → 120
    expect(result.byAsset['A']!.byCategory.downtime).toBe(80);
    expect(result.byAsset['X']).toMatchObject({ type: null, client: 'Café', total: 80 });
    expect(result.byCategory).toMatchObject({ preventive: 100, corrective: 30, unclassified: 5, evolutive: 80, downtime: 200 });
    expect(result.unallocated).toBe(30 + 5 + 120);
    expect(result.total).toBe(100 + 30 + 5 + 80 + 200);
    // byClient: Bistro = A (100 + 80) + T2 (30) + downtime 120 = 330; Café = 80; (none) = 5
    expect(result.byClient['Bistro']!.total).toBe(330);
    expect(result.byClient['Café']!.total).toBe(80);
    expect(result.byClient['(none)']!.total).toBe(5);
    // byType: printer 180; (none) = the typeless asset X, 80; (unallocated) = the tickets tied
    // to no asset, 155 (never mixed with the typeless assets)
    expect(result.byType['printer']!.total).toBe(180);
    expect(result.byType['(none)']!.total).toBe(80);
    expect(result.byType['(unallocated)']!.total).toBe(155);
  });

  it('computes downtime through lostHours, at each client’s rate', () => {
    // Default calendar Mon–Fri 09:00–17:00; Mon 2 March 2026.
    const result = tco(
      data(
        [
          { id: 'T1', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', client: 'Bistro' }, // 2 h × 40
          { id: 'T2', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:00Z', client: 'Café' }, // 1 h × 50
          { id: 'T3', openedAt: '2026-03-02T13:00Z', resolvedAt: '2026-03-02T17:00Z', assetId: 'A' }, // 4 h × 50 (A is Café's)
        ],
        [{ id: 'A', client: 'Café' }],
      ),
      { period: MARCH, asOf: AS_OF },
    );
    expect(result.byCategory.downtime).toBe(80 + 50 + 200);
    expect(result.unallocated).toBe(130);
    expect(result.byClient['Bistro']!.byCategory.downtime).toBe(80);
    expect(result.byClient['Café']!.byCategory.downtime).toBe(250);
    expect(result.byAsset['A']!.byCategory.downtime).toBe(200);
  });

  it('works without an asset file, and refuses a bad asOf', () => {
    const result = tco(
      data([{ id: 'T1', openedAt: '2026-03-02T09:00Z', assetId: 'PC-1', effortMinutes: 60, client: 'Bistro' }], null),
      { period: MARCH, asOf: AS_OF, lostHours: noLostHours() },
    );
    expect(result.byAsset['PC-1']).toMatchObject({ total: 60, client: 'Bistro', type: null });
    expect(result.unallocated).toBe(0);
    expect(() => tco(data([], null), { period: MARCH, asOf: Number.NaN })).toThrow(RevueError);
  });
});

describe('tco, properties', () => {
  const day = 86_400_000;
  const base = Date.parse('2025-06-01T00:00Z');
  const genAsset = fc.record({
    type: fc.option(fc.constantFrom('laptop', 'server'), { nil: null }),
    client: fc.option(fc.constantFrom('Bistro', 'Café'), { nil: null }),
    purchaseCost: fc.option(fc.double({ min: 0, max: 1e5, noNaN: true }), { nil: null }),
    residualValue: fc.option(fc.double({ min: 0, max: 1e3, noNaN: true }), { nil: null }),
    inService: fc.option(fc.integer({ min: 0, max: 700 }), { nil: null }),
    retired: fc.option(fc.integer({ min: 0, max: 900 }), { nil: null }),
    usefulLifeMonths: fc.option(fc.integer({ min: 1, max: 80 }), { nil: null }),
    contractCostPerYear: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }),
    licenceCostPerYear: fc.option(fc.double({ min: 0, max: 1e4, noNaN: true }), { nil: null }),
  });
  const genTicket = fc.record({
    opened: fc.integer({ min: 0, max: 800 * 24 }),
    duration: fc.integer({ min: 0, max: 72 }),
    asset: fc.option(fc.nat(6), { nil: null }),
    type: fc.constantFrom('incident', 'request', null),
    maintenanceType: fc.constantFrom('corrective', 'preventive', 'evolutive', 'proactive', 'other', null),
    client: fc.option(fc.constantFrom('Bistro', 'Café', 'Deli'), { nil: null }),
    effortMinutes: fc.option(fc.integer({ min: 0, max: 600 }), { nil: null }),
    cost: fc.option(fc.double({ min: 0, max: 500, noNaN: true }), { nil: null }),
  });

  it('Σ byCategory = total; byType, byClient and byAsset + unallocated partition it', () => {
    fc.assert(
      fc.property(
        fc.array(genAsset, { maxLength: 5 }),
        fc.array(genTicket, { maxLength: 25 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 200 }),
        (assets, tickets, startDay, length) => {
          const period = { label: 'x', kind: 'custom' as const, start: base + startDay * day, end: base + (startDay + length) * day };
          const review = data(
            tickets.map((t, i) => ({
              id: `T${i}`,
              openedAt: base + t.opened * 3_600_000,
              resolvedAt: base + (t.opened + t.duration) * 3_600_000,
              assetId: t.asset === null ? null : `A${t.asset}`,
              type: t.type,
              maintenanceType: t.maintenanceType,
              client: t.client,
              effortMinutes: t.effortMinutes,
              cost: t.cost,
            })),
            assets.map((a, i) => ({
              id: `A${i}`,
              type: a.type,
              client: a.client,
              purchaseCost: a.purchaseCost,
              residualValue: a.residualValue,
              inServiceDate: a.inService === null ? null : base + a.inService * day,
              retiredDate: a.retired === null ? null : base + a.retired * day,
              usefulLifeMonths: a.usefulLifeMonths,
              contractCostPerYear: a.contractCostPerYear,
              licenceCostPerYear: a.licenceCostPerYear,
            })),
          );
          const result = tco(review, { period, asOf: base + 900 * day });
          const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));
          close(TCO_CATEGORIES.reduce((s, c) => s + result.byCategory[c], 0), result.total);
          close(Object.values(result.byType).reduce((s, g) => s + g.total, 0), result.total);
          close(Object.values(result.byClient).reduce((s, g) => s + g.total, 0), result.total);
          close(Object.values(result.byAsset).reduce((s, g) => s + g.total, 0) + result.unallocated, result.total);
          for (const group of Object.values(result.byAsset)) {
            close(TCO_CATEGORIES.reduce((s, c) => s + group.byCategory[c], 0), group.total);
          }
          expect(result.perUser).toBeCloseTo(result.total / 10, 9);
          // Breakdowns list the categories in TCO_CATEGORIES order.
          expect(Object.keys(result.byCategory)).toEqual([...TCO_CATEGORIES]);
          for (const group of Object.values(result.byAsset)) expect(Object.keys(group.byCategory)).toEqual([...TCO_CATEGORIES]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same figures from a copy of the lostHours result as from the result itself', () => {
    // tco reads the sums behind a result lostHours returned; a copy (e.g. a result sent over the
    // wire) goes through the record and runs lostHours again for the incidents without an asset.
    const incident = fc.record({
      opened: fc.integer({ min: 0, max: 70 * 24 }),
      duration: fc.integer({ min: 1, max: 72 }),
      asset: fc.oneof(fc.constant(null), fc.constant(''), fc.nat(3)),
      client: fc.option(fc.constantFrom('Bistro', 'Café', 'Deli'), { nil: null }),
    });
    fc.assert(
      fc.property(fc.array(genAsset, { maxLength: 3 }), fc.array(incident, { maxLength: 30 }), (assets, tickets) => {
        const period = { label: 'x', kind: 'custom' as const, start: base + 5 * day, end: base + 65 * day };
        const review = data(
          tickets.map((t, i) => ({
            id: `T${i}`,
            openedAt: base + t.opened * 3_600_000,
            resolvedAt: base + (t.opened + t.duration) * 3_600_000,
            assetId: typeof t.asset === 'number' ? `A${t.asset}` : t.asset,
            client: t.client,
          })),
          assets.map((a, i) => ({ id: `A${i}`, client: a.client })),
        );
        const asOf = base + 900 * day;
        const options = { period, asOf, prepared: prepareReview(review, asOf) };
        const lost = lostHours(review, options);
        expect(tco(review, { ...options, lostHours: structuredClone(lost) })).toEqual(tco(review, { ...options, lostHours: lost }));
      }),
      { numRuns: 200 },
    );
  });
});
