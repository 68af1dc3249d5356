import type { TopLevelSpec } from 'vega-lite';
import type { RecurringProblem } from '@revue/kpi-core';
import { countAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * The largest recurring problems (chains of incidents with one key), as horizontal bars of
 * their incident count: the first `limit` of the report's list, in the report's order (largest
 * first, ties as kpi-core orders them), so the chart and the table below it agree. Keys get
 * up to 45 % of the chart's width for their label (120–340 px) before an ellipsis; the full key
 * is in the tooltip and the figures table. Two chains with one key (the same asset failing the
 * same way twice, months apart) are two bars: each is labelled with its key and first date, so
 * they are not stacked into one.
 *
 * @example
 * recurringProblemsSpec(report.recurrence.problems, chartLocale('en')); // → bars per problem key
 */
export function recurringProblemsSpec(problems: readonly RecurringProblem[], locale: ChartLocale, limit = 10): TopLevelSpec {
  const { t, format } = locale;
  const shown = problems.slice(0, limit);
  const repeated = new Set(shown.map((p) => p.key).filter((key, i, keys) => keys.indexOf(key) !== i));
  const rows: Row[] = shown.map((p) => {
    const first = format.date(p.first);
    return { key: p.key, label: repeated.has(p.key) ? `${p.key} (${first})` : p.key, count: p.count, first, last: format.date(p.last) };
  });
  return topLevel(
    locale,
    {
      mark: { type: 'bar', color: COLORS.warn, cornerRadiusEnd: 2 },
      encoding: {
        y: { field: 'label', type: 'nominal', sort: null, title: null, axis: { labelLimit: { expr: 'clamp(containerSize()[0] * 0.45, 120, 340)' } } },
        x: { field: 'count', type: 'quantitative', title: t('incidents.count'), scale: valueScale(), axis: countAxis() },
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
        measures: ['count'],
      },
    },
  );
}
