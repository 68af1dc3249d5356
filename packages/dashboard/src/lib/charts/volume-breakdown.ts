import type { TopLevelSpec } from 'vega-lite';
import type { VolumeBreakdown } from '@revue/kpi-core';
import { drillKey } from '../drill.js';
import { keyLabel, NONE_KEY } from '../format/keys.js';
import type { MessageKey } from '../i18n/index.js';
import { countAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** The breakdowns of `report.volume` a user can pick. */
export const VOLUME_DIMENSIONS = ['category', 'priority', 'site'] as const;
export type VolumeDimension = (typeof VOLUME_DIMENSIONS)[number];

const TITLES: Record<VolumeDimension, MessageKey> = { category: 'activity.category', priority: 'activity.priority', site: 'activity.site' };

export interface VolumeBreakdownOptions {
  dimension: VolumeDimension;
  /** Bars shown; the rest are summed in one "others" bar. Default 12. */
  limit?: number;
}

/**
 * Tickets opened in the period by category, priority or site: horizontal bars, largest first
 * (priorities in their own order, P1 first), the groups beyond `limit` — and those kpi-core left
 * out — summed in one "others" bar. Each bar but "others" carries the `drill` key of its tickets.
 *
 * @example
 * volumeBreakdownSpec(report.volume.byCategory, chartLocale('en'), { dimension: 'category' }); // → bars per category
 */
export function volumeBreakdownSpec(breakdown: VolumeBreakdown, locale: ChartLocale, options: VolumeBreakdownOptions): TopLevelSpec {
  const { t, format } = locale;
  const limit = options.limit ?? 12;
  const groupTitle = t(TITLES[options.dimension]);
  const ticketsTitle = t('activity.tickets');
  const groups = [...breakdown.groups];
  if (options.dimension === 'priority') groups.sort((a, b) => (a.key === NONE_KEY ? 1 : b.key === NONE_KEY ? -1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const shown = groups.slice(0, limit);
  const total = groups.reduce((sum, group) => sum + group.tickets, 0) + breakdown.otherTickets;
  const rows: Row[] = shown.map((group) => {
    const label = keyLabel(group.key, options.dimension, t);
    return {
      group: label,
      tickets: group.tickets,
      share: total > 0 ? group.tickets / total : null,
      drill: drillKey(options.dimension, group.key),
      aria: t('activity.barLabel', { group: label, count: format.integer(group.tickets) }),
    };
  });
  const otherGroups = groups.length - shown.length + breakdown.otherGroups;
  const otherTickets = groups.slice(limit).reduce((sum, group) => sum + group.tickets, 0) + breakdown.otherTickets;
  if (otherGroups > 0) {
    const label = t('activity.others', { count: format.integer(otherGroups) });
    rows.push({ group: label, tickets: otherTickets, share: total > 0 ? otherTickets / total : null, drill: null, aria: t('activity.barLabel', { group: label, count: format.integer(otherTickets) }) });
  }
  return topLevel(
    locale,
    {
      mark: { type: 'bar', cornerRadiusEnd: 2, cursor: 'pointer' },
      encoding: {
        y: { field: 'group', type: 'nominal', sort: null, title: null },
        x: { field: 'tickets', type: 'quantitative', title: ticketsTitle, scale: valueScale(), axis: countAxis() },
        // "Others" is not a group one can open: drawn muted.
        color: { condition: { test: 'datum.drill === null', value: COLORS.muted }, value: COLORS.primary },
        description: { field: 'aria', type: 'nominal' },
        tooltip: [
          { field: 'group', type: 'nominal', title: groupTitle },
          { field: 'tickets', type: 'quantitative', title: ticketsTitle, format: ',.0f' },
          { field: 'share', type: 'quantitative', title: t('chart.share'), format: '.1%' },
        ],
      },
    },
    {
      rows,
      height: Math.max(100, rows.length * 30),
      description: t('activity.byDimension', { dimension: groupTitle.toLowerCase() }),
      table: {
        columns: [
          { field: 'group', label: groupTitle, unit: 'text' },
          { field: 'tickets', label: ticketsTitle, unit: 'count' },
          { field: 'share', label: t('chart.share'), unit: 'percent' },
        ],
      },
    },
  );
}
