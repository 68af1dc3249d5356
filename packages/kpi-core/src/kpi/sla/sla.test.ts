import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../calendar/calendar.js';
import type { Period } from '../../calendar/types.js';
import { RevueError } from '../../internal/errors.js';
import { ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import type { Policy } from '../../policy/types.js';
import { MARCH_2026, testPolicy } from '../../../test/kpi-support.js';
import { quantileSorted } from 'simple-statistics';
import { MAX_LISTED_BREACHES, slaAdherence, slaTargetFor, type SlaOptions } from './sla.js';
import { referenceSlaAdherence } from './reference.js';

// Calendar used by the hand computations: UTC, Mon–Fri 09:00–17:00, no holidays.
// March 2026: Sun 1, Mon 2, Fri 6, Sat 7, Mon 9, Mon 30, Tue 31.
function basePolicy(overrides: Partial<Policy> = {}): Policy {
  return testPolicy({
    sla: {
      P1: { response: 30, resolution: 240, clock: '24x7' },
      P2: { response: 60, resolution: 480, clock: 'business' },
      P3: { response: 240, resolution: null, clock: 'business' },
    },
    ...overrides,
  });
}

const MARCH: Period = MARCH_2026;
const AS_OF = Date.parse('2026-03-31T12:00:00Z');

type Rows = Parameters<typeof ticketsFromRows>[0];
/** The tickets measured as an export with a first-response column would be (see the tests of `responseMeasured`). */
function run(rows: Rows, options: Partial<SlaOptions> = {}, policy: Policy = basePolicy()) {
  return slaAdherence({ tickets: ticketsFromRows(rows), policy }, { period: MARCH, asOf: AS_OF, responseMeasured: true, ...options });
}

describe('slaAdherence — hand-computed rules', () => {
  it('subtracts pausedMinutes from the resolution time only', () => {
    // P2 (business): Mon 2 Mar 09:00 → response 09:45 = 45 min ≤ 60: met;
    // resolution 16:00 = 420 business min − 60 paused = 360 min = 6 h ≤ 480: met.
    const result = run([
      { id: 'T1', openedAt: '2026-03-02T09:00Z', priority: 'P2', firstResponseAt: '2026-03-02T09:45Z', resolvedAt: '2026-03-02T16:00Z', pausedMinutes: 60 },
    ]);
    expect(result.response).toMatchObject({ met: 1, breached: 0, pending: 0, adherence: 1, medianHours: 0.75 });
    expect(result.resolution).toMatchObject({ met: 1, breached: 0, pending: 0, adherence: 1, medianHours: 6 });
    // 0.75 h falls in bucket 0 (< 1 h); 6 h in bucket 3 (4 h ≤ 6 h < 8 h).
    expect(result.elapsedHistogram).toEqual({ bucketsHours: [1, 2, 4, 8, 24, 48, 72], response: [1, 0, 0, 0, 0, 0, 0, 0], resolution: [0, 0, 0, 1, 0, 0, 0, 0] });
  });

  it("judges a ticket on the file's own target in calendar hours; its own due date wins; no priority needed", () => {
    const result = run([
      // P2 (policy 8 business hours), file target 12 h: Fri 6 Mar 16:00 → Mon 9 08:00 = 64 calendar hours > 12:
      // breached (0 business hours: met on the policy's target), overrun 52 h, target 12 h listed.
      { id: 'T1', openedAt: '2026-03-06T16:00Z', priority: 'P2', resolvedAt: '2026-03-09T08:00Z', slaResolutionTargetMinutes: 720 },
      // File target 4 h and a due date of its own at 18:00: 09:00 → 15:00 = 6 h > 4 h, but ≤ the due date: met.
      { id: 'T2', openedAt: '2026-03-10T09:00Z', priority: 'P2', resolvedAt: '2026-03-10T15:00Z', slaResolutionTargetMinutes: 240, slaResolutionDueAt: '2026-03-10T18:00Z' },
      // No priority (no policy target): judged on the file's 2 h, with 1 h paused: 09:00 → 11:30 − 60 = 1 h 30: met.
      { id: 'T3', openedAt: '2026-03-11T09:00Z', resolvedAt: '2026-03-11T11:30Z', pausedMinutes: 60, slaResolutionTargetMinutes: 120 },
      // A target of 0 is none: P2's 8 business hours judge it, 09:00 → 12:00 = 3 h: met.
      { id: 'T4', openedAt: '2026-03-12T09:00Z', priority: 'P2', resolvedAt: '2026-03-12T12:00Z', slaResolutionTargetMinutes: 0 },
    ]);
    expect(result.resolution).toMatchObject({ met: 3, breached: 1, pending: 0 });
    expect(result.withoutTarget).toBe(0);
    expect(result.fileTargets).toEqual({ response: 0, resolution: 3 });
    // (The response, with no target in the file, is judged on P2's 1 business hour as before.)
    expect(result.breaches.filter((b) => b.target === 'resolution')).toEqual([expect.objectContaining({ id: 'T1', targetHours: 12, elapsedHours: 64, overrunHours: 52 })]);
    expect(result.byPriority['(none)']!.resolution).toMatchObject({ met: 1 });
  });

  it('lists the 500 largest breaches but counts them all', () => {
    // 600 P1 tickets (24x7, response 30 min) answered after 1 h, 2 h, … : all breach response.
    const rows = Array.from({ length: 600 }, (_, k) => ({
      id: `B${String(k).padStart(3, '0')}`,
      openedAt: '2026-03-02T09:00Z',
      priority: 'P1',
      firstResponseAt: new Date(Date.UTC(2026, 2, 2, 9) + (k + 1) * 60_000).toISOString(),
      resolvedAt: '2026-03-02T09:00Z',
    }));
    const result = run(rows);
    expect(result.breachCount).toBe(result.response!.breached + result.resolution!.breached);
    expect(result.breaches).toHaveLength(MAX_LISTED_BREACHES);
    // The largest overrun is the last ticket: 600 min − 30 min target = 9.5 h.
    expect(result.breaches[0]).toMatchObject({ id: 'B599', target: 'response', overrunHours: 9.5 });
    expect(result.ticketIds.response.breached).toHaveLength(result.response!.breached);
  });

  it('never lets pauses take the resolution time below 0', () => {
    // 60 business min − 500 paused → 0, not −440.
    const result = run([
      { id: 'T1', openedAt: '2026-03-02T09:00Z', priority: 'P2', firstResponseAt: '2026-03-02T09:10Z', resolvedAt: '2026-03-02T10:00Z', pausedMinutes: 500 },
    ]);
    // Elapsed 0 h → bucket 0, and the median is 0, not negative.
    expect(result.elapsedHistogram.resolution).toEqual([1, 0, 0, 0, 0, 0, 0, 0]);
    expect(result.resolution!.medianHours).toBe(0);
  });

  it('counts wall time for a 24x7 target and business time otherwise, across a weekend', () => {
    // Fri 6 Mar 16:00 → Mon 9 Mar 10:00.
    // P1 (24x7): 8 h Fri + 24 h Sat + 24 h Sun + 10 h Mon = 66 h = 3960 min > 240: breached, overrun 62 h.
    // P2 (business): Fri 16:00–17:00 = 60 + Mon 09:00–10:00 = 60 → 120 min ≤ 480: met.
    const times = { openedAt: '2026-03-06T16:00Z', firstResponseAt: '2026-03-06T16:20Z', resolvedAt: '2026-03-09T10:00Z' };
    const result = run([
      { id: 'WALL', priority: 'P1', ...times },
      { id: 'BIZ', priority: 'P2', ...times },
    ]);
    expect(result.byPriority.P1!.resolution).toMatchObject({ met: 0, breached: 1, medianHours: 66 });
    expect(result.byPriority.P2!.resolution).toMatchObject({ met: 1, breached: 0, medianHours: 2 });
    expect(result.breaches).toEqual([
      {
        id: 'WALL', priority: 'P1', client: null, category: null, title: null, target: 'resolution',
        openedAt: '2026-03-06T16:00:00.000Z', elapsedHours: 66, targetHours: 4, overrunHours: 62, open: false,
      },
    ]);
  });

  it('takes the resolution instant as the response when no first response was recorded', () => {
    // Tue 3 Mar 10:00 → resolved 12:00, no firstResponseAt: response = 120 min > 60: breached by 1 h.
    // closedAt stands for resolvedAt when the latter is missing (second ticket, same figures).
    const result = run([
      { id: 'R', openedAt: '2026-03-03T10:00Z', priority: 'P2', resolvedAt: '2026-03-03T12:00Z' },
      { id: 'C', openedAt: '2026-03-03T10:00Z', priority: 'P2', closedAt: '2026-03-03T12:00Z' },
    ]);
    expect(result.response).toMatchObject({ met: 0, breached: 2, pending: 0, adherence: 0, medianHours: 2 });
    expect(result.resolution).toMatchObject({ met: 2, breached: 0, adherence: 1 });
    expect(result.breaches.map((b) => [b.id, b.target, b.overrunHours])).toEqual([
      ['C', 'response', 1],
      ['R', 'response', 1],
    ]);
  });

  it('judges tickets still open at asOf: breached when already over target, else pending', () => {
    // asOf Tue 31 Mar 12:00.
    // OLD: Mon 30 Mar 09:00, nothing yet: 8 h Mon + 3 h Tue = 660 min > 60 and > 480: both breached (open).
    // NEW: Tue 31 Mar 10:00, responded 10:30 (30 min: met); 120 min ≤ 480: resolution pending.
    // LATE: Tue 31 Mar 11:00, resolved 13:00 — after asOf, so open at asOf: 60 min ≤ 480: pending;
    //       no first response → response = resolution instant, also after asOf: 60 min ≤ 60: pending.
    const result = run([
      { id: 'OLD', openedAt: '2026-03-30T09:00Z', priority: 'P2' },
      { id: 'NEW', openedAt: '2026-03-31T10:00Z', priority: 'P2', firstResponseAt: '2026-03-31T10:30Z' },
      { id: 'LATE', openedAt: '2026-03-31T11:00Z', priority: 'P2', resolvedAt: '2026-03-31T13:00Z' },
    ]);
    expect(result.response).toMatchObject({ met: 1, breached: 1, pending: 1 });
    expect(result.resolution).toMatchObject({ met: 0, breached: 1, pending: 2, adherence: 0 });
    expect(result.ticketIds).toEqual({
      response: { breached: ['OLD'], pending: ['LATE'] },
      resolution: { breached: ['OLD'], pending: ['NEW', 'LATE'] },
    });
    // OLD's breaches: response 11 h − 1 h = 10 h over, resolution 11 h − 8 h = 3 h over.
    expect(result.breaches.map((b) => [b.id, b.target, b.elapsedHours, b.overrunHours, b.open])).toEqual([
      ['OLD', 'response', 11, 10, true],
      ['OLD', 'resolution', 11, 3, true],
    ]);
    // Open breached tickets count in the distribution with their elapsed time up to asOf.
    // 11 h → bucket 4 (8 h ≤ 11 h < 24 h); 0.5 h → bucket 0.
    expect(result.elapsedHistogram.response).toEqual([1, 0, 0, 0, 1, 0, 0, 0]);
    expect(result.elapsedHistogram.resolution).toEqual([0, 0, 0, 0, 1, 0, 0, 0]);
  });

  it('subtracts pauses from the elapsed time of an open ticket too', () => {
    // Mon 30 Mar 09:00, open: 660 business min to asOf − 200 paused = 460 ≤ 480: pending, not breached.
    const result = run([{ id: 'P', openedAt: '2026-03-30T09:00Z', priority: 'P2', firstResponseAt: '2026-03-30T09:05Z', pausedMinutes: 200 }]);
    expect(result.resolution).toMatchObject({ met: 0, breached: 0, pending: 1, adherence: null, medianHours: null, p90Hours: null });
  });

  it('treats a response recorded after asOf as not yet given', () => {
    // Mon 30 Mar 09:00, response Tue 31 Mar 15:00 (after asOf 12:00): 660 min to asOf > 60: breached, open.
    const result = run([{ id: 'X', openedAt: '2026-03-30T09:00Z', priority: 'P2', firstResponseAt: '2026-03-31T15:00Z' }]);
    expect(result.response).toMatchObject({ breached: 1 });
    expect(result.breaches[0]).toMatchObject({ id: 'X', target: 'response', elapsedHours: 11, open: true });
  });

  it('keeps the real outcome of a ticket opened in the period and resolved after it', () => {
    // Tue 31 Mar 16:00 → Wed 1 Apr 10:00 (before asOf 2 Apr): 60 + 60 = 120 min ≤ 480: met.
    const result = run([{ id: 'A', openedAt: '2026-03-31T16:00Z', priority: 'P2', firstResponseAt: '2026-03-31T16:30Z', resolvedAt: '2026-04-01T10:00Z' }], {
      asOf: Date.parse('2026-04-02T00:00Z'),
    });
    expect(result.resolution).toMatchObject({ met: 1, medianHours: 2 });
  });

  it('counts tickets without a target apart and skips a target left null', () => {
    // P4 and a missing priority have no entry: withoutTarget = 2. P3 has a response target only.
    // P3: Wed 4 Mar 09:00 → response 15:00 = 360 min > 240: breached; no resolution outcome.
    const result = run([
      { id: 'A', openedAt: '2026-03-02T09:00Z', priority: 'P4', resolvedAt: '2026-03-02T10:00Z' },
      { id: 'B', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T10:00Z' },
      { id: 'C', openedAt: '2026-03-04T09:00Z', priority: 'P3', firstResponseAt: '2026-03-04T15:00Z', resolvedAt: '2026-03-04T16:00Z' },
      { id: 'OUT', openedAt: '2026-02-27T09:00Z', priority: 'P2' },
    ]);
    expect(result.tickets).toBe(3);
    expect(result.withoutTarget).toBe(2);
    expect(result.response).toMatchObject({ met: 0, breached: 1, pending: 0 });
    expect(result.resolution).toMatchObject({ met: 0, breached: 0, pending: 0, adherence: null });
    expect(Object.keys(result.byPriority)).toEqual(['P3']);
  });

  it('adds up a month of tickets, with median and p90 (linear interpolation, R type 7)', () => {
    const result = run([
      { id: 'T1', openedAt: '2026-03-02T09:00Z', priority: 'P2', firstResponseAt: '2026-03-02T09:45Z', resolvedAt: '2026-03-02T16:00Z', pausedMinutes: 60, category: 'Printer', client: 'Acme' },
      { id: 'T2', openedAt: '2026-03-06T16:00Z', priority: 'P1', firstResponseAt: '2026-03-06T16:20Z', resolvedAt: '2026-03-09T10:00Z', category: 'Network', client: 'Acme' },
      { id: 'T3', openedAt: '2026-03-06T16:00Z', priority: 'P2', firstResponseAt: '2026-03-06T16:20Z', resolvedAt: '2026-03-09T10:00Z', category: 'Network', client: 'Bistro' },
      { id: 'T4', openedAt: '2026-03-03T10:00Z', priority: 'P2', resolvedAt: '2026-03-03T12:00Z', category: 'Printer', client: 'Bistro' },
      { id: 'T5', openedAt: '2026-03-30T09:00Z', priority: 'P2', client: 'Acme' },
      { id: 'T6', openedAt: '2026-03-31T10:00Z', priority: 'P2', firstResponseAt: '2026-03-31T10:30Z' },
      { id: 'T7', openedAt: '2026-03-31T11:00Z', priority: 'P2', firstResponseAt: '2026-03-31T11:10Z', resolvedAt: '2026-03-31T13:00Z' },
      { id: 'T8', openedAt: '2026-03-02T09:00Z', priority: 'P4' },
      { id: 'T9', openedAt: '2026-02-27T09:00Z', priority: 'P2' },
      { id: 'T10', openedAt: '2026-03-04T09:00Z', priority: 'P3', firstResponseAt: '2026-03-04T15:00Z', resolvedAt: '2026-03-04T16:00Z' },
      { id: 'T11', openedAt: '2026-03-04T09:00Z' },
    ]);
    // In scope: all but T9 (February) = 10; without target: T8 (P4), T11 (no priority).
    expect(result.tickets).toBe(10);
    expect(result.withoutTarget).toBe(2);
    // Response elapsed (min): met T1 45, T2 20, T3 20, T6 30, T7 10; breached T4 120, T5 660, T10 360.
    // Sorted 10 20 20 30 45 120 360 660 (n = 8): median at index 3.5 → 37.5 min = 0.625 h;
    // p90 at index 6.3 → 360 + 0.3 × 300 = 450 min = 7.5 h. adherence 5/8.
    expect(result.response).toEqual({ met: 5, breached: 3, pending: 0, unknown: 0, adherence: 0.625, medianHours: 0.625, p90Hours: expect.closeTo(7.5, 12) });
    // Resolution: met T1 360, T3 120, T4 120; breached T2 3960, T5 660; pending T6, T7. T10 has none.
    // Sorted 120 120 360 660 3960: median index 2 → 360 min = 6 h; p90 index 3.6 → 660 + 0.6 × 3300
    // = 2640 min = 44 h. adherence 3/5.
    expect(result.resolution).toEqual({ met: 3, breached: 2, pending: 2, unknown: 0, adherence: 0.6, medianHours: 6, p90Hours: 44 });
    // Breaches by overrun: T2 res 62 h, T5 resp 10 h, T5 res 3 h, T10 resp 2 h, T4 resp 1 h.
    expect(result.breaches.map((b) => `${b.id}/${b.target}/${b.overrunHours}`)).toEqual([
      'T2/resolution/62',
      'T5/response/10',
      'T5/resolution/3',
      'T10/response/2',
      'T4/response/1',
    ]);
    expect(result.byPriority.P1).toEqual({
      response: { met: 1, breached: 0, pending: 0, unknown: 0, adherence: 1, medianHours: 20 / 60, p90Hours: 20 / 60 },
      resolution: { met: 0, breached: 1, pending: 0, unknown: 0, adherence: 0, medianHours: 66, p90Hours: 66 },
    });
    // By client: Acme T1 T2 T5; Bistro T3 T4; (none) T6 T7 T10.
    expect(result.byClient.Acme!.resolution).toMatchObject({ met: 1, breached: 2, pending: 0 });
    expect(result.byClient.Bistro!.response).toMatchObject({ met: 1, breached: 1 });
    expect(result.byClient['(none)']!.resolution).toMatchObject({ met: 0, breached: 0, pending: 2 });
    expect(result.byCategory.Printer!.response).toMatchObject({ met: 1, breached: 1 });
    expect(result.byMonth).toEqual([{ month: '2026-03', response: result.response, resolution: result.resolution }]);
  });

  it("applies each client's own calendar", () => {
    // Bistro is also open Saturday 09:00–12:00. Sat 7 Mar 09:00 → resolved 11:00 (no first response):
    // Bistro: 120 business min → response 120 > 60 breached, resolution 120 met (2 h).
    // Acme (base calendar, closed Saturday): 0 min → both met, 0 h.
    const base = basePolicy();
    const bistro = basePolicy({ calendar: { ...base.calendar, hours: { ...base.calendar.hours, sat: [[540, 720]] } } });
    const policy = { ...base, clients: { Bistro: bistro } };
    const rows: Rows = [
      { id: 'B', client: 'Bistro', openedAt: '2026-03-07T09:00Z', priority: 'P2', resolvedAt: '2026-03-07T11:00Z' },
      { id: 'A', client: 'Acme', openedAt: '2026-03-07T09:00Z', priority: 'P2', resolvedAt: '2026-03-07T11:00Z' },
    ];
    const result = run(rows, {}, policy);
    expect(result.byClient.Bistro).toMatchObject({ response: { breached: 1 }, resolution: { met: 1, medianHours: 2 } });
    expect(result.byClient.Acme).toMatchObject({ response: { met: 1, medianHours: 0 }, resolution: { met: 1, medianHours: 0 } });
  });

  it('uses the per-client SLA targets of the policy', () => {
    // Bistro's contract makes P2 24x7 with a 1 h resolution target.
    // Mon 2 Mar 09:00 → 10:30: 90 min > 60: breached for Bistro; ≤ 480: met for the base contract.
    const base = basePolicy();
    const policy = { ...base, clients: { Bistro: basePolicy({ sla: { P2: { response: null, resolution: 60, clock: '24x7' } } }) } };
    const times = { openedAt: '2026-03-02T09:00Z', firstResponseAt: '2026-03-02T09:10Z', resolvedAt: '2026-03-02T10:30Z', priority: 'P2' };
    const result = run([{ id: 'B', client: 'Bistro', ...times }, { id: 'A', client: 'Acme', ...times }], {}, policy);
    expect(result.byClient.Bistro).toMatchObject({ response: { met: 0, breached: 0 }, resolution: { breached: 1 } });
    expect(result.byClient.Acme).toMatchObject({ response: { met: 1 }, resolution: { met: 1 } });
    expect(slaTargetFor(policy, 'Bistro', 'P2')).toEqual({ response: null, resolution: 60, clock: '24x7' });
    expect(slaTargetFor(policy, 'Acme', 'P2')).toEqual({ response: 60, resolution: 480, clock: 'business' });
    expect(slaTargetFor(policy, 'Acme', 'P5')).toBeNull();
    expect(slaTargetFor(policy, 'Acme', null)).toBeNull();
    expect(slaTargetFor(policy, 'Acme', 'constructor')).toBeNull();
  });

  it("uses the source tool's due dates when asked, falling back to the targets without one", () => {
    // D: response 10:30 vs due 11:00 → met (the computed 90 min > 60 would breach);
    //    resolution 16:00 vs due 15:00 → breached, overrun 1 h (the computed 420 ≤ 480 would be met).
    // N: no due dates → computed: response 90 min > 60 breached; resolution 420 met.
    // O: open at asOf 12:00; response due 11:00 < asOf → breached; resolution due 1 Apr → pending.
    const rows: Rows = [
      { id: 'D', openedAt: '2026-03-02T09:00Z', priority: 'P2', firstResponseAt: '2026-03-02T10:30Z', resolvedAt: '2026-03-02T16:00Z', slaResponseDueAt: '2026-03-02T11:00Z', slaResolutionDueAt: '2026-03-02T15:00Z' },
      { id: 'N', openedAt: '2026-03-02T09:00Z', priority: 'P2', firstResponseAt: '2026-03-02T10:30Z', resolvedAt: '2026-03-02T16:00Z' },
      { id: 'O', openedAt: '2026-03-31T10:00Z', priority: 'P2', slaResponseDueAt: '2026-03-31T11:00Z', slaResolutionDueAt: '2026-04-01T10:00Z' },
    ];
    const result = run(rows, { useSourceDueDates: true });
    expect(result.ticketIds).toEqual({ response: { breached: ['N', 'O'], pending: [] }, resolution: { breached: ['D'], pending: ['O'] } });
    expect(result.response).toMatchObject({ met: 1, breached: 2, pending: 0 });
    expect(result.resolution).toMatchObject({ met: 1, breached: 1, pending: 1 });
    expect(result.breaches.find((b) => b.id === 'D')).toMatchObject({ target: 'resolution', overrunHours: 1, open: false });
    // Without the option the due dates are ignored: D and N both breach response and meet resolution;
    // O's response is breached (120 min > 60) and its resolution pending.
    const computed = run(rows);
    expect(computed.ticketIds).toEqual({ response: { breached: ['D', 'N', 'O'], pending: [] }, resolution: { breached: [], pending: ['O'] } });
  });

  it("gives no tool response verdict past a due date when the export records no first response", () => {
    // A GLPI list with `Time to own` (the response due date) and no first-response column
    // (fixtures/real-formats/glpi/glpi-10-pt-br-default-list.csv). asOf 31 March 12:00.
    // R: resolved 10:30, response due 11:00 → answered by then at the latest: met.
    // L: resolved 16:00, due 11:00 → answered at some time before 16:00: unknown, no verdict.
    // O: open, due 11:00 passed → perhaps answered (assigned), perhaps not: no verdict.
    // P: open, due 14:00 after asOf → unknown as well (no first response will ever be read).
    const rows: Rows = [
      { id: 'R', openedAt: '2026-03-31T09:00Z', priority: 'P2', resolvedAt: '2026-03-31T10:30Z', slaResponseDueAt: '2026-03-31T11:00Z' },
      { id: 'L', openedAt: '2026-03-30T09:00Z', priority: 'P2', resolvedAt: '2026-03-30T16:00Z', slaResponseDueAt: '2026-03-30T11:00Z' },
      { id: 'O', openedAt: '2026-03-31T09:00Z', priority: 'P2', slaResponseDueAt: '2026-03-31T11:00Z' },
      { id: 'P', openedAt: '2026-03-31T10:00Z', priority: 'P2', slaResponseDueAt: '2026-03-31T14:00Z' },
    ];
    const result = run(rows, { responseMeasured: false });
    expect(result.source.response).toMatchObject({ fromDueDates: 1, met: 1, breached: 0, pending: 0 });
    // The plain reference, ticket by ticket, says the same.
    const data = { tickets: ticketsFromRows(rows), policy: basePolicy() };
    expect(referenceSlaAdherence(data, { period: MARCH, asOf: AS_OF, responseMeasured: false }).source).toEqual(result.source);
    // With a first-response column (recorded, empty on O and P), the due dates judge as before:
    // R met (the resolution stands in), L breached (16:00 > 11:00), O breached, P pending.
    expect(run(rows).source.response).toMatchObject({ fromDueDates: 4, met: 1, breached: 2, pending: 1 });
  });

  it("attributes by completion: tickets whose resolution instant is in the period", () => {
    // FEB: opened Fri 27 Feb 16:00, resolved Mon 2 Mar 10:00 → in scope by completion (60 + 60 = 120 min: met).
    // APR: opened 31 Mar, resolved 1 Apr → out. OPEN: never resolved → out. MAR: opened and resolved in March → in.
    const rows: Rows = [
      { id: 'FEB', openedAt: '2026-02-27T16:00Z', priority: 'P2', firstResponseAt: '2026-02-27T16:10Z', resolvedAt: '2026-03-02T10:00Z' },
      { id: 'APR', openedAt: '2026-03-31T10:00Z', priority: 'P2', firstResponseAt: '2026-03-31T10:10Z', resolvedAt: '2026-04-01T10:00Z' },
      { id: 'OPEN', openedAt: '2026-03-30T10:00Z', priority: 'P2' },
      { id: 'MAR', openedAt: '2026-03-03T09:00Z', priority: 'P2', firstResponseAt: '2026-03-03T09:10Z', resolvedAt: '2026-03-03T10:00Z' },
    ];
    const result = run(rows, { attribution: 'completion', asOf: Date.parse('2026-04-02T00:00Z') });
    expect(result.tickets).toBe(2);
    expect(result.resolution).toMatchObject({ met: 2, breached: 0, pending: 0 });
    expect(result.byMonth).toEqual([{ month: '2026-03', response: result.response, resolution: result.resolution }]);
    // By opening (default): APR, OPEN and MAR.
    expect(run(rows, { asOf: Date.parse('2026-04-02T00:00Z') }).tickets).toBe(3);
  });

  it('gives one byMonth entry per month of the period in the policy time zone, empty ones included', () => {
    // Q1 2026 in Paris: [2025-12-31T23:00Z, 2026-03-31T22:00Z). 2026-01-31T23:30Z is 1 Feb 00:30 in
    // Paris → '2026-02'; 2026-03-31T21:30Z is 31 Mar 23:30 (UTC+2) → '2026-03'. January stays empty.
    const quarter: Period = { label: '2026-Q1', kind: 'quarter', start: Date.parse('2025-12-31T23:00Z'), end: Date.parse('2026-03-31T22:00Z') };
    const policy = basePolicy({ timezone: 'Europe/Paris', sla: { P1: { response: 60, resolution: 240, clock: '24x7' } } });
    const result = slaAdherence(
      {
        tickets: ticketsFromRows([
          { id: 'F', openedAt: '2026-01-31T23:30Z', priority: 'P1', firstResponseAt: '2026-01-31T23:40Z', resolvedAt: '2026-02-01T01:30Z' },
          { id: 'M', openedAt: '2026-03-31T21:30Z', priority: 'P1', firstResponseAt: '2026-03-31T21:40Z', resolvedAt: '2026-03-31T23:00Z' },
        ]),
        policy,
      },
      { period: quarter, asOf: Date.parse('2026-04-02T00:00Z') },
    );
    expect(result.byMonth.map((m) => [m.month, m.response!.met, m.resolution!.met])).toEqual([
      ['2026-01', 0, 0],
      ['2026-02', 1, 1],
      ['2026-03', 1, 1],
    ]);
    expect(result.byMonth[0]!.response).toEqual({ met: 0, breached: 0, pending: 0, unknown: 0, adherence: null, medianHours: null, p90Hours: null });
  });

  it('takes instants at the minute', () => {
    // 09:00:59 → 10:00:30 counts as 09:00 → 10:00 = 60 min ≤ 60: met.
    const result = run([{ id: 'S', openedAt: '2026-03-02T09:00:59Z', priority: 'P2', resolvedAt: '2026-03-02T10:00:30Z' }]);
    expect(result.response).toMatchObject({ met: 1, medianHours: 1 });
  });

  it('works through parsePolicy and createCalendar', () => {
    // Parsed policy: P2 resolution 4 business hours, Mon–Fri 08:30–12:30 / 13:30–17:30 in Paris (UTC+1 in March
    // before the 29th). Mon 2 Mar 11:00 local → 15:00 local: 11:00–12:30 (90) + 13:30–15:00 (90) = 180 min ≤ 240.
    const policy = parsePolicy({
      timezone: 'Europe/Paris',
      calendar: {
        hours: {
          mon: ['08:30-12:30', '13:30-17:30'], tue: ['08:30-12:30', '13:30-17:30'], wed: ['08:30-12:30', '13:30-17:30'],
          thu: ['08:30-12:30', '13:30-17:30'], fri: ['08:30-12:30', '13:30-17:30'], sat: [], sun: [],
        },
        holidays: { country: null },
      },
      sla: { P2: { response: '30m', resolution: '4h', clock: 'business' } },
    });
    const calendar = createCalendar(policy);
    const result = slaAdherence(
      { tickets: ticketsFromRows([{ id: 'P', openedAt: '2026-03-02T11:00+01:00', priority: 'P2', firstResponseAt: '2026-03-02T11:20+01:00', resolvedAt: '2026-03-02T15:00+01:00' }]), policy },
      { period: MARCH, asOf: AS_OF, calendars: () => calendar },
    );
    expect(result.response).toMatchObject({ met: 1, medianHours: 20 / 60 });
    expect(result.resolution).toMatchObject({ met: 1, medianHours: 3 });
  });

  it('refuses a broken contract', () => {
    const data = { tickets: ticketsFromRows([]), policy: basePolicy() };
    expect(() => slaAdherence(data, { period: { ...MARCH, end: MARCH.start }, asOf: AS_OF })).toThrow(RevueError);
    expect(() => slaAdherence(data, { period: MARCH, asOf: Number.NaN })).toThrow(RevueError);
    expect(() => slaAdherence(data, { period: MARCH, asOf: AS_OF, attribution: 'closed' as never })).toThrow(RevueError);
  });

  it('returns null figures, never NaN, without data', () => {
    const result = run([]);
    expect(result.tickets).toBe(0);
    expect(result.response).toEqual({ met: 0, breached: 0, pending: 0, unknown: 0, adherence: null, medianHours: null, p90Hours: null });
    expect(result.byMonth).toHaveLength(1);
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
  });
});

// ── Properties ──────────────────────────────────────────────────────────────────────────────

const HOUR = 3_600_000;
const ticketArb = fc.record({
  openedOffsetHours: fc.integer({ min: -24 * 10, max: 24 * 40 }),
  priority: fc.constantFrom('P1', 'P2', 'P3', 'P4', null),
  client: fc.constantFrom('Acme', 'Bistro', null),
  category: fc.constantFrom('Printer', 'Network', null),
  responseAfter: fc.option(fc.integer({ min: 0, max: 24 * 60 }), { nil: null }),
  resolvedAfter: fc.option(fc.integer({ min: 0, max: 24 * 60 * 10 }), { nil: null }),
  closedOnly: fc.boolean(),
  pausedMinutes: fc.option(fc.integer({ min: -10, max: 600 }), { nil: null }),
});

type TicketGen = typeof ticketArb extends fc.Arbitrary<infer T> ? T : never;
function propertyRows(list: TicketGen[]): Rows {
  return list.map((t, i) => {
    const opened = MARCH.start + t.openedOffsetHours * HOUR;
    const resolved = t.resolvedAfter === null ? null : opened + t.resolvedAfter * 60_000;
    return {
      id: `T${i}`,
      openedAt: opened,
      priority: t.priority,
      client: t.client,
      category: t.category,
      firstResponseAt: t.responseAfter === null ? null : opened + t.responseAfter * 60_000,
      resolvedAt: t.closedOnly ? null : resolved,
      closedAt: resolved,
      pausedMinutes: t.pausedMinutes,
    };
  });
}

describe('slaAdherence — properties', () => {
  const base = basePolicy();
  const policy = { ...base, clients: { Bistro: basePolicy({ calendar: { ...base.calendar, hours: { ...base.calendar.hours, sat: [[540, 720]] } } }) } };
  type Counts = { met: number; breached: number; pending: number };
  const sumOutcomes = (pairs: Array<{ response: Counts | null; resolution: Counts | null }>) => {
    const total = { response: { met: 0, breached: 0, pending: 0 }, resolution: { met: 0, breached: 0, pending: 0 } };
    for (const pair of pairs) {
      for (const kind of ['response', 'resolution'] as const) {
        total[kind].met += pair[kind]!.met;
        total[kind].breached += pair[kind]!.breached;
        total[kind].pending += pair[kind]!.pending;
      }
    }
    return total;
  };

  it('keeps adherence in [0, 1], counts every ticket with a target once, and partitions it in every breakdown', () => {
    fc.assert(
      fc.property(
        fc.array(ticketArb, { maxLength: 40 }),
        fc.integer({ min: 0, max: 24 * 45 }),
        fc.constantFrom<'opened' | 'completion'>('opened', 'completion'),
        fc.boolean(),
        (list, asOfHours, attribution, useSourceDueDates) => {
          const rows = propertyRows(list);
          const asOf = MARCH.start + asOfHours * HOUR;
          const result = slaAdherence({ tickets: ticketsFromRows(rows), policy }, { period: MARCH, asOf, attribution, useSourceDueDates, responseMeasured: true });
          // Expected scope, computed independently from the rows.
          const inScope = rows.filter((r) => {
            const anchor = attribution === 'completion' ? ((r.resolvedAt ?? r.closedAt) as number | null) : (r.openedAt as number);
            return anchor !== null && anchor >= MARCH.start && anchor < MARCH.end;
          });
          const targets = inScope.map((r) => slaTargetFor(policy, r.client as string | null, r.priority as string | null));
          expect(result.tickets).toBe(inScope.length);
          expect(result.withoutTarget).toBe(targets.filter((t) => t === null || (t.response === null && t.resolution === null)).length);
          for (const kind of ['response', 'resolution'] as const) {
            const outcome = result[kind]!;
            expect(outcome.met + outcome.breached + outcome.pending).toBe(targets.filter((t) => t !== null && t[kind] !== null).length);
            if (outcome.adherence !== null) {
              expect(outcome.adherence).toBeGreaterThanOrEqual(0);
              expect(outcome.adherence).toBeLessThanOrEqual(1);
            } else {
              expect(outcome.met + outcome.breached).toBe(0);
            }
            expect(result.elapsedHistogram[kind]!.reduce((a, b) => a + b, 0)).toBe(outcome.met + outcome.breached);
            expect(result.ticketIds[kind].breached).toHaveLength(outcome.breached);
            expect(result.ticketIds[kind].pending).toHaveLength(outcome.pending);
            if (outcome.medianHours !== null) expect(outcome.p90Hours!).toBeGreaterThanOrEqual(outcome.medianHours);
          }
          const totals = sumOutcomes([result]);
          expect(sumOutcomes(Object.values(result.byPriority))).toEqual(totals);
          expect(sumOutcomes(Object.values(result.byClient))).toEqual(totals);
          expect(sumOutcomes(Object.values(result.byCategory))).toEqual(totals);
          expect(sumOutcomes(result.byMonth)).toEqual(totals);
          expect(result.byMonth.map((m) => m.month)).toEqual(['2026-03']);
          expect(result.breachCount).toBe(result.response!.breached + result.resolution!.breached);
          expect(result.breaches).toHaveLength(Math.min(result.breachCount!, 500));
          for (let i = 1; i < result.breaches.length; i++) {
            expect(result.breaches[i - 1]!.overrunHours).toBeGreaterThanOrEqual(result.breaches[i]!.overrunHours);
          }
        },
      ),
      { numRuns: 150 },
    );
  });

  it('agrees with a second, brute-force implementation of the outcome rules', () => {
    // Business minutes of [a, b) for UTC Mon–Fri 09:00–17:00, minute by minute.
    const brute = (a: number, b: number): number => {
      let minutes = 0;
      for (let t = a; t < b; t += 60_000) {
        const d = new Date(t);
        const day = d.getUTCDay();
        const minute = d.getUTCHours() * 60 + d.getUTCMinutes();
        if (day !== 0 && day !== 6 && minute >= 540 && minute < 1020) minutes++;
      }
      return minutes;
    };
    const plain = basePolicy();
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 12 }), fc.integer({ min: 0, max: 24 * 45 }), (list, asOfHours) => {
        const rows = propertyRows(list);
        const asOf = MARCH.start + asOfHours * HOUR;
        const result = slaAdherence({ tickets: ticketsFromRows(rows), policy: plain }, { period: MARCH, asOf, responseMeasured: true });
        const expected = { response: { met: 0, breached: 0, pending: 0 }, resolution: { met: 0, breached: 0, pending: 0 } };
        for (const r of rows) {
          const opened = r.openedAt as number;
          if (opened < MARCH.start || opened >= MARCH.end) continue;
          const target = slaTargetFor(plain, null, r.priority as string | null);
          if (target === null) continue;
          const resolved = (r.resolvedAt ?? r.closedAt) as number | null;
          const first = (r.firstResponseAt as number | null) ?? resolved;
          const clock = (a: number, b: number) => (target.clock === '24x7' ? Math.max(0, (b - a) / 60_000) : brute(a, b));
          const pause = Math.max(0, (r.pausedMinutes as number | null) ?? 0);
          const judge = (instant: number | null, minutes: number, subtract: number) => {
            const done = instant !== null && instant <= asOf;
            const elapsed = Math.max(0, clock(opened, done ? instant : asOf) - subtract);
            return elapsed > minutes ? 'breached' : done ? 'met' : 'pending';
          };
          if (target.response !== null) expected.response[judge(first, target.response, 0)]++;
          if (target.resolution !== null) expected.resolution[judge(resolved, target.resolution, pause)]++;
        }
        for (const kind of ['response', 'resolution'] as const) {
          expect({ met: result[kind]!.met, breached: result[kind]!.breached, pending: result[kind]!.pending }).toEqual(expected[kind]);
        }
      }),
      { numRuns: 100 },
    );
  });

  it('never meets fewer targets when asOf moves later (only pending tickets get judged)', () => {
    fc.assert(
      fc.property(fc.array(ticketArb, { maxLength: 30 }), fc.integer({ min: 0, max: 24 * 30 }), fc.integer({ min: 0, max: 24 * 15 }), (list, asOfHours, more) => {
        const tickets = ticketsFromRows(propertyRows(list));
        const early = slaAdherence({ tickets, policy }, { period: MARCH, asOf: MARCH.start + asOfHours * HOUR, responseMeasured: true });
        const late = slaAdherence({ tickets, policy }, { period: MARCH, asOf: MARCH.start + (asOfHours + more) * HOUR, responseMeasured: true });
        for (const kind of ['response', 'resolution'] as const) {
          // A breach stays a breach; a met target stays met; a pending one may become either.
          expect(late[kind]!.breached).toBeGreaterThanOrEqual(early[kind]!.breached);
          expect(late[kind]!.met).toBeGreaterThanOrEqual(early[kind]!.met);
          expect(late[kind]!.pending).toBeLessThanOrEqual(early[kind]!.pending);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('slaAdherence — medians and p90 by group', () => {
  it('takes each group’s quantiles over that group’s elapsed times (thousands of tickets)', () => {
    // 3000 P1 tickets (24x7), answered after k mod 97 + 1 minutes, over 3 clients, 4 categories
    // and both halves of March; the expected quantiles are computed here with simple-statistics
    // on each group's own sorted list.
    const clients = ['Bistro', 'Café', null];
    const categories = ['Printer', 'Network', 'Email', null];
    const rows = Array.from({ length: 3000 }, (_, k) => {
      const opened = Date.UTC(2026, 2, 2 + (k % 28), 9, k % 60);
      return {
        id: `S${k}`,
        openedAt: new Date(opened).toISOString(),
        priority: 'P1',
        client: clients[k % 3],
        category: categories[(k * 7) % 4],
        firstResponseAt: new Date(opened + ((k % 97) + 1) * 60_000).toISOString(),
        resolvedAt: new Date(opened + ((k * 13) % 600) * 60_000).toISOString(),
      };
    });
    const result = run(rows);
    const expectedOf = (keep: (row: (typeof rows)[number]) => boolean) => {
      const minutes = rows.filter(keep).map((row) => (Date.parse(row.firstResponseAt) - Date.parse(row.openedAt)) / 60_000);
      const sorted = [...minutes].sort((a, b) => a - b);
      return { medianHours: quantileSorted(sorted, 0.5) / 60, p90Hours: quantileSorted(sorted, 0.9) / 60 };
    };
    expect(result.response).toMatchObject(expectedOf(() => true));
    expect(result.byClient['Bistro']!.response).toMatchObject(expectedOf((row) => row.client === 'Bistro'));
    expect(result.byClient['(none)']!.response).toMatchObject(expectedOf((row) => row.client === null));
    expect(result.byCategory['Email']!.response).toMatchObject(expectedOf((row) => row.category === 'Email'));
    expect(result.byCategory['(none)']!.response).toMatchObject(expectedOf((row) => row.category === null));
    expect(result.byMonth[0]!.response).toMatchObject(expectedOf(() => true));
  });
});

describe('slaAdherence — what can be measured (issue 10)', () => {
  it('measures no response without a first-response column, and says so', () => {
    // No ticket has firstResponseAt: response is not measured (DESIGN §5), not read as the
    // resolution. P2 (business): Tue 3 Mar 10:00 → resolved 12:00 = 120 min ≤ 480: met.
    const result = slaAdherence(
      { tickets: ticketsFromRows([{ id: 'R', openedAt: '2026-03-03T10:00Z', priority: 'P2', resolvedAt: '2026-03-03T12:00Z' }]), policy: basePolicy() },
      { period: MARCH, asOf: AS_OF },
    );
    expect(result.responseMeasured).toBe(false);
    expect(result.response).toBeNull();
    expect(result.byPriority.P2!.response).toBeNull();
    expect(result.byMonth[0]!.response).toBeNull();
    expect(result.elapsedHistogram.response).toBeNull();
    expect(result.resolution).toMatchObject({ met: 1, breached: 0, adherence: 1 });
    expect(result.breaches.filter((b) => b.target === 'response')).toEqual([]);
  });

  it('with one first response in the export, a resolved ticket without one takes its resolution as response', () => {
    // R: 10:00 → resolved 12:00, no first response: response 120 min > 60: breached.
    // A: 10:00 → answered 10:30 = 30 min ≤ 60: met. Adherence 1/2.
    const result = slaAdherence(
      {
        tickets: ticketsFromRows([
          { id: 'R', openedAt: '2026-03-03T10:00Z', priority: 'P2', resolvedAt: '2026-03-03T12:00Z' },
          { id: 'A', openedAt: '2026-03-03T10:00Z', priority: 'P2', firstResponseAt: '2026-03-03T10:30Z', resolvedAt: '2026-03-03T12:00Z' },
        ]),
        policy: basePolicy(),
      },
      { period: MARCH, asOf: AS_OF },
    );
    expect(result.responseMeasured).toBe(true);
    expect(result.response).toMatchObject({ met: 1, breached: 1, adherence: 0.5 });
  });

  it('counts a ticket closed at an unknown time apart, never pending, never guessed', () => {
    // U: class closed, neither resolvedAt nor closedAt → resolution unknown; no first response →
    // response unknown too. V: same with a first response 20 min after opening → response met.
    // W: class open although it has a resolvedAt (reopened since): open at asOf Tue 31 Mar 12:00;
    // opened Mon 30 Mar 09:00 → 8 h + 3 h = 660 business min > 480: breached, not met.
    const result = run([
      { id: 'U', openedAt: '2026-03-02T09:00Z', priority: 'P2', statusClass: 'closed' },
      { id: 'V', openedAt: '2026-03-02T09:00Z', priority: 'P2', statusClass: 'resolved', firstResponseAt: '2026-03-02T09:20Z' },
      { id: 'W', openedAt: '2026-03-30T09:00Z', priority: 'P2', statusClass: 'open', firstResponseAt: '2026-03-30T09:10Z', resolvedAt: '2026-03-30T10:00Z' },
    ]);
    expect(result.resolution).toMatchObject({ met: 0, breached: 1, pending: 0, unknown: 2, adherence: 0 });
    expect(result.response).toMatchObject({ met: 2, breached: 0, pending: 0, unknown: 1, adherence: 1 });
    expect(result.ticketIds.resolution).toEqual({ breached: ['W'], pending: [] });
    expect(result.breaches.map((b) => [b.id, b.open])).toEqual([['W', true]]);
  });

  it('leaves cancelled tickets out and counts them apart', () => {
    // X is cancelled (with a resolution date), Y is cancelled without one: neither is judged.
    const result = run([
      { id: 'X', openedAt: '2026-03-02T09:00Z', priority: 'P2', statusClass: 'cancelled', closedAt: '2026-03-09T09:00Z' },
      { id: 'Y', openedAt: '2026-03-02T09:00Z', priority: 'P2', statusClass: 'cancelled' },
      { id: 'Z', openedAt: '2026-03-02T09:00Z', priority: 'P2', firstResponseAt: '2026-03-02T09:20Z', resolvedAt: '2026-03-02T10:00Z' },
    ]);
    expect(result).toMatchObject({ tickets: 1, cancelled: 2, withoutTarget: 0 });
    expect(result.resolution).toMatchObject({ met: 1, breached: 0, unknown: 0 });
  });

  it('reports the source tool’s verdicts beside Revue’s, with the tickets where they disagree', () => {
    // Revue (P2, 480 business min): A met (60 min), B breached (Mon 2 09:00 → Wed 4 17:00 = 1440 min),
    // C met, D pending (opened Tue 31 Mar 09:00, open at 12:00: 180 min).
    // The tool: A met (agrees), B met (disagrees), C breached (disagrees) — from verdicts;
    // D: due 2026-03-31T11:00Z, not reached and asOf 12:00 is past it → breached (Revue: pending,
    // not compared); E (no target under the policy, P5): verdict met, counted in the tool's figure only.
    // The tool: 3 met (A, B, E), 2 breached (C, D): adherence 3/5; 2 compared-and-different of 3 compared.
    const result = run([
      { id: 'A', openedAt: '2026-03-02T09:00Z', priority: 'P2', resolvedAt: '2026-03-02T10:00Z', slaResolutionVerdict: 'met' },
      { id: 'B', openedAt: '2026-03-02T09:00Z', priority: 'P2', resolvedAt: '2026-03-04T17:00Z', slaResolutionVerdict: 'met' },
      { id: 'C', openedAt: '2026-03-03T09:00Z', priority: 'P2', resolvedAt: '2026-03-03T10:00Z', slaResolutionVerdict: 'breached' },
      { id: 'D', openedAt: '2026-03-31T09:00Z', priority: 'P2', slaResolutionDueAt: '2026-03-31T11:00Z' },
      { id: 'E', openedAt: '2026-03-05T09:00Z', priority: 'P5', resolvedAt: '2026-03-05T10:00Z', slaResolutionVerdict: 'met' },
    ]);
    expect(result.resolution).toMatchObject({ met: 2, breached: 1, pending: 1 });
    expect(result.source.resolution).toEqual({
      fromVerdicts: 4,
      fromDueDates: 1,
      met: 3,
      breached: 2,
      pending: 0,
      adherence: 0.6,
      compared: 3,
      disagreements: 2,
      // Of A, B, C: Revue met A and C, the tool met A and B.
      comparedMetByRevue: 2,
      comparedMetBySource: 2,
      disagreeingIds: ['B', 'C'],
    });
    expect(result.source.response).toBeNull();
  });

  it('records which policy values (SLA entries, calendar) its figures used', async () => {
    const { PolicyUsage } = await import('../usage.js');
    const usage = new PolicyUsage();
    const policy = basePolicy();
    // One P1 ticket (24x7 clock) and one P5 ticket (no target): sla.P1 and sla.P5 are used, the
    // business calendar is not.
    slaAdherence(
      {
        tickets: ticketsFromRows([
          { id: 'A', openedAt: '2026-03-02T09:00Z', priority: 'P1', resolvedAt: '2026-03-02T10:00Z' },
          { id: 'B', openedAt: '2026-03-02T09:00Z', priority: 'P5', resolvedAt: '2026-03-02T10:00Z' },
        ]),
        policy,
      },
      { period: MARCH, asOf: AS_OF, usage },
    );
    expect([...usage.used(policy)].sort()).toEqual(['sla.P1', 'sla.P5']);
  });
});
