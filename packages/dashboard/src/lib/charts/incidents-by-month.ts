import type { TopLevelSpec } from 'vega-lite';
import type { RecurrenceResult, Report } from '@revue/kpi-core';
import { countAxis, coveredMonths, monthAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * Incidents opened per month, stacked as first occurrences (incidents − repeats) and repeats.
 * The axis reads short month names (`monthAxis`); the table and tooltips the full month.
 * With `data` (the report), only the months its data covers (`coveredMonths`).
 *
 * @example
 * incidentsByMonthSpec(report.recurrence.byMonth, chartLocale('en'), report); // → stacked bars per month
 */
export function incidentsByMonthSpec(
  allMonths: RecurrenceResult['byMonth'],
  locale: ChartLocale,
  data?: Pick<Report, 'coverage' | 'asOf' | 'timezone'>,
): TopLevelSpec {
  const byMonth = data ? coveredMonths(allMonths, data) : allMonths;
  const { t, format } = locale;
  const first = t('incidents.firstOccurrence');
  const repeat = t('incidents.repeat');
  const axis = monthAxis(byMonth.map((m) => m.month), locale, t('sla.month'));
  const rows: Row[] = [];
  byMonth.forEach((m, i) => {
    const month = format.month(m.month);
    const label = axis.labels[i]!;
    rows.push({ month, label, kind: first, order: 0, count: m.incidents - m.repeats, total: m.incidents });
    rows.push({ month, label, kind: repeat, order: 1, count: m.repeats, total: m.incidents });
  });
  return topLevel(
    locale,
    {
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'label', type: 'ordinal', sort: null, title: axis.title, axis: { labelAngle: 0, labelOverlap: true } },
        y: { field: 'count', type: 'quantitative', stack: 'zero', title: t('incidents.count'), scale: valueScale(), axis: countAxis() },
        color: { field: 'kind', type: 'nominal', sort: [first, repeat], title: null, scale: { domain: [first, repeat], range: [COLORS.secondary, COLORS.warn] } },
        order: { field: 'order', type: 'quantitative' },
        tooltip: [
          { field: 'month', type: 'ordinal', title: t('sla.month') },
          { field: 'kind', type: 'nominal', title: t('chart.series') },
          { field: 'count', type: 'quantitative', title: t('incidents.count') },
          { field: 'total', type: 'quantitative', title: t('chart.total') },
        ],
      },
    },
    {
      rows,
      description: t('incidents.byMonth'),
      table: {
        columns: [
          { field: 'month', label: t('sla.month'), unit: 'text' },
          { field: 'kind', label: t('chart.series'), unit: 'text' },
          { field: 'count', label: t('incidents.count'), unit: 'count' },
        ],
        measures: ['count'],
      },
    },
  );
}
