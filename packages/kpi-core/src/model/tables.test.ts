import { describe, expect, it } from 'vitest';
import { ticketRows, ticketsFromRows, ticketColumns } from './tables.js';

describe('ticket tables', () => {
  it('round-trips plain rows, with missing values as null', () => {
    const t = ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T08:00:00Z', priority: 'P2' }]);
    const [row] = ticketRows(t);
    expect(row?.id).toBe('T1');
    expect(row?.openedAt).toBe(Date.UTC(2026, 2, 2, 8));
    expect(row?.resolvedAt).toBeNull();
    expect(row?.title).toBeNull();
  });

  it('reads columns of a filtered table by row index', () => {
    const t = ticketsFromRows([
      { id: 'A', openedAt: 1 },
      { id: 'B', openedAt: 2 },
    ]).filter((d: { id: string }) => d.id === 'B');
    expect(Array.from(ticketColumns(t).openedAt)).toEqual([2]);
  });
});
