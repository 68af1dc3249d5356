import { describe, expect, it } from 'vitest';
import { assetsFromRows, selectRows, Table, ticketRows, ticketsFromRows, ticketColumns } from './tables.js';

describe('ticket tables', () => {
  it('round-trips plain rows, with missing values as null', () => {
    const t = ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T08:00:00Z', priority: 'P2' }]);
    const [row] = ticketRows(t);
    expect(row?.id).toBe('T1');
    expect(row?.openedAt).toBe(Date.UTC(2026, 2, 2, 8));
    expect(row?.resolvedAt).toBeNull();
    expect(row?.title).toBeNull();
  });

  it('keeps the table methods users call (numRows, column, columnNames, get)', () => {
    const t = ticketsFromRows([
      { id: 'A', openedAt: 1, client: 'Acme' },
      { id: 'B', openedAt: 2 },
    ]);
    expect(t.numRows()).toBe(2);
    expect(t.columnNames()[0]).toBe('id');
    expect(t.numCols()).toBe(t.columnNames().length);
    expect(Array.from(t.column('openedAt'))).toEqual([1, 2]);
    expect(t.column('nope')).toBeUndefined();
    expect(t.get('id', 1)).toBe('B');
    expect(t.get('client', 1)).toBeNull();
    expect(t.get('id')).toBe('A'); // row 0 by default, as arquero
    expect(assetsFromRows([]).numRows()).toBe(0);
  });

  it('selects rows into a new table, columns copied by type', () => {
    const t = ticketsFromRows([
      { id: 'A', openedAt: 1 },
      { id: 'B', openedAt: 2 },
      { id: 'C', openedAt: 3 },
    ]);
    const kept = selectRows(t, (row) => row !== 1);
    expect(Array.from(ticketColumns(kept).openedAt)).toEqual([1, 3]);
    expect(ticketColumns(kept).openedAt).toBeInstanceOf(Float64Array);
    expect(ticketColumns(kept).id).toEqual(['A', 'C']);
    expect(t.numRows()).toBe(3); // the source is unchanged
  });

  it('refuses columns of different lengths', () => {
    expect(() => new Table({ a: [null], b: new Float64Array(2) }, 1)).toThrow(/column b has 2 values, expected 1/);
  });

  // Regression (issue 13): Date.parse read a date-time without an offset in the machine's zone,
  // so the same rows gave other instants on a Paris machine than on a UTC one.
  it('reads only ISO texts whose instant does not depend on the machine zone', () => {
    const t = ticketsFromRows([
      { id: 'T1', openedAt: '2026-03-02T08:00Z', resolvedAt: '2026-03-02T10:00:00.000+02:00' },
      { id: 'T2', openedAt: '2026-03-02' }, // a date alone: UTC midnight, as Date.parse reads it
    ]);
    expect(ticketColumns(t).openedAt[0]).toBe(Date.UTC(2026, 2, 2, 8, 0));
    expect(ticketColumns(t).resolvedAt[0]).toBe(Date.UTC(2026, 2, 2, 8, 0));
    expect(ticketColumns(t).openedAt[1]).toBe(Date.UTC(2026, 2, 2));
    expect(() => ticketsFromRows([{ id: 'T3', openedAt: '2026-03-02T08:00' }])).toThrow(
      'openedAt: 2026-03-02T08:00 is not an ISO instant with Z or an offset (or a date alone)',
    );
    expect(() => ticketsFromRows([{ id: 'T4', openedAt: 'March 2, 2026' }])).toThrow(/openedAt: March 2, 2026 is not an ISO instant/);
    // A RevueError naming the row (from 1) and the column, so a caller says it in one line.
    expect(() => ticketsFromRows([{ id: 'T5', openedAt: '2026-03-02' }, { id: 'T6', openedAt: '2026-03-02', resolvedAt: 'soon' }])).toThrow(
      expect.objectContaining({ name: 'RevueError', code: 'bad-option', row: 2, column: 'resolvedAt' }),
    );
  });
});
