import type { TopLevelSpec } from 'vega-lite';
import type { RecurrenceResult } from '@revue/kpi-core';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * Incidents opened per month, stacked as first occurrences (incidents − repeats) and repeats.
 *
 * @example
 * incidentsByMonthSpec(report.recurrence.byMonth, chartLocale('en')); // → stacked bars per month
 */
export function incidentsByMonthSpec(byMonth: RecurrenceResult['byMonth'], locale: ChartLocale): TopLevelSpec {
  const { t, format } = locale;
  const first = t('incidents.firstOccurrence');
  const repeat = t('incidents.repeat');
  const rows: Row[] = [];
  for (const m of byMonth) {
    const month = format.month(m.month);
    rows.push({ month, kind: first, order: 0, count: m.incidents - m.repeats, total: m.incidents });
    rows.push({ month, kind: repeat, order: 1, count: m.repeats, total: m.incidents });
  }
  return topLevel(
    locale,
    {
      mark: { type: 'bar' },
      encoding: {
        x: { field: 'month', type: 'ordinal', sort: null, title: t('sla.month'), axis: { labelAngle: 0 } },
        y: { field: 'count', type: 'quantitative', stack: 'zero', title: t('incidents.count'), axis: { format: ',.0f', tickMinStep: 1 } },
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
      },
    },
  );
}
