/**
 * The tickets behind a drill-down, for the panel that lists them: a few plain fields of each
 * ticket, read from the table loaded in the worker. Text stays text: the page renders it with
 * text interpolation only, never as HTML.
 */
import type { TicketField } from './core.js';

/** What the drill-down panel shows of a ticket. */
export interface TicketSummary {
  id: string;
  title: string | null;
  type: string | null;
  priority: string | null;
  status: string | null;
  category: string | null;
  client: string | null;
  assetId: string | null;
  /** ISO instants; `resolvedAt` is the resolution instant (resolvedAt, else closedAt, DESIGN §5). */
  openedAt: string | null;
  resolvedAt: string | null;
}

/** Most tickets one request returns (the report lists at most 200 ids per bar). */
export const MAX_TICKETS_PER_REQUEST = 1000;

type Columns = { [F in TicketField]: ArrayLike<string | null> | Float64Array };

function text(column: ArrayLike<string | null> | Float64Array, row: number): string | null {
  const value = (column as ArrayLike<string | null>)[row];
  return value === null || value === undefined ? null : String(value);
}

function instant(column: ArrayLike<string | null> | Float64Array, row: number): string | null {
  const value = (column as Float64Array)[row]!;
  return Number.isFinite(value) ? new Date(value).toISOString() : null;
}

/**
 * The tickets with the given ids, in the order of `ids` (an id not in the table is left out; a
 * repeated id of the table gives its first row), at most {@link MAX_TICKETS_PER_REQUEST}.
 *
 * @example
 * ticketSummaries(ticketColumns(table), ['1002', '1001']); // → [{ id: '1002', title: 'Accès au dossier…', … }, { id: '1001', … }]
 */
export function ticketSummaries(columns: Columns, ids: readonly string[]): TicketSummary[] {
  const wanted = new Map<string, number>();
  for (const id of ids.slice(0, MAX_TICKETS_PER_REQUEST)) if (!wanted.has(id)) wanted.set(id, -1);
  const idColumn = columns.id as ArrayLike<string | null>;
  let missing = wanted.size;
  for (let row = 0; row < idColumn.length && missing > 0; row++) {
    const id = idColumn[row];
    if (id !== null && id !== undefined && wanted.get(id) === -1) {
      wanted.set(id, row);
      missing--;
    }
  }
  const out: TicketSummary[] = [];
  for (const [id, row] of wanted) {
    if (row < 0) continue;
    const resolved = instant(columns.resolvedAt, row);
    out.push({
      id,
      title: text(columns.title, row),
      type: text(columns.type, row),
      priority: text(columns.priority, row),
      status: text(columns.status, row),
      category: text(columns.category, row),
      client: text(columns.client, row),
      assetId: text(columns.assetId, row),
      openedAt: instant(columns.openedAt, row),
      resolvedAt: resolved ?? instant(columns.closedAt, row),
    });
  }
  return out;
}
