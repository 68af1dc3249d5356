/**
 * The asset side of the review index (`PreparedReview` in kpi/prepared.ts): the effective assets, each ticket's
 * asset row for the three uses the KPIs make of the asset index, and each asset's end of useful
 * life. Built on first use from the ticket side (the asset id codes, the client codes, the
 * incident flags) and kept for every KPI of both periods; `PreparedReview` hands out its parts.
 */
import { policyFor } from '../../policy/parse.js';
import type { Policy } from '../../policy/types.js';
import type { AssetColumns } from '../../model/fields.js';
import { assetColumns, type AssetTable, type TicketTable } from '../../model/tables.js';
import { addLocalMonths, effectiveAssets, usefulLifeIsDefault, usefulLifeOf, type AssetIndex } from '../assets.js';

/** Which tickets may add an asset id missing from the asset file (see `assetIndex`). */
export type AssetUse = 'all' | 'incidents' | 'none';

/** An {@link AssetIndex} with the asset row of every ticket (−1: no asset id, or not in the index). */
export interface PreparedAssets extends AssetIndex {
  readonly ticketAsset: Int32Array;
  /** 1 for the first row of each non-empty id (the row `rowOf` points to). */
  readonly primary: Uint8Array;
}

/**
 * What the asset side reads of the ticket side (a `PreparedReview`, named by these members only:
 * importing it would make an import cycle).
 */
export interface TicketSide {
  readonly tickets: TicketTable;
  readonly assets: AssetTable | null;
  readonly policy: Policy;
  readonly rows: number;
  /** 1 for an incident that is not cancelled. */
  readonly activeIncident: Uint8Array;
  /** The asset ids numbered in order of first appearance (−1: none). */
  stringCodes(field: 'assetId'): { readonly codes: Int32Array; readonly values: readonly string[] };
  /** Client code of each ticket (−1 without a client) and the client names by code. */
  clients(): { readonly codes: Int32Array; readonly names: readonly string[] };
}

/** The asset side of one review index; every part is computed on first use and kept. */
export class AssetSide {
  readonly #review: TicketSide;
  #effective: { assets: AssetTable; source: 'file' | 'tickets'; columns: AssetColumns } | null = null;
  #assetBase: {
    ids: string[];
    types: (string | null)[];
    clients: (string | null)[];
    rowOf: Map<string, number>;
    primary: Uint8Array;
    /** File row of each ticket, or −2 − k for the k-th unknown id, or −1 without an id. */
    ticketCode: Int32Array;
    unknownIds: string[];
    unknownClients: Map<string, string | null>;
  } | null = null;
  readonly #assetIndexes = new Map<AssetUse, PreparedAssets>();
  #lifeEnds: Float64Array | null = null;
  #lifeDefaulted: Uint8Array | null = null;

  constructor(review: TicketSide) {
    this.#review = review;
  }

  /** The effective assets (`effectiveAssets`) and their columns. */
  effective(): { assets: AssetTable; source: 'file' | 'tickets'; columns: AssetColumns } {
    if (this.#effective === null) {
      const effective = effectiveAssets({ tickets: this.#review.tickets, assets: this.#review.assets, policy: this.#review.policy });
      this.#effective = { ...effective, columns: assetColumns(effective.assets) };
    }
    return this.#effective;
  }

  #base() {
    if (this.#assetBase === null) {
      const { columns, source } = this.effective();
      const fileRows = columns.id.length;
      const ids: string[] = [];
      const types: (string | null)[] = [];
      const clients: (string | null)[] = [];
      const rowOf = new Map<string, number>();
      const primary = new Uint8Array(fileRows);
      for (let row = 0; row < fileRows; row++) {
        const id = columns.id[row] ?? '';
        ids.push(id);
        types.push(columns.type[row] ?? null);
        clients.push(columns.client[row] ?? null);
        if (id !== '' && rowOf.get(id) === undefined) {
          rowOf.set(id, row);
          primary[row] = 1;
        }
      }
      // Each distinct asset id once: its file row, or its number among the unknown ids (in
      // order of first appearance), or none for ''.
      const { codes: idCodes, values: idValues } = this.#review.stringCodes('assetId');
      const codeOfValue = new Int32Array(idValues.length);
      const unknownIds: string[] = [];
      for (let v = 0; v < idValues.length; v++) {
        const id = idValues[v]!;
        const row = id === '' ? -1 : rowOf.get(id);
        if (row !== undefined) codeOfValue[v] = row;
        else if (source === 'file') {
          codeOfValue[v] = -2 - unknownIds.length;
          unknownIds.push(id);
        } else codeOfValue[v] = -1;
      }
      const ticketCode = new Int32Array(this.#review.rows);
      for (let row = 0; row < this.#review.rows; row++) {
        const v = idCodes[row]!;
        ticketCode[row] = v < 0 ? -1 : codeOfValue[v]!;
      }
      const unknownClients = this.#unknownAssetClients(ticketCode, unknownIds);
      this.#assetBase = { ids, types, clients, rowOf, primary, ticketCode, unknownIds, unknownClients };
    }
    return this.#assetBase;
  }

  /**
   * `ticketAssetClients(columns, unknownIds)` on codes: for each unknown id, the most frequent
   * non-empty client of its tickets (ties: the alphabetically first), or null.
   */
  #unknownAssetClients(ticketCode: Int32Array, unknownIds: readonly string[]): Map<string, string | null> {
    const out = new Map<string, string | null>();
    if (unknownIds.length === 0) return out;
    const { codes: clientCodes, names } = this.#review.clients();
    const clientCount = names.length;
    const counts = new Map<number, number>();
    for (let row = 0; row < this.#review.rows; row++) {
      const code = ticketCode[row]!;
      if (code > -2) continue;
      const client = clientCodes[row]!;
      if (client < 0 || names[client] === '') continue;
      const key = (-2 - code) * clientCount + client;
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    const best = new Int32Array(unknownIds.length).fill(-1);
    const bestCount = new Float64Array(unknownIds.length);
    for (const [key, count] of counts) {
      const unknown = Math.floor(key / clientCount);
      const client = key - unknown * clientCount;
      const current = best[unknown]!;
      if (count > bestCount[unknown]! || (count === bestCount[unknown]! && names[client]! < names[current]!)) {
        best[unknown] = client;
        bestCount[unknown] = count;
      }
    }
    unknownIds.forEach((id, unknown) => out.set(id, best[unknown] === -1 ? null : names[best[unknown]!]!));
    return out;
  }

  /**
   * The asset index of `assetIndex(data, usesAsset)` for the three uses the KPIs make of it —
   * `all` tickets, `incidents` only (cancelled ones excepted: they are no failure), `none` — with
   * each ticket's asset row. Shared: do not modify.
   */
  assetIndex(use: AssetUse): PreparedAssets {
    let index = this.#assetIndexes.get(use);
    if (index !== undefined) return index;
    const { columns, source } = this.effective();
    const base = this.#base();
    const fileRows = columns.id.length;
    const unknownIds: string[] = [];
    // Row of each unknown code in this index (−1 when this use leaves it out).
    const unknownRow = new Int32Array(base.unknownIds.length).fill(-1);
    const ticketCode = base.ticketCode;
    if (use !== 'none') {
      for (let row = 0; row < this.#review.rows; row++) {
        const code = ticketCode[row]!;
        if (code > -2 || (use === 'incidents' && this.#review.activeIncident[row] !== 1)) continue;
        const unknown = -2 - code;
        if (unknownRow[unknown] !== -1) continue;
        unknownRow[unknown] = fileRows + unknownIds.length;
        unknownIds.push(base.unknownIds[unknown]!);
      }
    }
    // Uses that add the same unknown ids (often all of them, or none) have the same index.
    for (const built of this.#assetIndexes.values()) {
      if (built.unknownIds.length === unknownIds.length && built.unknownIds.every((id, k) => id === unknownIds[k])) {
        this.#assetIndexes.set(use, built);
        return built;
      }
    }
    // Without unknown ids the file's lists serve as they are (the index is shared, never modified).
    const extended = unknownIds.length > 0;
    const ids = extended ? base.ids.slice() : base.ids;
    const types = extended ? base.types.slice() : base.types;
    const clients = extended ? base.clients.slice() : base.clients;
    for (const id of unknownIds) {
      ids.push(id);
      types.push(null);
      clients.push(base.unknownClients.get(id) ?? null);
    }
    const ticketAsset = new Int32Array(this.#review.rows);
    for (let row = 0; row < this.#review.rows; row++) {
      const code = ticketCode[row]!;
      ticketAsset[row] = code >= 0 ? code : code === -1 ? -1 : unknownRow[-2 - code]!;
    }
    const primary = new Uint8Array(ids.length);
    primary.set(base.primary);
    primary.fill(1, fileRows);
    // `rowOf` with the unknown ids added is a copy of the file's map: made on first use only, as
    // the KPIs go by `ticketAsset`.
    let rowOf: Map<string, number> | null = extended ? null : base.rowOf;
    index = {
      source,
      count: ids.length,
      fileRows,
      columns,
      ids,
      types,
      clients,
      get rowOf(): Map<string, number> {
        if (rowOf === null) {
          rowOf = new Map(base.rowOf);
          for (let k = 0; k < unknownIds.length; k++) rowOf.set(unknownIds[k]!, fileRows + k);
        }
        return rowOf;
      },
      unknownIds,
      ticketAsset,
      primary,
    };
    this.#assetIndexes.set(use, index);
    return index;
  }

  /**
   * For each asset file row: the end of its useful life, `addLocalMonths(inService, usefulLife)`
   * with the policy of the asset's client (NaN without an in-service or purchase date).
   */
  lifeEnds(): Float64Array {
    if (this.#lifeEnds === null) {
      const index = this.assetIndex('none');
      const { columns } = index;
      const ends = new Float64Array(index.fileRows);
      const defaulted = new Uint8Array(index.fileRows);
      const policies = new Map<string | null, Policy>();
      const timezone = this.#review.policy.timezone;
      // Many assets share an in-service date and a useful life.
      const shifts = new Map<number, Map<number, number>>();
      for (let row = 0; row < index.fileRows; row++) {
        const inService = columns.inServiceDate[row]!;
        const start = Number.isNaN(inService) ? columns.purchaseDate[row]! : inService;
        if (!Number.isFinite(start)) {
          ends[row] = NaN;
          continue;
        }
        const client = index.clients[row] ?? null;
        let policy = policies.get(client);
        if (policy === undefined) {
          policy = policyFor(this.#review.policy, client);
          policies.set(client, policy);
        }
        const months = usefulLifeOf(index, row, policy);
        if (usefulLifeIsDefault(index, row, policy)) defaulted[row] = 1;
        let byStart = shifts.get(months);
        if (byStart === undefined) {
          byStart = new Map();
          shifts.set(months, byStart);
        }
        let end = byStart.get(start);
        if (end === undefined) {
          end = addLocalMonths(start, months, timezone);
          byStart.set(start, end);
        }
        ends[row] = end;
      }
      this.#lifeEnds = ends;
      this.#lifeDefaulted = defaulted;
    }
    return this.#lifeEnds;
  }

  /**
   * For each asset file row with a {@link lifeEnds}: 1 when its useful life is the policy's
   * `usefulLifeMonths.default` (no life of its own, none for its type).
   */
  lifeDefaulted(): Uint8Array {
    this.lifeEnds();
    return this.#lifeDefaulted!;
  }
}
