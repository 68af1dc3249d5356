/**
 * Drill-down: which tickets stand behind a bar of a chart. A chart row carries a `drill` key
 * (made by {@link drillKey}); {@link drillTarget} reads the ids behind it from the report — the
 * volume and backlog lists of kpi-core, capped there with the whole count beside them. The
 * ticket rows themselves come from the worker (`tickets` request).
 */
import type { Report, VolumeBreakdown } from '@revue/kpi-core';

/** What a bar stands for: a group of a volume breakdown, a month × type, or a month's opened or closed tickets. */
export type DrillSource = 'category' | 'priority' | 'site' | 'type' | 'month-type' | 'opened' | 'closed';

/** The tickets behind a bar: the ids the report lists and how many there are in all. */
export interface DrillTarget {
  ids: string[];
  total: number;
}

/**
 * The drill key of a bar: its source and the keys that find it (a group key; a month and a type;
 * a month), as one JSON string so that any key text is safe.
 *
 * @example
 * drillKey('category', 'Network'); // → '["category","Network"]'
 * drillKey('month-type', '2026-07', 'request'); // → '["month-type","2026-07","request"]'
 */
export function drillKey(source: DrillSource, ...keys: string[]): string {
  return JSON.stringify([source, ...keys]);
}

function inBreakdown(breakdown: VolumeBreakdown, key: string | undefined): DrillTarget | null {
  const group = breakdown.groups.find((candidate) => candidate.key === key);
  return group === undefined ? null : { ids: group.ticketIds, total: group.tickets };
}

/**
 * The ids behind a drill key in a report, or null when the key is unknown (a report for other
 * filters, a malformed key).
 *
 * @example
 * drillTarget(report, drillKey('category', 'Network')); // → { ids: ['T-1', …], total: 40 }
 */
export function drillTarget(report: Pick<Report, 'volume' | 'backlogTrend'>, drill: string): DrillTarget | null {
  let parts: unknown;
  try {
    parts = JSON.parse(drill);
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || !parts.every((part) => typeof part === 'string')) return null;
  const [source, first, second] = parts as string[];
  const { volume, backlogTrend } = report;
  switch (source) {
    case 'category':
      return inBreakdown(volume.byCategory, first);
    case 'priority':
      return inBreakdown(volume.byPriority, first);
    case 'site':
      return inBreakdown(volume.bySite, first);
    case 'type':
      return inBreakdown(volume.byType, first);
    case 'month-type': {
      const month = volume.byMonth.find((candidate) => candidate.month === first);
      return month === undefined ? null : inBreakdown(month.byType, second);
    }
    case 'opened':
    case 'closed': {
      const month = backlogTrend.months.find((candidate) => candidate.month === first);
      if (month === undefined) return null;
      if (source === 'opened') return { ids: month.openedIds, total: month.opened };
      // No closed count when the export says nothing of how tickets ended (kpi-core's `no-end-state`).
      return month.closed === null ? null : { ids: month.closedIds, total: month.closed };
    }
    default:
      return null;
  }
}
