/**
 * Availability and MTBF of the fleet per month over a run of months, in one sweep over each
 * asset's incidents: what `reliability(…).fleet` would give for each month alone.
 */
import { monthIndex, type MonthWindow } from '../../calendar/month-window.js';
import { floorToMinute, HOUR_MS } from '../../internal/time.js';
import { assetDate, inServiceOf } from '../assets.js';
import type { PreparedReview } from '../prepared.js';
import { assetIncidents } from '../reliability/reliability.js';

/**
 * Per month: the fleet's observed time (Σ of each asset's window), downtime and failures, and
 * how many assets were observed. An asset's window in a month is the month clipped to
 * `[max(in-service date, observedFrom), min(retiredDate, asOf))` (`observedFrom`: the data's first
 * day, before which nothing is observed; see `KpiOptions.observedFrom`); its outages are the unions of its incidents'
 * intervals `[openedAt, resolution or asOf]` (overlapping or touching ones merged); downtime is
 * the part of the outages inside the window, a failure an outage that starts inside it. Which
 * incidents a month sees does not matter: one opened after a month's window adds nothing to it.
 * `unknownDurations`: of a month's failures, those with an incident closed at an unknown time
 * opened in that month (as `reliability` over the month alone sees them), so that a month whose
 * outages mostly have no length has no MTBF or availability (`lengths-unknown`, as the period's).
 *
 * @example
 * const { windowMs, downMs } = reliabilityByMonth(prepared, window, asOf);
 * (windowMs[11] - downMs[11]) / windowMs[11]; // the last month's availability
 */
export function reliabilityByMonth(
  prepared: PreparedReview,
  window: MonthWindow,
  asOf: number,
  observedFrom = -Infinity,
): { windowMs: Float64Array; downMs: Float64Array; failures: Int32Array; unknownDurations: Int32Array; assets: Int32Array } {
  const months = window.keys.length;
  const bounds = window.bounds;
  const windowMs = new Float64Array(months);
  const downMs = new Float64Array(months);
  const failures = new Int32Array(months);
  const unknownDurations = new Int32Array(months);
  const assets = new Int32Array(months);
  const index = prepared.assetIndex('incidents');
  const { bucketStart, starts, ends, resolved } = assetIncidents(prepared);
  const retiredColumn = index.columns.retiredDate;
  // Nothing is observed before the data start (`observedFrom`): no uptime, no failure there.
  const first = Math.max(bounds[0]!, observedFrom);
  const last = bounds[months]!;
  const cutoff = Math.min(last, asOf);
  // Most assets are observed over the whole window: counted once, added per month at the end.
  let wholeAssets = 0;
  for (let asset = 0; asset < index.count; asset++) {
    if (index.primary[asset] !== 1) continue; // empty or repeated id
    const inService = floorToMinute(inServiceOf(index, asset));
    const retired = floorToMinute(assetDate(index, retiredColumn, asset));
    const serviceStart = Number.isNaN(inService) ? -Infinity : inService;
    const serviceEnd = Math.min(asOf, Number.isNaN(retired) ? Infinity : retired);
    const from = Math.max(first, serviceStart);
    const to = Math.min(last, serviceEnd);
    if (!(to > from)) continue;
    if (from === first && to === last) wholeAssets++;
    else for (let m = monthIndex(window, from); m < months && bounds[m]! < to; m++) {
      const windowStart = Math.max(bounds[m]!, from);
      const windowEnd = Math.min(bounds[m + 1]!, serviceEnd);
      if (windowEnd > windowStart) {
        windowMs[m]! += windowEnd - windowStart;
        assets[m]!++;
      }
    }
    // The asset's outages, from its incidents opened before the cutoff, in opening order.
    const end = bucketStart[asset + 1]!;
    let k = bucketStart[asset]!;
    while (k < end && starts[k]! < cutoff) {
      const outageStart = starts[k]!;
      let outageEnd = ends[k]!;
      // The opening of its first incident closed at an unknown time (2), if any.
      let unknownAt = resolved[k] === 2 ? outageStart : Infinity;
      let next = k + 1;
      while (next < end && starts[next]! < cutoff && starts[next]! <= outageEnd) {
        if (ends[next]! > outageEnd) outageEnd = ends[next]!;
        if (unknownAt === Infinity && resolved[next] === 2) unknownAt = starts[next]!;
        next++;
      }
      k = next;
      if (outageStart >= from && outageStart < to) {
        const m = monthIndex(window, outageStart);
        failures[m]!++;
        // The month alone sees only the incidents opened before its end (and asOf).
        if (unknownAt < Math.min(bounds[m + 1]!, asOf)) unknownDurations[m]!++;
      }
      const downFrom = Math.max(outageStart, from);
      const downTo = Math.min(outageEnd, to);
      for (let m = downTo > downFrom ? monthIndex(window, downFrom) : months; m < months && bounds[m]! < downTo; m++) {
        const part = Math.min(downTo, bounds[m + 1]!) - Math.max(downFrom, bounds[m]!);
        if (part > 0) downMs[m]! += part;
      }
    }
  }
  for (let m = 0; m < months; m++) {
    const observed = bounds[m + 1]! - Math.max(bounds[m]!, first);
    if (observed <= 0) continue;
    windowMs[m]! += wholeAssets * observed;
    assets[m]! += wholeAssets;
  }
  return { windowMs, downMs, failures, unknownDurations, assets };
}

/**
 * The fleet's availability and MTBF of one month from {@link reliabilityByMonth}'s sums, as
 * `reliability` computes them: uptime ÷ (uptime + downtime), and uptime ÷ failures (null without
 * failure); both null when no asset was observed.
 */
export function fleetFiguresOf(windowMs: number, downMs: number, failures: number, assets: number): { availability: number | null; mtbfHours: number | null } {
  if (assets === 0) return { availability: null, mtbfHours: null };
  const uptimeHours = (windowMs - downMs) / HOUR_MS;
  const windowHours = uptimeHours + downMs / HOUR_MS;
  return {
    availability: windowHours > 0 ? uptimeHours / windowHours : null,
    mtbfHours: failures > 0 ? uptimeHours / failures : null,
  };
}
