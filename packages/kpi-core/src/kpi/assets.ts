/**
 * The assets a review works on (DESIGN §6 `assetsSource`): the asset file when one was given,
 * else the distinct asset ids of the tickets, in service for the whole period.
 */
import { addMonthsInZone } from '../calendar/months.js';
import type { AssetColumns, TicketColumns } from '../model/fields.js';
import type { Policy } from '../policy/types.js';
import { assetColumns, assetTable, ticketColumns, type AssetTable } from '../model/tables.js';
import type { ReviewData } from './types.js';

/** Result of {@link effectiveAssets}. */
export interface EffectiveAssets {
  assets: AssetTable;
  /** `file`: the asset file; `tickets`: built from the tickets' asset ids (no asset file given). */
  source: 'file' | 'tickets';
}

/**
 * The assets of a review. With an asset file (`data.assets` not null) it is returned as is.
 * Without one, there is one asset per distinct non-empty `assetId` of the tickets (all ticket
 * types), in order of first appearance, whose `client` is the most frequent non-empty client of
 * its tickets (ties: the alphabetically first; null when none has a client) and every other
 * field missing — so that each asset counts as in service for the whole period.
 *
 * @example
 * const tickets = ticketsFromRows([
 *   { id: 'T1', openedAt: '2026-03-02T09:00Z', assetId: 'PRN-01', client: 'Bistro' },
 *   { id: 'T2', openedAt: '2026-03-03T09:00Z', assetId: 'PRN-01', client: 'Bistro' },
 *   { id: 'T3', openedAt: '2026-03-04T09:00Z' },
 * ]);
 * const { assets, source } = effectiveAssets({ tickets, assets: null, policy });
 * source; // => 'tickets'
 * assetRows(assets).map((a) => [a.id, a.client]); // => [['PRN-01', 'Bistro']]
 */
export function effectiveAssets(data: ReviewData): EffectiveAssets {
  if (data.assets !== null && data.assets !== undefined) return { assets: data.assets, source: 'file' };
  const clients = ticketAssetClients(ticketColumns(data.tickets));
  const ids = [...clients.keys()];
  const table = assetTable({ id: ids, client: ids.map((id) => clients.get(id) ?? null) }, ids.length);
  return { assets: table, source: 'tickets' };
}

/**
 * For each distinct non-empty `assetId` of the tickets (in order of first appearance), the most
 * frequent non-empty `client` of its tickets (ties: alphabetically first), or null. With `only`,
 * just for those ids.
 *
 * @example
 * ticketAssetClients(ticketColumns(tickets)).get('PRN-01'); // => 'Bistro'
 */
export function ticketAssetClients(
  columns: TicketColumns,
  only?: ReadonlySet<string>,
): Map<string, string | null> {
  // Intern asset ids and clients to integers, then count (asset, client) pairs in one table.
  const assetCodes = new Map<string, number>();
  const clientCodes = new Map<string, number>();
  const clientNames: string[] = [];
  const assetIds = columns.assetId;
  const clients = columns.client;
  const pairAsset: number[] = [];
  const pairClient: number[] = [];
  for (let row = 0; row < assetIds.length; row++) {
    const id = assetIds[row];
    if (id === null || id === undefined || id === '' || (only !== undefined && !only.has(id))) continue;
    let asset = assetCodes.get(id);
    if (asset === undefined) {
      asset = assetCodes.size;
      assetCodes.set(id, asset);
    }
    const client = clients[row];
    if (client === null || client === undefined || client === '') continue;
    let code = clientCodes.get(client);
    if (code === undefined) {
      code = clientNames.length;
      clientCodes.set(client, code);
      clientNames.push(client);
    }
    pairAsset.push(asset);
    pairClient.push(code);
  }
  const clientCount = clientNames.length;
  const counts = new Map<number, number>();
  for (let i = 0; i < pairAsset.length; i++) {
    const key = pairAsset[i]! * clientCount + pairClient[i]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const best = new Int32Array(assetCodes.size).fill(-1);
  const bestCount = new Float64Array(assetCodes.size);
  for (const [key, count] of counts) {
    const asset = Math.floor(key / clientCount);
    const client = key - asset * clientCount;
    const current = best[asset]!;
    if (count > bestCount[asset]! || (count === bestCount[asset]! && clientNames[client]! < clientNames[current]!)) {
      best[asset] = client;
      bestCount[asset] = count;
    }
  }
  const out = new Map<string, string | null>();
  for (const [id, asset] of assetCodes) out.set(id, best[asset] === -1 ? null : clientNames[best[asset]!]!);
  return out;
}

/**
 * The asset side of a KPI: the effective assets' columns plus, for asset ids that tickets use
 * but the asset file lacks, a synthetic asset in service all period (type null, client from its
 * tickets). Row `r < fileRows` is a row of the asset table; rows from `fileRows` on are the
 * unknown ids, in order of first appearance in the tickets.
 */
export interface AssetIndex {
  readonly source: 'file' | 'tickets';
  /** Number of assets, file rows and unknown ids together. */
  readonly count: number;
  /** Rows that come from the effective asset table. */
  readonly fileRows: number;
  readonly columns: AssetColumns;
  readonly ids: readonly string[];
  readonly types: readonly (string | null)[];
  readonly clients: readonly (string | null)[];
  /** Asset row of each id (the first row when the file repeats an id). */
  readonly rowOf: ReadonlyMap<string, number>;
  /** Ids used by tickets and missing from the asset file (always empty for source `tickets`). */
  readonly unknownIds: readonly string[];
}

/**
 * Builds the {@link AssetIndex} of a review. `usesAsset(row)` says which ticket rows may add an
 * unknown asset id (e.g. only incidents for reliability); default all tickets. Asset rows with an
 * empty id are skipped; when the file repeats an id, the first row holds.
 *
 * @example
 * const index = assetIndex(data);
 * index.ids[index.rowOf.get('PRN-01')!]; // => 'PRN-01'
 */
export function assetIndex(data: ReviewData, usesAsset?: (ticketRow: number) => boolean): AssetIndex {
  const effective = effectiveAssets(data);
  const columns = assetColumns(effective.assets);
  const tickets = ticketColumns(data.tickets);
  const fileRows = columns.id.length;
  const ids: string[] = [];
  const types: (string | null)[] = [];
  const clients: (string | null)[] = [];
  const rowOf = new Map<string, number>();
  for (let row = 0; row < fileRows; row++) {
    const id = columns.id[row] ?? '';
    ids.push(id);
    types.push(columns.type[row] ?? null);
    clients.push(columns.client[row] ?? null);
    if (id !== '' && !rowOf.has(id)) rowOf.set(id, row);
  }
  const unknown = new Set<string>();
  if (effective.source === 'file') {
    const assetIds = tickets.assetId;
    for (let row = 0; row < assetIds.length; row++) {
      const id = assetIds[row];
      if (id === null || id === undefined || id === '' || rowOf.has(id) || unknown.has(id)) continue;
      if (usesAsset !== undefined && !usesAsset(row)) continue;
      unknown.add(id);
    }
  }
  const unknownIds = [...unknown];
  if (unknownIds.length > 0) {
    const ticketClients = ticketAssetClients(tickets, unknown);
    for (const id of unknownIds) {
      rowOf.set(id, ids.length);
      ids.push(id);
      types.push(null);
      clients.push(ticketClients.get(id) ?? null);
    }
  }
  return { source: effective.source, count: ids.length, fileRows, columns, ids, types, clients, rowOf, unknownIds };
}

/**
 * A date column value of an asset row, NaN for the synthetic rows of unknown ids.
 *
 * @example
 * assetDate(index, index.columns.retiredDate, row); // => 1773619200000, or NaN
 */
export function assetDate(index: AssetIndex, column: Float64Array, row: number): number {
  return row < index.fileRows ? column[row]! : NaN;
}

/**
 * An asset's in-service date: `inServiceDate`, else `purchaseDate` (DESIGN §2); NaN if neither.
 *
 * @example
 * inServiceOf(index, index.rowOf.get('PC-1')!); // => Date.parse('2024-01-01') for an asset with only a purchaseDate
 */
export function inServiceOf(index: AssetIndex, row: number): number {
  const inService = assetDate(index, index.columns.inServiceDate, row);
  return Number.isNaN(inService) ? assetDate(index, index.columns.purchaseDate, row) : inService;
}

/**
 * The useful life of an asset in months: its own `usefulLifeMonths` when positive, else the
 * policy's `usefulLifeMonths[type]`, else `usefulLifeMonths.default` (DESIGN §5, TCO). Pass the
 * policy of the asset's client.
 *
 * @example
 * usefulLifeOf(index, row, parsePolicy({ usefulLifeMonths: { laptop: 36 } })); // => 36 for a laptop
 */
export function usefulLifeOf(index: AssetIndex, row: number, policy: Policy): number {
  const own = row < index.fileRows ? index.columns.usefulLifeMonths[row]! : NaN;
  if (own > 0) return own;
  const type = index.types[row];
  const lives = policy.usefulLifeMonths;
  if (type !== null && type !== undefined && Object.prototype.hasOwnProperty.call(lives, type)) {
    const byType = lives[type]!;
    if (byType > 0) return byType;
  }
  return lives.default;
}

/**
 * Whether {@link usefulLifeOf} falls back on the policy's `usefulLifeMonths.default` for an
 * asset (no positive life of its own, none for its type): an assumption when that is a default.
 *
 * @example
 * usefulLifeIsDefault(index, row, parsePolicy({ usefulLifeMonths: { laptop: 36 } })); // => false for a laptop
 */
export function usefulLifeIsDefault(index: AssetIndex, row: number, policy: Policy): boolean {
  const own = row < index.fileRows ? index.columns.usefulLifeMonths[row]! : NaN;
  if (own > 0) return false;
  const type = index.types[row];
  const lives = policy.usefulLifeMonths;
  return !(type !== null && type !== undefined && Object.prototype.hasOwnProperty.call(lives, type) && lives[type]! > 0);
}

const monthShifts = new Map<string, number>();

/**
 * The instant `months` calendar months after `ms`, on the local wall clock of `timezone`
 * (date-fns `addMonths` on a `TZDate`: the day of month is kept, or clamped to the month's last
 * day; computed by `addMonthsInZone`); a fractional count is rounded to whole months. Cached,
 * since many assets share dates.
 * NaN in gives NaN out.
 *
 * @example
 * addLocalMonths(Date.parse('2025-10-31T23:00Z'), 5, 'Europe/Paris'); // => Date.parse('2026-03-31T22:00Z')
 */
export function addLocalMonths(ms: number, months: number, timezone: string): number {
  if (!Number.isFinite(ms) || !Number.isFinite(months)) return NaN;
  const key = `${timezone}|${ms}|${months}`;
  let shifted = monthShifts.get(key);
  if (shifted === undefined) {
    shifted = addMonthsInZone(ms, Math.round(months), timezone);
    if (monthShifts.size > 100_000) monthShifts.clear();
    monthShifts.set(key, shifted);
  }
  return shifted;
}
