/**
 * Reliability (DESIGN §5): outages per asset, MTBF with its chi-square interval, MTTR,
 * availability, MTBSI, and the failure trend of each asset.
 */
import { floorToMinute, finiteOrNull, HOUR_MS } from '../../internal/time.js';
import type { AssetReliability, ReliabilityFigures, ReliabilityResult } from './types.js';
import { assetDate, inServiceOf } from '../assets.js';
import { assertKpiOptions, groupKey, observedStart, setOwn } from '../common.js';
import { indexPart, preparedFor, type PreparedAssets, type PreparedReview } from '../prepared.js';
import { crowAmsaa } from '../stats/crow-amsaa.js';
import { laplaceTrend } from '../stats/laplace-trend.js';
import { mtbfInterval } from '../stats/mtbf-interval.js';
import type { ByAssetDetail, KpiOptions, KpiRun, ReviewData } from '../types.js';

/** Options of {@link reliability}: the period and asOf (all times are wall-clock). */
export type ReliabilityOptions = KpiOptions;

/** Assets with at least this many failures in their window get a Laplace U and a Crow-AMSAA β. */
export const TREND_MIN_FAILURES = 3;

/**
 * Whether the fleet's MTBF, MTTR and availability may be given: the period has no incident, or
 * those naming an asset are at least `minAssetShare` of them. An incident that names no asset may
 * be the failure of any asset, and is counted as none: when most incidents name none — the UCI
 * ServiceNow log names a configuration item on 18 of 15,447 incidents in 2016-Q2, and on none of
 * 149 in 2017-Q1, where the assets named in 2016 then read as "100 % available" — the figures
 * describe the few assets named, not the fleet.
 *
 * @example
 * fleetMeasurable(0, 149, 0.5); // => false
 * fleetMeasurable(0, 0, 0.5); // => true (no incident: nothing was left unnamed)
 */
export function fleetMeasurable(withAsset: number, incidents: number, minAssetShare: number): boolean {
  return incidents === 0 || withAsset >= minAssetShare * incidents;
}

/**
 * Why the fleet's MTBF, MTTR and availability may not be given from the share of the period's
 * incidents that name an asset, and an asset of the file: `too-few-with-asset` when fewer than
 * `minAssetShare` of them name any asset; `assets-not-in-file` when enough name one but fewer
 * than `minAssetShare` of them name an asset of the asset file; null when neither holds (or
 * without an inventory, where every group ratio is null for `no-assets` anyway).
 *
 * The same share serves both rules because they guard the same thing: the failures counted must
 * be those of the fleet whose uptime is summed. An asset the file lacks is counted in service all
 * period (DESIGN §5), which suits an inventory a few days stale; but when most failures fall on
 * such assets, the uptime is that of the file's assets — which no ticket names, so none failed —
 * and the failures are those of other assets: a GLPI ticket export paired with another site's
 * inventory (none of its assets named) read as a fleet MTBF of 57,030 h, a ratio of two
 * unrelated populations.
 *
 * @example
 * fleetUnmeasured({ incidents: 10, withAsset: 10, withFileAsset: 0, minAssetShare: 0.5, assetFile: true }); // => 'assets-not-in-file'
 * fleetUnmeasured({ incidents: 10, withAsset: 2, withFileAsset: 2, minAssetShare: 0.5, assetFile: true }); // => 'too-few-with-asset'
 * fleetUnmeasured({ incidents: 10, withAsset: 10, withFileAsset: 6, minAssetShare: 0.5, assetFile: true }); // => null
 */
export function fleetUnmeasured(reliability: {
  readonly incidents: number | null;
  readonly withAsset: number | null;
  readonly withFileAsset?: number | null;
  readonly minAssetShare: number;
  readonly assetFile: boolean;
}): 'too-few-with-asset' | 'assets-not-in-file' | null {
  const { incidents, withAsset, minAssetShare } = reliability;
  if (incidents === null || withAsset === null) return null;
  if (!fleetMeasurable(withAsset, incidents, minAssetShare)) return 'too-few-with-asset';
  // Reports written before `withFileAsset` existed have none: judged by the first rule alone.
  const inFile = reliability.withFileAsset;
  if (reliability.assetFile && inFile !== null && inFile !== undefined && !fleetMeasurable(inFile, incidents, minAssetShare)) return 'assets-not-in-file';
  return null;
}

/** The figures of a group with its ratios removed (`fleetMeasurable` false): the counts and hours stay. */
function withoutRatios(figures: ReliabilityFigures): ReliabilityFigures {
  return { ...figures, mtbfHours: null, mtbfLowerHours: null, mtbfUpperHours: null, mttrHours: null, availability: null, mtbsiHours: null };
}

/**
 * The figures of a group without an asset inventory (no asset file, or an empty one): only the
 * assets that failed are known, so the uptime of the failure-free ones is missing from Σ uptime
 * and every figure drawn from it (MTBF and its interval, MTBSI, availability) would read low.
 * The counts, the downtime and MTTR (drawn from the failures alone) stay.
 */
function withoutUptime(figures: ReliabilityFigures): ReliabilityFigures {
  return { ...figures, uptimeHours: null, mtbfHours: null, mtbfLowerHours: null, mtbfUpperHours: null, availability: null, mtbsiHours: null };
}

/**
 * Whether the assets of a review are an inventory (an asset file with at least one row) rather
 * than the assets the tickets name, which are only those that failed: a group's Σ uptime then
 * misses its failure-free assets (DESIGN §5).
 *
 * @example
 * inventoryGiven({ source: 'tickets', fileRows: 0 }); // => false
 * inventoryGiven({ source: 'file', fileRows: 4 }); // => true
 */
export function inventoryGiven(index: { readonly source: 'file' | 'tickets'; readonly fileRows: number }): boolean {
  return index.source === 'file' && index.fileRows > 0;
}

/** Running sums of a group of assets, in milliseconds. */
interface Totals {
  assets: number;
  failures: number;
  unknownDurations: number;
  uptime: number;
  downtime: number;
  repairTime: number;
  repairs: number;
}

function emptyTotals(): Totals {
  return { assets: 0, failures: 0, unknownDurations: 0, uptime: 0, downtime: 0, repairTime: 0, repairs: 0 };
}

function clearTotals(totals: Totals): void {
  totals.assets = 0;
  totals.failures = 0;
  totals.unknownDurations = 0;
  totals.uptime = 0;
  totals.downtime = 0;
  totals.repairTime = 0;
  totals.repairs = 0;
}

function addTotals(into: Totals, from: Totals): void {
  into.assets += from.assets;
  into.failures += from.failures;
  into.unknownDurations += from.unknownDurations;
  into.uptime += from.uptime;
  into.downtime += from.downtime;
  into.repairTime += from.repairTime;
  into.repairs += from.repairs;
}

function figuresOf(totals: Totals, confidence: number): ReliabilityFigures {
  const uptimeHours = totals.uptime / HOUR_MS;
  const downtimeHours = totals.downtime / HOUR_MS;
  const observed = totals.assets > 0;
  const interval = observed ? mtbfInterval(uptimeHours, totals.failures, { confidence }) : null;
  const mtbf = interval?.mtbf ?? null;
  const mttr = totals.repairs > 0 ? totals.repairTime / totals.repairs / HOUR_MS : null;
  const windowHours = uptimeHours + downtimeHours;
  return {
    assets: totals.assets,
    failures: totals.failures,
    unknownDurations: totals.unknownDurations,
    repairs: totals.repairs,
    uptimeHours,
    downtimeHours,
    mtbfHours: mtbf,
    mtbfLowerHours: interval === null || interval.lower === null ? null : finiteOrNull(interval.lower),
    mtbfUpperHours: interval === null || interval.upper === null ? null : finiteOrNull(interval.upper),
    mttrHours: mttr,
    availability: windowHours > 0 ? uptimeHours / windowHours : null,
    mtbsiHours: mtbf !== null && mttr !== null ? mtbf + mttr : null,
  };
}

/**
 * Reliability of the assets over a period: how often they fail, how long they are down, and
 * whether their failures come faster over time. All times are wall-clock, taken at the minute.
 *
 * - A failure is an incident (`type` incident or missing, not cancelled) with an `assetId`, opened before
 *   min(period end, asOf). An id missing from the asset file is listed in `unknownAssetIds` and
 *   that asset counts as in service all period (type null, client = the most frequent client of
 *   its tickets). Without an asset file, the assets are the tickets' asset ids (see
 *   `effectiveAssets`).
 * - Each incident spans `[openedAt, end]`, end = its resolution instant (`resolvedAt`, else
 *   `closedAt`) when at or before asOf, else asOf (a ticket resolved after asOf is open at asOf).
 *   The intervals of one asset that overlap — or touch: one ends when the next opens — merge into
 *   one outage; an outage is resolved when all its incidents are.
 * - Window of an asset: `[max(period start, observedFrom, inServiceDate (else purchaseDate)),
 *   min(period end, retiredDate, asOf))`. An asset whose window is empty is left out of every
 *   figure (and of `byAsset`). `observedFrom` (the data's first day, from `buildReport`) keeps
 *   the days before the export starts out of the uptime: counted, they would read as failure-free.
 * - Downtime = the part of its outages inside the window; uptime = window − downtime.
 *   Failures = outages that start inside the window (an outage begun before it adds downtime but
 *   no failure).
 * - MTBF = uptime / failures (null without failure); a group (type, client, fleet) pools its
 *   assets, failure-free ones included: Σ uptime / Σ failures. Two-sided chi-square interval at
 *   `policy.confidence`, time-terminated (see `mtbfInterval`); no upper bound without failure.
 * - An incident closed at an unknown time (DESIGN §3) is a failure at its opening whose length is
 *   unknown: it adds no downtime, its outage is left out of MTTR and counted in
 *   `unknownDurations` (availability is then an upper bound).
 * - MTTR = mean whole duration (not clipped) of the resolved outages that start in the window;
 *   availability = uptime / (uptime + downtime); MTBSI = MTBF + MTTR.
 * - The fleet's, types' and clients' MTBF (and interval), MTTR, MTBSI and availability are null
 *   when fewer than `policy.minAssetShare` of the incidents opened in the period (cancelled ones
 *   excepted) name an asset (`incidents`, `withAsset`, `assetShare`; see {@link fleetMeasurable}),
 *   or, with an asset file, fewer than that share name an asset of the file (`withFileAsset`,
 *   `assetsNamed`, `assetsNamedInFile`; see {@link fleetUnmeasured}); their counts and hours
 *   stay, and so do the per-asset figures.
 * - Without an asset inventory (no asset file, or one with no row: `assetFile` false) the assets
 *   are those the incidents name, i.e. only the ones that failed: the groups' uptime, MTBF (and
 *   interval), MTBSI and availability are null (see `withoutUptime`); failures, downtime, MTTR
 *   and the per-asset figures (an asset named by tickets is observed all period) stay.
 * - Per asset with at least 3 failures: Laplace U and Crow-AMSAA β (MLE), time-terminated, with
 *   each outage start measured from the window start and the window length as end time;
 *   `accelerating` when U > 1.645.
 *
 * @throws {RevueError} when the period or asOf is not valid
 * @example
 * // PRN-01 in service all March 2026 (744 h), two 2-hour outages:
 * const result = reliability(data, { period: march2026, asOf: Date.parse('2026-04-01T00:00Z') });
 * result.byAsset['PRN-01']; // => { failures: 2, uptimeHours: 740, downtimeHours: 4, mtbfHours: 370, mttrHours: 2, … }
 * result.fleet.mtbfHours; // => Σ uptime / Σ failures over every asset
 */
export function reliability(data: ReviewData, options: ReliabilityOptions): ReliabilityResult {
  return reliabilityRun(data, options, 'keep').result;
}

/**
 * {@link reliability}, with its per-asset map listed (`'keep'`) or only counted (`'count'`: the
 * fleet's, types' and clients' sums are the same); `byAssetEntries` is the number of assets
 * observed, the entries `byAsset` holds or would hold.
 *
 * @example
 * reliabilityRun(data, options, 'count').byAssetEntries; // => Object.keys(reliability(data, options).byAsset).length
 */
export function reliabilityRun(data: ReviewData, options: ReliabilityOptions, byAssetDetail: ByAssetDetail): KpiRun<ReliabilityResult> {
  assertKpiOptions(options, 'reliability');
  const confidence = data.policy.confidence ?? 0.9;
  const asOf = floorToMinute(options.asOf);
  const periodStart = floorToMinute(options.period.start);
  const periodEnd = floorToMinute(options.period.end);
  const cutoff = Math.min(periodEnd, asOf);
  // Days before the data start are not uptime: nothing says whether the assets failed then.
  const windowFrom = floorToMinute(observedStart(options));

  const prepared = preparedFor(data, options.asOf, options.prepared);
  const tickets = prepared.columns;
  const index = prepared.assetIndex('incidents');
  // The incidents of each asset, ordered by opening (ties by row), with their intervals at asOf.
  const { bucketStart, members: bucketed, starts, ends, resolved } = assetIncidents(prepared);

  // Each asset's type and client group (`groupKey`), the same for every period.
  const groups = prepared.part(ASSET_GROUPS);

  // 3. Per asset: window, merged outages, figures.
  const byAsset: Record<string, AssetReliability> = {};
  const fleet = emptyTotals();
  const byType: (Totals | undefined)[] = [];
  const byClient: (Totals | undefined)[] = [];
  // Reused from asset to asset: the asset's sums and its failure times.
  const totals = emptyTotals();
  const failureTimes: number[] = [];
  const retiredColumn = index.columns.retiredDate;
  // Left out (`'count'`): only counted; the groups' sums are the same.
  const listAssets = byAssetDetail === 'keep';
  let assetsObserved = 0;
  for (let asset = 0; asset < index.count; asset++) {
    const id = index.ids[asset]!;
    if (index.primary[asset] !== 1) continue; // empty or repeated id
    const inService = floorToMinute(inServiceOf(index, asset));
    const retired = floorToMinute(assetDate(index, retiredColumn, asset));
    const windowStart = Number.isNaN(inService) ? windowFrom : Math.max(windowFrom, inService);
    const windowEnd = Math.min(periodEnd, asOf, Number.isNaN(retired) ? Infinity : retired);
    if (!(windowEnd > windowStart)) continue;

    clearTotals(totals);
    totals.assets = 1;
    failureTimes.length = 0;
    const ticketIds: string[] = [];
    // The asset's incidents opened before the cutoff (min(period end, asOf)): k in [first, last).
    const first = bucketStart[asset]!;
    let last = bucketStart[asset + 1]!;
    while (last > first && !(starts[last - 1]! < cutoff)) last--;
    let k = first;
    while (k < last) {
      // One outage: the union of the incidents that overlap or touch it.
      const outageStart = starts[k]!;
      let outageEnd = ends[k]!;
      let outageResolved = resolved[k] === 1;
      let outageUnknown = resolved[k] === 2;
      let next = k + 1;
      while (next < last && starts[next]! <= outageEnd) {
        if (ends[next]! > outageEnd) outageEnd = ends[next]!;
        if (resolved[next] !== 1) outageResolved = false;
        if (resolved[next] === 2) outageUnknown = true;
        next++;
      }
      const clippedStart = Math.max(outageStart, windowStart);
      const clippedEnd = Math.min(outageEnd, windowEnd);
      if (clippedEnd > clippedStart) totals.downtime += clippedEnd - clippedStart;
      if (outageStart >= windowStart && outageStart < windowEnd) {
        totals.failures++;
        failureTimes.push((outageStart - windowStart) / HOUR_MS);
        if (listAssets) for (let m = k; m < next; m++) ticketIds.push(tickets.id[bucketed[m]!] ?? '');
        if (outageUnknown) totals.unknownDurations++;
        else if (outageResolved) {
          totals.repairTime += outageEnd - outageStart;
          totals.repairs++;
        }
      }
      k = next;
    }
    totals.uptime = windowEnd - windowStart - totals.downtime;
    addTotals(fleet, totals);
    addTotals((byType[groups.type[asset]!] ??= emptyTotals()), totals);
    addTotals((byClient[groups.client[asset]!] ??= emptyTotals()), totals);
    assetsObserved++;
    if (!listAssets) continue;

    let laplaceU: number | null = null;
    let crowBeta: number | null = null;
    let accelerating = false;
    if (totals.failures >= TREND_MIN_FAILURES) {
      const windowHours = (windowEnd - windowStart) / HOUR_MS;
      const laplace = laplaceTrend(failureTimes, windowHours, { terminated: 'time' });
      laplaceU = laplace.u === null ? null : finiteOrNull(laplace.u);
      accelerating = laplace.trend === 'deteriorating';
      const crow = crowAmsaa(failureTimes, windowHours, { terminated: 'time' });
      crowBeta = crow.beta === null ? null : finiteOrNull(crow.beta);
    }
    const type = index.types[asset] ?? null;
    const client = index.clients[asset] ?? null;
    const figures = figuresOf(totals, confidence);
    const gaps = failureTimes.length;
    setOwn(byAsset, id, {
      assets: figures.assets,
      failures: figures.failures,
      unknownDurations: figures.unknownDurations,
      repairs: figures.repairs,
      uptimeHours: figures.uptimeHours,
      downtimeHours: figures.downtimeHours,
      mtbfHours: figures.mtbfHours,
      mtbfLowerHours: figures.mtbfLowerHours,
      mtbfUpperHours: figures.mtbfUpperHours,
      mttrHours: figures.mttrHours,
      availability: figures.availability,
      mtbsiHours: figures.mtbsiHours,
      type,
      client,
      laplaceU,
      crowBeta,
      accelerating,
      lastGapHours: gaps >= 2 ? failureTimes[gaps - 1]! - failureTimes[gaps - 2]! : null,
      ticketIds,
    });
  }

  // 4. Do the incidents of the period say which asset failed, often enough to speak for the fleet?
  // And do the assets they name belong to the file whose uptime is summed?
  let incidents = 0;
  let withAsset = 0;
  let withFileAsset = 0;
  let assetsNamed = 0;
  let assetsNamedInFile = 0;
  const named = new Uint8Array(index.count);
  const inPeriod = prepared.openedIn(periodStart, periodEnd);
  for (let k = 0; k < inPeriod.length; k++) {
    const row = inPeriod[k]!;
    if (prepared.activeIncident[row] !== 1) continue;
    incidents++;
    const assetId = tickets.assetId[row];
    // As the failures are told apart: any id but an empty one (see `effectiveAssets`).
    if (assetId !== null && assetId !== undefined && assetId !== '') withAsset++;
    const asset = index.ticketAsset[row]!;
    if (asset < 0) continue;
    // Rows before `fileRows` are the file's; the others, ids the file lacks (see `assetIndex`).
    const inFile = asset < index.fileRows;
    if (inFile) withFileAsset++;
    if (named[asset] === 1) continue;
    named[asset] = 1;
    assetsNamed++;
    if (inFile) assetsNamedInFile++;
  }
  const minAssetShare = data.policy.minAssetShare;
  const assetFile = inventoryGiven(index);
  const measured = fleetUnmeasured({ incidents, withAsset, withFileAsset, minAssetShare, assetFile }) === null;
  // Without an inventory the group ratios are null whatever the share: no figure rests on it.
  if (options.usage !== undefined && incidents > 0 && assetFile) options.usage.mark(data.policy, 'minAssetShare');

  if (options.usage !== undefined && fleet.assets > 0 && measured && assetFile) options.usage.mark(data.policy, 'confidence');
  const group = (figures: ReliabilityFigures) => {
    const shown = measured ? figures : withoutRatios(figures);
    return assetFile ? shown : withoutUptime(shown);
  };
  const groupsOf = (figures: Record<string, ReliabilityFigures>) => {
    if (measured && assetFile) return figures;
    const out: Record<string, ReliabilityFigures> = {};
    for (const [key, value] of Object.entries(figures)) setOwn(out, key, group(value));
    return out;
  };
  const result: ReliabilityResult = {
    fleet: group(figuresOf(fleet, confidence)),
    byType: groupsOf(figuresByKey(byType, groups.typeKeys, confidence)),
    byClient: groupsOf(figuresByKey(byClient, groups.clientKeys, confidence)),
    byAsset,
    unknownAssetIds: [...index.unknownIds], // a copy: the index is shared
    confidence,
    incidents,
    withAsset,
    assetShare: incidents > 0 ? withAsset / incidents : null,
    withFileAsset,
    assetsNamed,
    assetsNamedInFile,
    minAssetShare,
    assetFile,
  };
  return { result, byAssetEntries: assetsObserved };
}

function figuresByKey(groups: (Totals | undefined)[], keys: readonly string[], confidence: number): Record<string, ReliabilityFigures> {
  const present: number[] = [];
  groups.forEach((totals, group) => {
    if (totals !== undefined) present.push(group);
  });
  // Keys are distinct: the same order as `[...keys].sort()`.
  present.sort((a, b) => (keys[a]! < keys[b]! ? -1 : 1));
  const out: Record<string, ReliabilityFigures> = {};
  for (const group of present) setOwn(out, keys[group]!, figuresOf(groups[group]!, confidence));
  return out;
}

/** The group (`groupKey`) of each asset's type and client, numbered, and the keys by number. */
/** {@link assetGroups} of the `incidents` asset index, once per preparation. */
const ASSET_GROUPS = indexPart('reliability asset groups', (prepared) => assetGroups(prepared.assetIndex('incidents')));

function assetGroups(index: PreparedAssets) {
  const number = (values: readonly (string | null)[]) => {
    const groupOf = new Map<string, number>();
    const keys: string[] = [];
    const groups = new Int32Array(index.count);
    for (let asset = 0; asset < index.count; asset++) {
      const key = groupKey(values[asset]);
      let group = groupOf.get(key);
      if (group === undefined) {
        group = keys.length;
        groupOf.set(key, group);
        keys.push(key);
      }
      groups[asset] = group;
    }
    return { groups, keys };
  };
  const types = number(index.types);
  const clients = number(index.clients);
  return { type: types.groups, typeKeys: types.keys, client: clients.groups, clientKeys: clients.keys };
}

/**
 * The incidents of each asset of `prepared.assetIndex('incidents')` with their intervals at asOf
 * (see below), computed once per preparation and shared by `reliability` and the monthly trend.
 * Shared: do not modify.
 *
 * @example
 * const { bucketStart, starts, ends } = assetIncidents(prepared); // asset a: starts[bucketStart[a]…bucketStart[a + 1]]
 */
export function assetIncidents(prepared: PreparedReview): ReturnType<typeof incidentsByAsset> {
  return prepared.part(ASSET_INCIDENTS);
}

/**
 * The incidents of each asset of `index` that have an opening instant, grouped by asset row
 * (`members[bucketStart[a], bucketStart[a + 1])`), each group ordered by opening then row; and,
 * aligned with `members` so that an asset's incidents are read in one sweep for every period,
 * each incident's opening instant, its interval end at asOf (its resolution instant when at or
 * before asOf, never before its opening; else asOf) and whether it was resolved by then (1), not
 * (0), or closed at an unknown time (2: its interval is its opening instant alone).
 */
/** {@link incidentsByAsset} of the `incidents` asset index, once per preparation. */
const ASSET_INCIDENTS = indexPart('reliability incidents by asset', (prepared) => incidentsByAsset(prepared, prepared.assetIndex('incidents')));

function incidentsByAsset(prepared: PreparedReview, index: PreparedAssets) {
  const ticketAsset = index.ticketAsset;
  // Cancelled incidents are no failures (DESIGN §3).
  const incident = prepared.activeIncident;
  const endUnknown = prepared.endUnknown;
  const { start: bucketStart, members, opened: starts } = prepared.bucketByOpening(ticketAsset, index.count, incident);
  const count = members.length;
  const ends = new Float64Array(count);
  const resolved = new Uint8Array(count);
  const asOf = prepared.asOf;
  for (let k = 0; k < count; k++) {
    const opened = starts[k]!;
    const resolution = prepared.resolution[members[k]!]!;
    if (endUnknown[members[k]!] === 1) {
      // Closed at an unknown time: a failure at its opening, of unknown length (DESIGN §3).
      ends[k] = opened;
      resolved[k] = 2;
    } else if (resolution <= asOf) {
      ends[k] = Math.max(opened, resolution);
      resolved[k] = 1;
    } else {
      ends[k] = asOf;
    }
  }
  return { bucketStart, members, starts, ends, resolved };
}
