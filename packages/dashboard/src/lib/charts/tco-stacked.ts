import type { TopLevelSpec } from 'vega-lite';
import type { TcoBreakdown, TcoCategory } from '@revue/kpi-core';
import { TCO_CATEGORIES } from '@revue/kpi-core/report';
import { keyLabel, type KeyDimension } from '../format/keys.js';
import type { MessageKey } from '../i18n/index.js';
import { moneyAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** Colour of each cost category, stable across charts. */
export const TCO_COLORS: Record<TcoCategory, string> = {
  acquisition: '#1f4e79',
  contracts: '#56b4e9',
  licences: '#0072b2',
  preventive: '#009e73',
  corrective: '#e69f00',
  evolutive: '#cc79a7',
  proactive: '#7a6a00',
  unclassified: COLORS.muted,
  downtime: '#d55e00',
};

/** The translated name of a cost category. */
export function tcoCategoryLabel(category: TcoCategory, locale: ChartLocale): string {
  return locale.t(`costs.cat.${category}` as MessageKey);
}

export interface TcoStackedOptions {
  groupTitle: string;
  description: string;
  /** Groups kept, by total, largest first. Default 10. */
  limit?: number;
  /**
   * What the groups are, for the labels of kpi-core's keys `(none)` and `(unallocated)`:
   * `costType` for `tco.byType` ("No type", and "Not tied to an asset" for the cost of tickets
   * tied to no asset).
   */
  dimension?: KeyDimension;
  /** Most columns of the category legend (fewer when the chart is narrow: one per 140 px). Default 3. */
  legendColumns?: number;
}

/**
 * Cost per group (asset type, asset…) as horizontal bars stacked by TCO category, groups by
 * total cost, largest first. Each group's bar sums its categories, which the report guarantees
 * equal its total.
 *
 * @example
 * tcoStackedSpec(report.tco.byType, chartLocale('en'), { groupTitle: 'Type', description: 'Cost by type' });
 */
export function tcoStackedSpec(groups: Record<string, { total: number; byCategory: TcoBreakdown }>, locale: ChartLocale, options: TcoStackedOptions): TopLevelSpec {
  const { t } = locale;
  const kept = Object.entries(groups)
    .sort((a, b) => b[1].total - a[1].total || a[0].localeCompare(b[0]))
    .slice(0, options.limit ?? 10);
  const name = (group: string) => (options.dimension ? keyLabel(group, options.dimension, t) : group);
  const rows: Row[] = [];
  for (const [key, g] of kept) {
    const group = name(key);
    TCO_CATEGORIES.forEach((category, order) => {
      const amount = g.byCategory[category];
      if (amount !== null && amount !== 0) rows.push({ group, category: tcoCategoryLabel(category, locale), order, amount, total: g.total });
    });
  }
  const labels = TCO_CATEGORIES.map((c) => tcoCategoryLabel(c, locale));
  return topLevel(
    locale,
    {
      // The width fits the card; the height is the bars' plus the legend's, which wraps to more
      // rows in a narrow card (with "fit" the legend would squeeze the bars instead).
      autosize: { type: 'fit-x', contains: 'padding' },
      mark: { type: 'bar' },
      encoding: {
        y: { field: 'group', type: 'nominal', sort: kept.map(([key]) => name(key)), title: null },
        x: { field: 'amount', type: 'quantitative', stack: 'zero', title: t('costs.amount'), scale: valueScale(), axis: { ...moneyAxis(Math.max(0, ...kept.map(([, g]) => g.total)), locale), labelFlush: true } },
        color: { field: 'category', type: 'nominal', title: null, scale: { domain: labels, range: TCO_CATEGORIES.map((c) => TCO_COLORS[c]) }, legend: { columns: { expr: `clamp(floor(containerSize()[0] / 140), 1, ${options.legendColumns ?? 3})` }, labelLimit: 120 } },
        order: { field: 'order', type: 'quantitative' },
        tooltip: [
          { field: 'group', type: 'nominal', title: options.groupTitle },
          { field: 'category', type: 'nominal', title: t('costs.category') },
          { field: 'amount', type: 'quantitative', title: t('costs.amount'), format: '$,.0f' },
          { field: 'total', type: 'quantitative', title: t('chart.total'), format: '$,.0f' },
        ],
      },
    },
    {
      rows,
      height: Math.max(110, kept.length * 34),
      description: options.description,
      table: {
        columns: [
          { field: 'group', label: options.groupTitle, unit: 'text' },
          { field: 'category', label: t('costs.category'), unit: 'text' },
          { field: 'amount', label: t('costs.amount'), unit: 'money' },
          { field: 'total', label: t('chart.total'), unit: 'money' },
        ],
        measures: ['amount'],
      },
    },
  );
}
