import type { TopLevelSpec } from 'vega-lite';
import type { RecurringProblem } from '@revue/kpi-core';
import { countAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * The largest recurring problems (chains of incidents with one key), as horizontal bars of
 * their incident count: the first `limit` of the report's list, in the report's order (largest
 * first, ties as kpi-core orders them), so the chart and the table below it agree. One bar per
 * chain: a key with two chains in the list (the same problem again after a quiet gap) gets two
 * bars, each labelled on two lines, the key then its dates (`BIS-LAP-02 · …` / `20 Mar 2026 –
 * 29 May 2026`), never one bar of their sum: on one line the ellipsis of a long key cut the
 * dates, the only part that tells the two bars apart. Labels get up to 45 % of the chart's width
 * (120–340 px) per line before an ellipsis; the full key is in the tooltip and the figures table.
 *
 * @example
 * recurringProblemsSpec(report.recurrence.problems, chartLocale('en')); // → one bar per problem chain
 */
export function recurringProblemsSpec(problems: readonly RecurringProblem[], locale: ChartLocale, limit = 10): TopLevelSpec {
  const { t, format } = locale;
  const shown = problems.slice(0, limit);
  const chainsOfKey = new Map<string, number>();
  for (const p of shown) chainsOfKey.set(p.key, (chainsOfKey.get(p.key) ?? 0) + 1);
  const rows: Row[] = shown.map((p) => {
    const first = format.date(p.first);
    const last = format.date(p.last);
    // Vega-Lite puts equal labels in one band: a key shown twice needs its dates to stay two bars,
    // on a line of their own so that no ellipsis hides them.
    const label = chainsOfKey.get(p.key)! > 1 ? `${p.key}\n${first} – ${last}` : p.key;
    return { label, key: p.key, count: p.count, first, last };
  });
  return topLevel(
    locale,
    {
      mark: { type: 'bar', color: COLORS.warn, cornerRadiusEnd: 2 },
      encoding: {
        y: {
          field: 'label',
          type: 'nominal',
          sort: null,
          title: null,
          axis: {
            labelLimit: { expr: 'clamp(containerSize()[0] * 0.45, 120, 340)' },
            labelExpr: "split(datum.label, '\\n')",
            // Vega sets the first line of a label on the band's middle; a two-line label sits
            // its first line above the middle and its second below.
            labelBaseline: { expr: "indexof(datum.value, '\\n') >= 0 ? 'line-bottom' : 'middle'" },
          },
        },
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
