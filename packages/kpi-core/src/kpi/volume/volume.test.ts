import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeTo, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { MARCH_2026, testPolicy } from '../../../test/kpi-support.js';
import { ticketsFromRows } from '../../model/tables.js';
import { prepareReview } from '../prepared.js';
import type { ReviewData } from '../types.js';
import { ticketVolumeReference } from './reference.js';
import { ticketVolume } from './volume.js';

const AS_OF = Date.parse('2026-04-10T00:00Z');
const policy = testPolicy();

describe('ticketVolume, hand-computed', () => {
  const data: ReviewData = {
    tickets: ticketsFromRows([
      { id: 'T1', openedAt: '2026-03-02T09:00Z', type: 'incident', category: 'Printer', priority: 'P2', site: 'Lyon' },
      { id: 'T2', openedAt: '2026-03-02T10:00Z', category: 'Printer', priority: 'P3', site: 'Lyon' }, // no type: an incident
      { id: 'T3', openedAt: '2026-03-15T10:00Z', type: 'request', category: 'Account', priority: 'P4' }, // no site
      { id: 'T4', openedAt: '2026-03-31T23:59:30Z', type: 'change', category: '', site: 'Paris', statusClass: 'cancelled' }, // last minute of March
      { id: 'T5', openedAt: '2026-04-01T00:00Z', type: 'incident' }, // April: out
      { id: 'T6', openedAt: '2026-02-28T23:59Z', type: 'incident' }, // February: out
      { id: 'T7', openedAt: null, type: 'incident' }, // no opening instant: out
      { id: 'T8', openedAt: '2026-03-20T10:00Z', type: 'service call', category: 'Printer', priority: 'P2', site: 'Lyon' }, // unmapped type kept
    ]),
    assets: null,
    policy,
  };

  it('counts the tickets opened in the period by type, category, priority and site, with their ids', () => {
    const result = ticketVolume(data, { period: MARCH_2026, asOf: AS_OF });
    // In March: T1, T2, T3, T4 (opened at 23:59:30, taken at 23:59), T8 — five; T4 is cancelled but counted.
    expect(result.tickets).toBe(5);
    expect(result.cancelled).toBe(1);
    // Largest first, ties by key.
    const byType = {
      groups: [
        { key: 'incident', tickets: 2, ticketIds: ['T1', 'T2'] },
        { key: 'change', tickets: 1, ticketIds: ['T4'] },
        { key: 'request', tickets: 1, ticketIds: ['T3'] },
        { key: 'service call', tickets: 1, ticketIds: ['T8'] },
      ],
      otherGroups: 0,
      otherTickets: 0,
    };
    expect(result.byType).toEqual(byType);
    expect(result.byCategory.groups).toEqual([
      { key: 'Printer', tickets: 3, ticketIds: ['T1', 'T2', 'T8'] },
      { key: '(none)', tickets: 1, ticketIds: ['T4'] }, // '' is missing
      { key: 'Account', tickets: 1, ticketIds: ['T3'] },
    ]);
    expect(result.byPriority.groups).toEqual([
      { key: 'P2', tickets: 2, ticketIds: ['T1', 'T8'] },
      { key: '(none)', tickets: 1, ticketIds: ['T4'] },
      { key: 'P3', tickets: 1, ticketIds: ['T2'] },
      { key: 'P4', tickets: 1, ticketIds: ['T3'] },
    ]);
    expect(result.bySite.groups).toEqual([
      { key: 'Lyon', tickets: 3, ticketIds: ['T1', 'T2', 'T8'] },
      { key: '(none)', tickets: 1, ticketIds: ['T3'] },
      { key: 'Paris', tickets: 1, ticketIds: ['T4'] },
    ]);
    expect(result.byMonth).toEqual([{ month: '2026-03', tickets: 5, byType }]);
  });

  it('caps the groups and the ids, and sums what it leaves out', () => {
    const result = ticketVolume(data, { period: MARCH_2026, asOf: AS_OF, maxIds: 2, maxGroups: 2 });
    expect(result.byCategory).toEqual({
      groups: [
        { key: 'Printer', tickets: 3, ticketIds: ['T1', 'T2'] },
        { key: '(none)', tickets: 1, ticketIds: ['T4'] },
      ],
      otherGroups: 1, // Account
      otherTickets: 1,
    });
    // Three types tie at one ticket: the first by key stays.
    expect(result.byType.groups.map(({ key }) => key)).toEqual(['incident', 'change']);
    expect(result).toMatchObject({ groupsPerBreakdown: 2, idsPerGroup: 2 });
  });

  it('lists every month of a quarter in the policy time zone, empty ones too', () => {
    const paris = { ...data, policy: testPolicy({ timezone: 'Europe/Paris' }) };
    const q1 = { label: '2026-Q1', kind: 'quarter' as const, start: Date.parse('2025-12-31T23:00Z'), end: Date.parse('2026-03-31T22:00Z') };
    const result = ticketVolume(paris, { period: q1, asOf: AS_OF });
    // T6 (28 Feb 23:59 UTC) is 1 March 00:59 in Paris; T4 (31 March 23:59 UTC) is 1 April in Paris: out.
    expect(result.byMonth.map(({ month, tickets }) => [month, tickets])).toEqual([
      ['2026-01', 0],
      ['2026-02', 0],
      ['2026-03', 5],
    ]);
  });

  it('refuses a bad option', () => {
    expect(() => ticketVolume(data, { period: MARCH_2026, asOf: AS_OF, maxIds: -1 })).toThrow(/maxIds/);
    expect(() => ticketVolume(data, { period: MARCH_2026, asOf: AS_OF, maxGroups: 1.5 })).toThrow(/maxGroups/);
    expect(() => ticketVolume(data, { period: { ...MARCH_2026, end: MARCH_2026.start }, asOf: AS_OF })).toThrow(/period/);
  });
});

describe('ticketVolume agrees with its row-by-row reference', () => {
  for (const timezone of TIME_ZONES) {
    it(`on random reviews in ${timezone}`, () => {
      fc.assert(
        fc.property(reviewIn(timezone), fc.integer({ min: 0, max: 3 }), fc.integer({ min: 0, max: 4 }), ({ data, period, asOf }, maxIds, maxGroups) => {
          const options = { period, asOf, maxIds, maxGroups };
          const expected = ticketVolumeReference(data, options);
          expect(closeTo(ticketVolume(data, options), expected)).toBeNull();
          // With a shared preparation (as buildReport runs it), the same.
          expect(closeTo(ticketVolume(data, { ...options, prepared: prepareReview(data, asOf) }), expected)).toBeNull();
          // The groups of each breakdown, with the ones left out, add up to the total.
          const result = ticketVolume(data, options);
          for (const breakdown of [result.byType, result.byCategory, result.byPriority, result.bySite]) {
            expect(breakdown.groups.reduce((sum, group) => sum + group.tickets, 0) + breakdown.otherTickets).toBe(result.tickets);
          }
          expect(result.byMonth.reduce((sum, month) => sum + month.tickets, 0)).toBe(result.tickets);
        }),
        { numRuns: 60 },
      );
    });
  }
});
