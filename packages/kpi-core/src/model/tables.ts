import {
  ASSET_FIELDS,
  MEASURED_TICKET_FIELDS,
  TICKET_FIELDS,
  type AssetColumns,
  type AssetRow,
  type FieldKind,
  type TicketColumns,
  type TicketRow,
} from './fields.js';
import { RevueError } from '../internal/errors.js';

/** A stored column: text as `(string | null)[]`, instants, dates and numbers as `Float64Array`. */
export type Column = (string | null)[] | Float64Array;

/**
 * A canonical table: the columns of the model (DESIGN §2), all of one length, read by row index.
 * Text is `(string | null)[]`; instants, dates and numbers are `Float64Array`s of epoch
 * milliseconds (or plain numbers) with `NaN` for a missing value. Immutable by convention: the
 * readers build it once and the KPIs only read it.
 *
 * Until 0.1 this was an arquero table. Revue never used arquero's verbs (the KPIs read the
 * columns by index), and arquero brought a dependency the registry could not install and types
 * that failed a strict `tsc`; the methods Revue and its users call keep arquero's names and
 * meaning (`numRows`, `column`, `columnNames`, `get`). For arquero's verbs, wrap the columns:
 * `aq.table(ticketColumns(t))`.
 *
 * @example
 * const t = ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T08:00:00Z' }]);
 * t.numRows();                 // 1
 * t.column('openedAt')[0];     // Date.UTC(2026, 2, 2, 8)
 * t.get('id', 0);              // 'T1'
 */
export class Table<C extends Record<string, Column> = Record<string, Column>> {
  readonly #columns: C;
  readonly #rows: number;

  /** Columns of equal length; `rows` is checked against each. */
  constructor(columns: C, rows: number) {
    for (const [name, column] of Object.entries(columns)) {
      if (column.length !== rows) throw new TypeError(`column ${name} has ${column.length} values, expected ${rows}`);
    }
    this.#columns = columns;
    this.#rows = rows;
  }

  /** The number of rows. */
  numRows(): number {
    return this.#rows;
  }

  /** The number of columns. */
  numCols(): number {
    return Object.keys(this.#columns).length;
  }

  /** The column names, in the model's order. */
  columnNames(): string[] {
    return Object.keys(this.#columns);
  }

  /** A column by name (the stored array itself: do not write to it), or undefined. */
  column<K extends keyof C & string>(name: K): C[K];
  column(name: string): Column | undefined;
  column(name: string): Column | undefined {
    return Object.prototype.hasOwnProperty.call(this.#columns, name) ? this.#columns[name] : undefined;
  }

  /** The value of a column at a row (default 0), as stored: `null` or `NaN` when missing. */
  get(name: string, row = 0): string | number | null | undefined {
    return this.column(name)?.[row];
  }
}

/** The canonical ticket table (columns: `TICKET_FIELDS`). */
export type TicketTable = Table<TicketColumns>;
/** The canonical asset table (columns: `ASSET_FIELDS`). */
export type AssetTable = Table<AssetColumns>;

type Fields = Record<string, FieldKind>;

function emptyColumn(kind: FieldKind, length: number): (string | null)[] | Float64Array {
  return kind === 'string' ? new Array<string | null>(length).fill(null) : new Float64Array(length).fill(NaN);
}

function buildTable(fields: Fields, columns: Record<string, unknown>, length: number, measured: Fields = {}): Table {
  const data: Record<string, Column> = {};
  for (const [name, kind] of Object.entries(fields)) {
    const given = columns[name] as Column | undefined;
    if (given !== undefined && given.length !== length) {
      throw new TypeError(`column ${name} has ${given.length} values, expected ${length}`);
    }
    data[name] = given ?? emptyColumn(kind, length);
  }
  // A measured column only when it was measured: tables without it stay as they were.
  for (const name of Object.keys(measured)) {
    const given = columns[name] as Column | undefined;
    if (given === undefined) continue;
    if (given.length !== length) throw new TypeError(`column ${name} has ${given.length} values, expected ${length}`);
    data[name] = given;
  }
  return new Table(data, length);
}

/**
 * A ticket table from columns; absent columns of `TICKET_FIELDS` are filled with missing values,
 * a `MEASURED_TICKET_FIELDS` column is kept when given.
 */
export function ticketTable(columns: Partial<TicketColumns>, length: number): TicketTable {
  return buildTable(TICKET_FIELDS, columns, length, MEASURED_TICKET_FIELDS) as TicketTable;
}

/** An asset table from columns; absent columns are filled with missing values. */
export function assetTable(columns: Partial<AssetColumns>, length: number): AssetTable {
  return buildTable(ASSET_FIELDS, columns, length) as AssetTable;
}

/** The columns of a ticket table, indexable by row number 0…n−1. */
export function ticketColumns(t: TicketTable): TicketColumns {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(TICKET_FIELDS)) out[name] = t.column(name) ?? emptyColumn('string', t.numRows());
  for (const name of Object.keys(MEASURED_TICKET_FIELDS)) {
    const column = t.column(name);
    if (column !== undefined) out[name] = column;
  }
  return out as TicketColumns;
}

/** The columns of an asset table, indexable by row number 0…n−1. */
export function assetColumns(t: AssetTable): AssetColumns {
  const out: Record<string, unknown> = {};
  for (const name of Object.keys(ASSET_FIELDS)) out[name] = t.column(name) ?? emptyColumn('string', t.numRows());
  return out as AssetColumns;
}

/** A row value as given in tests and at the API edge: instants may be ISO strings. */
type Loose<R> = { [K in keyof R]?: R[K] | string | number | null };

/**
 * A date alone (UTC midnight, as `Date.parse` reads it) or a date-time with `Z` or an offset: the
 * only ISO texts whose instant does not depend on the machine's zone. `Date.parse` would read a
 * date-time without an offset, or a text such as `March 2, 2026`, in the machine's zone, and a
 * table has no policy zone to read them in: they are refused.
 */
const ZONE_FREE = /^\d{4}-\d{2}-\d{2}(?:$|[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$)/i;

/** `row` counts from 1 (the first row given), as a RevueError's row does. */
function instantOf(value: unknown, field: string, row: number): number {
  if (value === null || value === undefined || value === '') return NaN;
  if (typeof value === 'number') return value;
  const text = String(value);
  const ms = ZONE_FREE.test(text) ? Date.parse(text) : NaN;
  if (Number.isNaN(ms)) throw new RevueError('bad-option', `${field}: ${text} is not an ISO instant with Z or an offset (or a date alone)`, { row, column: field });
  return ms;
}

function fromRows(fields: Fields, rows: readonly Record<string, unknown>[]): Record<string, unknown> {
  const columns: Record<string, unknown> = {};
  for (const [name, kind] of Object.entries(fields)) {
    if (kind === 'string') {
      columns[name] = rows.map((r) => (r[name] === undefined || r[name] === null ? null : String(r[name])));
    } else {
      const col = new Float64Array(rows.length);
      rows.forEach((r, i) => (col[i] = instantOf(r[name], name, i + 1)));
      columns[name] = col;
    }
  }
  return columns;
}

/**
 * A ticket table from plain rows (instants as epoch ms or ISO strings with an offset); a measured
 * field (`pauses`) makes a column when some row gives it.
 */
export function ticketsFromRows(rows: readonly Loose<TicketRow>[]): TicketTable {
  const measured = Object.fromEntries(Object.entries(MEASURED_TICKET_FIELDS).filter(([name]) => rows.some((row) => Object.hasOwn(row, name))));
  return ticketTable(fromRows({ ...TICKET_FIELDS, ...measured }, rows) as Partial<TicketColumns>, rows.length);
}

/** An asset table from plain rows (dates as epoch ms, ISO dates, or ISO instants with an offset). */
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

/** Plain rows of a ticket table; missing values are `null`; a measured field when the table has it. */
export function ticketRows(t: TicketTable): TicketRow[] {
  const measured = Object.fromEntries(Object.entries(MEASURED_TICKET_FIELDS).filter(([name]) => t.column(name) !== undefined));
  return toRows({ ...TICKET_FIELDS, ...measured }, ticketColumns(t) as never, t.numRows()) as TicketRow[];
}

/** Plain rows of an asset table; missing values are `null`. */
export function assetRows(t: AssetTable): AssetRow[] {
  return toRows(ASSET_FIELDS, assetColumns(t) as never, t.numRows()) as AssetRow[];
}

/** A new table with the rows whose index passes `keep`, columns copied by type. */
export function selectRows<T extends Table>(t: T, keep: (row: number) => boolean): T {
  const rows: number[] = [];
  for (let i = 0, n = t.numRows(); i < n; i++) if (keep(i)) rows.push(i);
  const data: Record<string, Column> = {};
  for (const name of t.columnNames()) {
    const column = t.column(name)!;
    if (column instanceof Float64Array) {
      const copy = new Float64Array(rows.length);
      for (let j = 0; j < rows.length; j++) copy[j] = column[rows[j]!]!;
      data[name] = copy;
    } else {
      data[name] = rows.map((row) => column[row] ?? null);
    }
  }
  return new Table(data, rows.length) as T;
}
