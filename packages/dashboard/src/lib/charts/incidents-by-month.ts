import type { TopLevelSpec } from 'vega-lite';
import type { RecurrenceResult, Report } from '@revue/kpi-core';
import { countAxis, monthAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** The `yyyy-MM` key of an instant's month in a time zone (the report's, as its month keys are). */
function monthIn(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', timeZone }).formatToParts(Date.parse(iso));
  return `${parts.find((p) => p.type === 'year')!.value}-${parts.find((p) => p.type === 'month')!.value}`;
}

/**
 * The months of the period the data covers: from the month of the first ticket of the file to
 * the month of `asOf`. kpi-core lists every month of the period; a month before the file starts
 * or after its data ends has no incident because nothing was exported, not because none
 * happened, and a bar at 0 there would read as a quiet month.
 */
export function coveredMonths<T extends { month: string }>(byMonth: readonly T[], data: Pick<Report, 'coverage' | 'asOf' | 'timezone'>): T[] {
  const from = data.coverage.firstOpenedAt === null ? null : monthIn(data.coverage.firstOpenedAt, data.timezone);
  const to = monthIn(data.asOf, data.timezone);
  return byMonth.filter((m) => (from === null || m.month >= from) && m.month <= to);
}

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
