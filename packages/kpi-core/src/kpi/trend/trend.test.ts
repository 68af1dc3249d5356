import { describe, expect, it } from 'vitest';
import { testPolicy } from '../../../test/kpi-support.js';
import { parsePeriod } from '../../calendar/period.js';
import { assetsFromRows, ticketsFromRows } from '../../model/tables.js';
import type { ReviewData } from '../types.js';
import { tco } from '../tco/tco.js';
import { monthlyTrend } from './trend.js';

// UTC, Mon–Fri 09:00–17:00; P1 on a 24x7 clock, P2 on business hours; 40 €/h staff, 60 €/h
// technicians; headcount 10; recurrence on assetId + category within 30 days; 48-month life.
const policy = testPolicy({
  sla: { P1: { response: 60, resolution: 240, clock: '24x7' }, P2: { response: 120, resolution: 480, clock: 'business' } },
});
const march = parsePeriod('2026-03', 'UTC');
const asOf = Date.parse('2026-04-01T00:00Z');

// 2 Feb 2026 is a Monday.
const data: ReviewData = {
  tickets: ticketsFromRows([
    { id: 'T1', type: 'incident', priority: 'P1', assetId: 'A', category: 'Printer', openedAt: '2026-02-02T10:00Z', firstResponseAt: '2026-02-02T10:30Z', resolvedAt: '2026-02-02T13:00Z', affectedUsers: 2, impact: 'outage', effortMinutes: 60 },
    { id: 'T2', type: 'incident', priority: 'P2', assetId: 'A', category: 'Printer', openedAt: '2026-02-26T09:00Z', firstResponseAt: '2026-02-26T12:00Z', resolvedAt: '2026-02-27T17:00Z', effortMinutes: 120, cost: 50 },
    { id: 'T3', type: 'request', priority: 'P2', category: 'Account', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:00Z', effortMinutes: 30 },
    { id: 'T4', type: 'incident', priority: 'P1', assetId: 'B', category: 'Network', openedAt: '2026-03-10T08:00Z', firstResponseAt: '2026-03-10T08:20Z' },
    { id: 'T5', type: 'incident', priority: 'P2', assetId: 'A', category: 'Printer', openedAt: '2026-03-25T09:00Z', resolvedAt: '2026-03-25T11:00Z' },
  ]),
  assets: assetsFromRows([
    { id: 'A', inServiceDate: '2026-01-01', purchaseCost: 4800, contractCostPerYear: 365 },
    { id: 'B', inServiceDate: '2025-06-01' },
  ]),
  policy,
};

describe('monthlyTrend, hand-computed', () => {
  const trend = monthlyTrend(data, { period: march, asOf, months: 3 });

  it('lists the months ending with the period, and leaves the months before the data empty', () => {
    expect(trend.months).toEqual(['2026-01', '2026-02', '2026-03']);
    // The first ticket is opened on 2 February: January is not covered.
    expect(trend.covered).toEqual([false, true, true]);
    expect(trend.inPeriod).toEqual([false, false, true]);
    expect(trend.responseMeasured).toBe(true);
    for (const values of Object.values(trend.series)) expect(values[0]).toBeNull();
  });

  it('counts incidents, SLA adherence and recurrence per month', () => {
    expect(trend.series.incidents).toEqual([null, 2, 2]);
    // February: T1 met (3 h ≤ 4 h), T2 breached (16 business hours > 8). March: T3 met (1 h),
    // T4 breached (open: 520 h by asOf), T5 met (2 h).
    expect(trend.series.slaResolution).toEqual([null, 0.5, 2 / 3]);
    // February: T1 met (30 min), T2 breached (3 business hours > 2). March: T3 met (no first
    // response: its resolution, 1 h), T4 met (20 min), T5 met (its resolution, 2 h ≤ 2 h).
    expect(trend.series.slaResponse).toEqual([null, 0.5, 1]);
    // T2 follows T1 (24 days), T5 follows T2 (27 days); T4 is B's first.
    expect(trend.series.recurrenceRate).toEqual([null, 0.5, 0.5]);
  });

  it('measures the fleet month by month', () => {
    // February: five tickets are too few to say the export starts on 2 February
    // (`observedFromSpan`: fewer than 30), so DESIGN §5's window is the whole month: A and B
    // from 1 Feb 00:00 to 1 March, 28 days = 672 h each; A down 3 h (T1) + 32 h (T2); two failures.
    // March: 744 h each; A down 2 h (T5), B down from 10 March 08:00 to asOf (520 h); two failures.
    expect(trend.series.availability[1]).toBeCloseTo((1344 - 35) / 1344, 12);
    expect(trend.series.availability[2]).toBeCloseTo((1488 - 522) / 1488, 12);
    expect(trend.series.mtbfHours).toEqual([null, 1309 / 2, 966 / 2]);
  });

  it('adds up lost hours and cost per month', () => {
    // February: T1 3 business hours × 2 users × 1 (outage) = 6; T2 16 h × 1 × 0.5 (P2) = 8.
    // March: T4 16 weekdays × 8 h × 1 (P1) = 128; T5 2 h × 0.5 = 1.
    expect(trend.series.lostHours).toEqual([null, 14, 129]);
    // February's hours are counted over its 28 days (five tickets: no cut, see above):
    // 14 × 365 ÷ 28 ÷ 10 = 18.25 h per employee per year.
    expect(trend.series.lostHoursPerEmployeePerYear[1]).toBeCloseTo((14 * 365) / 28 / 10, 12);
    expect(trend.notMeasured).not.toContainEqual({ figure: 'lostHoursPerEmployeePerYear', reason: 'too-few-days' });
    expect(trend.series.lostHoursPerEmployeePerYear[2]).toBeCloseTo((129 * 365) / 31 / 10, 12);
    // A: 4800 over 1461 days (2026-01-01 to 2030-01-01) and 1 €/day of contract; labour 60 €/h;
    // downtime 40 €/h. February, over its 28 days (DESIGN §5's TCO over the period, the data too
    // few for a cut): 4800 × 28/1461 + 28 + (60 + 120 + 50) + 14 × 40.
    expect(trend.series.cost[1]).toBeCloseTo((4800 * 28) / 1461 + 28 + 230 + 560, 9);
    // March: 4800 × 31/1461 + 31 + 30 (T3, half an hour) + 129 × 40.
    expect(trend.series.cost[2]).toBeCloseTo((4800 * 31) / 1461 + 31 + 30 + 5160, 9);
    // Every part priced but licences, which the asset file never gives: not measured, not €0.
    expect(trend.costExcluded).toEqual([{ part: 'licences', reason: 'not-recorded', months: ['2026-02', '2026-03'] }]);
  });

  it("records the defaults its monthly lost hours used, as lostHours does (affectedUsers, impactUnknown)", async () => {
    const { PolicyUsage } = await import('../usage.js');
    const { lostHours } = await import('../lost-hours/lost-hours.js');
    // February only: Z gives neither affected users nor impact nor priority: 1 user (DESIGN §5's
    // default) × factor 1 (neither impact nor priority) over Mon 2 Feb 09:00–10:00 = 1 h.
    const early: ReviewData = {
      tickets: ticketsFromRows([
        { id: 'Z', openedAt: '2026-02-02T09:00Z', resolvedAt: '2026-02-02T10:00Z' },
        // March: every value given (users, impact): no default.
        { id: 'M', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:00Z', affectedUsers: 2, impact: 'degraded' },
      ]),
      policy,
    };
    const usage = new PolicyUsage();
    const result = monthlyTrend(early, { period: march, asOf, months: 2, usage });
    // February 1 h; March 1 h × 2 × 0.5 = 1 h.
    expect(result.series.lostHours).toEqual([1, 1]);
    expect([...usage.used(policy)].sort()).toEqual(['affectedUsers', 'calendar.holidays', 'calendar.hours', 'impactFactors.degraded', 'impactUnknown', 'timezone']);
    // The same as lostHours over February marks (the one rule, shared).
    const february = new PolicyUsage();
    lostHours(early, { period: parsePeriod('2026-02', 'UTC'), asOf, usage: february });
    expect([...february.used(policy)].sort()).toEqual(['affectedUsers', 'calendar.holidays', 'calendar.hours', 'impactUnknown', 'timezone']);
  });

  it('gives a month without a rate the total of what is priced, as the TCO does, saying what it leaves out', () => {
    const noRates = testPolicy({ ...policy, rates: { userHourly: null, technicianHourly: null, currency: 'EUR' } });
    // A request with 30 € of parts in February, one without in March, and no incident: 0 lost
    // hours, but no user rate; no asset file, no effort recorded.
    const quiet: ReviewData = {
      tickets: ticketsFromRows([
        { id: 'Q', type: 'request', openedAt: '2026-02-02T09:00Z', cost: 30 },
        { id: 'Q2', type: 'request', openedAt: '2026-03-02T09:00Z' },
      ]),
      policy: noRates,
    };
    const result = monthlyTrend(quiet, { period: march, asOf, months: 2 });
    expect(result.series.lostHours).toEqual([0, 0]);
    // The parts, as tco over each month says: 30 € in February, 0 in March (it was null, null).
    expect(result.series.cost).toEqual([30, 0]);
    const both = ['2026-02', '2026-03'];
    expect(result.costExcluded).toEqual([
      { part: 'acquisition', reason: 'no-assets', months: both },
      { part: 'contracts', reason: 'no-assets', months: both },
      { part: 'licences', reason: 'no-assets', months: both },
      { part: 'technician-time', reason: 'not-recorded', months: both },
      { part: 'downtime', reason: 'no-rate', months: both },
    ]);
    expect(result.notMeasured.some((entry) => entry.figure === 'cost')).toBe(false);
    // With the rates: the same 30 € and 0, only the asset categories and technician time left out.
    const rated = monthlyTrend({ ...quiet, policy }, { period: march, asOf, months: 2 });
    expect(rated.series.cost).toEqual([30, 0]);
    expect(rated.costExcluded.map((entry) => entry.part)).toEqual(['acquisition', 'contracts', 'licences', 'technician-time']);
    // Nothing priced at all (no asset file, no effort or cost recorded, no user rate): null, and the parts say why.
    const bare = monthlyTrend({ ...quiet, tickets: ticketsFromRows([{ id: 'Q3', type: 'request', openedAt: '2026-03-02T09:00Z' }]) }, { period: march, asOf, months: 1 });
    expect(bare.series.cost).toEqual([null]);
    expect(bare.costExcluded.map(({ part, reason }) => `${part}:${reason}`)).toEqual([
      'acquisition:no-assets', 'contracts:no-assets', 'licences:no-assets', 'labour:not-recorded', 'downtime:no-rate',
    ]);
  });

  it('prices no labour from effort without a rate and no cost column, as tco does', () => {
    // One request with 2 h of effort in March, no cost column, no asset file, no rate at all.
    const effortOnly: ReviewData = {
      tickets: ticketsFromRows([{ id: 'E', type: 'request', openedAt: '2026-03-02T09:00Z', effortMinutes: 120 }]),
      policy: testPolicy({ ...policy, rates: { userHourly: null, technicianHourly: null, currency: 'EUR' } }),
    };
    const result = monthlyTrend(effortOnly, { period: march, asOf, months: 1 });
    // Nothing priced: not "€0 of labour".
    expect(tco(effortOnly, { period: march, asOf }).total).toBeNull();
    expect(result.series.cost).toEqual([null]);
    expect(result.costExcluded.map(({ part, reason }) => `${part}:${reason}`)).toEqual([
      'acquisition:no-assets', 'contracts:no-assets', 'licences:no-assets', 'technician-time:no-rate', 'direct-costs:not-recorded', 'downtime:no-rate',
    ]);
    // With the technician rate: 2 h × 60 € = 120 €, the rest still left out.
    const rated = monthlyTrend({ ...effortOnly, policy: testPolicy({ ...policy, rates: { ...policy.rates, userHourly: null } }) }, { period: march, asOf, months: 1 });
    expect(rated.series.cost).toEqual([120]);
  });

  it('leaves out technician time or downtime whole when their rate is missing, and keeps the rest', () => {
    // The hand-computed data above, without the user rate: February 4800 × 28/1461 + 28 + (60 +
    // 120 + 50), March 4800 × 31/1461 + 31 + 30; the lost hours (14 h, 129 h) are not priced.
    const noUserRate = monthlyTrend({ ...data, policy: testPolicy({ ...policy, rates: { ...policy.rates, userHourly: null } }) }, { period: march, asOf, months: 3 });
    expect(noUserRate.series.cost[0]).toBeNull(); // January: before the data
    expect(noUserRate.series.cost[1]).toBeCloseTo((4800 * 28) / 1461 + 28 + 230, 9);
    expect(noUserRate.series.cost[2]).toBeCloseTo((4800 * 31) / 1461 + 31 + 30, 9);
    expect(noUserRate.costExcluded).toEqual([{ part: 'licences', reason: 'not-recorded', months: ['2026-02', '2026-03'] }, { part: 'downtime', reason: 'no-rate', months: ['2026-02', '2026-03'] }]);
    // Without either rate: the direct costs stay (T2's 50 € in February), technician time goes too.
    const noRate = monthlyTrend({ ...data, policy: testPolicy({ ...policy, rates: { ...policy.rates, userHourly: null, technicianHourly: null } }) }, { period: march, asOf, months: 3 });
    expect(noRate.series.cost[1]).toBeCloseTo((4800 * 28) / 1461 + 28 + 50, 9);
    expect(noRate.series.cost[2]).toBeCloseTo((4800 * 31) / 1461 + 31, 9);
    expect(noRate.costExcluded).toEqual([
      { part: 'licences', reason: 'not-recorded', months: ['2026-02', '2026-03'] },
      { part: 'technician-time', reason: 'no-rate', months: ['2026-02', '2026-03'] },
      { part: 'downtime', reason: 'no-rate', months: ['2026-02', '2026-03'] },
    ]);
  });

  it('merges touching incidents into one failure, and counts a repeat exactly windowDays later', () => {
    const touching: ReviewData = {
      tickets: ticketsFromRows([
        { id: 'X1', assetId: 'C', category: 'Disk', openedAt: '2026-03-03T10:00Z', resolvedAt: '2026-03-03T12:00Z' },
        { id: 'X2', assetId: 'C', category: 'Disk', openedAt: '2026-03-03T12:00Z', resolvedAt: '2026-03-03T13:00Z' },
        { id: 'X3', assetId: 'C', category: 'Disk', openedAt: '2026-04-02T12:00Z', resolvedAt: '2026-04-02T13:00Z' },
      ]),
      assets: assetsFromRows([{ id: 'C' }]),
      policy,
    };
    const result = monthlyTrend(touching, { period: parsePeriod('2026-04', 'UTC'), asOf: Date.parse('2026-05-01T00:00Z'), months: 2 });
    // March, the whole month (three tickets are too few for a cut, `observedFromSpan`): 31 days
    // = 744 h; one outage 10:00–13:00 (X2 starts when X1 ends): 744 − 3 h up.
    expect(result.series.mtbfHours[0]).toBe(741);
    // X2 follows X1; X3 comes exactly 30 × 24 h after X2: still a repeat.
    expect(result.series.recurrenceRate).toEqual([0.5, 1]);
  });

  it('has no response trend without first responses, and no per-employee figure without a headcount', () => {
    const plain = { ...data, tickets: ticketsFromRows([{ id: 'Y', openedAt: '2026-03-02T09:00Z', priority: 'P1', resolvedAt: '2026-03-02T10:00Z' }]), policy: testPolicy({ ...policy, headcount: null }) };
    const result = monthlyTrend(plain, { period: march, asOf, months: 2 });
    expect(result.responseMeasured).toBe(false);
    expect(result.series.slaResponse).toEqual([null, null]);
    expect(result.series.slaResolution).toEqual([null, 1]);
    expect(result.series.lostHoursPerEmployeePerYear).toEqual([null, null]);
  });

  it('refuses a bad option', () => {
    expect(() => monthlyTrend(data, { period: march, asOf, months: 0 })).toThrow(/months/);
    expect(() => monthlyTrend(data, { period: march, asOf: Number.NaN })).toThrow(/asOf/);
  });
});

describe('monthlyTrend without an asset inventory', () => {
  it('has no fleet MTBF or availability in any month (no-assets), and says the share when no ticket names an asset', () => {
    // The same tickets without the asset file: A and B are known only because they failed.
    const bare = monthlyTrend({ ...data, assets: null }, { period: march, asOf, months: 3 });
    expect(bare.series.mtbfHours).toEqual([null, null, null]);
    expect(bare.series.availability).toEqual([null, null, null]);
    expect(bare.notMeasured.filter((entry) => entry.figure === 'mtbfHours' || entry.figure === 'availability')).toEqual([
      { figure: 'mtbfHours', reason: 'no-assets' },
      { figure: 'availability', reason: 'no-assets' },
    ]);
    // No ticket names an asset and no file: no asset at all, the incidents name none (too-few-with-asset), as before.
    const unnamed = ticketsFromRows([{ id: 'N1', type: 'incident', priority: 'P2', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:00Z' }]);
    const none = monthlyTrend({ tickets: unnamed, assets: null, policy }, { period: march, asOf, months: 1 });
    expect(none.notMeasured.filter((entry) => entry.figure === 'mtbfHours')).toEqual([{ figure: 'mtbfHours', reason: 'too-few-with-asset' }]);
  });
});
