/**
 * Work the KPIs of one review share: the ticket columns read once into typed arrays (instants
 * floored to the minute, incident flags), string columns numbered (client codes, group keys),
 * the rows each period can involve, rows grouped by asset or key in opening order, and the asset
 * side (asset row of each ticket, in-service dates, end of useful life: `index/asset-side.ts`). `buildReport` prepares a
 * review once and hands it to every KPI of the period and of the previous period; a KPI called
 * alone prepares what it needs.
 *
 * Every part is computed on first use and kept. Nothing here changes a figure: the KPIs visit the
 * same rows in the same (table) order as a full scan would, so even floating-point sums are
 * identical.
 */
import { stringOrder } from '../internal/order.js';
import { floorToMinute } from '../internal/time.js';
import type { AssetColumns, TicketColumns, TicketField } from '../model/fields.js';
import { ticketColumns, type AssetTable, type TicketTable } from '../model/tables.js';
import { policyFor } from '../policy/parse.js';
import type { Policy } from '../policy/types.js';
import { groupKey, isIncidentType, NONE_KEY, recordedAssetCosts, recordedColumns, resolutionAt } from './common.js';
import { AssetSide, type AssetUse, type PreparedAssets } from './index/asset-side.js';
import { GroupSums, MapSums, type GroupCodes, type KeySums } from './index/key-sums.js';
import { orderBy, sortByOpening } from './index/order.js';
import { RangeRows } from './index/range-rows.js';
import type { RecordedAssetCosts, RecordedColumns, ReviewData, SharedReviewWork } from './types.js';

/** The ticket fields held as strings. */
export type StringTicketField = { [F in TicketField]: TicketColumns[F] extends Float64Array ? never : F }[TicketField];

// The asset side's types, where the KPIs have always imported them from.
export type { AssetUse, PreparedAssets } from './index/asset-side.js';

/**
 * A part of the review index that one KPI (or a few) computes from a preparation and shares
 * across periods: declared once, beside the code that uses it, with its type and its computation
 * bound together. A preparation computes each part on first use ({@link PreparedReview.part});
 * parts are told apart by identity, never by a name, so two can never collide.
 */
export interface IndexPart<T> {
  /** What the part holds, for people reading a profile or a debugger. */
  readonly name: string;
  readonly compute: (prepared: PreparedReview) => T;
}

/**
 * Declares an {@link IndexPart}.
 *
 * @example
 * const SPAN = indexPart('opening span', (prepared) => openingSpan(prepared.opened));
 * prepareReview(data, asOf).part(SPAN); // => { first: …, last: … }, computed once per preparation
 */
export function indexPart<T>(name: string, compute: (prepared: PreparedReview) => T): IndexPart<T> {
  return Object.freeze({ name, compute });
}

/**
 * The shared work of one review: the data, the policy and `asOf` it was prepared for, and lazily
 * built indexes. Create it with {@link prepareReview}; a KPI given one for other data or another
 * `asOf` ignores it.
 */
export class PreparedReview implements SharedReviewWork {
  readonly tickets: TicketTable;
  readonly assets: AssetTable | null;
  readonly policy: Policy;
  /** `asOf` floored to the minute. */
  readonly asOf: number;
  readonly columns: TicketColumns;
  readonly rows: number;
  /** `openedAt` floored to the minute; NaN when missing. */
  readonly opened: Float64Array;
  /**
   * The resolution instant (`resolvedAt`, else `closedAt`) floored to the minute; NaN while open,
   * for a ticket whose `statusClass` says it is open or pending (whatever its dates say), and for
   * a ticket closed at an unknown time (see {@link endUnknown}).
   */
  readonly resolution: Float64Array;
  /** 1 for an incident (`type` incident or missing). */
  readonly incident: Uint8Array;
  /** 1 for a ticket whose `statusClass` is `cancelled`. */
  readonly cancelled: Uint8Array;
  /**
   * 1 for a ticket *closed at an unknown time* (DESIGN §3): its `statusClass` is resolved, closed
   * or cancelled but it has neither `resolvedAt` nor `closedAt`. It is never open; its durations
   * are unknown. With {@link PrepareOptions.endsUnknown}, also every ticket with neither a status
   * class nor a resolution instant: the export does not say whether it ended.
   */
  readonly endUnknown: Uint8Array;
  /**
   * 1 for an incident that counts in SLA, recurrence, reliability and lost hours: an incident
   * that is not cancelled (cancelled tickets only count in volumes, DESIGN §3).
   */
  readonly activeIncident: Uint8Array;
  /**
   * Whether several KPIs share this preparation (`prepareReview`, or this constructor): a column
   * is then numbered once for all of them. The preparation a KPI called alone makes for itself is
   * not shared: it keys just the rows that KPI visits where numbering a whole column costs more.
   */
  readonly shared: boolean;

  #byOpened: { readonly rows: Int32Array; readonly sorted: Float64Array } | null = null;
  #endAt: Float64Array | null = null;
  readonly #openedIn = new RangeRows();
  readonly #overlapping = new RangeRows();
  readonly #stringCodes = new Map<StringTicketField, { readonly codes: Int32Array; readonly values: readonly string[] }>();
  readonly #groups = new Map<StringTicketField, GroupCodes>();
  #clientPolicies: readonly Policy[] | null = null;
  /** The asset side of the index, computed on first use. */
  readonly #assets = new AssetSide(this);
  #recorded: RecordedColumns | null = null;
  #assetCosts: RecordedAssetCosts | null = null;
  readonly #parts = new Map<IndexPart<unknown>, unknown>();
  /** See {@link PrepareOptions.storedAssets}. */
  readonly storedAssets: ReadonlySet<string>;

  constructor(data: ReviewData, asOf: number, shared = true, endsUnknown = false, storedAssets: ReadonlySet<string> = new Set()) {
    this.shared = shared;
    this.storedAssets = storedAssets;
    this.tickets = data.tickets;
    this.assets = data.assets ?? null;
    this.policy = data.policy;
    this.asOf = floorToMinute(asOf);
    const columns = ticketColumns(data.tickets);
    this.columns = columns;
    const rows = data.tickets.numRows();
    this.rows = rows;
    const opened = new Float64Array(rows);
    const resolution = new Float64Array(rows);
    const incident = new Uint8Array(rows);
    const cancelled = new Uint8Array(rows);
    const endUnknown = new Uint8Array(rows);
    const activeIncident = new Uint8Array(rows);
    const openedAt = columns.openedAt;
    const types = columns.type;
    const classes = columns.statusClass;
    for (let row = 0; row < rows; row++) {
      opened[row] = floorToMinute(openedAt[row]!);
      const type = types[row];
      const isIncident = isIncidentType(type) ? 1 : 0;
      incident[row] = isIncident;
      const statusClass = classes[row];
      let end = floorToMinute(resolutionAt(columns, row));
      if (statusClass === 'open' || statusClass === 'pending') {
        // The status says what holds at export time: an open ticket with a resolution date was
        // reopened since (documented in the README).
        end = NaN;
      } else if (statusClass === 'resolved' || statusClass === 'closed' || statusClass === 'cancelled') {
        if (statusClass === 'cancelled') cancelled[row] = 1;
        if (end !== end) endUnknown[row] = 1;
      } else if (endsUnknown && end !== end) {
        // An export that maps no status, resolution or closing column (report/end-state.ts): an
        // empty resolution says nothing, so the ticket is not taken as open. Its response without
        // a first-response time is then unknown, not breached up to asOf.
        endUnknown[row] = 1;
      }
      resolution[row] = end;
      activeIncident[row] = isIncident === 1 && cancelled[row] === 0 ? 1 : 0;
    }
    this.opened = opened;
    this.resolution = resolution;
    this.incident = incident;
    this.cancelled = cancelled;
    this.endUnknown = endUnknown;
    this.activeIncident = activeIncident;
  }

  /** Whether this preparation was made for `data` and `asOf` (same tables and policy objects). */
  fits(data: ReviewData, asOf: number): boolean {
    return this.tickets === data.tickets && this.assets === (data.assets ?? null) && this.policy === data.policy && this.asOf === floorToMinute(asOf);
  }

  /** The columns this preparation's tickets record (`recordedColumns`), or `given` when a caller knows better. */
  recorded(given?: RecordedColumns): RecordedColumns {
    const assetCosts = () => (this.#assetCosts ??= recordedAssetCosts(this.assets));
    const recorded = given ?? (this.#recorded ??= { ...recordedColumns(this.tickets), assetCosts: assetCosts() });
    return recorded.assetCosts === undefined ? { ...recorded, assetCosts: assetCosts() } : recorded;
  }

  /**
   * The value of an index part ({@link indexPart}) for this preparation: computed on first use,
   * then kept. Parts are told apart by identity, so two parts never share a value.
   */
  part<T>(part: IndexPart<T>): T {
    if (this.#parts.has(part)) return this.#parts.get(part) as T;
    const value = part.compute(this);
    this.#parts.set(part, value);
    return value;
  }

  /** Rows with an opening instant, ordered by it (ties by row), and those instants. */
  byOpened(): { readonly rows: Int32Array; readonly sorted: Float64Array } {
    return (this.#byOpened ??= orderBy(this.opened, () => true));
  }

  /**
   * Rows whose floored opening instant is in `[start, end)`, in table order. The array is shared:
   * do not modify it.
   */
  openedIn(start: number, end: number): Int32Array {
    return this.#openedIn.get(start, end, () => {
      // One pass in table order: cheaper than sorting every row by opening for a couple of periods.
      const opened = this.opened;
      const found: number[] = [];
      for (let row = 0; row < this.rows; row++) {
        const at = opened[row]!;
        if (at >= start && at < end) found.push(row); // NaN: neither
      }
      return Int32Array.from(found);
    });
  }

  /**
   * The rows with an opening instant and a bucket (`bucketOf[row]` in `[0, buckets)`; −1: none),
   * only those with `only[row] === 1` when given, grouped by bucket — `members[start[b],
   * start[b + 1])` — each group ordered by opening, then row; and the opening instant of each
   * member. Built in table order (each group then sorted on its own), which reads the columns in
   * sequence instead of in opening order.
   */
  bucketByOpening(bucketOf: Int32Array, buckets: number, only?: Uint8Array): { start: Int32Array; members: Int32Array; opened: Float64Array } {
    const opened = this.opened;
    // The bucket of each row: −1 when it has none, is left out, or has no opening instant (NaN).
    const bucketAt = new Int32Array(this.rows);
    const start = new Int32Array(buckets + 1);
    for (let row = 0; row < this.rows; row++) {
      const bucket = (only !== undefined && only[row] !== 1) || Number.isNaN(opened[row]!) ? -1 : bucketOf[row]!;
      bucketAt[row] = bucket;
      if (bucket >= 0) start[bucket + 1]!++;
    }
    for (let b = 0; b < buckets; b++) start[b + 1]! += start[b]!;
    const count = start[buckets]!;
    const members = new Int32Array(count);
    const memberOpened = new Float64Array(count);
    const fill = start.slice(0, buckets);
    for (let row = 0; row < this.rows; row++) {
      const bucket = bucketAt[row]!;
      if (bucket < 0) continue;
      const at = fill[bucket]!++;
      members[at] = row;
      memberOpened[at] = opened[row]!;
    }
    for (let b = 0; b < buckets; b++) sortByOpening(members, memberOpened, start[b]!, start[b + 1]!);
    return { start, members, opened: memberOpened };
  }

  /**
   * Each ticket's end at `asOf`: its resolution instant when at or before asOf, else asOf (NaN
   * without an opening instant, or when closed at an unknown time).
   */
  endAt(): Float64Array {
    if (this.#endAt === null) {
      const end = new Float64Array(this.rows);
      const asOf = this.asOf;
      for (let row = 0; row < this.rows; row++) {
        const resolved = this.resolution[row]!;
        end[row] = this.opened[row] !== this.opened[row] || this.endUnknown[row] === 1 ? NaN : resolved <= asOf ? resolved : asOf;
      }
      this.#endAt = end;
    }
    return this.#endAt;
  }

  /**
   * Active incidents ({@link activeIncident}) with an opening instant whose {@link endAt} is
   * after `start` and that were opened before `end`, in table order: every incident whose
   * `[opened, end)` can meet `[start, end)`; and those closed at an unknown time opened in
   * `[start, end)` (their end cannot be placed; the KPIs count them apart). The array is shared:
   * do not modify it.
   */
  incidentsOverlapping(start: number, end: number): Int32Array {
    return this.#overlapping.get(start, end, () => {
      // One pass in table order: linear, and cheaper than keeping the incidents sorted by end for
      // a couple of periods.
      const { asOf, opened, resolution, activeIncident, endUnknown } = this;
      const found: number[] = [];
      for (let row = 0; row < this.rows; row++) {
        // `!(opened < end)` also leaves out a missing opening instant (NaN).
        if (activeIncident[row] !== 1 || !(opened[row]! < end)) continue;
        if (endUnknown[row] === 1) {
          if (opened[row]! >= start) found.push(row);
          continue;
        }
        const resolved = resolution[row]!;
        if ((resolved <= asOf ? resolved : asOf) > start) found.push(row); // endAt > start
      }
      return Int32Array.from(found);
    });
  }

  /**
   * A string column as codes: each distinct value numbered in order of first appearance
   * (`values[code]`), −1 for a missing value. Shared: do not modify.
   */
  stringCodes(field: StringTicketField): { readonly codes: Int32Array; readonly values: readonly string[] } {
    let coded = this.#stringCodes.get(field);
    if (coded === undefined) {
      const codes = new Int32Array(this.rows);
      const values: string[] = [];
      const byValue = new Map<string, number>();
      const column = this.columns[field];
      let last: string | null = null;
      let lastCode = -1;
      for (let row = 0; row < this.rows; row++) {
        const value = column[row];
        if (value === null || value === undefined) {
          codes[row] = -1;
          continue;
        }
        if (value === last) {
          codes[row] = lastCode;
          continue;
        }
        let code = byValue.get(value);
        if (code === undefined) {
          code = values.length;
          byValue.set(value, code);
          values.push(value);
        }
        codes[row] = code;
        last = value;
        lastCode = code;
      }
      coded = { codes, values };
      this.#stringCodes.set(field, coded);
    }
    return coded;
  }

  /** A string column as group keys (see {@link GroupCodes}). */
  groups(field: StringTicketField): GroupCodes {
    let grouped = this.#groups.get(field);
    if (grouped === undefined) {
      const { codes, values } = this.stringCodes(field);
      // The values are distinct: each is its own group, but for '' and `(none)` itself, which
      // `groupKey` puts with the missing values.
      const keys: string[] = [NONE_KEY];
      const groupOfValue = new Int32Array(values.length);
      for (let v = 0; v < values.length; v++) {
        const key = groupKey(values[v]);
        if (key === NONE_KEY) groupOfValue[v] = 0;
        else {
          groupOfValue[v] = keys.length;
          keys.push(key);
        }
      }
      const ofRow = new Int32Array(this.rows);
      for (let row = 0; row < this.rows; row++) {
        const v = codes[row]!;
        ofRow[row] = v < 0 ? 0 : groupOfValue[v]!;
      }
      grouped = { ofRow, keys, sorted: stringOrder(keys) };
      this.#groups.set(field, grouped);
    }
    return grouped;
  }

  /**
   * Sums per group key of a string column ({@link KeySums}): by its numbered {@link groups} when
   * this preparation is shared or has them already, else in a map keyed by the rows' group keys.
   */
  sumsBy(field: StringTicketField): KeySums {
    return this.shared || this.#groups.has(field) ? new GroupSums(this.groups(field)) : new MapSums(this.columns[field]);
  }

  /** Client code of each ticket (−1 without a client) and the client names by code. */
  clients(): { readonly codes: Int32Array; readonly names: readonly string[] } {
    const { codes, values } = this.stringCodes('client');
    return { codes, names: values };
  }

  /** The policy of each client code (`policyFor`), index `code + 1` (0: no client). */
  clientPolicies(): readonly Policy[] {
    if (this.#clientPolicies === null) {
      const { names } = this.clients();
      this.#clientPolicies = [policyFor(this.policy, null), ...names.map((name) => policyFor(this.policy, name))];
    }
    return this.#clientPolicies;
  }

  /** The effective assets (`effectiveAssets`) and their columns. */
  effective(): { assets: AssetTable; source: 'file' | 'tickets'; columns: AssetColumns } {
    return this.#assets.effective();
  }

  /**
   * The asset index of `assetIndex(data, usesAsset)` for the three uses the KPIs make of it (see
   * {@link AssetSide.assetIndex}), with each ticket's asset row. Shared: do not modify.
   */
  assetIndex(use: AssetUse): PreparedAssets {
    return this.#assets.assetIndex(use);
  }

  /** For each asset file row: the end of its useful life (see {@link AssetSide.lifeEnds}). */
  lifeEnds(): Float64Array {
    return this.#assets.lifeEnds();
  }

  /** For each asset file row: 1 when its useful life is the policy's default (see {@link AssetSide.lifeDefaulted}). */
  lifeDefaulted(): Uint8Array {
    return this.#assets.lifeDefaulted();
  }
}

/**
 * Prepares the work the KPIs of one review share (see {@link PreparedReview}); pass it as the
 * `prepared` option of each KPI over the same `data` and `asOf` to compute those parts once.
 *
 * @example
 * const prepared = prepareReview(data, asOf);
 * const sla = slaAdherence(data, { period, asOf, prepared });
 * const lost = lostHours(data, { period: previous, asOf, prepared }); // reuses the same indexes
 */
export function prepareReview(data: ReviewData, asOf: number, options: PrepareOptions = {}): PreparedReview {
  return new PreparedReview(data, asOf, true, options.endsUnknown === true, options.storedAssets);
}

/** How {@link prepareReview} reads the tickets' ends. */
export interface PrepareOptions {
  /**
   * The export says nothing of how tickets ended (no status, resolution or closing column,
   * report/end-state.ts): a ticket without a status class or a resolution instant is taken as
   * ended at an unknown time (DESIGN §3) rather than open.
   */
  endsUnknown?: boolean;
  /**
   * Ids of assets out of service by their status with no date (in stock, spare: the report's
   * `retiredWithoutDate` entries with `notInService`), whose `retiredDate` in the data is the end
   * of their service as their tickets show it, not of their ownership: the TCO's depreciation,
   * contracts and licences run on over the period as for an asset without a retirement date
   * (DESIGN §5: the asset costs follow the asset's dates, not its tickets).
   */
  storedAssets?: ReadonlySet<string>;
}

/** `given` when it was prepared for `data` and `asOf`, else a new preparation. */
export function preparedFor(data: ReviewData, asOf: number, given: SharedReviewWork | undefined): PreparedReview {
  return given instanceof PreparedReview && given.fits(data, asOf) ? given : new PreparedReview(data, asOf, false);
}
