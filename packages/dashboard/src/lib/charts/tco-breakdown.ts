import type { TopLevelSpec } from 'vega-lite';
import type { TcoBreakdown } from '@revue/kpi-core';
import { TCO_CATEGORIES } from '@revue/kpi-core/report';
import { moneyAxis, valueScale } from './axes.js';
import { topLevel, type ChartLocale, type Row } from './common.js';
import { TCO_COLORS, tcoCategoryLabel } from './tco-stacked.js';

/**
 * The TCO of the period by category (acquisition, contracts, licences, the maintenance types,
 * unclassified labour, downtime), in the fixed category order, each with its share of the
 * total (amount ÷ Σ amounts). Zero categories are kept in the table and left out of the bars.
 *
 * @example
 * tcoBreakdownSpec(report.tco.byCategory, chartLocale('fr')); // → one bar per category
 */
export function tcoBreakdownSpec(byCategory: TcoBreakdown, locale: ChartLocale): TopLevelSpec {
  const { t } = locale;
  // A category not measured (null: no asset file, no rate) counts for nothing and shows no bar.
  const total = TCO_CATEGORIES.reduce((sum, c) => sum + (byCategory[c] ?? 0), 0);
  const rows: Row[] = TCO_CATEGORIES.map((category) => {
    const amount = byCategory[category];
    return { category: tcoCategoryLabel(category, locale), amount, share: amount !== null && total > 0 ? amount / total : null };
  });
  const labels = TCO_CATEGORIES.map((c) => tcoCategoryLabel(c, locale));
  return topLevel(
    locale,
    {
      transform: [{ filter: 'datum.amount != null && datum.amount != 0' }],
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        y: { field: 'category', type: 'nominal', sort: labels, title: null },
        x: { field: 'amount', type: 'quantitative', title: t('costs.amount'), scale: valueScale(), axis: moneyAxis(Math.max(0, ...TCO_CATEGORIES.map((c) => byCategory[c] ?? 0)), locale) },
        color: { field: 'category', type: 'nominal', legend: null, scale: { domain: labels, range: TCO_CATEGORIES.map((c) => TCO_COLORS[c]) } },
        tooltip: [
          { field: 'category', type: 'nominal', title: t('costs.category') },
          { field: 'amount', type: 'quantitative', title: t('costs.amount'), format: '$,.0f' },
          { field: 'share', type: 'quantitative', title: t('costs.share'), format: '.1%' },
        ],
      },
    },
    {
      rows,
      height: Math.max(120, rows.filter((r) => r.amount !== 0).length * 30),
      description: t('costs.breakdown'),
      table: {
        columns: [
          { field: 'category', label: t('costs.category'), unit: 'text' },
          { field: 'amount', label: t('costs.amount'), unit: 'money' },
          { field: 'share', label: t('costs.share'), unit: 'percent' },
        ],
        measures: ['amount'],
      },
    },
  );
}
