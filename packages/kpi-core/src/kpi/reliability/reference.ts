/**
 * Reliability, plainly (DESIGN §5 "Reliability"): asset by asset, its incidents sorted by
 * opening, merged into outages one after the other, clipped to the asset's window. The
 * statistics (chi-square interval, Laplace, Crow-AMSAA) are the tested building blocks of
 * `kpi/stats`. Tests check that `reliability` gives the same result.
 */
import type { AssetRow } from '../../model/fields.js';
import { assetRows } from '../../model/tables.js';
import { atMinute, groupOf, plainTickets, recordOf, type PlainTicket } from '../reference.js';
import { reliability } from './reliability.js';
import { crowAmsaa } from '../stats/crow-amsaa.js';
import { laplaceTrend } from '../stats/laplace-trend.js';
import { mtbfInterval } from '../stats/mtbf-interval.js';
import type { KpiOptions, ReviewData } from '../types.js';

type ReliabilityResult = ReturnType<typeof reliability>;
type Figures = ReliabilityResult['fleet'];
type Sums = { assets: number; failures: number; unknownDurations: number; uptime: number; downtime: number; repairTime: number; repairs: number };

const HOUR = 3_600_000;
const empty = (): Sums => ({ assets: 0, failures: 0, unknownDurations: 0, uptime: 0, downtime: 0, repairTime: 0, repairs: 0 });
const finite = (value: number | null) => (value !== null && Number.isFinite(value) ? value : null);

/** The figures of a group: MTBF = Σ uptime / Σ failures, MTTR = mean repair, availability = up / (up + down). */
function figures(sums: Sums, confidence: number): Figures {
  const uptimeHours = sums.uptime / HOUR;
  const downtimeHours = sums.downtime / HOUR;
  const interval = sums.assets > 0 ? mtbfInterval(uptimeHours, sums.failures, { confidence }) : null;
  const mtbf = sums.assets > 0 && sums.failures > 0 ? uptimeHours / sums.failures : null;
  const mttr = sums.repairs > 0 ? sums.repairTime / sums.repairs / HOUR : null;
  return {
    assets: sums.assets,
    failures: sums.failures,
    unknownDurations: sums.unknownDurations,
    repairs: sums.repairs,
    uptimeHours,
    downtimeHours,
    mtbfHours: mtbf,
    mtbfLowerHours: finite(interval?.lower ?? null),
    mtbfUpperHours: finite(interval?.upper ?? null),
    mttrHours: mttr,
    availability: uptimeHours + downtimeHours > 0 ? uptimeHours / (uptimeHours + downtimeHours) : null,
    mtbsiHours: mtbf !== null && mttr !== null ? mtbf + mttr : null,
  };
}

/** The most frequent non-empty client of the tickets of an asset id (ties: alphabetically first), or null. */
function mostFrequentClient(tickets: PlainTicket[], assetId: string): string | null {
  const counts = new Map<string, number>();
  for (const t of tickets) if (t.assetId === assetId && t.client !== null && t.client !== '') counts.set(t.client, (counts.get(t.client) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** {@link reliability}, asset by asset: the same result object. */
export function referenceReliability(data: ReviewData, options: KpiOptions): ReliabilityResult {
  const confidence = data.policy.confidence;
  const asOf = atMinute(options.asOf)!;
  const [periodStart, periodEnd] = [atMinute(options.period.start)!, atMinute(options.period.end)!];
  const tickets = plainTickets(data);
  // A failure is an incident, not cancelled, with an asset (and an opening instant to place it).
  const incidentsWithAsset = tickets.filter((t) => t.incident && !t.cancelled && t.assetId !== null && t.assetId !== '');
  const failures = incidentsWithAsset.filter((t) => t.opened !== null);

  // The assets: the file's rows (first row of an id), then the ids of incidents the file lacks
  // (an incident without an opening instant still names its asset), in service all period;
  // without a file, every ticket's asset id.
  const ticketAsset = (id: string): Partial<AssetRow> => ({ id, type: null, client: mostFrequentClient(tickets, id) });
  const assets: Partial<AssetRow>[] = [];
  const unknownAssetIds: string[] = [];
  if (data.assets !== null && data.assets !== undefined) {
    for (const row of assetRows(data.assets)) if (row.id !== null && row.id !== '' && !assets.some((a) => a.id === row.id)) assets.push(row);
    for (const t of incidentsWithAsset) {
      if (assets.some((a) => a.id === t.assetId)) continue;
      unknownAssetIds.push(t.assetId!);
      assets.push(ticketAsset(t.assetId!));
    }
  } else {
    for (const t of tickets) if (t.assetId !== null && t.assetId !== '' && !assets.some((a) => a.id === t.assetId)) assets.push(ticketAsset(t.assetId));
  }

  const byAsset: ReliabilityResult['byAsset'] = {};
  const fleet = empty();
  const byType = new Map<string, Sums>();
  const byClient = new Map<string, Sums>();
  for (const asset of assets) {
    const inService = atMinute(asset.inServiceDate ?? asset.purchaseDate ?? null);
    const retired = atMinute(asset.retiredDate ?? null);
    const windowStart = Math.max(periodStart, options.observedFrom === undefined ? -Infinity : atMinute(options.observedFrom)!, inService ?? -Infinity);
    const windowEnd = Math.min(periodEnd, asOf, retired ?? Infinity);
    if (windowEnd <= windowStart) continue;

    // Its incidents opened before min(period end, asOf), by opening (ties: table order), each
    // spanning [opened, end]: resolved by asOf → its resolution (never before opening), an
    // unknown end → its opening alone, else asOf.
    const incidents = failures
      .filter((t) => t.assetId === asset.id && t.opened! < Math.min(periodEnd, asOf))
      .map((t) => ({
        id: t.id ?? '',
        start: t.opened!,
        end: t.endUnknown ? t.opened! : t.resolution !== null && t.resolution <= asOf ? Math.max(t.opened!, t.resolution) : asOf,
        state: t.endUnknown ? 'unknown' : t.resolution !== null && t.resolution <= asOf ? 'resolved' : 'open',
      }))
      .sort((a, b) => a.start - b.start);
    // Overlapping or touching intervals merge into one outage.
    const outages: Array<{ start: number; end: number; ids: string[]; states: string[] }> = [];
    for (const incident of incidents) {
      const last = outages.at(-1);
      if (last !== undefined && incident.start <= last.end) {
        last.end = Math.max(last.end, incident.end);
        last.ids.push(incident.id);
        last.states.push(incident.state);
      } else outages.push({ start: incident.start, end: incident.end, ids: [incident.id], states: [incident.state] });
    }

    const sums = { ...empty(), assets: 1 };
    const failureHours: number[] = [];
    const ticketIds: string[] = [];
    for (const outage of outages) {
      sums.downtime += Math.max(0, Math.min(outage.end, windowEnd) - Math.max(outage.start, windowStart));
      if (outage.start < windowStart || outage.start >= windowEnd) continue;
      sums.failures++;
      failureHours.push((outage.start - windowStart) / HOUR);
      ticketIds.push(...outage.ids);
      if (outage.states.includes('unknown')) sums.unknownDurations++;
      else if (outage.states.every((state) => state === 'resolved')) {
        sums.repairTime += outage.end - outage.start; // the whole outage, not clipped
        sums.repairs++;
      }
    }
    sums.uptime = windowEnd - windowStart - sums.downtime;

    const windowHours = (windowEnd - windowStart) / HOUR;
    const trend = sums.failures >= 3;
    const laplace = trend ? laplaceTrend(failureHours, windowHours, { terminated: 'time' }) : null;
    const n = failureHours.length;
    Object.defineProperty(byAsset, asset.id!, {
      enumerable: true,
      writable: true,
      configurable: true,
      value: {
        ...figures(sums, confidence),
        type: asset.type ?? null,
        client: asset.client ?? null,
        laplaceU: finite(laplace?.u ?? null),
        crowBeta: trend ? finite(crowAmsaa(failureHours, windowHours, { terminated: 'time' }).beta) : null,
        accelerating: laplace?.trend === 'deteriorating',
        lastGapHours: n >= 2 ? failureHours[n - 1]! - failureHours[n - 2]! : null,
        ticketIds,
      },
    });
    const type = byType.get(groupOf(asset.type ?? null)) ?? byType.set(groupOf(asset.type ?? null), empty()).get(groupOf(asset.type ?? null))!;
    const client = byClient.get(groupOf(asset.client ?? null)) ?? byClient.set(groupOf(asset.client ?? null), empty()).get(groupOf(asset.client ?? null))!;
    for (const into of [fleet, type, client]) for (const field of Object.keys(sums) as (keyof Sums)[]) into[field] += sums[field];
  }
  // Group ratios only when enough of the period's incidents (cancelled ones excepted) name an asset.
  const periodIncidents = tickets.filter((t) => t.incident && !t.cancelled && t.opened !== null && t.opened >= periodStart && t.opened < periodEnd);
  const periodWithAsset = periodIncidents.filter((t) => t.assetId !== null && t.assetId !== '');
  const withAsset = periodWithAsset.length;
  const minAssetShare = data.policy.minAssetShare;
  // Without an inventory (no asset file, or an empty one) only the failed assets are known: no
  // group uptime, nor what is drawn from it.
  const assetFile = data.assets !== null && data.assets !== undefined && assetRows(data.assets).length > 0;
  // With one, enough of them must also name an asset of the file (not one it lacks).
  const inFile = (id: string) => !unknownAssetIds.includes(id);
  const withFileAsset = periodWithAsset.filter((t) => inFile(t.assetId!)).length;
  const namedIds = [...new Set(periodWithAsset.map((t) => t.assetId!))];
  const enough = (count: number) => periodIncidents.length === 0 || count >= minAssetShare * periodIncidents.length;
  const measured = enough(withAsset) && (!assetFile || enough(withFileAsset));
  const group = (sums: Sums): Figures => {
    const all = figures(sums, confidence);
    const shown = measured ? all : { ...all, mtbfHours: null, mtbfLowerHours: null, mtbfUpperHours: null, mttrHours: null, availability: null, mtbsiHours: null };
    return assetFile ? shown : { ...shown, uptimeHours: null, mtbfHours: null, mtbfLowerHours: null, mtbfUpperHours: null, availability: null, mtbsiHours: null };
  };
  const record = (map: Map<string, Sums>) => recordOf(new Map([...map].map(([key, sums]) => [key, group(sums)])));
  return {
    fleet: group(fleet),
    byType: record(byType),
    byClient: record(byClient),
    byAsset,
    unknownAssetIds,
    confidence,
    incidents: periodIncidents.length,
    withAsset,
    assetShare: periodIncidents.length > 0 ? withAsset / periodIncidents.length : null,
    withFileAsset,
    assetsNamed: namedIds.length,
    assetsNamedInFile: namedIds.filter(inFile).length,
    minAssetShare,
    assetFile,
  };
}
