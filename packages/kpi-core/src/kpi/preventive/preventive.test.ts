/**
 * Hand-worked cases of the window rules (DESIGN §5 "Preventive plan"), in Europe/Paris unless
 * said otherwise: each expected figure is counted by hand in the comment beside it, and every case
 * is also checked against the plain reference.
 */
import { describe, expect, test } from 'vitest';
import { parsePeriod } from '../../calendar/period.js';
import type { Period } from '../../calendar/types.js';
import { assetsFromRows, ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import type { ReviewData } from '../types.js';
import { MAX_LISTED_MISSES, preventiveCompliance } from './preventive.js';
import { referencePreventiveCompliance } from './reference.js';
import type { PreventiveResult } from './types.js';
import { planWindows } from './windows.js';

const TZ = 'Europe/Paris';
type Tickets = Parameters<typeof ticketsFromRows>[0];
type Assets = Parameters<typeof assetsFromRows>[0];

function review(plan: unknown[], tickets: Tickets, assets: Assets | null, extra: Record<string, unknown> = {}): ReviewData {
  return {
    tickets: ticketsFromRows(tickets),
    assets: assets === null ? null : assetsFromRows(assets),
    policy: parsePolicy({ timezone: TZ, preventivePlan: plan, ...extra }),
  };
}

/** The fast result, after checking that the reference gives exactly the same. */
function compliance(data: ReviewData, period: Period | string, asOf: string): PreventiveResult {
  const options = { period: typeof period === 'string' ? parsePeriod(period, data.policy.timezone) : period, asOf: Date.parse(asOf) };
  const fast = preventiveCompliance(data, options);
  expect(fast).toEqual(referencePreventiveCompliance(data, options));
  return fast;
}

const run = (assetId: string, openedAt: string, category = 'Sauvegarde', maintenanceType = 'preventive') => ({
  id: `${assetId}@${openedAt}`,
  openedAt,
  type: 'change',
  maintenanceType,
  category,
  assetId,
  effortMinutes: 30,
});

const WEEKLY = { id: 'fw', title: 'Firewall rules review', assetIds: ['FW-1'], category: 'Sauvegarde', every: 'week' };
const MONTHLY = { id: 'restore', title: 'Restore test', assetType: 'server', category: 'Sauvegarde', every: 'month' };

describe('windows', () => {
  test('ISO weeks from Monday 00:00 local, whole weeks inside the period only, across the March change to summer time', () => {
    const { starts, ends } = planWindows('week', parsePeriod('2026-03', TZ), TZ);
    // March 2026 starts on a Sunday: the first whole week is Mon 2 March; the week of Mon 30 March ends in April.
    expect(Array.from(starts, (ms) => new Date(ms).toISOString())).toEqual([
      '2026-03-01T23:00:00.000Z', // Mon 2 March 00:00 CET (UTC+1)
      '2026-03-08T23:00:00.000Z',
      '2026-03-15T23:00:00.000Z',
      '2026-03-22T23:00:00.000Z', // Mon 23 March 00:00 CET
    ]);
    // The last week ends Mon 30 March 00:00 CEST (UTC+2): 7 days less the hour skipped on Sunday 29 March.
    expect(new Date(ends[3]!).toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect((ends[3]! - starts[3]!) / 3_600_000).toBe(167);
  });

  test('months, quarters, half-years and years start on local midnights', () => {
    const year = parsePeriod('2026', TZ);
    expect(planWindows('month', year, TZ).starts.length).toBe(12);
    expect(Array.from(planWindows('quarter', year, TZ).starts, (ms) => new Date(ms).toISOString())).toEqual([
      '2025-12-31T23:00:00.000Z',
      '2026-03-31T22:00:00.000Z', // 1 April 00:00 CEST
      '2026-06-30T22:00:00.000Z',
      '2026-09-30T22:00:00.000Z',
    ]);
    expect(Array.from(planWindows('half', year, TZ).ends, (ms) => new Date(ms).toISOString())).toEqual(['2026-06-30T22:00:00.000Z', '2026-12-31T23:00:00.000Z']);
    expect(planWindows('year', year, TZ).starts.length).toBe(1);
    // A quarter holds no half-year and no year; a custom range from 15 January to 10 April holds February and March only.
    expect(planWindows('half', parsePeriod('2026-Q2', TZ), TZ).starts.length).toBe(0);
    expect(planWindows('month', parsePeriod('2026-01-15..2026-04-10', TZ), TZ).starts.length).toBe(2);
  });
});

describe('preventiveCompliance: the window rules, by hand', () => {
  test('DST weeks: a run late on the Sunday that ends the last week of March or of October belongs to that week', () => {
    // Weekly review of FW-1. March 2026: 4 weeks due (2, 9, 16, 23 March), runs in the weeks of 2
    // and 23 March; the second run is on Sunday 29 March at 23:30 CEST (21:30Z), one hour before
    // the week ends (30 March 00:00 CEST = 29 March 22:00Z).
    const march = review([WEEKLY], [run('FW-1', '2026-03-03T10:00:00+01:00'), run('FW-1', '2026-03-29T23:30:00+02:00')], [{ id: 'FW-1', type: 'network' }]);
    const result = compliance(march, '2026-03', '2026-05-01T00:00:00Z');
    expect(result.byTask.fw).toMatchObject({ due: 4, done: 2, compliance: 0.5 });
    expect(result.schedules[0]!.assets[0]!.cells).toBe('dmmd');
    expect(result.missed.map((m) => m.windowStart)).toEqual(['2026-03-08T23:00:00.000Z', '2026-03-15T23:00:00.000Z']);

    // October 2026 (summer time ends Sunday 25 October at 03:00 CEST): the week of 19 October runs
    // from 18 Oct 22:00Z to 25 Oct 23:00Z (169 h). A run on Sunday 25 October at 23:30 CET is
    // 22:30Z: inside it (a fixed UTC+2 would have put it in the next week).
    const october = review([WEEKLY], [run('FW-1', '2026-10-25T23:30:00+01:00')], [{ id: 'FW-1', type: 'network' }]);
    const weeks = compliance(october, '2026-10', '2026-12-01T00:00:00Z');
    // October 2026 starts on a Thursday: whole weeks of 5, 12, 19 October (the week of 26 October ends in November).
    expect(weeks.schedules[0]!.windows.map((w) => [w.start, w.end])).toEqual([
      ['2026-10-04T22:00:00.000Z', '2026-10-11T22:00:00.000Z'],
      ['2026-10-11T22:00:00.000Z', '2026-10-18T22:00:00.000Z'],
      ['2026-10-18T22:00:00.000Z', '2026-10-25T23:00:00.000Z'],
    ]);
    expect(weeks.schedules[0]!.assets[0]!.cells).toBe('mmd');
    expect(weeks.byTask.fw).toMatchObject({ due: 3, done: 1 });
  });

  test('a run at 00:30 local on the first day of a window belongs to it; a run the evening before, to the previous one', () => {
    // Monthly restore test, 2026-Q2. SRV-1 runs: 31 March 23:45 CEST (March: outside the period),
    // 1 May 00:30 CEST (= 30 April 22:30Z: May), 31 May 23:59 CEST (May again: counts once) —
    // April not done, May done, June not done. SRV-2 runs on 1 June at 00:00 exactly (June's
    // first instant) and on 31 May 23:59 (May).
    const data = review(
      [MONTHLY],
      [
        run('SRV-1', '2026-03-31T23:45:00+02:00'),
        run('SRV-1', '2026-05-01T00:30:00+02:00'),
        run('SRV-1', '2026-05-31T23:59:00+02:00'),
        run('SRV-2', '2026-06-01T00:00:00+02:00'),
        run('SRV-2', '2026-05-31T23:59:00+02:00'),
      ],
      [{ id: 'SRV-1', type: 'server' }, { id: 'SRV-2', type: 'server' }],
    );
    const result = compliance(data, '2026-Q2', '2026-07-15T00:00:00Z');
    // 6 due (2 servers × 3 months), 3 done (SRV-1 May, SRV-2 May and June).
    expect(result.byTask.restore).toMatchObject({ due: 6, done: 3, compliance: 0.5 });
    expect(result.schedules[0]!.assets.map((a) => [a.assetId, a.cells])).toEqual([['SRV-1', 'mdm'], ['SRV-2', 'mdd']]);
    expect(result.schedules[0]!.windows.map((w) => [w.due, w.done])).toEqual([[2, 0], [2, 2], [2, 1]]);
  });

  test('an asset entering service mid-month is due from the next month; a retired one until the window that ends by its retirement', () => {
    // 2026-Q1, monthly. SRV-NEW in service 15 February: January and February out of service, March
    // due. SRV-OLD retired 1 March (local midnight = the end of February): January and February
    // due, March out of service. SRV-GONE retired 10 March: March out of service too. SRV-BOUGHT
    // has only a purchase date (1 February), which stands in for the in-service date.
    const midnight = (day: string) => `${day}T00:00:00+01:00`;
    const data = review(
      [MONTHLY],
      [run('SRV-NEW', '2026-03-05T10:00:00+01:00'), run('SRV-OLD', '2026-01-20T10:00:00+01:00'), run('SRV-GONE', '2026-03-02T10:00:00+01:00')],
      [
        { id: 'SRV-NEW', type: 'server', inServiceDate: midnight('2026-02-15') },
        { id: 'SRV-OLD', type: 'server', retiredDate: midnight('2026-03-01') },
        { id: 'SRV-GONE', type: 'server', inServiceDate: midnight('2025-01-01'), retiredDate: midnight('2026-03-10') },
        { id: 'SRV-BOUGHT', type: 'Server', purchaseDate: midnight('2026-02-01') },
      ],
    );
    const result = compliance(data, '2026-Q1', '2026-04-02T00:00:00Z');
    const cells = Object.fromEntries(result.schedules[0]!.assets.map((a) => [a.assetId, a.cells]));
    // SRV-GONE's run in March falls in a month it is not in service for: not counted.
    expect(cells).toEqual({ 'SRV-BOUGHT': 'omm', 'SRV-GONE': 'mmo', 'SRV-NEW': 'ood', 'SRV-OLD': 'dmo' });
    // Due: BOUGHT 2 + GONE 2 + NEW 1 + OLD 2 = 7; done: NEW 1 + OLD 1 = 2.
    expect(result).toMatchObject({ due: 7, done: 2, compliance: 2 / 7 });
    // Most misses first (BOUGHT and GONE: 2 each, by id), then OLD (1), then NEW (0).
    expect(result.schedules[0]!.assets.map((a) => a.assetId)).toEqual(['SRV-BOUGHT', 'SRV-GONE', 'SRV-OLD', 'SRV-NEW']);
    expect(result.schedules[0]!.assetsWithMisses).toBe(3);
  });

  test('the category is compared ignoring case and accents; a corrective ticket of the same category does not count', () => {
    // Monthly, March 2026, plan category "Sauvegardé > Test". SRV-1: "SAUVEGARDE > TEST" (done);
    // SRV-2: " sauvegarde > test " with its spaces (done); SRV-3: a corrective incident and a
    // preventive ticket of another category (not done); SRV-4: a ticket without maintenance type.
    const plan = [{ ...MONTHLY, category: 'Sauvegardé > Test' }];
    const data = review(
      plan,
      [
        run('SRV-1', '2026-03-10T10:00:00+01:00', 'SAUVEGARDE > TEST'),
        run('SRV-2', '2026-03-10T10:00:00+01:00', ' sauvegarde > test '),
        { ...run('SRV-3', '2026-03-10T10:00:00+01:00', 'Sauvegardé > Test', 'corrective'), type: 'incident' },
        run('SRV-3', '2026-03-11T10:00:00+01:00', 'Sauvegarde > Tests'),
        { ...run('SRV-4', '2026-03-10T10:00:00+01:00', 'Sauvegardé > Test'), maintenanceType: null },
      ],
      ['SRV-1', 'SRV-2', 'SRV-3', 'SRV-4'].map((id) => ({ id, type: 'server' })),
    );
    const result = compliance(data, '2026-03', '2026-04-02T00:00:00Z');
    expect(result).toMatchObject({ due: 4, done: 2, compliance: 0.5 });
    expect(result.missed.map((m) => m.assetId)).toEqual(['SRV-3', 'SRV-4']);
  });

  test('a cancelled run was not done', () => {
    // Monthly, March 2026: SRV-1's only run is cancelled (not done); SRV-2's is closed (done).
    const data = review(
      [MONTHLY],
      [{ ...run('SRV-1', '2026-03-10T10:00:00+01:00'), statusClass: 'cancelled' }, { ...run('SRV-2', '2026-03-10T10:00:00+01:00'), statusClass: 'closed' }],
      ['SRV-1', 'SRV-2'].map((id) => ({ id, type: 'server' })),
    );
    const result = compliance(data, '2026-03', '2026-04-02T00:00:00Z');
    expect(result).toMatchObject({ due: 2, done: 1, compliance: 0.5 });
    expect(result.missed.map((m) => m.assetId)).toEqual(['SRV-1']);
  });

  test('asOf inside a window: it is open, not due; a run already made shows as done', () => {
    // 2026-Q2, asOf 20 May 12:00 CEST: April due, May open, June not yet due.
    const data = review([MONTHLY], [run('SRV-1', '2026-05-04T09:00:00+02:00'), run('SRV-1', '2026-04-04T09:00:00+02:00')], [{ id: 'SRV-1', type: 'server' }, { id: 'SRV-2', type: 'server' }]);
    const result = compliance(data, '2026-Q2', '2026-05-20T10:00:00Z');
    expect(result).toMatchObject({ due: 2, done: 1, missedCount: 1 });
    expect(result.openWindowCount).toBe(2);
    expect(result.openWindowsDone).toBe(1);
    expect(result.openWindows.map((w) => [w.assetId, w.windowStart, w.done])).toEqual([
      ['SRV-1', '2026-04-30T22:00:00.000Z', true],
      ['SRV-2', '2026-04-30T22:00:00.000Z', false],
    ]);
    expect(result.schedules[0]!.assets.map((a) => a.cells)).toEqual(['mnn', 'ddn']);
  });

  test('data that start inside a window: a run in it makes it due and done; without a run it is not judged (review7)', () => {
    // March 2026 in Paris, the export's first ticket on 3 March (observedFrom = 3 March 00:00
    // local), asOf 2 April. The March window (1 Mar – 1 Apr) starts before the data: SRV-2's
    // restore test of 15 March is evidence that it was done → due 1, done 1; SRV-1 has no run in
    // March and the export cannot say it was missed before 3 March → not due. Total 1 / 1, no miss.
    // (Before the fix the March window was dropped whole: 0 / 0, "n/a".)
    // Weekly FW-1: weeks 2, 9, 16, 23 March; the week of 2 March starts before the data. Run on
    // 4 March → week of 2 March due and done; 9 and 16 March missed; 23 March done (run 25 March).
    // → 2 done / 4 due, misses on 9 and 16 March.
    const data = review(
      [WEEKLY, MONTHLY],
      [run('SRV-2', '2026-03-15T10:00:00+01:00'), run('FW-1', '2026-03-04T10:00:00+01:00'), run('FW-1', '2026-03-25T10:00:00+01:00')],
      [{ id: 'SRV-1', type: 'server' }, { id: 'SRV-2', type: 'server' }, { id: 'FW-1', type: 'firewall' }],
    );
    const options = { period: parsePeriod('2026-03', TZ), asOf: Date.parse('2026-04-02T00:00:00Z'), observedFrom: Date.parse('2026-03-02T23:00:00Z') };
    const result = preventiveCompliance(data, options);
    expect(result).toEqual(referencePreventiveCompliance(data, options));
    expect(result.byTask.restore).toMatchObject({ due: 1, done: 1, compliance: 1 });
    expect(result.byTask.fw).toMatchObject({ due: 4, done: 2, compliance: 0.5 });
    expect(result).toMatchObject({ due: 5, done: 3, missedCount: 2 });
    expect(result.missed.map((m) => [m.assetId, m.windowStart])).toEqual([
      ['FW-1', '2026-03-08T23:00:00.000Z'],
      ['FW-1', '2026-03-15T23:00:00.000Z'],
    ]);
    // The heat map (no miss on either server: asset-id order): SRV-1's March unjudged (n),
    // SRV-2's done (d); FW-1 d m m d.
    expect(result.schedules.find((s) => s.taskId === 'restore')!.assets.map((a) => [a.assetId, a.cells])).toEqual([
      ['SRV-1', 'n'],
      ['SRV-2', 'd'],
    ]);
    expect(result.schedules.find((s) => s.taskId === 'fw')!.assets[0]!.cells).toBe('dmmd');
  });

  test("a client's plan replaces the base plan for its assets; tasks apply to the assets they name or to their type", () => {
    const data = review(
      [MONTHLY, WEEKLY],
      [run('B-SRV', '2026-03-10T10:00:00+01:00')],
      [
        { id: 'SRV-1', type: 'server', client: 'Acme' },
        { id: 'B-SRV', type: 'server', client: 'Bistro' },
        { id: 'FW-1', type: 'network', client: 'Acme' },
      ],
      // Bistro's own plan: a quarterly restore test only (FW-1, named by the base plan, is Acme's).
      { clients: { Bistro: { preventivePlan: [{ ...MONTHLY, every: 'quarter', title: 'Restore test (quarterly)' }] } } },
    );
    const result = compliance(data, '2026-Q1', '2026-04-02T00:00:00Z');
    // restore: SRV-1 monthly (3 due, 0 done) + B-SRV quarterly (1 due, 1 done); fw: FW-1, the 12
    // weeks wholly in Q1 (Mon 5 January … Mon 23 March 2026; the week of 30 March ends in April).
    expect(result.byTask.restore).toMatchObject({ assets: 2, due: 4, done: 1, every: 'month' });
    expect(result.byTask.fw).toMatchObject({ assets: 1, due: 12, done: 0 });
    expect(result.schedules.map((s) => [s.taskId, s.every, s.assetCount])).toEqual([['restore', 'month', 1], ['restore', 'quarter', 1], ['fw', 'week', 1]]);
    expect(result.byClient).toEqual({ Acme: { due: 15, done: 0, compliance: 0 }, Bistro: { due: 1, done: 1, compliance: 1 } });
    expect(result.byType).toEqual({ network: { due: 12, done: 0, compliance: 0 }, server: { due: 4, done: 1, compliance: 0.25 } });
  });

  test('without an asset file, a task by type is not measured; a task by ids judges the assets named on tickets', () => {
    const data = review([MONTHLY, { ...WEEKLY, assetIds: ['FW-1', 'FW-9'] }], [run('FW-1', '2026-03-03T10:00:00+01:00')], null);
    const result = compliance(data, '2026-03', '2026-04-02T00:00:00Z');
    expect(result.byTask.restore).toMatchObject({ due: null, done: null, compliance: null, notMeasured: 'no-assets' });
    // FW-9 is on no ticket, so not among the review's assets.
    expect(result.byTask.fw).toMatchObject({ due: 4, done: 1, assetsNotFound: ['FW-9'] });
    expect(result).toMatchObject({ due: 4, done: 1, compliance: 0.25 });
    expect(result.notMeasured).toEqual([{ figure: 'preventive.byTask.restore', reason: 'no-assets' }]);

    const onlyByType = compliance(review([MONTHLY], [run('SRV-1', '2026-03-03T10:00:00+01:00')], null), '2026-03', '2026-04-02T00:00:00Z');
    expect(onlyByType).toMatchObject({ due: null, done: null, compliance: null });
    expect(onlyByType.notMeasured.map((n) => n.reason)).toEqual(['no-assets', 'no-assets']);
  });

  test('an asset the plan names and the tickets use, but the asset file lacks, is judged as in service throughout', () => {
    // FW-2 is on a ticket (of Bistro) but not in the asset file: judged, with Bistro as its
    // client; FW-9 is on no ticket: not found, not judged. March 2026: 4 weeks each for FW-1, FW-2.
    const data = review(
      [{ ...WEEKLY, assetIds: ['FW-1', 'FW-2', 'FW-9'] }],
      [run('FW-2', '2026-03-03T10:00:00+01:00'), { ...run('FW-2', '2026-03-10T10:00:00+01:00', 'Other'), client: 'Bistro' }],
      [{ id: 'FW-1', type: 'network', client: 'Bistro' }],
    );
    const result = compliance(data, '2026-03', '2026-04-02T00:00:00Z');
    expect(result.byTask.fw).toMatchObject({ assets: 2, due: 8, done: 1, assetsNotFound: ['FW-9'] });
    expect(result.byType).toEqual({ '(none)': { due: 4, done: 1, compliance: 0.25 }, network: { due: 4, done: 0, compliance: 0 } });
    expect(result.byClient).toEqual({ Bistro: { due: 8, done: 1, compliance: 0.125 } });
  });

  test('a planned share of 0 % needs a maintenance type somewhere in the export; without one it is not recorded', () => {
    // Two incidents with effort (60 + 30 min) and no maintenance type anywhere (a Zammad export):
    // labour hours 1.5, preventive hours 0, but nothing could have been preventive.
    const untyped = ticketsFromRows([
      { id: 'T1', type: 'incident', openedAt: '2026-03-02T09:00:00Z', effortMinutes: 60 },
      { id: 'T2', type: 'incident', openedAt: '2026-03-03T09:00:00Z', effortMinutes: 30 },
    ]);
    const policy = parsePolicy({ timezone: 'UTC' });
    const period = parsePeriod('2026-03', 'UTC');
    const asOf = Date.parse('2026-04-02T00:00:00Z');
    const result = preventiveCompliance({ tickets: untyped, policy }, { period, asOf });
    expect(result.effort).toMatchObject({ preventiveHours: 0, labourHours: 1.5, share: null, correctiveIncidents: 2 });
    expect(result.trend.every((month) => month.share === null)).toBe(true);
    expect(result.notMeasured).toContainEqual({ figure: 'preventive.effort.share', reason: 'not-recorded' });
    // One ticket of the export says "corrective": the column is there, so 0 h of 1.5 h is a true 0 %.
    const typed = ticketsFromRows([
      { id: 'T1', type: 'incident', maintenanceType: 'corrective', openedAt: '2026-03-02T09:00:00Z', effortMinutes: 60 },
      { id: 'T2', type: 'incident', openedAt: '2026-03-03T09:00:00Z', effortMinutes: 30 },
    ]);
    expect(preventiveCompliance({ tickets: typed, policy }, { period, asOf }).effort.share).toBe(0);
  });

  test('no plan, and nothing due, are said', () => {
    const noPlan = compliance(review([], [], [{ id: 'SRV-1', type: 'server' }]), '2026-03', '2026-04-02T00:00:00Z');
    expect(noPlan).toMatchObject({ due: null, done: null, compliance: null, byTask: {} });
    // No ticket at all, so none with a maintenance type: the planned share is not recorded.
    expect(noPlan.notMeasured).toEqual([{ figure: 'preventive', reason: 'no-plan' }, { figure: 'preventive.effort.share', reason: 'not-recorded' }]);
    // asOf before the end of March: nothing due yet (a February run shows the export holds the category).
    const early = compliance(review([MONTHLY], [run('SRV-1', '2026-02-10T10:00:00+01:00')], [{ id: 'SRV-1', type: 'server' }]), '2026-03', '2026-03-20T00:00:00Z');
    expect(early).toMatchObject({ due: 0, done: 0, compliance: null });
    expect(early.notMeasured).toContainEqual({ figure: 'preventive.compliance', reason: 'nothing-due' });
  });

  test('the missed list is capped, its count is not', () => {
    // 600 servers, none tested in March (one in February: the export holds the category): 600
    // misses, the first 500 listed by asset id.
    const ids = Array.from({ length: 600 }, (_, i) => `SRV-${String(i).padStart(3, '0')}`);
    const data = review([MONTHLY], [run('SRV-000', '2026-02-10T10:00:00+01:00')], ids.map((id) => ({ id, type: 'server' })));
    const result = preventiveCompliance(data, { period: parsePeriod('2026-03', TZ), asOf: Date.parse('2026-04-02T00:00:00Z') });
    expect(result.missedCount).toBe(600);
    expect(result.missed.length).toBe(MAX_LISTED_MISSES);
    expect(result.missed.at(-1)!.assetId).toBe('SRV-499');
    expect(result.schedules[0]!.assets.length).toBe(30);
  });
});

describe('preventiveCompliance: a task whose category no ticket carries', () => {
  test('is not measured (unknown-category), not "0 done", and says so; the other tasks stay judged', () => {
    // The plan: the monthly restore test ('Sauvegarde', done on SRV-1 in March) and a monthly patch
    // run ('Correctifs') that no ticket of the export carries — a Change the export leaves out, or a typo.
    const PATCH = { id: 'patch', title: 'Security patches', assetType: 'server', category: 'Correctifs', every: 'month' };
    const data = review([MONTHLY, PATCH], [run('SRV-1', '2026-03-10T10:00:00+01:00')], [{ id: 'SRV-1', type: 'server' }, { id: 'SRV-2', type: 'server' }]);
    const result = compliance(data, '2026-03', '2026-04-02T00:00:00Z');
    // Restore: March due on 2 servers, done on SRV-1 = 1/2. Patches: not judged (was 0/2 "missed").
    expect(result.byTask['restore']).toMatchObject({ due: 2, done: 1, compliance: 0.5 });
    expect(result.byTask['patch']).toMatchObject({ assets: 2, due: null, done: null, compliance: null, notMeasured: 'unknown-category' });
    expect(result).toMatchObject({ due: 2, done: 1, compliance: 0.5, missedCount: 1 });
    expect(result.notMeasured).toContainEqual({ figure: 'preventive.byTask.patch', reason: 'unknown-category' });
    // Every task unknown: the plan's compliance is not measured, for that reason.
    const none = compliance(review([PATCH], [run('SRV-1', '2026-03-10T10:00:00+01:00')], [{ id: 'SRV-1', type: 'server' }]), '2026-03', '2026-04-02T00:00:00Z');
    expect(none).toMatchObject({ due: null, done: null, compliance: null });
    expect(none.notMeasured).toContainEqual({ figure: 'preventive.compliance', reason: 'unknown-category' });
    // Folded as the runs are: 'CORRECTIFS' on any ticket (here a corrective one) makes it known.
    const known = compliance(review([PATCH], [run('SRV-1', '2026-03-10T10:00:00+01:00', 'CORRECTIFS', 'corrective')], [{ id: 'SRV-1', type: 'server' }]), '2026-03', '2026-04-02T00:00:00Z');
    expect(known.byTask['patch']).toMatchObject({ due: 1, done: 0, notMeasured: null });
  });
});

describe('preventiveCompliance: the planned-maintenance share', () => {
  test('preventive hours ÷ all labour hours, corrective incidents beside, by asset type and over 12 months', () => {
    const tickets: Tickets = [
      // March 2026: preventive 1 h on a server, corrective incident 3 h on a printer, a request 1 h without asset.
      { ...run('SRV-1', '2026-03-03T10:00:00+01:00'), effortMinutes: 60 },
      { id: 'I1', openedAt: '2026-03-04T10:00:00+01:00', type: 'incident', assetId: 'PRN-1', effortMinutes: 180 },
      { id: 'R1', openedAt: '2026-03-05T10:00:00+01:00', type: 'request', effortMinutes: 60 },
      // An incident marked preventive is not corrective; a corrective change is not an incident.
      { id: 'I2', openedAt: '2026-03-06T10:00:00+01:00', type: 'incident', maintenanceType: 'preventive', assetId: 'PRN-1' },
      { id: 'C1', openedAt: '2026-03-06T11:00:00+01:00', type: 'change', maintenanceType: 'corrective', assetId: 'PRN-1' },
      // April 2025 (in the trend's first month) and May 2025 (before it).
      { id: 'I3', openedAt: '2025-04-10T10:00:00+02:00', type: 'incident', effortMinutes: 30 },
      { id: 'I4', openedAt: '2025-03-31T21:00:00+02:00', type: 'incident' },
    ];
    const data = review([MONTHLY], tickets, [{ id: 'SRV-1', type: 'server' }, { id: 'PRN-1', type: 'printer' }]);
    const result = compliance(data, '2026-03', '2026-04-02T00:00:00Z');
    // Labour: 1 + 3 + 1 = 5 h, preventive 1 h → share 0.2; corrective incidents: I1 only.
    expect(result.effort).toEqual({
      preventiveHours: 1,
      labourHours: 5,
      share: 0.2,
      correctiveIncidents: 1,
      byType: { '(unallocated)': { preventiveHours: 0, correctiveIncidents: 0 }, printer: { preventiveHours: 0, correctiveIncidents: 1 }, server: { preventiveHours: 1, correctiveIncidents: 0 } },
    });
    // The trend: April 2025 … March 2026.
    expect(result.trend.map((m) => m.month)).toEqual(['2025-04', '2025-05', '2025-06', '2025-07', '2025-08', '2025-09', '2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03']);
    expect(result.trend[0]).toEqual({ month: '2025-04', preventiveHours: 0, labourHours: 0.5, share: 0, correctiveIncidents: 1 });
    expect(result.trend[1]).toEqual({ month: '2025-05', preventiveHours: 0, labourHours: 0, share: null, correctiveIncidents: 0 });
    expect(result.trend[11]).toMatchObject({ preventiveHours: 1, labourHours: 5, share: 0.2, correctiveIncidents: 1 });
  });
});
