import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeTo, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { MARCH_2026, testPolicy } from '../../../test/kpi-support.js';
import { parsePeriod } from '../../calendar/period.js';
import { ticketsFromRows } from '../../model/tables.js';
import { fleetHealth } from '../fleet/fleet.js';
import { prepareReview } from '../prepared.js';
import type { ReviewData } from '../types.js';
import { backlogTrend } from './backlog.js';
import { backlogTrendReference } from './reference.js';

const policy = testPolicy();

describe('backlogTrend, hand-computed', () => {
  const data: ReviewData = {
    tickets: ticketsFromRows([
      { id: 'T1', openedAt: '2026-01-10T09:00Z', resolvedAt: '2026-03-05T10:00Z' }, // open end Jan, end Feb; closed in March
      { id: 'T2', openedAt: '2026-02-03T09:00Z' }, // never resolved: open ever after
      { id: 'T3', openedAt: '2026-02-20T09:00Z', closedAt: '2026-02-21T09:00Z', statusClass: 'closed' }, // closed without resolvedAt: closedAt stands in
      { id: 'T4', openedAt: '2026-03-02T09:00Z', statusClass: 'closed' }, // closed at an unknown time: never open
      { id: 'T5', openedAt: '2026-03-31T23:00Z', resolvedAt: '2026-04-01T00:00Z' }, // open at the end of March, closed on 1 April 00:00
      { id: 'T6', openedAt: '2026-03-01T09:00Z', resolvedAt: '2026-02-27T09:00Z' }, // resolved "before" opening: closed when opened, in March
      { id: 'T7', openedAt: '2026-04-05T09:00Z', resolvedAt: '2026-04-20T09:00Z' }, // resolved after asOf: open at asOf
      { id: 'T8', openedAt: '2026-04-12T09:00Z' }, // opened after asOf: not counted
      { id: 'T9', openedAt: '2026-01-05T09:00Z', statusClass: 'cancelled', closedAt: '2026-01-06T09:00Z' }, // cancelled at a known time
    ]),
    assets: null,
    policy,
  };
  const asOf = Date.parse('2026-04-10T12:00Z');
  const q2 = parsePeriod('2026-Q2', 'UTC');

  it('counts opened, closed and open tickets month by month, from the first ticket to asOf', () => {
    const result = backlogTrend(data, { period: q2, asOf });
    // The 12 months ending June 2026 start in July 2025; the first ticket is in January 2026,
    // asOf in April: January to April.
    expect(result.months.map(({ month, inPeriod, opened, closed, closedAtUnknownTime, open }) => [month, inPeriod, opened, closed, closedAtUnknownTime, open])).toEqual([
      // January: T1, T9 opened; T9 closed on 6 January; T1 open at the end.
      ['2026-01', false, 2, 1, 0, 1],
      // February: T2, T3 opened; T3 closed; T1, T2 open.
      ['2026-02', false, 2, 1, 0, 2],
      // March: T4 (unknown time), T5, T6 opened; T1 and T6 closed; T2, T5 open.
      ['2026-03', false, 3, 2, 1, 2],
      // April up to asOf: T7 opened, T5 closed; T2, T7 open (T7 resolves after asOf); T8 is later.
      ['2026-04', true, 1, 1, 0, 2],
    ]);
    expect(result.openAtStart).toBe(0);
    expect(result.months[2]).toMatchObject({ openedIds: ['T4', 'T5', 'T6'], closedIds: ['T1', 'T6'], countedAt: '2026-04-01T00:00:00.000Z' });
    expect(result.months[3]!.countedAt).toBe('2026-04-10T12:00:00.000Z');
  });

  it('ends with the backlog that fleetHealth counts at asOf', () => {
    const result = backlogTrend(data, { period: q2, asOf });
    const fleet = fleetHealth(data, { period: q2, asOf });
    // T2 and T7; neither counts T4 (closed at an unknown time) as open (DESIGN §3).
    expect(fleet.backlog.open).toBe(2);
    expect(result.months.at(-1)!.open).toBe(2);
  });

  it('starts with the tickets already open, and covers the period when it is longer than 12 months', () => {
    // (A date range includes its last day: 2025-01-01..2026-03-31 ends with March.)
    const march = backlogTrend(data, { period: MARCH_2026, asOf, months: 1 });
    // Only March: T1 and T2 were open on 1 March.
    expect(march.openAtStart).toBe(2);
    expect(march.months.map(({ month, open }) => [month, open])).toEqual([['2026-03', 2]]);
    const long = backlogTrend(data, { period: parsePeriod('2025-01-01..2026-03-31', 'UTC'), asOf, months: 2 });
    expect(long.months.map(({ month }) => month)).toEqual(['2026-01', '2026-02', '2026-03']);
  });

  it('counts the backlog at the period\'s start, the end of the previous period, for any period', () => {
    // 1 April 00:00 (2026-Q2): T1 closed 5 March, T3 21 Feb, T6 when opened, T9 6 Jan, T4 never
    // open; T5 (closed 1 April 00:00, not before it) and T2 open: 2 — March's `open`.
    const result = backlogTrend(data, { period: q2, asOf });
    expect(result.openAtPeriodStart).toBe(2);
    expect(result.openAtPeriodStart).toBe(result.months[2]!.open);
    // 1 March (March 2026): T1 and T2 open (T6 opens that day at 09:00, after it): 2.
    expect(backlogTrend(data, { period: MARCH_2026, asOf, months: 1 }).openAtPeriodStart).toBe(2);
    // A range that starts at no month's start, 2026-03-02 00:00 … : T1, T2 open; T6 opened on
    // 1 March and closed then; T4 opens on 2 March at 09:00: 2. From 2026-02-21T00:00: T1, T2,
    // T3 (closed at 09:00 that day): 3.
    expect(backlogTrend(data, { period: parsePeriod('2026-03-02..2026-04-01', 'UTC'), asOf }).openAtPeriodStart).toBe(2);
    expect(backlogTrend(data, { period: parsePeriod('2026-02-21..2026-03-20', 'UTC'), asOf }).openAtPeriodStart).toBe(3);
    // January 2026: no ticket opened before 1 January, the data do not reach it: null, not 0.
    expect(backlogTrend(data, { period: parsePeriod('2026-01', 'UTC'), asOf }).openAtPeriodStart).toBeNull();
    // 2026-Q3 starts after asOf (10 April): null.
    expect(backlogTrend(data, { period: parsePeriod('2026-Q3', 'UTC'), asOf }).openAtPeriodStart).toBeNull();
  });

  it('caps the ids, and is empty without a dated ticket or before the data', () => {
    expect(backlogTrend(data, { period: q2, asOf, maxIds: 1 }).months[2]).toMatchObject({ opened: 3, openedIds: ['T4'], closedIds: ['T1'] });
    expect(backlogTrend({ ...data, tickets: ticketsFromRows([{ id: 'X', openedAt: null }]) }, { period: q2, asOf }).months).toEqual([]);
    expect(backlogTrend(data, { period: parsePeriod('2025-06', 'UTC'), asOf }).months).toEqual([]);
    expect(() => backlogTrend(data, { period: q2, asOf, months: 0 })).toThrow(/months/);
  });
});

describe('backlogTrend agrees with its month-by-month reference', () => {
  for (const timezone of TIME_ZONES) {
    it(`on random reviews in ${timezone}`, () => {
      fc.assert(
        fc.property(reviewIn(timezone), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 14 }), ({ data, period, asOf }, maxIds, months) => {
          const options = { period, asOf, maxIds, months };
          const expected = backlogTrendReference(data, options);
          expect(closeTo(backlogTrend(data, options), expected)).toBeNull();
          expect(closeTo(backlogTrend(data, { ...options, prepared: prepareReview(data, asOf) }), expected)).toBeNull();
        }),
        { numRuns: 60 },
      );
    });
  }
});
