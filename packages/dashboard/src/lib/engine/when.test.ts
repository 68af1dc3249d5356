import { readTickets } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { whenOf } from './when.js';

/** Tickets opened at these instants (ISO), read as the worker reads a file. */
function tickets(openings: string[], timezone = 'Europe/Paris') {
  const csv = ['id,openedAt', ...openings.map((at, i) => `T${i + 1},${at}`)].join('\n');
  return readTickets(csv, { fileName: 'tickets.csv', timezone }).table;
}

/** `count` openings on day `day` of each month of a quarter, at 09:00 UTC. */
function quarterOf(year: number, firstMonth: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${year}-${String(firstMonth + (i % 3)).padStart(2, '0')}-10T09:00:00Z`);
}

describe('whenOf: the default period is DESIGN §4’s, the one the CLI picks', () => {
  it('takes the latest quarter that has ended at asOf, not the one running on its last day', () => {
    // The demo's shape: tickets through Q2 and Q3, the last at 15:00 UTC on 30 September.
    // Q3 ends at midnight in Paris (22:00 UTC), after asOf, so Q3 has not ended: 2026-Q2.
    // (The dashboard's former rule took a quarter as complete on its last day, and showed Q3.)
    const table = tickets([...quarterOf(2026, 4, 30), ...quarterOf(2026, 7, 29), '2026-09-30T15:00:00Z']);
    expect(whenOf(table, 'Europe/Paris')).toEqual({ asOf: '2026-09-30T15:00:00.000Z', defaultPeriod: '2026-Q2' });
  });

  it('takes a quarter that ended before asOf, in the policy time zone', () => {
    // 22:30 UTC on 30 September is 00:30 on 1 October in Paris: Q3 has ended there, not in UTC.
    const table = tickets([...quarterOf(2026, 4, 30), ...quarterOf(2026, 7, 30), '2026-09-30T22:30:00Z']);
    expect(whenOf(table, 'Europe/Paris').defaultPeriod).toBe('2026-Q3');
    expect(whenOf(table, 'UTC').defaultPeriod).toBe('2026-Q2');
  });

  it('passes over an ended quarter with less than a tenth of the busiest quarter’s tickets', () => {
    // Q2: 20 tickets; Q3: 1 (1 × 10 < 20, a stray date); asOf in Q4, which has not ended: Q2.
    const table = tickets([...quarterOf(2026, 4, 20), '2026-08-10T09:00:00Z', '2026-11-10T09:00:00Z']);
    expect(whenOf(table, 'Europe/Paris').defaultPeriod).toBe('2026-Q2');
    // Two tickets in Q3 make it a tenth of Q2 (2 × 10 ≥ 20): Q3.
    const busier = tickets([...quarterOf(2026, 4, 20), '2026-08-10T09:00:00Z', '2026-08-11T09:00:00Z', '2026-11-10T09:00:00Z']);
    expect(whenOf(busier, 'Europe/Paris').defaultPeriod).toBe('2026-Q3');
  });

  it('takes the quarter of asOf when no quarter has ended', () => {
    // Mid-February, every ticket in 2026-Q1: no quarter of the data has ended.
    expect(whenOf(tickets(['2026-01-12T09:00:00Z', '2026-02-12T15:00:00Z']), 'Europe/Paris').defaultPeriod).toBe('2026-Q1');
  });

  it('takes no "now" from a date flagged in the future, as the report does (review7)', () => {
    // Q1 2026 busy, one resolution typed 2062, read on 1 April 2026: asOf is the latest credible
    // instant (the last opening, 20 March 09:00 UTC), and the quarter running then is Q1.
    const csv = ['id,openedAt,resolvedAt', ...quarterOf(2026, 1, 12).map((at, i) => `T${i + 1},${at},`), 'T99,2026-03-20T09:00:00Z,2062-03-20T10:00:00Z'].join('\n');
    const read = readTickets(csv, { fileName: 'tickets.csv', timezone: 'UTC', now: Date.parse('2026-04-01T00:00:00Z') });
    expect(whenOf(read.table, 'UTC', read.quality)).toEqual({ asOf: '2026-03-20T09:00:00.000Z', defaultPeriod: '2026-Q1' });
    // Without the quality report, the 2062 instant stands.
    expect(whenOf(read.table, 'UTC').asOf).toBe('2062-03-20T10:00:00.000Z');
  });
});
