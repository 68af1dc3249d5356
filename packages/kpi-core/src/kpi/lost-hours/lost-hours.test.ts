import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Period } from '../../calendar/types.js';
import { RevueError } from '../../internal/errors.js';
import { ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import type { Policy } from '../../policy/types.js';
import { MARCH_2026, testPolicy } from '../../../test/kpi-support.js';
import { parsePeriod } from '../../calendar/period.js';
import { lostHours, type LostHoursOptions } from './lost-hours.js';
import { referenceLostHours } from './reference.js';

// UTC, Mon–Fri 09:00–17:00, no holidays. March 2026: Sun 1, Mon 2, Fri 27 Feb, Sat 7, Mon 30, Tue 31.
const basePolicy = testPolicy;
const MARCH: Period = MARCH_2026;
const AS_OF = Date.parse('2026-04-10T00:00:00Z');

type Rows = Parameters<typeof ticketsFromRows>[0];
function run(rows: Rows, options: Partial<LostHoursOptions> = {}, policy: Policy = basePolicy()) {
  return lostHours({ tickets: ticketsFromRows(rows), policy }, { period: MARCH, asOf: AS_OF, ...options });
}

describe('lostHours — hand-computed rules', () => {
  const rows: Rows = [
    // L1: Mon 2 Mar 09:00–11:00 = 2 business h × 3 users × outage 1 = 6 h.
    { id: 'L1', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', impact: 'outage', affectedUsers: 3, client: 'Acme', category: 'Printer', assetId: 'PRN-01', effortMinutes: 90 },
    // L2: Fri 27 Feb 09:00 → Mon 2 Mar 12:00, clipped to [1 Mar 00:00, 2 Mar 12:00) = Mon 09:00–12:00 = 3 h
    //     × 1 user (missing) × degraded 0.5 = 1.5 h. Opened in February: its effort is not counted.
    { id: 'L2', openedAt: '2026-02-27T09:00Z', resolvedAt: '2026-03-02T12:00Z', impact: 'degraded', client: 'Acme', category: 'Network', effortMinutes: 600 },
    // L3: Tue 31 Mar 15:00 → Wed 1 Apr 12:00, clipped to [31 Mar 15:00, 1 Apr 00:00) = 2 h × 2 users
    //     × priorityImpact P1 = 1 (no impact set) = 4 h.
    { id: 'L3', openedAt: '2026-03-31T15:00Z', resolvedAt: '2026-04-01T12:00Z', priority: 'P1', affectedUsers: 2, client: 'Bistro', category: 'Network', assetId: 'SW-1', effortMinutes: 30 },
    // L4: Mon 30 Mar 16:00, still open: [30 Mar 16:00, 1 Apr 00:00) = 1 h + 8 h = 9 h × 1 × minor 0.1 = 0.9 h.
    { id: 'L4', openedAt: '2026-03-30T16:00Z', impact: 'minor', client: 'Bistro', category: 'Printer', assetId: 'PRN-01' },
    // L5: 0 affected users: nothing lost, but the incident is counted.
    { id: 'L5', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T10:00Z', affectedUsers: 0, client: 'Acme' },
    // L6: a request, not an incident: ignored (effort too).
    { id: 'L6', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T17:00Z', type: 'request', effortMinutes: 120 },
    // L7: resolved before the period: ignored.
    { id: 'L7', openedAt: '2026-02-02T09:00Z', resolvedAt: '2026-02-03T09:00Z' },
  ];

  it('clips each incident to the period and weights it by users and impact', () => {
    const result = run(rows);
    // total = 6 + 1.5 + 4 + 0.9 + 0 = 12.4 h
    expect(result.totalHours).toBeCloseTo(12.4, 10);
    expect(result.incidents).toBe(5);
    // L2 and L4 give no affectedUsers: counted as 1 user each, assumed (L5's 0 is recorded).
    expect(result.usersAssumed).toBe(2);
    expect(result.byClient).toEqual({ Acme: 7.5, Bistro: expect.closeTo(4.9, 10) });
    expect(result.byCategory).toEqual({ '(none)': 0, Network: 5.5, Printer: expect.closeTo(6.9, 10) });
    expect(result.byAsset).toEqual({ '(none)': 1.5, 'PRN-01': expect.closeTo(6.9, 10), 'SW-1': 4 });
    // per employee per year = 12.4 × 365 / 31 days / 10 employees = 14.6 h
    expect(result.perEmployeePerYear).toBeCloseTo(14.6, 10);
    expect(result.benchmark).toEqual({ low: 50, high: 100 });
    // cost = 12.4 h × 40 EUR
    expect(result.cost).toBeCloseTo(496, 10);
    expect(result.currency).toBe('EUR');
    // effort of incidents opened in March: L1 90 + L3 30 = 120 min = 2 h (L2 opened in Feb, L6 a request)
    expect(result.effortHours).toBe(2);
    // No client overrides: every client uses the base headcount of 10.
    expect(result.perEmployeePerYearByClient).toEqual({ Acme: expect.closeTo((7.5 * 365) / 31 / 10, 10), Bistro: expect.closeTo((4.9 * 365) / 31 / 10, 10) });
  });

  it('counts an incident resolved after asOf as open until asOf', () => {
    // asOf Mon 2 Mar 10:30: L1 counts 09:00–10:30 = 1.5 h × 3 = 4.5 h; L2 09:00–10:30 = 1.5 × 0.5 = 0.75 h;
    // the others open later or have an empty interval.
    const result = run(rows, { asOf: Date.parse('2026-03-02T10:30Z') });
    expect(result.totalHours).toBe(5.25);
    expect(result.incidents).toBe(2);
  });

  it("uses each client's own calendar, impact factors and headcount", () => {
    // Sat 7 Mar 09:00–11:00, outage, 1 user. Bistro opens Saturday 09:00–12:00: 2 h; Acme is closed: 0 h.
    // Bistro weights 'outage' at 0.5 and has 5 employees and a 30 EUR rate; Acme uses the base (10, 40 EUR).
    const base = basePolicy();
    const bistro = basePolicy({
      calendar: { ...base.calendar, hours: { ...base.calendar.hours, sat: [[540, 720]] } },
      impactFactors: { outage: 0.5, degraded: 0.25, minor: 0 },
      headcount: 5,
      rates: { userHourly: 30, technicianHourly: 60, currency: 'EUR' },
    });
    const policy = { ...base, clients: { Bistro: bistro } };
    const result = run(
      [
        { id: 'B', client: 'Bistro', openedAt: '2026-03-07T09:00Z', resolvedAt: '2026-03-07T11:00Z', impact: 'outage' },
        { id: 'A', client: 'Acme', openedAt: '2026-03-07T09:00Z', resolvedAt: '2026-03-07T11:00Z', impact: 'outage' },
        { id: 'M', client: 'Acme', openedAt: '2026-03-09T09:00Z', resolvedAt: '2026-03-09T10:00Z', impact: 'outage' },
      ],
      {},
      policy,
    );
    // Bistro: 2 h × 0.5 = 1 h; Acme: 0 + 1 h (Mon 09:00–10:00) = 1 h.
    expect(result.byClient).toEqual({ Acme: 1, Bistro: 1 });
    // Bistro: 1 × 365 / 31 / 5; Acme: 1 × 365 / 31 / 10; all: 2 × 365 / 31 / 10.
    expect(result.perEmployeePerYearByClient).toEqual({ Acme: 365 / 31 / 10, Bistro: 365 / 31 / 5 });
    expect(result.perEmployeePerYear).toBe((2 * 365) / 31 / 10);
    // cost: Bistro 1 h × 30 + Acme 1 h × 40 = 70.
    expect(result.cost).toBe(70);
  });

  it('gives null per-employee figures without a headcount', () => {
    const result = run(rows, {}, basePolicy({ headcount: null }));
    expect(result.perEmployeePerYear).toBeNull();
    expect(result.perEmployeePerYearByClient).toEqual({ Acme: null, Bistro: null });
  });

  it('falls back to factor 1 without impact or a known priority, and to 1 user when missing', () => {
    // Tue 3 Mar 09:00–13:00 = 4 h × 1 × 1.
    const result = run([{ id: 'X', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T13:00Z', priority: 'High' }]);
    expect(result.totalHours).toBe(4);
  });

  it('works through parsePolicy and the real calendar, holidays included', () => {
    // France, default hours 09:00–17:00 Mon–Fri in Paris; 14 July 2026 (Tue) is a public holiday.
    // Mon 13 Jul 16:00 → Wed 15 Jul 10:00 local: 1 h Mon + 0 Tue + 1 h Wed = 2 h × 4 users × outage 1 = 8 h.
    const policy = parsePolicy({ timezone: 'Europe/Paris', calendar: { holidays: { country: 'FR' } }, headcount: 20 });
    const july: Period = { label: '2026-07', kind: 'month', start: Date.parse('2026-07-01T00:00+02:00'), end: Date.parse('2026-08-01T00:00+02:00') };
    const result = lostHours(
      { tickets: ticketsFromRows([{ id: 'J', openedAt: '2026-07-13T16:00+02:00', resolvedAt: '2026-07-15T10:00+02:00', impact: 'outage', affectedUsers: 4 }]), policy },
      { period: july, asOf: Date.parse('2026-08-01T00:00Z') },
    );
    expect(result.totalHours).toBe(8);
    // 8 × 365 / 31 / 20
    expect(result.perEmployeePerYear).toBeCloseTo((8 * 365) / 31 / 20, 12);
  });

  it('refuses a broken contract and returns zeros, not NaN, without incidents', () => {
    expect(() => run([], { period: { ...MARCH, start: Number.NaN } })).toThrow(RevueError);
    const empty = run([]);
    // No ticket records effort: effortHours is not measured (null), not 0.
    expect(empty).toMatchObject({ totalHours: 0, perEmployeePerYear: 0, cost: 0, effortHours: null, incidents: 0, usersAssumed: 0, unknownDuration: 0, byClient: {} });
    expect(JSON.parse(JSON.stringify(empty))).toEqual(empty);
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────────────

/** Second implementation: business minutes of [a, b) for UTC Mon–Fri 09:00–17:00, day by day. */
function bruteBusinessMinutes(a: number, b: number): number {
  let minutes = 0;
  const DAY = 86_400_000;
  for (let day = Math.floor(a / DAY) * DAY; day < b; day += DAY) {
    const weekday = new Date(day).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const open = Math.max(a, day + 9 * 3_600_000);
    const close = Math.min(b, day + 17 * 3_600_000);
    if (close > open) minutes += (close - open) / 60_000;
  }
  return minutes;
}

const incidentArb = fc.record({
  openedMinutes: fc.integer({ min: -60 * 24 * 20, max: 60 * 24 * 40 }),
  duration: fc.option(fc.integer({ min: 0, max: 60 * 24 * 15 }), { nil: null }),
  users: fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
  impact: fc.constantFrom('outage', 'degraded', 'minor', null),
  priority: fc.constantFrom('P1', 'P3', 'P5', null),
  client: fc.constantFrom('Acme', 'Bistro', null),
  category: fc.constantFrom('Printer', 'Network', null),
  type: fc.constantFrom('incident', 'request', null),
});

describe('lostHours — overlapping incidents of one asset count their time once', () => {
  // UTC, Mon–Fri 09:00–17:00. Mon 2 March 2026.
  const rows: Rows = [
    // SRV-1 for Acme: O1 09:00–13:00, 10 users, outage: weight 10 → 4 h × 10 = 40 h.
    { id: 'O1', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T13:00Z', impact: 'outage', affectedUsers: 10, client: 'Acme', assetId: 'SRV-1' },
    // O2 11:00–15:00, as heavy (10): O1, opened first, holds 11:00–13:00; O2 counts 13:00–15:00
    // = 2 h × 10 = 20 h (a per-incident sum would count 40 h, 20 of them twice).
    { id: 'O2', openedAt: '2026-03-02T11:00Z', resolvedAt: '2026-03-02T15:00Z', impact: 'outage', affectedUsers: 10, client: 'Acme', assetId: 'SRV-1' },
    // O3 10:00–12:00, 4 users degraded (0.5): weight 2, wholly under O1 → 0 h (would be 4 h).
    { id: 'O3', openedAt: '2026-03-02T10:00Z', resolvedAt: '2026-03-02T12:00Z', impact: 'degraded', affectedUsers: 4, client: 'Acme', assetId: 'SRV-1' },
    // O4 Tue 3 March 09:00–10:00, alone: 1 h × 4 × 0.5 = 2 h.
    { id: 'O4', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T10:00Z', impact: 'degraded', affectedUsers: 4, client: 'Acme', assetId: 'SRV-1' },
    // O5 09:00–17:00 without an asset: nothing says it hinders the same people → 8 h × 1 = 8 h.
    { id: 'O5', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T17:00Z', impact: 'outage', affectedUsers: 1, client: 'Acme' },
    // O6 on SRV-1 for another client, 12:00–14:00, 1 user: not merged with Acme's → 2 h.
    { id: 'O6', openedAt: '2026-03-02T12:00Z', resolvedAt: '2026-03-02T14:00Z', impact: 'outage', affectedUsers: 1, client: 'Bistro', assetId: 'SRV-1' },
    // PC-9, Wed 4 March: A 09:00–17:00 for 1 user; B 12:00–14:00 for 20 users, heavier though
    // later: B holds 12:00–14:00 → 2 h × 20 = 40 h; A counts 09–12 and 14–17 = 6 h × 1 = 6 h (would be 8).
    { id: 'A', openedAt: '2026-03-04T09:00Z', resolvedAt: '2026-03-04T17:00Z', impact: 'outage', affectedUsers: 1, client: 'Acme', assetId: 'PC-9' },
    { id: 'B', openedAt: '2026-03-04T12:00Z', resolvedAt: '2026-03-04T14:00Z', impact: 'outage', affectedUsers: 20, client: 'Acme', assetId: 'PC-9' },
  ];

  it('counts each moment of an asset once, at the heaviest incident open then', () => {
    const result = run(rows);
    // 40 + 20 + 0 + 2 + 8 + 2 + 6 + 40 = 118 h (a per-incident sum: 40 + 40 + 4 + 2 + 8 + 2 + 8 + 40 = 144 h).
    expect(result.totalHours).toBeCloseTo(118, 10);
    // O2 (20 h), O3 (4 h) and A (2 h) lost time already counted: 26 h, by 3 incidents.
    expect(result.overlapHours).toBeCloseTo(26, 10);
    expect(result.overlapIncidents).toBe(3);
    expect(result.incidents).toBe(8);
    expect(result.byAsset).toEqual({ '(none)': 8, 'PC-9': 46, 'SRV-1': 64 });
    expect(result.byClient).toEqual({ Acme: 116, Bistro: 2 });
    expect(result.cost).toBeCloseTo(118 * 40, 9);
  });

  it('cuts the period first: the overlap is counted where it falls, in each period', () => {
    // Only Monday 2 March 12:00 → Tuesday 00:00 (a range of instants): O1 12:00–13:00 = 10 h;
    // O2 13:00–15:00 = 20 h; O3 12:00 cut to nothing; O5 12:00–17:00 = 5 h; O6 12:00–14:00 = 2 h.
    const afternoon = { label: 'Mon pm', kind: 'custom' as const, start: Date.parse('2026-03-02T12:00Z'), end: Date.parse('2026-03-03T00:00Z') };
    const result = run(rows, { period: afternoon });
    expect(result.totalHours).toBeCloseTo(37, 10);
    // O2 lost 1 h × 10 (12:00–13:00) to O1 inside this range.
    expect(result.overlapHours).toBeCloseTo(10, 10);
    expect(result.overlapIncidents).toBe(1);
  });
});

describe('lostHours — overlapping incidents over a weekend, on business hours across a DST change', () => {
  // Europe/Paris, Mon–Fri 09:00–17:00 local; the clocks go forward on Sun 29 March 2026 (CET
  // UTC+1 → CEST UTC+2). One asset, SRV-2, for Acme. Hand computation, local times:
  //   W1 Fri 27 15:00 → Mon 30 11:00, 5 users outage (weight 5): alone Fri 15–17 + Mon 09–11 = 4 h × 5 = 20 h.
  //   W2 Sat 28 10:00 → Mon 30 13:00, 20 users outage (weight 20): Mon 09–13 = 4 h × 20 = 80 h.
  //   W3 Sun 29 12:00 → Tue 31 10:00, 4 users degraded (weight 2): alone Mon 09–17 + Tue 09–10 = 9 h × 2 = 18 h.
  // The heaviest open at each moment: W1 until Sat 10:00 (Fri 15–17 = 2 h of business time), then
  // W2 until Mon 13:00 (Mon 09–13 = 4 h), then W3 (Mon 13–17 + Tue 09–10 = 5 h); the weekend
  // between holds no business hour, whichever incident holds it.
  //   counted: W1 2 h × 5 = 10 h, W2 80 h, W3 5 h × 2 = 10 h → 100 h (a per-incident sum: 118 h);
  //   not counted twice: W1 Mon 09–11 2 h × 5 = 10 h, W3 Mon 09–13 4 h × 2 = 8 h → 18 h, 2 incidents.
  // UTC: Fri 15:00 CET = 14:00Z, Sat 10:00 CET = 09:00Z, Sun 12:00 CEST = 10:00Z, Mon 11:00 and
  // 13:00 CEST = 09:00Z and 11:00Z, Tue 10:00 CEST = 08:00Z.
  const rows: Rows = [
    { id: 'W1', openedAt: '2026-03-27T14:00Z', resolvedAt: '2026-03-30T09:00Z', impact: 'outage', affectedUsers: 5, client: 'Acme', assetId: 'SRV-2' },
    { id: 'W2', openedAt: '2026-03-28T09:00Z', resolvedAt: '2026-03-30T11:00Z', impact: 'outage', affectedUsers: 20, client: 'Acme', assetId: 'SRV-2' },
    { id: 'W3', openedAt: '2026-03-29T10:00Z', resolvedAt: '2026-03-31T08:00Z', impact: 'degraded', affectedUsers: 4, client: 'Acme', assetId: 'SRV-2' },
  ];
  const policy = basePolicy({ timezone: 'Europe/Paris' });
  const period = parsePeriod('2026-03', 'Europe/Paris');

  it('counts each business hour of the asset once, at the heaviest incident open then', () => {
    const result = run(rows, { period }, policy);
    expect(result.totalHours).toBeCloseTo(100, 10);
    expect(result.overlapHours).toBeCloseTo(18, 10);
    expect(result.overlapIncidents).toBe(2);
    expect(result.incidents).toBe(3);
    expect(result.byAsset).toEqual({ 'SRV-2': 100 });
    expect(result.cost).toBeCloseTo(100 * 40, 9);
    expect(result).toEqual(referenceLostHours({ tickets: ticketsFromRows(rows), policy }, { period, asOf: AS_OF }));
  });

  it('the same incidents on three assets add up to the per-incident sum', () => {
    const apart = rows.map((row, k) => ({ ...row, assetId: `SRV-${k}` }));
    const result = run(apart, { period }, policy);
    expect(result.totalHours).toBeCloseTo(118, 10);
    expect(result.overlapHours).toBe(0);
    expect(result.overlapIncidents).toBe(0);
  });
});

describe('lostHours — properties', () => {
  it('adds up by client, category and asset, stays under wall time, and with its overlaps matches a brute-force sum', () => {
    const policy = basePolicy();
    fc.assert(
      fc.property(fc.array(incidentArb, { maxLength: 40 }), fc.integer({ min: 0, max: 60 * 24 * 45 }), (list, asOfMinutes) => {
        const asOf = MARCH.start + asOfMinutes * 60_000;
        const rows = list.map((t, i) => {
          const opened = MARCH.start + t.openedMinutes * 60_000;
          return {
            id: `I${i}`, openedAt: opened, resolvedAt: t.duration === null ? null : opened + t.duration * 60_000,
            affectedUsers: t.users, impact: t.impact, priority: t.priority, client: t.client, category: t.category,
            assetId: t.category === null ? null : `${t.category}-1`, type: t.type,
          };
        });
        const result = run(rows, { asOf });
        const sum = (record: Record<string, number>) => Object.values(record).reduce((s, v) => s + v, 0);
        expect(sum(result.byClient)).toBeCloseTo(result.totalHours!, 9);
        expect(sum(result.byCategory)).toBeCloseTo(result.totalHours!, 9);
        expect(sum(result.byAsset)).toBeCloseTo(result.totalHours!, 9);

        let wallBound = 0;
        let brute = 0;
        for (const r of rows) {
          if (r.type === 'request') continue;
          const end = r.resolvedAt !== null && r.resolvedAt <= asOf ? r.resolvedAt : asOf;
          const from = Math.max(r.openedAt, MARCH.start);
          const to = Math.min(end, MARCH.end);
          if (to <= from) continue;
          const users = r.affectedUsers ?? 1;
          const factor = r.impact !== null ? policy.impactFactors[r.impact as 'outage'] : r.priority !== null ? policy.priorityImpact[r.priority as 'P1'] : 1;
          wallBound += ((to - from) / 3_600_000) * users * 1;
          brute += (bruteBusinessMinutes(from, to) / 60) * users * factor;
        }
        // max factor in this policy is 1
        expect(result.totalHours).toBeLessThanOrEqual(wallBound + 1e-9);
        // The per-incident sum counts the overlaps of one asset's incidents twice: the hours
        // lost plus those left out as counted already (`overlapHours`) make it up.
        expect(result.totalHours! + result.overlapHours!).toBeCloseTo(brute, 9);
        expect(result.totalHours).toBeLessThanOrEqual(brute + 1e-9);
        expect(result.cost).toBeCloseTo(result.totalHours! * 40, 6);
        expect(result.totalHours).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 150 },
    );
  });
});

describe('lostHours — what can be measured (issue 10)', () => {
  it('gives no cost without a user rate: money is never assumed', () => {
    // Mon 2 Mar 09:00–11:00 = 2 business h × 1 user × outage 1 = 2 h; no rates.userHourly.
    const rows: Rows = [{ id: 'A', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', impact: 'outage', client: 'Acme' }];
    const noRate = basePolicy({ rates: { userHourly: null, technicianHourly: null, currency: 'EUR' } });
    expect(run(rows, {}, noRate)).toMatchObject({ totalHours: 2, cost: null });
    // One client with a rate and one without: the cost would be partial, so it is null too.
    const mixed = { ...noRate, clients: { Acme: basePolicy({ rates: { userHourly: 50, technicianHourly: null, currency: 'EUR' } }) } };
    const both: Rows = [...rows, { id: 'B', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T10:00Z', impact: 'outage', client: 'Bistro' }];
    expect(run(both, {}, mixed)).toMatchObject({ totalHours: 3, cost: null });
    // Acme alone has a rate: 2 h × 50 = 100.
    expect(run(rows, {}, mixed).cost).toBe(100);
  });

  it('gives no €0 without a rate either: zero hours at an unset rate is still money without a rate', () => {
    const noRate = basePolicy({ rates: { userHourly: null, technicianHourly: null, currency: 'EUR' } });
    // A request in March and no incident: 0 hours lost.
    const noIncident: Rows = [{ id: 'R', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', type: 'request', client: 'Acme' }];
    // No incident, no rate: the money is not measured (null, `no-rate` in the report), not €0.
    expect(run(noIncident, {}, noRate)).toMatchObject({ totalHours: 0, incidents: 0, cost: null });
    // No incident, a rate: 0 h × 40 = €0 is a measured figure.
    expect(run(noIncident)).toMatchObject({ totalHours: 0, cost: 0 });
    // Hours and no rate: null (as before).
    const outage: Rows = [{ id: 'A', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', impact: 'outage' }];
    expect(run(outage, {}, noRate)).toMatchObject({ totalHours: 2, cost: null });
    // An incident with 0 users under a policy without rate: 0 h, and no €0.
    expect(run([{ ...outage[0]!, affectedUsers: 0 }], {}, noRate)).toMatchObject({ totalHours: 0, incidents: 1, cost: null });
    // No ticket at all: the base policy decides.
    expect(run([], {}, noRate).cost).toBeNull();
    expect(run([]).cost).toBe(0);
    // Zero hours, and every ticket's client has a rate though the base policy has none: €0.
    const acmeRated = { ...noRate, clients: { Acme: basePolicy({ rates: { userHourly: 50, technicianHourly: null, currency: 'EUR' } }) } };
    expect(run(noIncident, {}, acmeRated).cost).toBe(0);
    // A ticket of a client without a rate (Bistro, the base policy's): zero hours are not priced.
    expect(run([...noIncident, { id: 'S', openedAt: '2026-03-03T09:00Z', type: 'request', client: 'Bistro' }], {}, acmeRated).cost).toBeNull();
  });

  it('leaves cancelled incidents out and counts those closed at an unknown time apart', () => {
    const rows: Rows = [
      // Counted: Mon 2 Mar 09:00–10:00 = 1 h.
      { id: 'A', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:00Z', impact: 'outage' },
      // Cancelled: not a loss (a duplicate or a false alarm).
      { id: 'C', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T17:00Z', impact: 'outage', statusClass: 'cancelled' },
      // Closed at an unknown time, opened in March: unknown duration, counted apart.
      { id: 'U', openedAt: '2026-03-04T09:00Z', impact: 'outage', statusClass: 'closed' },
      // Closed at an unknown time, opened in February: not March's.
      { id: 'F', openedAt: '2026-02-20T09:00Z', impact: 'outage', statusClass: 'resolved' },
      // Class open although resolved on 2 Mar 10:00 (reopened): open until asOf; clipped to
      // [Tue 31 Mar 09:00, 1 Apr 00:00) = 8 business h.
      { id: 'O', openedAt: '2026-03-31T09:00Z', resolvedAt: '2026-03-31T10:00Z', impact: 'outage', statusClass: 'open' },
    ];
    const result = run(rows);
    expect(result).toMatchObject({ totalHours: 9, incidents: 2, unknownDuration: 1 });
  });

  it('records the impact factors and calendar its hours used', async () => {
    const { PolicyUsage } = await import('../usage.js');
    const usage = new PolicyUsage();
    const policy = basePolicy();
    // A: impact degraded → impactFactors.degraded; B: no impact, P2 → priorityImpact.P2. Both
    // give their users: no default number of users.
    const rows: Rows = [
      { id: 'A', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:00Z', impact: 'degraded', affectedUsers: 2 },
      { id: 'B', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:00Z', priority: 'P2', affectedUsers: 1 },
    ];
    lostHours({ tickets: ticketsFromRows(rows), policy }, { period: MARCH, asOf: AS_OF, usage });
    expect([...usage.used(policy)].sort()).toEqual(['calendar.holidays', 'calendar.hours', 'impactFactors.degraded', 'priorityImpact.P2', 'timezone']);
    // C gives no number of users: DESIGN §5's 1 is assumed, and said (affectedUsers).
    const withDefault = new PolicyUsage();
    const result = lostHours(
      { tickets: ticketsFromRows([...rows, { id: 'C', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T10:00Z', impact: 'degraded' }]), policy },
      { period: MARCH, asOf: AS_OF, usage: withDefault },
    );
    expect(withDefault.used(policy).has('affectedUsers')).toBe(true);
    // A 1 h × 2 × 0.5 + B 1 h × 1 × 0.5 + C 1 h × 1 (assumed) × 0.5 = 2 h, one incident of three assumed.
    expect(result).toMatchObject({ totalHours: 2, incidents: 3, usersAssumed: 1 });
    expect(withDefault.used(policy).has('impactUnknown')).toBe(false);
    // D gives neither impact nor priority: a full outage (factor 1) is assumed, and said.
    const unknownImpact = new PolicyUsage();
    const withD = lostHours(
      { tickets: ticketsFromRows([...rows, { id: 'D', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T10:00Z', affectedUsers: 3 }]), policy },
      { period: MARCH, asOf: AS_OF, usage: unknownImpact },
    );
    expect(unknownImpact.used(policy).has('impactUnknown')).toBe(true);
    // A 1 h + B 0.5 h + D 1 h × 3 users × 1 = 4.5 h.
    expect(withD.totalHours).toBe(4.5);
  });
});

describe('lostHours over a range of instants', () => {
  it('annualises over the range’s length in days, and only from 28 days on', async () => {
    const { parsePeriod } = await import('../../calendar/period.js');
    const policy = parsePolicy({ timezone: 'UTC', headcount: 10, calendar: { hours: { mon: ['00:00-24:00'] } } });
    // Mon 2 March 09:00–11:00, P1 (factor 1), one user: 2 h.
    const data = { tickets: ticketsFromRows([{ id: 'I', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', priority: 'P1', affectedUsers: 1 }]), policy };
    // 08:00–12:00 is a sixth of a day: 2 × 365 ÷ (4/24) ÷ 10 would be 438 h per employee per
    // year, a figure drawn from 4 hours: no evidence, so no yearly rate (too-few-days).
    const morning = lostHours(data, { period: parsePeriod('2026-03-02T08:00..2026-03-02T12:00', 'UTC'), asOf: AS_OF });
    expect(morning.totalHours).toBe(2);
    expect(morning.observedDays).toBeCloseTo(4 / 24, 12);
    expect(morning.perEmployeePerYear).toBeNull();
    expect(morning.perEmployeePerYearReason).toBe('too-few-days');
    // 30.5 days (2 March 08:00 – 1 April 20:00), not 30 calendar days: 2 × 365 ÷ 30.5 ÷ 10 = 2.393.
    const longer = lostHours(data, { period: parsePeriod('2026-03-02T08:00..2026-04-01T20:00', 'UTC'), asOf: Date.parse('2026-04-02T00:00Z') });
    expect(longer.observedDays).toBeCloseTo(30.5, 12);
    expect(longer.perEmployeePerYear).toBeCloseTo((2 * 365) / 30.5 / 10, 9);
    expect(longer.perEmployeePerYearReason).toBeNull();
  });
});

describe('lostHours per employee per year needs 28 days of data', () => {
  // Mon–Fri 09:00–17:00 (UTC), headcount 10; one incident Tue 10 Nov 2026 09:00 → Thu 12 Nov 09:00,
  // no impact or priority (factor 1), one user (the default): 8 + 8 business hours = 16 h.
  const policy = parsePolicy({
    timezone: 'UTC',
    headcount: 10,
    calendar: { hours: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] }, holidays: { country: null } },
  });
  const tickets = ticketsFromRows([{ id: 'J-1', openedAt: '2026-11-10T09:00Z', resolvedAt: '2026-11-12T09:00Z' }]);
  const quarter = { label: '2026-Q4', kind: 'quarter' as const, start: Date.parse('2026-10-01T00:00Z'), end: Date.parse('2027-01-01T00:00Z') };
  const observedFrom = Date.parse('2026-11-10T00:00Z');

  it('is null (too-few-days) when the export covers 2 days of the quarter: 16 h × 365 ÷ 2 ÷ 10 = 292 h would be no evidence', () => {
    const result = lostHours({ tickets, policy }, { period: quarter, asOf: Date.parse('2026-11-12T09:00Z'), observedFrom });
    expect(result.totalHours).toBe(16);
    // 10 Nov 00:00 to asOf 12 Nov 09:00: 2 whole days and 9/24 of the third.
    expect(result.observedDays).toBeCloseTo(2 + 9 / 24, 12);
    expect(result.perEmployeePerYear).toBeNull();
    expect(result.perEmployeePerYearReason).toBe('too-few-days');
    expect(result.perEmployeePerYearByClient).toEqual({ '(none)': null });
  });

  it('is measured from 28 days on: asOf 8 Dec 00:00 gives 28 days, 16 × 365 ÷ 28 ÷ 10 = 20.857 h', () => {
    const result = lostHours({ tickets, policy }, { period: quarter, asOf: Date.parse('2026-12-08T00:00Z'), observedFrom });
    expect(result.observedDays).toBe(28);
    expect(result.perEmployeePerYear).toBeCloseTo((16 * 365) / 28 / 10, 12);
    expect(result.perEmployeePerYearReason).toBeNull();
  });

  it('says no-headcount first when the policy has none, however few the days', () => {
    const result = lostHours({ tickets, policy: parsePolicy({ timezone: 'UTC' }) }, { period: quarter, asOf: Date.parse('2026-11-12T09:00Z'), observedFrom });
    expect(result.perEmployeePerYearReason).toBe('no-headcount');
  });
});
