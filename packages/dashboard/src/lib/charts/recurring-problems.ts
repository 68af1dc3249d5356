import type { TopLevelSpec } from 'vega-lite';
import type { RecurringProblem } from '@revue/kpi-core';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * The largest recurring problems (chains of incidents with one key), as horizontal bars of
 * their incident count: the first `limit` of the report's list, in the report's order (largest
 * first, ties as kpi-core orders them), so the chart and the table below it agree. Keys get
 * up to 45 % of the chart's width for their label (120–340 px) before an ellipsis; the full key
 * is in the tooltip and the figures table.
 *
 * @example
 * recurringProblemsSpec(report.recurrence.problems, chartLocale('en')); // → bars per problem key
 */
export function recurringProblemsSpec(problems: readonly RecurringProblem[], locale: ChartLocale, limit = 10): TopLevelSpec {
  const { t, format } = locale;
  const rows: Row[] = problems
    .slice(0, limit)
    .map((p) => ({ key: p.key, count: p.count, first: format.date(p.first), last: format.date(p.last) }));
  return topLevel(
    locale,
    {
      mark: { type: 'bar', color: COLORS.warn, cornerRadiusEnd: 2 },
      encoding: {
        y: { field: 'key', type: 'nominal', sort: null, title: null, axis: { labelLimit: { expr: 'clamp(containerSize()[0] * 0.45, 120, 340)' } } },
        x: { field: 'count', type: 'quantitative', title: t('incidents.count'), axis: { format: ',.0f', tickMinStep: 1 } },
        tooltip: [
          { field: 'key', type: 'nominal', title: t('incidents.key') },
          { field: 'count', type: 'quantitative', title: t('incidents.count') },
          { field: 'first', type: 'nominal', title: t('incidents.first') },
          { field: 'last', type: 'nominal', title: t('incidents.last') },
        ],
      },
    },
    {
      rows,
      height: Math.max(120, rows.length * 30),
      description: t('incidents.problemsChart'),
      table: {
        columns: [
          { field: 'key', label: t('incidents.key'), unit: 'text' },
          { field: 'count', label: t('incidents.count'), unit: 'count' },
          { field: 'first', label: t('incidents.first'), unit: 'text' },
          { field: 'last', label: t('incidents.last'), unit: 'text' },
        ],
      },
    },
  );
}
