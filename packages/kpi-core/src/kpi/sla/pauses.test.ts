// Paused time on the SLA's own clock (DESIGN §5: resolution elapsed = clock time from opening to
// resolution, minus the paused time; the clock is the client calendar's business time, or wall
// time for a 24x7 priority). Every figure below is computed by hand in its comment.
import { describe, expect, it } from 'vitest';
import { createCalendar } from '../../calendar/calendar.js';
import { describeError, RevueError } from '../../internal/errors.js';
import { ticketsFromRows, ticketTable } from '../../model/tables.js';
import type { Policy } from '../../policy/types.js';
import { MARCH_2026, testPolicy } from '../../../test/kpi-support.js';
import { monthlyTrend } from '../trend/trend.js';
import { PolicyUsage } from '../usage.js';
import { pausedOnClock, pauseIntervals } from './pauses.js';
import { referenceSlaAdherence } from './reference.js';
import { slaAdherence } from './sla.js';
import { thrown } from '../../../test/thrown.js';

// UTC, Mon–Fri 09:00–17:00, no holidays (test/kpi-support.ts). March 2026: Thu 5, Fri 6, Sat 7,
// Sun 8, Mon 9, Tue 10, Fri 13.
const policy: Policy = testPolicy({
  sla: {
    P1: { response: null, resolution: 240, clock: '24x7' },
    P3: { response: null, resolution: 16 * 60, clock: 'business' },
  },
});
const AS_OF = Date.parse('2026-03-13T17:00:00Z');
const options = { period: MARCH_2026, asOf: AS_OF };
const HOUR = 60;

type Rows = Parameters<typeof ticketsFromRows>[0];
function both(rows: Rows) {
  const data = { tickets: ticketsFromRows(rows), policy };
  const fast = slaAdherence(data, options);
  expect(fast).toEqual(referenceSlaAdherence(data, options));
  return fast;
}

// P3, 16 business hours. Opened Fri 6 Mar 10:00, waiting for the user Fri 15:00 → Mon 9 Mar 10:00,
// resolved Tue 10 Mar 14:00.
//   business time opened → resolved: Fri 10–17 7 h + Mon 9–17 8 h + Tue 9–14 5 h = 20 h
//   the pause on that clock:         Fri 15–17 2 h + Mon 09–10 1 h                = 3 h
//   elapsed 20 h − 3 h = 17 h > 16 h: breached by 1 h.
//   The pause in wall time is Fri 15:00 → Mon 10:00 = 9 h + 48 h + 10 h = 67 h = 4,020 min: taken
//   off the 20 business hours it left 0 h ("met"), two weekend days the clock never counted.
const WEEKEND: Rows[number] = {
  id: 'W1',
  openedAt: '2026-03-06T10:00Z',
  priority: 'P3',
  statusClass: 'resolved',
  resolvedAt: '2026-03-10T14:00Z',
  pausedMinutes: 4020,
  pauses: '2026-03-06T15:00:00.000Z/2026-03-09T10:00:00.000Z',
};

describe('paused time on the SLA clock', () => {
  it('parses the intervals the reader writes, at the minute, an open end as Infinity', () => {
    expect(Array.from(pauseIntervals('2026-03-06T15:00:30.000Z/2026-03-09T10:00:00.000Z 2026-03-10T09:00:00.000Z/..')!)).toEqual([
      Date.UTC(2026, 2, 6, 15),
      Date.UTC(2026, 2, 9, 10),
      Date.UTC(2026, 2, 10, 9),
      Infinity,
    ]);
    expect(pauseIntervals(null)).toBeNull();
    expect(pauseIntervals('  ')).toBeNull();
    expect(() => pauseIntervals('2026-03-06T15:00Z')).toThrow(RevueError);
    expect(() => pauseIntervals('2026-03-09T10:00Z/2026-03-06T15:00Z')).toThrow('pauses: "2026-03-09T10:00Z/2026-03-06T15:00Z" is not an interval');
  });

  // A `pauses` text reaches the SLA from the readers (always well formed) or from a table built
  // through the API: a malformed one is a RevueError naming the column, the row and the ticket,
  // said in one line by describeError, never a TypeError with a stack.
  it.each([
    ['no end', '2026-03-06T15:00Z'],
    ['end before start', '2026-03-09T10:00Z/2026-03-06T15:00Z'],
    ['three parts', '2026-03-06T15:00Z/2026-03-07T15:00Z/2026-03-08T15:00Z'],
    ['no zone (would move with the machine)', '2026-03-06T15:00/2026-03-09T10:00'],
    ['a date alone', '2026-03-06/2026-03-09'],
    ['words', 'waiting for the user'],
    ['a dotted date', '06.03.2026 15:00/09.03.2026 10:00'],
    ['a good interval then a bad one', '2026-03-06T15:00Z/2026-03-09T10:00Z 2026-03-10T09:00Z/tomorrow'],
  ])('refuses a malformed pauses value (%s) with its row, column and ticket', (_, text) => {
    const tickets = ticketsFromRows([{ ...WEEKEND, id: 'OK', pauses: WEEKEND.pauses }, { ...WEEKEND, id: 'W2', pauses: text }]);
    for (const run of [() => slaAdherence({ tickets, policy }, options), () => monthlyTrend({ tickets, policy }, { period: MARCH_2026, asOf: AS_OF, months: 1 })]) {
      const error = thrown(run);
      expect(error).toMatchObject({ code: 'bad-option', row: 2, column: 'pauses' });
      expect(describeError(error)).toMatch(/^row 2, pauses: pauses: ticket W2: ".*" is not an interval start\/end of ISO instants with Z or an offset/);
      expect(describeError(error)).not.toMatch(/\n/);
    }
  });

  it('refuses a pauses column of another type built by hand', () => {
    const tickets = ticketTable({ id: ['N1'], openedAt: new Float64Array([Date.UTC(2026, 2, 6, 10)]), priority: ['P3'], pauses: [42 as unknown as string] }, 1);
    expect(thrown(() => slaAdherence({ tickets, policy }, options))).toMatchObject({ code: 'bad-option', row: 1, column: 'pauses', message: 'pauses: ticket N1: 42 is not text' });
  });

  it('measures a weekend pause in business hours: 3 h, not the 67 h of wall time', () => {
    const business = createCalendar(policy);
    const intervals = pauseIntervals(WEEKEND.pauses as string)!;
    // Inside [Fri 10:00, Tue 14:00): Fri 15–17 and Mon 09–10 = 180 business minutes.
    expect(pausedOnClock((a, b) => business.businessMinutes(a, b), intervals, Date.UTC(2026, 2, 6, 10), Date.UTC(2026, 2, 10, 14))).toBe(180);
    const result = both([WEEKEND]);
    expect(result.resolution).toMatchObject({ met: 0, breached: 1, pending: 0, medianHours: 17 });
    expect(result.breaches[0]).toMatchObject({ id: 'W1', elapsedHours: 17, overrunHours: 1, open: false });
    // The same ticket with only its exported number of minutes (no intervals) keeps the old
    // reading: 20 h − 67 h, never below 0 → 0 h, met. Nothing else can be done with a number.
    const numberOnly = both([{ ...WEEKEND, pauses: null }]);
    expect(numberOnly.resolution).toMatchObject({ met: 1, breached: 0, medianHours: 0 });
  });

  it('measures a pause of a 24x7 priority in wall time', () => {
    // P1, 4 h on the wall clock. Opened Fri 6 Mar 16:00, paused Fri 17:00 → Sat 7 Mar 09:00
    // (16 h), resolved Sat 11:00: 19 h − 16 h = 3 h ≤ 4 h, met.
    const result = both([
      { id: 'P1', openedAt: '2026-03-06T16:00Z', priority: 'P1', statusClass: 'resolved', resolvedAt: '2026-03-07T11:00Z', pauses: '2026-03-06T17:00:00.000Z/2026-03-07T09:00:00.000Z' },
    ]);
    expect(result.resolution).toMatchObject({ met: 1, breached: 0, medianHours: 3 });
  });

  it('deducts a pause still on at asOf up to asOf: the ticket is pending, not breached', () => {
    // P3 opened Mon 9 Mar 09:00, waiting for the user since Mon 13:00 (its last event), asOf Fri
    // 13 Mar 17:00. Business time to asOf: 5 days × 8 h = 40 h; the pause on that clock: Mon
    // 13–17 4 h + Tue–Fri 4 × 8 h = 36 h. Elapsed 40 h − 36 h = 4 h ≤ 16 h: pending. (Without the
    // ongoing pause: 40 h > 16 h, breached.)
    const waiting: Rows[number] = { id: 'O1', openedAt: '2026-03-09T09:00Z', priority: 'P3', statusClass: 'pending', pausedMinutes: 0, pauses: '2026-03-09T13:00:00.000Z/..' };
    const result = both([waiting]);
    expect(result.resolution).toMatchObject({ met: 0, breached: 0, pending: 1 });
    expect(result.ticketIds.resolution.pending).toEqual(['O1']);
    // Resumed Tue 10 Mar 09:00 and never paused again: 40 h − Mon 13–17 4 h = 36 h > 16 h, breached.
    const resumed = both([{ ...waiting, pauses: '2026-03-09T13:00:00.000Z/2026-03-10T09:00:00.000Z' }]);
    expect(resumed.resolution).toMatchObject({ breached: 1 });
    expect(resumed.breaches[0]).toMatchObject({ elapsedHours: 36, open: true });
  });

  it('counts only the part of a pause inside [opened, resolution or asOf)', () => {
    // P3 opened Mon 9 Mar 11:00, resolved Mon 16:00 (5 business hours); the history pauses it
    // Mon 08:00 → 12:00 (before its opening: 11–12 counts, 1 h) and Mon 15:00 → .. (up to its
    // resolution: 15–16, 1 h). Elapsed 5 h − 2 h = 3 h.
    const result = both([
      { id: 'C1', openedAt: '2026-03-09T11:00Z', priority: 'P3', statusClass: 'resolved', resolvedAt: '2026-03-09T16:00Z', pauses: '2026-03-09T08:00:00.000Z/2026-03-09T12:00:00.000Z 2026-03-09T15:00:00.000Z/..' },
    ]);
    expect(result.resolution).toMatchObject({ met: 1, medianHours: 3 });
    // Before asOf a pause after asOf counts for nothing: asOf Mon 14:00, still open at asOf
    // (resolved after it): 3 h to asOf − 1 h (11–12) = 2 h, pending.
    const early = slaAdherence({ tickets: ticketsFromRows([{ id: 'C1', openedAt: '2026-03-09T11:00Z', priority: 'P3', statusClass: 'resolved', resolvedAt: '2026-03-09T16:00Z', pauses: '2026-03-09T08:00:00.000Z/2026-03-09T12:00:00.000Z 2026-03-09T15:00:00.000Z/..' }]), policy }, { period: MARCH_2026, asOf: Date.parse('2026-03-09T14:00:00Z') });
    expect(early.resolution).toMatchObject({ pending: 1 });
  });

  it('the monthly trend judges the pauses as slaAdherence does', () => {
    // W1 breached (17 h), O1 pending, the 24x7 one met: March's resolution adherence 1 / 2.
    const rows: Rows = [
      WEEKEND,
      { id: 'O1', openedAt: '2026-03-09T09:00Z', priority: 'P3', statusClass: 'pending', pauses: '2026-03-09T13:00:00.000Z/..' },
      { id: 'P1', openedAt: '2026-03-06T16:00Z', priority: 'P1', statusClass: 'resolved', resolvedAt: '2026-03-07T11:00Z', pauses: '2026-03-06T17:00:00.000Z/2026-03-07T09:00:00.000Z' },
    ];
    const data = { tickets: ticketsFromRows(rows), policy };
    expect(slaAdherence(data, options).resolution).toMatchObject({ met: 1, breached: 1, pending: 1 });
    const trend = monthlyTrend(data, { period: MARCH_2026, asOf: AS_OF, months: 1 });
    expect(trend.months).toEqual(['2026-03']);
    expect(trend.series.slaResolution).toEqual([0.5]);
  });

  it('lists the exported number of paused minutes as an assumption, and only then', () => {
    const withNumber = new PolicyUsage();
    slaAdherence({ tickets: ticketsFromRows([{ ...WEEKEND, pauses: null }]), policy: { ...policy, defaulted: ['pausedMinutes'] } }, { ...options, usage: withNumber });
    expect([...withNumber.entries()].flatMap(([, keys]) => [...keys])).toContain('pausedMinutes');
    const withIntervals = new PolicyUsage();
    slaAdherence({ tickets: ticketsFromRows([WEEKEND]), policy: { ...policy, defaulted: ['pausedMinutes'] } }, { ...options, usage: withIntervals });
    expect([...withIntervals.entries()].flatMap(([, keys]) => [...keys])).not.toContain('pausedMinutes');
  });
});
