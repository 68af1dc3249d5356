/**
 * Reliability (DESIGN §5): outages per asset, MTBF with its chi-square interval, MTTR,
 * availability, MTBSI, and the failure trend of each asset.
 */
import { floorToMinute, finiteOrNull, HOUR_MS } from '../internal/time.js';
import type { AssetReliability, ReliabilityFigures, ReliabilityResult } from '../report/types.js';
import { assetDate, inServiceOf } from './assets.js';
import { assertKpiOptions, groupKey, setOwn } from './common.js';
import { preparedFor, type PreparedAssets, type PreparedReview } from './prepared.js';
import { crowAmsaa } from './stats/crow-amsaa.js';
import { laplaceTrend } from './stats/laplace-trend.js';
import { mtbfInterval } from './stats/mtbf-interval.js';
import type { KpiOptions, ReviewData } from './types.js';

/** Options of {@link reliability}: the period and asOf (all times are wall-clock). */
export type ReliabilityOptions = KpiOptions;

/** Assets with at least this many failures in their window get a Laplace U and a Crow-AMSAA β. */
export const TREND_MIN_FAILURES = 3;

/** Running sums of a group of assets, in milliseconds. */
interface Totals {
  assets: number;
  failures: number;
  uptime: number;
  downtime: number;
  repairTime: number;
  repairs: number;
}

function emptyTotals(): Totals {
  return { assets: 0, failures: 0, uptime: 0, downtime: 0, repairTime: 0, repairs: 0 };
}

function addTotals(into: Totals, from: Totals): void {
  into.assets += from.assets;
  into.failures += from.failures;
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
 * - A failure is an incident (`type` incident or missing) with an `assetId`, opened before
 *   min(period end, asOf). An id missing from the asset file is listed in `unknownAssetIds` and
 *   that asset counts as in service all period (type null, client = the most frequent client of
 *   its tickets). Without an asset file, the assets are the tickets' asset ids (see
 *   `effectiveAssets`).
 * - Each incident spans `[openedAt, end]`, end = its resolution instant (`resolvedAt`, else
 *   `closedAt`) when at or before asOf, else asOf (a ticket resolved after asOf is open at asOf).
 *   The intervals of one asset that overlap — or touch: one ends when the next opens — merge into
 *   one outage; an outage is resolved when all its incidents are.
 * - Window of an asset: `[max(period start, inServiceDate (else purchaseDate)),
 *   min(period end, retiredDate, asOf))`. An asset whose window is empty is left out of every
 *   figure (and of `byAsset`).
 * - Downtime = the part of its outages inside the window; uptime = window − downtime.
 *   Failures = outages that start inside the window (an outage begun before it adds downtime but
 *   no failure).
 * - MTBF = uptime / failures (null without failure); a group (type, client, fleet) pools its
 *   assets, failure-free ones included: Σ uptime / Σ failures. Two-sided chi-square interval at
 *   `policy.confidence`, time-terminated (see `mtbfInterval`); no upper bound without failure.
 * - MTTR = mean whole duration (not clipped) of the resolved outages that start in the window;
 *   availability = uptime / (uptime + downtime); MTBSI = MTBF + MTTR.
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
  assertKpiOptions(options, 'reliability');
  const confidence = data.policy.confidence ?? 0.9;
  const asOf = floorToMinute(options.asOf);
  const periodStart = floorToMinute(options.period.start);
  const periodEnd = floorToMinute(options.period.end);
  const cutoff = Math.min(periodEnd, asOf);

  const prepared = preparedFor(data, options.asOf, options.prepared);
  const tickets = prepared.columns;
  const index = prepared.assetIndex('incidents');
  // The incidents of each asset, ordered by opening (ties by row), with their intervals at asOf.
  const { bucketStart, members: bucketed, ends, resolved } = prepared.memo('reliability.outages', () => incidentsByAsset(prepared, index));
  const starts = prepared.opened;

  // 3. Per asset: window, merged outages, figures.
  const byAsset: Record<string, AssetReliability> = {};
  const fleet = emptyTotals();
  const byType = new Map<string, Totals>();
  const byClient = new Map<string, Totals>();
  const retiredColumn = index.columns.retiredDate;
  for (let asset = 0; asset < index.count; asset++) {
    const id = index.ids[asset]!;
    if (index.primary[asset] !== 1) continue; // empty or repeated id
    const inService = floorToMinute(inServiceOf(index, asset));
    const retired = floorToMinute(assetDate(index, retiredColumn, asset));
    const windowStart = Number.isNaN(inService) ? periodStart : Math.max(periodStart, inService);
    const windowEnd = Math.min(periodEnd, asOf, Number.isNaN(retired) ? Infinity : retired);
    if (!(windowEnd > windowStart)) continue;

    const totals = emptyTotals();
    totals.assets = 1;
    const failureTimes: number[] = [];
    const ticketIds: string[] = [];
    // The asset's incidents opened before the cutoff (min(period end, asOf)).
    const first = bucketStart[asset]!;
    let last = bucketStart[asset + 1]!;
    while (last > first && !(starts[bucketed[last - 1]!]! < cutoff)) last--;
    const members = bucketed.subarray(first, last);
    let k = 0;
    while (k < members.length) {
      // One outage: the union of the incidents that overlap or touch it.
      const head = members[k]!;
      const outageStart = starts[head]!;
      let outageEnd = ends[head]!;
      let outageResolved = resolved[head] === 1;
      let next = k + 1;
      while (next < members.length && starts[members[next]!]! <= outageEnd) {
        const member = members[next]!;
        if (ends[member]! > outageEnd) outageEnd = ends[member]!;
        if (resolved[member] !== 1) outageResolved = false;
        next++;
      }
      const clippedStart = Math.max(outageStart, windowStart);
      const clippedEnd = Math.min(outageEnd, windowEnd);
      if (clippedEnd > clippedStart) totals.downtime += clippedEnd - clippedStart;
      if (outageStart >= windowStart && outageStart < windowEnd) {
        totals.failures++;
        failureTimes.push((outageStart - windowStart) / HOUR_MS);
        for (let m = k; m < next; m++) ticketIds.push(tickets.id[members[m]!] ?? '');
        if (outageResolved) {
          totals.repairTime += outageEnd - outageStart;
          totals.repairs++;
        }
      }
      k = next;
    }
    totals.uptime = windowEnd - windowStart - totals.downtime;

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
    setOwn(byAsset, id, {
      assets: figures.assets,
      failures: figures.failures,
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
      ticketIds,
    });
    addTotals(fleet, totals);
    addTotals(totalsAt(byType, groupKey(type)), totals);
    addTotals(totalsAt(byClient, groupKey(client)), totals);
  }

  return {
    fleet: figuresOf(fleet, confidence),
    byType: figuresByKey(byType, confidence),
    byClient: figuresByKey(byClient, confidence),
    byAsset,
    unknownAssetIds: index.unknownIds,
    confidence,
  };
}

function totalsAt(groups: Map<string, Totals>, key: string): Totals {
  let totals = groups.get(key);
  if (totals === undefined) {
    totals = emptyTotals();
    groups.set(key, totals);
  }
  return totals;
}

function figuresByKey(groups: Map<string, Totals>, confidence: number): Record<string, ReliabilityFigures> {
  const out: Record<string, ReliabilityFigures> = {};
  for (const key of [...groups.keys()].sort()) setOwn(out, key, figuresOf(groups.get(key)!, confidence));
  return out;
}

/**
 * The incidents of each asset of `index` that have an opening instant, grouped by asset row
 * (`members[bucketStart[a], bucketStart[a + 1])`), each group ordered by opening then row; and per
 * ticket row its interval end at asOf (its resolution instant when at or before asOf, never
 * before its opening; else asOf) and whether it was resolved by then.
 */
function incidentsByAsset(prepared: PreparedReview, index: PreparedAssets) {
  const { rows: byOpening } = prepared.byOpened();
  const ticketAsset = index.ticketAsset;
  const incident = prepared.incident;
  const bucketStart = new Int32Array(index.count + 1);
  let count = 0;
  for (let k = 0; k < byOpening.length; k++) {
    const row = byOpening[k]!;
    const asset = ticketAsset[row]!;
    if (asset < 0 || incident[row] !== 1) continue;
    bucketStart[asset + 1]!++;
    count++;
  }
  for (let a = 0; a < index.count; a++) bucketStart[a + 1]! += bucketStart[a]!;
  const members = new Int32Array(count);
  const fill = bucketStart.slice(0, index.count);
  for (let k = 0; k < byOpening.length; k++) {
    const row = byOpening[k]!;
    const asset = ticketAsset[row]!;
    if (asset < 0 || incident[row] !== 1) continue;
    members[fill[asset]!++] = row;
  }
  const ends = new Float64Array(prepared.rows);
  const resolved = new Uint8Array(prepared.rows);
  const asOf = prepared.asOf;
  for (let k = 0; k < count; k++) {
    const row = members[k]!;
    const opened = prepared.opened[row]!;
    const resolution = prepared.resolution[row]!;
    if (resolution <= asOf) {
      ends[row] = Math.max(opened, resolution);
      resolved[row] = 1;
    } else {
      ends[row] = asOf;
    }
  }
  return { bucketStart, members, ends, resolved };
}
