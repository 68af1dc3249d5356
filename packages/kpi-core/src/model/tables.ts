import { table, type ColumnTable } from 'arquero';
import {
  ASSET_FIELDS,
  TICKET_FIELDS,
  type AssetColumns,
  type AssetRow,
  type FieldKind,
  type TicketColumns,
  type TicketRow,
} from './fields.js';

/**
 * Canonical tables are arquero tables whose columns are exactly the fields of the model:
 * strings as `(string | null)[]`, instants, dates and numbers as `Float64Array` of epoch
 * milliseconds (or plain numbers) with `NaN` for a missing value. A canonical table is always
 * materialised (no filter or ordering view), so its columns can be read directly by index.
 */
export type TicketTable = ColumnTable;
export type AssetTable = ColumnTable;

type Fields = Record<string, FieldKind>;

function emptyColumn(kind: FieldKind, length: number): (string | null)[] | Float64Array {
  return kind === 'string' ? new Array<string | null>(length).fill(null) : new Float64Array(length).fill(NaN);
}

function buildTable(fields: Fields, columns: Record<string, unknown>, length: number): ColumnTable {
  const data: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(fields)) {
    const given = columns[name] as ArrayLike<unknown> | undefined;
    if (given !== undefined && given.length !== length) {
      throw new TypeError(`column ${name} has ${given.length} values, expected ${length}`);
    }
    data[name] = given ?? emptyColumn(kind, length);
  }
  return table(data as Record<string, unknown[]>);
}

/** A ticket table from columns; absent columns are filled with missing values. */
export function ticketTable(columns: Partial<TicketColumns>, length: number): TicketTable {
  return buildTable(TICKET_FIELDS, columns, length);
}

/** An asset table from columns; absent columns are filled with missing values. */
export function assetTable(columns: Partial<AssetColumns>, length: number): AssetTable {
  return buildTable(ASSET_FIELDS, columns, length);
}

function materialised(t: ColumnTable): ColumnTable {
  return t.isFiltered() || t.isOrdered() ? t.reify() : t;
}

/** The columns of a ticket table, indexable by row number 0…n−1. */
export function ticketColumns(t: TicketTable): TicketColumns {
  const m = materialised(t);
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(TICKET_FIELDS)) out[name] = m.column(name) ?? emptyColumn('string', m.numRows());
  return out as TicketColumns;
}

/** The columns of an asset table, indexable by row number 0…n−1. */
export function assetColumns(t: AssetTable): AssetColumns {
  const m = materialised(t);
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(ASSET_FIELDS)) out[name] = m.column(name) ?? emptyColumn('string', m.numRows());
  return out as AssetColumns;
}

/** A row value as given in tests and at the API edge: instants may be ISO strings. */
type Loose<R> = { [K in keyof R]?: R[K] | string | number | null };

function instantOf(value: unknown, field: string): number {
  if (value === null || value === undefined || value === '') return NaN;
  if (typeof value === 'number') return value;
  const ms = Date.parse(String(value));
  if (Number.isNaN(ms)) throw new TypeError(`${field}: ${String(value)} is not an ISO instant`);
  return ms;
}

function fromRows(fields: Fields, rows: readonly Record<string, unknown>[]): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(fields)) {
    if (kind === 'string') {
      columns[name] = rows.map((r) => (r[name] === undefined || r[name] === null ? null : String(r[name])));
    } else {
      const col = new Float64Array(rows.length);
      rows.forEach((r, i) => (col[i] = instantOf(r[name], name)));
      columns[name] = col;
    }
  }
  return columns;
}

/** A ticket table from plain rows (instants as epoch ms or ISO strings with an offset). */
export function ticketsFromRows(rows: readonly Loose<TicketRow>[]): TicketTable {
  return ticketTable(fromRows(TICKET_FIELDS, rows) as Partial<TicketColumns>, rows.length);
}

/** An asset table from plain rows (dates as epoch ms or ISO strings). */
export function assetsFromRows(rows: readonly Loose<AssetRow>[]): AssetTable {
  return assetTable(fromRows(ASSET_FIELDS, rows) as Partial<AssetColumns>, rows.length);
}

function toRows(fields: Fields, columns: Record<string, ArrayLike<unknown>>, length: number) {
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < length; i++) {
    const row: Record<string, unknown> = {};
    for (const [name, kind] of Object.entries(fields)) {
      const v = columns[name]![i];
      row[name] = kind === 'string' ? (v ?? null) : Number.isNaN(v as number) ? null : v;
    }
    rows.push(row);
  }
  return rows;
}

/** Plain rows of a ticket table; missing values are `null`. */
export function ticketRows(t: TicketTable): TicketRow[] {
  return toRows(TICKET_FIELDS, ticketColumns(t) as never, t.numRows()) as TicketRow[];
}

/** Plain rows of an asset table; missing values are `null`. */
export function assetRows(t: AssetTable): AssetRow[] {
  return toRows(ASSET_FIELDS, assetColumns(t) as never, t.numRows()) as AssetRow[];
}

/** A new materialised table with the rows whose index passes `keep`, columns copied by type. */
export function selectRows(t: ColumnTable, keep: (row: number) => boolean): ColumnTable {
  const source = materialised(t);
  const rows: number[] = [];
  for (let i = 0, n = source.numRows(); i < n; i++) if (keep(i)) rows.push(i);
  const data: Record<string, unknown> = {};
  for (const name of source.columnNames()) {
    const column = source.column(name) as unknown as ArrayLike<unknown>;
    if (column instanceof Float64Array) {
      const copy = new Float64Array(rows.length);
      for (let j = 0; j < rows.length; j++) copy[j] = column[rows[j]!]!;
      data[name] = copy;
    } else {
      data[name] = rows.map((row) => column[row]);
    }
  }
  return table(data as Record<string, unknown[]>);
}
