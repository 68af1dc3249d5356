import { describe, expect, it } from 'vitest';
import { ticketsFromRows } from '@revue/kpi-core';
import { ticketColumns } from '@revue/kpi-core/model';
import { MAX_TICKETS_PER_REQUEST, ticketSummaries } from './tickets.js';

const table = ticketsFromRows([
  { id: 'T1', openedAt: '2026-03-02T09:00:00Z', resolvedAt: '2026-03-02T11:00:00Z', title: 'Printer <b>jam</b>', priority: 'P2', status: 'Clos', type: 'incident', category: 'Printer', client: 'Acme', assetId: 'PRN-1' },
  { id: 'T2', openedAt: '2026-03-03T09:00:00Z', closedAt: '2026-03-04T09:00:00Z', title: null },
  { id: 'T3', openedAt: '2026-03-05T09:00:00Z' },
  { id: 'T1', openedAt: '2026-03-06T09:00:00Z', title: 'a later row with the same id' },
]);

describe('ticketSummaries', () => {
  it('returns the tickets of the ids, in their order, text as given', () => {
    const rows = ticketSummaries(ticketColumns(table), ['T3', 'T1', 'nope', 'T2']);
    expect(rows.map((row) => row.id)).toEqual(['T3', 'T1', 'T2']);
    // Text is returned as is (the page shows it as text, never as HTML); the first row of a repeated id.
    expect(rows[1]).toEqual({
      id: 'T1',
      title: 'Printer <b>jam</b>',
      type: 'incident',
      priority: 'P2',
      status: 'Clos',
      category: 'Printer',
      client: 'Acme',
      assetId: 'PRN-1',
      openedAt: '2026-03-02T09:00:00.000Z',
      resolvedAt: '2026-03-02T11:00:00.000Z',
    });
    // Closed without a resolution time: closedAt is its resolution instant; still open: null.
    expect(rows[2]!.resolvedAt).toBe('2026-03-04T09:00:00.000Z');
    expect(rows[0]!.resolvedAt).toBeNull();
  });

  it('answers at most a thousand ids, each once', () => {
    const ids = Array.from({ length: MAX_TICKETS_PER_REQUEST + 5 }, () => 'T2');
    expect(ticketSummaries(ticketColumns(table), ids)).toHaveLength(1);
    expect(ticketSummaries(ticketColumns(table), [])).toEqual([]);
  });
});
