/**
 * A report small enough to hand to a page: the full report over a million tickets and a hundred
 * thousand assets is about 120 MB of JSON, almost all of it per-asset maps and id lists. A
 * review shows the worst assets and the first tickets of a list, so `compactReport` keeps those,
 * says what it cut in `truncated`, and leaves every total, count and breakdown untouched.
 */
import { compactContent, compactVolume } from './compact-content.js';
import type { Report } from './types.js';

export interface CompactOptions {
  /** Entries kept in each per-asset map and id list of the period. Default 1000. */
  maxItems?: number;
  /**
   * `'keep'` leaves the current period whole and compacts only the previous one (what the CLI
   * writes by default: every drill-down of the period reviewed, none of the period before).
   * Default `'trim'`.
   */
  current?: 'trim' | 'keep';
}

/** For each shortened list or map, its path in the report, how many were kept, and how many there were. */
export type Truncation = Record<string, { kept: number; total: number }>;

export const DEFAULT_COMPACT_ITEMS = 1000;

/**
 * The report with its long lists shortened: per-asset maps keep the `maxItems` most telling
 * assets (reliability: accelerating ones first, then most failures and shortest MTBF; costs and
 * lost hours: the largest), id lists keep their first `maxItems` ids; the previous period keeps
 * only its figures and breakdowns (its per-asset maps and id lists are only there for drill-down,
 * which the previous period does not offer). Nothing else changes.
 *
 * @example
 * const small = compactReport(report, { maxItems: 100 });
 * small.truncated; // => { 'reliability.byAsset': { kept: 100, total: 100000 }, … }
 * const forFile = compactReport(report, { current: 'keep' }); // only the previous period shrinks
 */
export function compactReport(report: Report, options: CompactOptions = {}): Report {
  return compactWithLeftOut(report, options, undefined);
}

/**
 * The entries of the previous period's per-asset maps, when its KPIs only counted them
 * (`ByAssetDetail` `'count'`, their runs' `byAssetEntries`): the maps themselves are empty.
 */
export interface ByAssetEntries {
  reliability: number;
  lostHours: number;
  tco: number;
}

/**
 * `compactReport`, for a report whose previous period was computed with its per-asset maps only
 * counted (the CLI's default): each map's size, counted when it was left out, goes into
 * `truncated` where and in the order compactReport would have noted it, so the JSON is the same
 * to the byte as compacting the full report. Not exported by the package.
 */
export function compactWithLeftOut(report: Report, options: CompactOptions, leftOut: ByAssetEntries | undefined): Report {
  const max = options.maxItems ?? DEFAULT_COMPACT_ITEMS;
  const truncated: Truncation = { ...(report.truncated ?? {}) };
  const keep = options.current === 'keep';
  const current = keep ? {} : compactKpis(report, max, '', truncated);
  const previous = compactKpis(report.previous, 0, 'previous.', truncated, leftOut);
  // The review content (volume, backlog, replacement plan) belongs to the current period too.
  const content = keep ? {} : compactContent(report, max, truncated);
  const previousVolume = compactVolume(report.previous.volume, 0, 'previous.', truncated);
  return { ...report, ...current, ...content, previous: { ...report.previous, ...previous, volume: previousVolume }, truncated };
}

type KpiLists = Pick<Report, 'sla' | 'recurrence' | 'reliability' | 'lostHours' | 'tco' | 'fleet' | 'preventive'>;

function compactKpis(kpis: KpiLists, max: number, prefix: string, truncated: Truncation, leftOut?: ByAssetEntries): KpiLists {
  const list = <T>(path: string, items: readonly T[]): T[] => {
    if (items.length <= max) return [...items];
    truncated[prefix + path] = { kept: max, total: items.length };
    return items.slice(0, max);
  };
  // `counted`: a map left out while computing is empty here; its size was counted then.
  const top = <V>(path: string, record: Record<string, V>, counted: number | undefined, rank: (a: V, b: V) => number): Record<string, V> => {
    const total = counted ?? Object.keys(record).length;
    if (total <= max) return record;
    truncated[prefix + path] = { kept: max, total };
    // Keeping none (the previous period's maps, on every CLI run) needs no ranking: sorting a
    // hundred thousand assets for nothing was a third of a second of the write at 1M.
    if (max === 0) return {};
    const kept = Object.entries(record)
      .sort(([ka, a], [kb, b]) => rank(a, b) || (ka < kb ? -1 : ka > kb ? 1 : 0))
      .slice(0, max);
    const out: Record<string, V> = {};
    for (const [key, value] of kept) Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
    return out;
  };
  const { sla, recurrence, reliability, lostHours, tco, fleet, preventive } = kpis;
  return {
    sla: {
      ...sla,
      breaches: list('sla.breaches', sla.breaches),
      ticketIds: {
        response: { breached: list('sla.ticketIds.response.breached', sla.ticketIds.response.breached), pending: list('sla.ticketIds.response.pending', sla.ticketIds.response.pending) },
        resolution: { breached: list('sla.ticketIds.resolution.breached', sla.ticketIds.resolution.breached), pending: list('sla.ticketIds.resolution.pending', sla.ticketIds.resolution.pending) },
      },
    },
    recurrence: { ...recurrence, problems: list('recurrence.problems', recurrence.problems), repeatIds: list('recurrence.repeatIds', recurrence.repeatIds) },
    reliability: {
      ...reliability,
      byAsset: top('reliability.byAsset', reliability.byAsset, leftOut?.reliability, (a, b) =>
        Number(b.accelerating) - Number(a.accelerating) || (b.failures ?? 0) - (a.failures ?? 0) || (a.mtbfHours ?? Infinity) - (b.mtbfHours ?? Infinity),
      ),
      unknownAssetIds: list('reliability.unknownAssetIds', reliability.unknownAssetIds),
    },
    lostHours: compactLost(lostHours, top('lostHours.byAsset', lostHours.byAsset, leftOut?.lostHours, (a, b) => b - a), max),
    tco: { ...tco, byAsset: top('tco.byAsset', tco.byAsset, leftOut?.tco, (a, b) => b.total - a.total) },
    fleet: {
      ...fleet,
      backlog: { ...fleet.backlog, ticketIds: list('fleet.backlog.ticketIds', fleet.backlog.ticketIds) },
      outOfWarranty: { ...fleet.outOfWarranty, assetIds: list('fleet.outOfWarranty.assetIds', fleet.outOfWarranty.assetIds) },
      pastUsefulLife: { ...fleet.pastUsefulLife, assetIds: list('fleet.pastUsefulLife.assetIds', fleet.pastUsefulLife.assetIds) },
      warrantyExpiringSoon: { ...fleet.warrantyExpiringSoon, assets: list('fleet.warrantyExpiringSoon.assets', fleet.warrantyExpiringSoon.assets) },
      ages: prefix === '' ? fleet.ages : list('fleet.ages', fleet.ages),
    },
    preventive: {
      ...preventive,
      missed: list('preventive.missed', preventive.missed),
      openWindows: list('preventive.openWindows', preventive.openWindows),
      // The heat-map rows are bounded already; the previous period keeps only the windows' counts.
      schedules: preventive.schedules.map((schedule, s) => ({ ...schedule, assets: list(`preventive.schedules.${s}.assets`, schedule.assets) })),
    },
  };
}

/**
 * The lost hours with their `byAsset` cut to `kept`, and the counts of `unknownRows.byAsset` with
 * it: those of the assets kept, and of the assets left out of `byAsset` for their unknown lengths
 * (report/lengths-unknown.ts), which say why; none when no asset is kept (as a map only counted).
 */
function compactLost(lost: Report['lostHours'], kept: Record<string, number>, max: number): Report['lostHours'] {
  const rows = lost.unknownRows;
  if (rows === undefined || (max > 0 && kept === lost.byAsset)) return { ...lost, byAsset: kept };
  const byAsset: typeof rows.byAsset = {};
  if (max > 0) {
    // The assets left out for their unknown lengths, at most `max` of them too: an export of
    // 10,000 assets mostly closed at an unknown time would otherwise keep them all.
    let leftOut = 0;
    for (const key of Object.keys(rows.byAsset)) {
      const shown = Object.hasOwn(kept, key);
      if (!shown && (Object.hasOwn(lost.byAsset, key) || leftOut >= max)) continue;
      if (!shown) leftOut++;
      Object.defineProperty(byAsset, key, { value: rows.byAsset[key], enumerable: true, writable: true, configurable: true });
    }
  }
  return { ...lost, byAsset: kept, unknownRows: { ...rows, byAsset } };
}
