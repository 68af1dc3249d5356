import type { TopLevelSpec } from 'vega-lite';
import type { ReplacementBudget, ReplacementReason } from '@revue/kpi-core';
import type { MessageKey } from '../i18n/index.js';
import { moneyAxis, monthAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** The reasons to replace, in stacking order, with their name and colour. */
export const REASONS: ReadonlyArray<{ key: ReplacementReason; label: MessageKey; color: string }> = [
  { key: 'past-useful-life', label: 'replacement.reason.past-useful-life', color: COLORS.bad },
  { key: 'useful-life-ends', label: 'replacement.reason.useful-life-ends', color: COLORS.warn },
  { key: 'warranty-ends', label: 'replacement.reason.warranty-ends', color: COLORS.secondary },
];

/**
 * The replacement budget of the next 12 months: one bar per month, stacked by the reason that
 * makes each asset due (past its useful life — budgeted in the first month —, end of useful life,
 * end of warranty), in the report's currency. Assets without a purchase cost add nothing to a bar;
 * the figures table counts them per month.
 *
 * @example
 * replacementBudgetSpec(report.replacement.byMonth, chartLocale('fr', 'EUR')); // → stacked bars per month
 */
export function replacementBudgetSpec(byMonth: readonly ReplacementBudget[], locale: ChartLocale): TopLevelSpec {
  const { t, format } = locale;
  const monthTitle = t('sla.month');
  const costTitle = t('replacement.cost');
  const reasonTitle = t('replacement.why');
  // Short month names on the axis (the year in its title when one); the full month in tooltips and table.
  const axis = monthAxis(byMonth.map((month) => month.key), locale, monthTitle);
  const rows: Row[] = byMonth.map((month, m) => ({
    month: format.month(month.key),
    label: axis.labels[m]!,
    assets: month.assets,
    cost: month.cost,
    withoutCost: month.withoutCost,
    ...Object.fromEntries(REASONS.map((reason) => [reason.key, month.byReason[reason.key]])),
  }));
  const labels = REASONS.map((reason) => t(reason.label));
  return topLevel(
    locale,
    {
      transform: [
        { fold: REASONS.map((reason) => reason.key), as: ['reason', 'amount'] },
        {
          calculate: REASONS.map((reason, r) => `datum.reason === ${JSON.stringify(reason.key)} ? ${JSON.stringify(labels[r])} : `).join('') + "''",
          as: 'reasonLabel',
        },
      ],
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'label', type: 'ordinal', sort: axis.labels, title: axis.title, axis: { labelAngle: 0, labelOverlap: true } },
        y: { field: 'amount', type: 'quantitative', stack: 'zero', title: costTitle, scale: valueScale(), axis: moneyAxis(Math.max(0, ...byMonth.map((month) => month.cost ?? 0)), locale) },
        color: { field: 'reasonLabel', type: 'nominal', title: null, sort: labels, scale: { domain: labels, range: REASONS.map((reason) => reason.color) } },
        order: { field: 'reason', type: 'nominal', sort: 'descending' },
        tooltip: [
          { field: 'month', type: 'ordinal', title: monthTitle },
          { field: 'reasonLabel', type: 'nominal', title: reasonTitle },
          { field: 'amount', type: 'quantitative', title: costTitle, format: '$,.0f' },
          { field: 'assets', type: 'quantitative', title: t('replacement.assets'), format: ',.0f' },
        ],
      },
    },
    {
      rows,
      description: t('replacement.budgetChart'),
      table: {
        columns: [
          { field: 'month', label: monthTitle, unit: 'text' },
          { field: 'assets', label: t('replacement.assets'), unit: 'count' },
          { field: 'cost', label: costTitle, unit: 'money' },
          { field: 'withoutCost', label: t('replacement.withoutCost'), unit: 'count' },
        ],
      },
    },
  );
}
