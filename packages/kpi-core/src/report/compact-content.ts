/**
 * `compactReport` for the review content of issue 12: the ids behind each volume bar and each
 * month of the backlog keep their first `max`, the replacement plan its `max` most urgent assets.
 * Counts, budgets and the trend stay whole (they are small already).
 */
import type { VolumeBreakdown, VolumeResult } from '../kpi/volume/types.js';
import type { ReviewContent } from './types.js';

/** For each shortened list, its path in the report, how many were kept, and how many there were. */
type Truncation = Record<string, { kept: number; total: number }>;

/**
 * The content with its id lists and the plan's asset list cut at `max` entries, each cut noted in
 * `truncated` by its path (e.g. `volume.byCategory.groups[0].ticketIds`).
 *
 * @example
 * compactContent(report, 100, truncated).replacement.assets.length; // => at most 100
 */
export function compactContent(content: ReviewContent & { volume: VolumeResult }, max: number, truncated: Truncation): ReviewContent & { volume: VolumeResult } {
  const list = listCutter(max, '', truncated);
  const { volume, backlogTrend, trend, replacement } = content;
  return {
    volume: compactVolume(volume, max, '', truncated),
    backlogTrend: {
      ...backlogTrend,
      months: backlogTrend.months.map((month, m) => ({
        ...month,
        openedIds: list(`backlogTrend.months[${m}].openedIds`, month.openedIds),
        closedIds: list(`backlogTrend.months[${m}].closedIds`, month.closedIds),
      })),
    },
    trend,
    replacement: { ...replacement, assets: list('replacement.assets', replacement.assets) },
  };
}

function listCutter(max: number, prefix: string, truncated: Truncation) {
  return <T>(path: string, items: readonly T[]): T[] => {
    if (items.length <= max) return [...items];
    truncated[prefix + path] = { kept: max, total: items.length };
    return items.slice(0, max);
  };
}

/**
 * The ticket volume with the ids behind each bar cut at `max` (`prefix` is `previous.` for the
 * previous period's, which keeps none: drill-down is offered on the current period only).
 *
 * @example
 * compactVolume(report.previous.volume, 0, 'previous.', truncated).byType.groups[0]?.ticketIds; // => []
 */
export function compactVolume(volume: VolumeResult, max: number, prefix: string, truncated: Truncation): VolumeResult {
  const list = listCutter(max, prefix, truncated);
  const breakdown = (path: string, given: VolumeBreakdown): VolumeBreakdown => ({
    ...given,
    groups: given.groups.map((group, g) => ({ ...group, ticketIds: list(`${path}.groups[${g}].ticketIds`, group.ticketIds) })),
  });
  return {
    ...volume,
    byType: breakdown('volume.byType', volume.byType),
    byCategory: breakdown('volume.byCategory', volume.byCategory),
    byPriority: breakdown('volume.byPriority', volume.byPriority),
    bySite: breakdown('volume.bySite', volume.bySite),
    byMonth: volume.byMonth.map((month, m) => ({ ...month, byType: breakdown(`volume.byMonth[${m}].byType`, month.byType) })),
  };
}
