import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeTo, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { testPolicy } from '../../../test/kpi-support.js';
import { parsePeriod } from '../../calendar/period.js';
import { assetsFromRows, ticketsFromRows } from '../../model/tables.js';
import { prepareReview } from '../prepared.js';
import { tco } from '../tco/tco.js';
import type { ReviewData } from '../types.js';
import { replacementPlanReference } from './reference.js';
import { replacementPlan } from './replacement.js';

// UTC; 48-month default life, laptops 36; technicians 60 €/h.
const policy = testPolicy({ usefulLifeMonths: { default: 48, laptop: 36 } });
const q3 = parsePeriod('2026-Q3', 'UTC');
const asOf = Date.parse('2026-09-30T12:00Z');

const data: ReviewData = {
  tickets: ticketsFromRows([
    // LAP-OLD: two corrective tickets in the period (1 h + 80 of parts; 30 min), one outside it.
    { id: 'T1', assetId: 'LAP-OLD', openedAt: '2026-07-10T09:00Z', effortMinutes: 60, cost: 80 },
    { id: 'T2', assetId: 'LAP-OLD', openedAt: '2026-08-10T09:00Z', effortMinutes: 30, maintenanceType: 'corrective', type: 'request' },
    { id: 'T3', assetId: 'LAP-OLD', openedAt: '2026-05-10T09:00Z', effortMinutes: 600 },
    // A preventive ticket does not count as corrective.
    { id: 'T4', assetId: 'SRV-1', openedAt: '2026-07-01T09:00Z', effortMinutes: 120, maintenanceType: 'preventive' },
  ]),
  assets: assetsFromRows([
    // In service 2022-03-01 + 36 months = 2025-03-01: past its useful life.
    { id: 'LAP-OLD', name: 'Old laptop', type: 'laptop', client: 'Acme', site: 'Lyon', inServiceDate: '2022-03-01', purchaseCost: 1200, warrantyEnd: '2025-03-01' },
    // 2023-01-15 + 48 months = 2027-01-15: within the 12 months from September 2026; warranty ends before, on 2026-11-30.
    { id: 'SRV-1', type: 'server', purchaseDate: '2023-01-15', purchaseCost: 9000, warrantyEnd: '2026-11-30' },
    // Useful life ends 2027-04-01, no purchase cost.
    { id: 'PRN-1', type: 'printer', inServiceDate: '2023-04-01' },
    // Warranty ends 2026-10-15; no dates for its useful life.
    { id: 'FW-1', type: 'firewall', warrantyEnd: '2026-10-15', purchaseCost: 700 },
    // Past its life but retired: not in the plan. Ends after the plan: not in it either.
    { id: 'OLD-RET', inServiceDate: '2015-01-01', retiredDate: '2026-01-01', purchaseCost: 500 },
    { id: 'NEW', inServiceDate: '2026-01-01', purchaseCost: 800, warrantyEnd: '2029-01-01' },
    // Not yet in service at asOf.
    { id: 'LATER', inServiceDate: '2026-12-01', warrantyEnd: '2026-12-15' },
    // A subscription (licence cost, nothing bought), long past "its useful life": not hardware.
    { id: 'LIC-1', type: 'licence', inServiceDate: '2019-01-01', licenceCostPerYear: 1200 },
  ]),
  policy,
};

describe('replacementPlan, hand-computed', () => {
  const plan = replacementPlan(data, { period: q3, asOf });

  it('lists the assets to replace, most urgent first, with why and when', () => {
    expect(plan.horizon).toEqual({ start: '2026-09-01T00:00:00.000Z', end: '2027-09-01T00:00:00.000Z', months: 12 });
    expect(plan.assets.map(({ id, reasons, dueAt, budgetMonth }) => [id, reasons, dueAt.slice(0, 10), budgetMonth])).toEqual([
      ['LAP-OLD', ['past-useful-life'], '2025-03-01', '2026-09'], // overdue: budgeted now
      ['FW-1', ['warranty-ends'], '2026-10-15', '2026-10'],
      ['SRV-1', ['warranty-ends', 'useful-life-ends'], '2026-11-30', '2026-11'], // the warranty ends first
      ['PRN-1', ['useful-life-ends'], '2027-04-01', '2027-04'],
    ]);
    expect(plan.count).toBe(4);
    expect(plan.withoutDates).toBe(1); // FW-1
    expect(plan.subscriptions).toBe(1); // LIC-1
  });

  it('prices each replacement at its purchase cost, or says it is unknown', () => {
    const byId = Object.fromEntries(plan.assets.map((asset) => [asset.id, asset]));
    expect(byId['LAP-OLD']).toMatchObject({ name: 'Old laptop', client: 'Acme', site: 'Lyon', replacementCost: 1200, replacementCostReason: null, ageMonths: 54 });
    expect(byId['PRN-1']).toMatchObject({ replacementCost: null, replacementCostReason: 'no-purchase-cost' });
    expect(plan.cost).toBe(1200 + 700 + 9000);
    expect(plan.withoutCost).toBe(1);
  });

  it('adds the corrective cost each asset caused in the period, as tco counts it', () => {
    const byId = Object.fromEntries(plan.assets.map((asset) => [asset.id, asset]));
    // T1: 1 h × 60 + 80; T2: 0.5 h × 60 (a request marked corrective). T3 is before the period.
    expect(byId['LAP-OLD']).toMatchObject({ correctiveCost: 60 + 80 + 30 });
    expect(byId['SRV-1']).toMatchObject({ correctiveCost: 0 });
    const cost = tco(data, { period: q3, asOf });
    expect(cost.byAsset['LAP-OLD']!.byCategory.corrective).toBe(170);
    // Given that tco result, the plan reads the costs from it: the same plan.
    expect(replacementPlan(data, { period: q3, asOf, tco: cost })).toEqual(plan);
  });

  it('gives no corrective cost where technician time has no rate, or the period no figures (DESIGN §2)', () => {
    // No technician rate: LAP-OLD's T1 and T2 carry effort that cannot be priced, so its cost is
    // not 80 (the parts alone) but not measured; SRV-1 has no corrective ticket: 0 is measured.
    const unrated = { ...data, policy: testPolicy({ usefulLifeMonths: { default: 48, laptop: 36 }, rates: { userHourly: 40, technicianHourly: null, currency: 'EUR' } }) };
    const alone = replacementPlan(unrated, { period: q3, asOf });
    const byId = Object.fromEntries(alone.assets.map((asset) => [asset.id, asset]));
    expect(byId['LAP-OLD']).toMatchObject({ correctiveCost: null, correctiveCostReason: 'no-rate' });
    expect(byId['SRV-1']).toMatchObject({ correctiveCost: 0, correctiveCostReason: null });
    // tco leaves technician time out (no-rate): the plan does not read its partial figures.
    const cost = tco(unrated, { period: q3, asOf });
    expect(cost.excluded).toContainEqual(expect.objectContaining({ part: 'technician-time', reason: 'no-rate' }));
    expect(replacementPlan(unrated, { period: q3, asOf, tco: cost })).toEqual(alone);
    expect(replacementPlanReference(unrated, { period: q3, asOf }).assets).toEqual(alone.assets);
    // A period without figures (buildReport passes tco: null): no corrective cost at all.
    const outside = replacementPlan(data, { period: q3, asOf, tco: null });
    expect(outside.assets.map(({ correctiveCost, correctiveCostReason }) => [correctiveCost, correctiveCostReason])).toEqual(
      Array.from({ length: 4 }, () => [null, 'no-data-in-period']),
    );
  });

  it('budgets by month and by calendar quarter', () => {
    expect(plan.byMonth).toHaveLength(12);
    expect(plan.byMonth[0]).toEqual({ key: '2026-09', assets: 1, cost: 1200, withoutCost: 0, byReason: { 'past-useful-life': 1200, 'useful-life-ends': 0, 'warranty-ends': 0 } });
    // April 2027: PRN-1 alone, without a purchase cost: no sum of prices, so no €0 (null), and
    // none for its reason either; the reasons with no asset due are a true €0.
    const prn = plan.assets.find((asset) => asset.id === 'PRN-1')!;
    expect(plan.byMonth[7]).toEqual({ key: '2027-04', assets: 1, cost: null, withoutCost: 1, byReason: { 'past-useful-life': 0, 'useful-life-ends': 0, 'warranty-ends': 0, [prn.reasons[0]!]: null } });
    expect(Object.values(plan.byMonth[7]!.byReason).filter((amount) => amount === null)).toHaveLength(1);
    // A month with nothing due costs a true €0.
    expect(plan.byMonth[4]!.cost).toBe(0);
    expect(plan.byQuarter.map(({ key, assets, cost }) => [key, assets, cost])).toEqual([
      ['2026-Q3', 1, 1200],
      ['2026-Q4', 2, 9700],
      ['2027-Q1', 0, 0],
      ['2027-Q2', 1, null],
      ['2027-Q3', 0, 0],
    ]);
  });

  it('caps the list, not the totals; is empty without an asset file', () => {
    const short = replacementPlan(data, { period: q3, asOf, maxListed: 1 });
    expect(short.assets.map(({ id }) => id)).toEqual(['LAP-OLD']);
    expect(short).toMatchObject({ count: 4, cost: 10900, listed: 1 });
    // Without an asset file the assets are the tickets' LAP-OLD and SRV-1, with no date nor price:
    // the plan is not measured (before: count 0, cost 0 and "2 assets without dates", read as
    // "nothing to replace"). The same with an asset file of no row.
    for (const assets of [null, assetsFromRows([])]) {
      const none = replacementPlan({ ...data, assets }, { period: q3, asOf });
      expect(none).toMatchObject({ inventory: false, count: 0, assets: [], cost: null, withoutDates: 0, subscriptions: 0 });
      expect(none.byMonth.every((month) => month.cost === null && month.assets === 0)).toBe(true);
      expect(none.byQuarter.every((quarter) => quarter.cost === null)).toBe(true);
    }
    expect(plan.inventory).toBe(true);
    expect(() => replacementPlan(data, { period: q3, asOf, horizonMonths: 0 })).toThrow(/horizonMonths/);
    // Only PRN-1 (no purchase cost) due: "estimated at €0" would price nothing; the cost is null.
    const unpriced = replacementPlan({ ...data, assets: assetsFromRows([{ id: 'PRN-1', type: 'printer', inServiceDate: '2023-04-01' }]) }, { period: q3, asOf });
    expect(unpriced).toMatchObject({ count: 1, withoutCost: 1, cost: null });
  });
});

describe('replacementPlan agrees with its plain reference', () => {
  for (const timezone of TIME_ZONES) {
    it(`on random reviews in ${timezone}`, () => {
      fc.assert(
        fc.property(reviewIn(timezone), fc.integer({ min: 1, max: 14 }), fc.integer({ min: 0, max: 4 }), ({ data: review, period, asOf: at }, horizonMonths, maxListed) => {
          const options = { period, asOf: at, horizonMonths, maxListed };
          const expected = replacementPlanReference(review, options);
          expect(closeTo(replacementPlan(review, options), expected)).toBeNull();
          const prepared = prepareReview(review, at);
          expect(closeTo(replacementPlan(review, { ...options, prepared }), expected)).toBeNull();
          // With the period's tco, as buildReport passes it.
          expect(closeTo(replacementPlan(review, { ...options, prepared, tco: tco(review, { period, asOf: at, prepared }) }), expected)).toBeNull();
        }),
        { numRuns: 60 },
      );
    });
  }
});
