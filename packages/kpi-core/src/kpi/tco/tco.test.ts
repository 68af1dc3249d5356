import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../calendar/types.js';
import { RevueError } from '../../internal/errors.js';
import { assetsFromRows, ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import type { LostHoursResult } from '../../report/types.js';
import { TCO_CATEGORIES } from '../../report/types.js';
import { lostHours, lostHoursRun } from '../lost-hours/lost-hours.js';
import { prepareReview } from '../prepared.js';
import { tco, tcoWithLostHours } from './tco.js';
import type { ReviewData } from '../types.js';

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
    perEmployeePerYearReason: 'no-headcount',
    observedDays: 31,
    benchmark: { low: 50, high: 100 },
    cost: 0,
    currency: 'EUR',
    effortHours: 0,
    incidents: 0,
    usersAssumed: 0,
    unknownDuration: 0,
    overlapIncidents: 0,
    overlapHours: 0,
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
    const inApril = tco(data([], assets, paris), { period: april, asOf: Date.parse('2026-05-02T00:00Z'), lostHours: noLostHours() });
    expect(inApril.byAsset['P1']).toBeUndefined();
    expect(inApril.byAsset['P2']!.byCategory.acquisition).toBeCloseTo(30, 9);
    // April not over at asOf (2 April 02:00 in Paris): up to asOf, 1 April and 2 hours of 2 April → 365 / 365 × (1 + 2/24).
    const aprilSoFar = tco(data([], assets, paris), { period: april, asOf: AS_OF, lostHours: noLostHours() });
    expect(aprilSoFar.byAsset['P2']!.byCategory.acquisition).toBeCloseTo(1 + 2 / 24, 9);
  });

  it('stops depreciating an asset at its retirement date, not at the end of its life', () => {
    const result = tco(
      data([], [
        // 36 months from 2024-01-01: 1096 days to 2027-01-01; retired 11 March 2026: 1–10 March
        // = 10 days → 10 960 / 1096 × 10 = 100 (was 10 960 / 1096 × 31 = 310 for the whole month)
        { id: 'R1', purchaseCost: 10960, inServiceDate: '2024-01-01', usefulLifeMonths: 36, retiredDate: '2026-03-11T00:00Z' },
        // retired in February, before March: no depreciation in March at all (was 310)
        { id: 'R2', purchaseCost: 10960, inServiceDate: '2024-01-01', usefulLifeMonths: 36, retiredDate: '2026-02-20T00:00Z' },
        // retired after its life ended (1 March 2026 → life of 26 months from 2024-01-01 ends 1 March 2026): nothing left in March either way
        { id: 'R3', purchaseCost: 790, inServiceDate: '2024-01-01', usefulLifeMonths: 26, retiredDate: '2026-03-20T00:00Z' },
        // retired after March: the whole month, 31 days → 10 960 / 1096 × 31 = 310
        { id: 'R4', purchaseCost: 10960, inServiceDate: '2024-01-01', usefulLifeMonths: 36, retiredDate: '2026-06-01T00:00Z' },
      ]),
      { period: MARCH, asOf: AS_OF, lostHours: noLostHours() },
    );
    expect(result.byAsset['R1']!.byCategory.acquisition).toBeCloseTo(100, 9);
    expect(result.byAsset['R2']).toBeUndefined();
    expect(result.byAsset['R3']).toBeUndefined();
    expect(result.byAsset['R4']!.byCategory.acquisition).toBeCloseTo(310, 9);
    expect(result.byCategory.acquisition).toBeCloseTo(410, 9);
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

  it('counts the assets in service whose acquisition is not in the total (no purchase cost or no date; review7)', () => {
    const result = tco(
      data([], [
        // depreciated: 1,200 over 48 months from 2025-01-01
        { id: 'A', purchaseCost: 1200, inServiceDate: '2025-01-01' },
        // in service all March, no purchase cost: counted
        { id: 'B', inServiceDate: '2025-01-01' },
        // a cost but no date to depreciate from: counted
        { id: 'C', purchaseCost: 900 },
        // no cost, retired before March: not in service, not counted
        { id: 'D', inServiceDate: '2020-01-01', retiredDate: '2026-02-01' },
        // a subscription (a licence, nothing bought): nothing to depreciate, not counted
        { id: 'E', inServiceDate: '2025-01-01', licenceCostPerYear: 365 },
      ]),
      { period: MARCH, asOf: AS_OF, lostHours: noLostHours() },
    );
    expect(result.withoutPurchaseCost).toBe(2);
    // No asset file, or no purchase cost in the whole file (the category is then excluded): null.
    expect(tco(data([], null), { period: MARCH, asOf: AS_OF, lostHours: noLostHours() }).withoutPurchaseCost).toBeNull();
    const none = tco(data([], [{ id: 'B', inServiceDate: '2025-01-01', contractCostPerYear: 365 }]), { period: MARCH, asOf: AS_OF, lostHours: noLostHours() });
    expect(none.withoutPurchaseCost).toBeNull();
    expect(none.excluded).toContainEqual({ part: 'acquisition', reason: 'not-recorded', hours: null });
  });

  it('counts asset costs from the data’s first day when the period starts before the data (observedFrom)', () => {
    // The export's first ticket is on 11 March: labour, downtime and uptime are counted from that
    // day, and so are the asset costs, or the total would hold ten days of assets and no labour.
    const observed = data(
      [{ id: 'T', type: 'request', openedAt: '2026-03-11T09:00Z', effortMinutes: 60, assetId: 'L' }],
      [
        // 3288 € over 36 months from 1 Jan 2026 (1096 days): 11–31 March = 21 days → 3288 / 1096 × 21 = 63
        { id: 'L', type: 'laptop', purchaseCost: 3288, inServiceDate: '2026-01-01T00:00Z', licenceCostPerYear: 365 },
        // in service from 16 March (after the data start): 16 days, as without observedFrom → 16
        { id: 'A', licenceCostPerYear: 365, inServiceDate: '2026-03-16T00:00Z' },
        // retired 5 March, before the data start: nothing observed → 0
        { id: 'B', contractCostPerYear: 730, inServiceDate: '2020-01-01', retiredDate: '2026-03-05T00:00Z' },
      ],
    );
    const options = { period: MARCH, asOf: AS_OF, lostHours: noLostHours(), observedFrom: Date.parse('2026-03-11T00:00Z') };
    const result = tco(observed, options);
    expect(result.byAsset['L']!.byCategory.acquisition).toBeCloseTo(63, 9);
    // licences: L 21 days + A 16 days
    expect(result.byCategory.licences).toBeCloseTo(21 + 16, 9);
    expect(result.byCategory.contracts).toBe(0);
    // labour: 1 h × 60 €
    expect(result.total).toBeCloseTo(63 + 37 + 60, 9);
    // The whole month without observedFrom: 3288 / 1096 × 31 = 93, licences 31 + 16, contracts 730 / 365 × 4 = 8.
    const whole = tco(observed, { period: MARCH, asOf: AS_OF, lostHours: noLostHours() });
    expect(whole.total).toBeCloseTo(93 + 47 + 8 + 60, 9);
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

  // The policy's rates: both, one, none, or a client's alone (money is never assumed).
  const genPolicy = fc.constantFrom(
    policy,
    parsePolicy({ timezone: 'UTC', usefulLifeMonths: { default: 48, laptop: 36 }, headcount: 10, rates: { userHourly: 40 } }),
    parsePolicy({ timezone: 'UTC', usefulLifeMonths: { default: 48, laptop: 36 }, headcount: 10, rates: { technicianHourly: 60 } }),
    parsePolicy({ timezone: 'UTC', usefulLifeMonths: { default: 48, laptop: 36 }, headcount: 10 }),
    parsePolicy({ timezone: 'UTC', headcount: 10, clients: { Café: { rates: { userHourly: 50, technicianHourly: 80 } } } }),
  );

  it('Σ byCategory = total, with or without rates; byType, byClient and byAsset + unallocated partition it', () => {
    fc.assert(
      fc.property(
        fc.array(genAsset, { maxLength: 5 }),
        fc.array(genTicket, { maxLength: 25 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 1, max: 200 }),
        genPolicy,
        fc.boolean(),
        (assets, tickets, startDay, length, withPolicy, assetFile) => {
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
            assetFile
              ? assets.map((a, i) => ({
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
                }))
              : null,
            withPolicy,
          );
          const result = tco(review, { period, asOf: base + 900 * day });
          const close = (a: number, b: number) => expect(Math.abs(a - b)).toBeLessThanOrEqual(1e-6 * Math.max(1, Math.abs(b)));
          // A null category counts for nothing: the total is exactly what was measured.
          const sum = (breakdown: Record<string, number | null>) => TCO_CATEGORIES.reduce((s, c) => s + (breakdown[c] ?? 0), 0);
          const total = result.total ?? 0;
          close(sum(result.byCategory), total);
          close(Object.values(result.byType).reduce((s, g) => s + g.total, 0), total);
          close(Object.values(result.byClient).reduce((s, g) => s + g.total, 0), total);
          close(Object.values(result.byAsset).reduce((s, g) => s + g.total, 0) + result.unallocated!, total);
          for (const group of Object.values(result.byAsset)) {
            close(sum(group.byCategory), group.total);
            // A category null at the top is null in every breakdown.
            for (const c of TCO_CATEGORIES) if (result.byCategory[c] === null) expect(group.byCategory[c]).toBeNull();
          }
          // What is left out is said: every null category, and the unpriced technician time.
          for (const c of TCO_CATEGORIES) {
            // Labour's categories: labour left out whole, or both its parts (time unpriced, no cost column).
            const parts = new Set(result.excluded.map((e) => e.part));
            const labourOut = parts.has('labour') || (parts.has('technician-time') && parts.has('direct-costs'));
            if (result.byCategory[c] === null) expect(parts.has(c) || (labourOut && c !== 'downtime')).toBe(true);
            if (['preventive', 'corrective', 'evolutive', 'proactive', 'unclassified'].includes(c) && labourOut) expect(result.byCategory[c]).toBeNull();
          }
          expect(result.complete).toBe(result.excluded.length === 0);
          if (!assetFile) expect(result.byCategory.acquisition).toBeNull();
          if (result.total !== null) expect(result.perUser).toBeCloseTo(result.total / 10, 9);
          // Breakdowns list the categories in TCO_CATEGORIES order.
          expect(Object.keys(result.byCategory)).toEqual([...TCO_CATEGORIES]);
          for (const group of Object.values(result.byAsset)) expect(Object.keys(group.byCategory)).toEqual([...TCO_CATEGORIES]);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('gives the same figures from a lostHours result alone as from the run with its sums', () => {
    // tcoWithLostHours reads the sums of the run (as buildReport calls it); a result alone (e.g.
    // one sent over the wire) goes through the record and runs lostHours again for the incidents
    // without an asset.
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
        const run = lostHoursRun(review, options);
        expect(run.result).toEqual(lostHours(review, options));
        expect(tco(review, { ...options, lostHours: structuredClone(run.result) })).toEqual(tcoWithLostHours(review, options, run));
      }),
      { numRuns: 200 },
    );
  });
});

describe('tco — what can be measured (issue 10)', () => {
  const noRates = parsePolicy({ timezone: 'UTC', headcount: 10 });
  // T1: Mon 2 Mar 09:00–11:00 on A: 2 lost business hours, 90 min of effort, 30 EUR of parts.
  // T2: no asset, 30 min of effort, no cost.
  const tickets = [
    { id: 'T1', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', assetId: 'A', effortMinutes: 90, cost: 30 },
    { id: 'T2', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T10:00Z', effortMinutes: 30 },
  ];
  // A: 3650 EUR over 1 Jan 2026 + 48 months (1461 days); licence 365 EUR/year: March (31 days) = 31 EUR.
  const assets = [{ id: 'A', purchaseCost: 1461, inServiceDate: '2026-01-01', licenceCostPerYear: 365 }];

  it('leaves downtime and technician time out without rates, and says so, Σ byCategory still = total', () => {
    const result = tco(data(tickets, assets, noRates), { period: MARCH, asOf: AS_OF });
    // acquisition = 1461 / 1461 days × 31 = 31; licences = 365 / 365 × 31 = 31; corrective = 30 (the
    // parts of T1; T2 has none); technician time and downtime unpriced; no contract cost anywhere
    // in the asset file: not measured, not €0.
    expect(result.byCategory).toEqual({
      acquisition: 31, contracts: null, licences: 31, preventive: 0, corrective: 30, evolutive: 0, proactive: 0, unclassified: 0, downtime: null,
    });
    expect(result.total).toBe(92);
    expect(result.complete).toBe(false);
    expect(result.excluded).toEqual([
      { part: 'contracts', reason: 'not-recorded', hours: null },
      // 90 + 30 = 120 min of effort = 2 h unpriced.
      { part: 'technician-time', reason: 'no-rate', hours: 2 },
      // 2 h lost (T1) + 1 h (T2) = 3 h unpriced.
      { part: 'downtime', reason: 'no-rate', hours: 3 },
    ]);
    expect(result.labour).toEqual({ directCost: 30, effortHours: 2, technicianCost: null });
    expect(result.byAsset['A']!.byCategory.downtime).toBeNull();
    expect(result.perUser).toBe(9.2);
  });

  it('has no asset categories without an asset file', () => {
    const result = tco(data(tickets, null), { period: MARCH, asOf: AS_OF });
    // With rates (40 user, 60 technician): corrective = 1.5 h × 60 + 30 + 0.5 h × 60 = 150; downtime = 3 h × 40 = 120.
    expect(result.byCategory).toMatchObject({ acquisition: null, contracts: null, licences: null, corrective: 150, downtime: 120 });
    expect(result.total).toBe(270);
    expect(result.excluded.map((e) => [e.part, e.reason])).toEqual([
      ['acquisition', 'no-assets'],
      ['contracts', 'no-assets'],
      ['licences', 'no-assets'],
    ]);
  });

  it('has no labour when the export records neither effort nor costs, and no total when nothing is measured', () => {
    const bare = [{ id: 'T1', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', assetId: 'A' }];
    const result = tco(data(bare, null, noRates), { period: MARCH, asOf: AS_OF });
    expect(result.total).toBeNull();
    expect(result.perUser).toBeNull();
    expect(Object.values(result.byCategory).every((amount) => amount === null)).toBe(true);
    expect(result.excluded.map((e) => e.part)).toEqual(['acquisition', 'contracts', 'licences', 'labour', 'downtime']);
    expect(result.labour).toEqual({ directCost: null, effortHours: null, technicianCost: null });
    // Effort recorded but no direct cost anywhere: the direct costs are said to be missing.
    const effortOnly = tco(data([{ ...bare[0]!, effortMinutes: 60 }], null), { period: MARCH, asOf: AS_OF });
    expect(effortOnly.excluded.map((e) => [e.part, e.reason])).toContainEqual(['direct-costs', 'not-recorded']);
    expect(effortOnly.byCategory.corrective).toBe(60);
  });

  it('has no total when the export records effort only and the policy has no rate (no "€0, excluding …")', () => {
    // Jira or Zammad with time spent, no cost column, no policy: T1 1 h of effort on A, T2 30 min.
    // Labour would be 0 × (no rate) + no direct cost: nothing of it is measured.
    const effortOnly = [
      { id: 'T1', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', assetId: 'A', effortMinutes: 60 },
      { id: 'T2', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T10:00Z', effortMinutes: 30 },
    ];
    const result = tco(data(effortOnly, null, noRates), { period: MARCH, asOf: AS_OF });
    expect(result.total).toBeNull();
    expect(result.perUser).toBeNull();
    expect(result.unallocated).toBeNull();
    expect(Object.values(result.byCategory).every((amount) => amount === null)).toBe(true);
    expect(result.excluded.map((e) => [e.part, e.reason, e.hours])).toEqual([
      ['acquisition', 'no-assets', null],
      ['contracts', 'no-assets', null],
      ['licences', 'no-assets', null],
      ['direct-costs', 'not-recorded', null],
      // 60 + 30 min of effort.
      ['technician-time', 'no-rate', 1.5],
      // 2 h lost (T1, P-less: factor 1, one user) + 1 h (T2).
      ['downtime', 'no-rate', 3],
    ]);
    expect(result.labour).toEqual({ directCost: null, effortHours: 1.5, technicianCost: null });
    // With an asset file, the total is the asset's cost alone (acquisition 31 + licences 31), labour still null.
    const withAssets = tco(data(effortOnly, assets, noRates), { period: MARCH, asOf: AS_OF });
    expect(withAssets.total).toBe(62);
    expect(withAssets.byCategory).toMatchObject({ acquisition: 31, licences: 31, corrective: null, unclassified: null, downtime: null });
  });

  it('has no asset category whose cost column the asset file never fills (an inventory without costs)', () => {
    // The file names A with its type only: no purchase, contract or licence cost anywhere.
    const bare = tco(data(tickets, [{ id: 'A', type: 'laptop' }]), { period: MARCH, asOf: AS_OF });
    expect(bare.byCategory).toMatchObject({ acquisition: null, contracts: null, licences: null });
    expect(bare.excluded.slice(0, 3)).toEqual([
      { part: 'acquisition', reason: 'not-recorded', hours: null },
      { part: 'contracts', reason: 'not-recorded', hours: null },
      { part: 'licences', reason: 'not-recorded', hours: null },
    ]);
    // Labour and downtime at the default rates stay: 150 + 120 (as without a file).
    expect(bare.total).toBe(270);
    // One asset with a contract cost is enough for the category to be measured, €0 for the others.
    const one = tco(data(tickets, [{ id: 'A' }, { id: 'B', contractCostPerYear: 365 }]), { period: MARCH, asOf: AS_OF });
    expect(one.byCategory).toMatchObject({ acquisition: null, contracts: 31, licences: null });
    expect(one.byAsset['A']!.byCategory.contracts).toBe(0);
  });

  it('has no labour categories when effort has no rate and no direct cost is recorded', () => {
    // T1 and T2 carry 90 + 30 min of effort and no cost column: technician time unpriced, no parts
    // recorded, so no part of labour is priced — the categories are null, not €0.
    const effortOnly = tickets.map(({ cost: _cost, ...ticket }) => ticket);
    const result = tco(data(effortOnly, assets, noRates), { period: MARCH, asOf: AS_OF });
    expect(result.byCategory).toEqual({
      acquisition: 31, contracts: null, licences: 31, preventive: null, corrective: null, evolutive: null, proactive: null, unclassified: null, downtime: null,
    });
    // acquisition 31 + licences 31 = 62, the only measured parts.
    expect(result.total).toBe(62);
    expect(result.excluded.map((e) => [e.part, e.reason])).toEqual([
      ['contracts', 'not-recorded'],
      ['direct-costs', 'not-recorded'],
      ['technician-time', 'no-rate'],
      ['downtime', 'no-rate'],
    ]);
    // T2 has no asset: what it costs (labour, downtime) is not measured either.
    expect(result.unallocated).toBeNull();
    expect(result.byAsset['A']!.byCategory.corrective).toBeNull();
  });

  it('gives no €0 of labour or downtime without a rate, even at zero hours', () => {
    // A request in March with 0 min of effort, no parts, and no incident: 0 technician hours, 0 lost hours.
    const quiet = [{ id: 'R', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', type: 'request', effortMinutes: 0, cost: 0 }];
    const result = tco(data(quiet, null, noRates), { period: MARCH, asOf: AS_OF });
    // No asset file, labour only its direct costs (0), technician time and downtime without rate.
    expect(result.byCategory).toMatchObject({ acquisition: null, unclassified: 0, downtime: null });
    expect(result.excluded.filter((e) => e.reason === 'no-rate')).toEqual([
      { part: 'technician-time', reason: 'no-rate', hours: 0 },
      { part: 'downtime', reason: 'no-rate', hours: 0 },
    ]);
    expect(result.labour).toEqual({ directCost: 0, effortHours: 0, technicianCost: null });
    expect(result.complete).toBe(false);
    // No direct cost recorded either: nothing is measured, so no total (not "€0, excluding …").
    const bare = tco(data([{ id: 'R', openedAt: '2026-03-02T09:00Z', type: 'request' }], null, noRates), { period: MARCH, asOf: AS_OF });
    expect(bare.total).toBeNull();
    expect(bare.excluded.map((e) => e.part)).toEqual(['acquisition', 'contracts', 'licences', 'labour', 'downtime']);
    // Nothing a ticket without an asset costs (labour, downtime) is measured: no "€0 unallocated".
    expect(bare.unallocated).toBeNull();
    expect(tco(data([{ id: 'R', openedAt: '2026-03-02T09:00Z', type: 'request' }], assets, noRates), { period: MARCH, asOf: AS_OF })).toMatchObject({ total: 62, unallocated: null });
    // With the rates (40 user, 60 technician): 0 h × 60 + 0 = €0 of labour, 0 h × 40 = €0 of downtime, measured.
    const rated = tco(data(quiet, null), { period: MARCH, asOf: AS_OF });
    expect(rated.byCategory).toMatchObject({ unclassified: 0, downtime: 0 });
    expect(rated.labour).toEqual({ directCost: 0, effortHours: 0, technicianCost: 0 });
    expect(rated.total).toBe(0);
    // The request has no asset: its 0 of labour and 0 h of downtime, priced, are unallocated.
    expect(rated.unallocated).toBe(0);
    // An asset purchase with no rate at all: a real partial total (acquisition 31), the rest excluded.
    const withAsset = tco(data(quiet, assets, noRates), { period: MARCH, asOf: AS_OF });
    expect(withAsset).toMatchObject({ total: 62, complete: false });
  });
});
