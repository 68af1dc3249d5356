import type { TopLevelSpec } from 'vega-lite';
import type { SlaResult } from '@revue/kpi-core';
import { topLevel, type ChartLocale, type Row } from './common.js';
import { slaColumns, slaRows, slaTargetColor, slaTooltip } from './sla-common.js';

/**
 * SLA adherence by month: one line per target (response, resolution), adherence = met ÷
 * (met + breached) as computed in the report; a month without judged tickets has no point.
 *
 * @example
 * slaByMonthSpec(report.sla.byMonth, chartLocale('en')); // → line chart, x = month, y = adherence
 */
export function slaByMonthSpec(byMonth: SlaResult['byMonth'], locale: ChartLocale): TopLevelSpec {
  const { t, format } = locale;
  const rows: Row[] = byMonth.flatMap((month) => slaRows({ month: format.month(month.month) }, month, locale));
  return topLevel(
    locale,
    {
      mark: { type: 'line', point: { size: 70, filled: true } },
      encoding: {
        x: { field: 'month', type: 'ordinal', sort: null, title: t('sla.month'), axis: { labelAngle: 0 } },
        // A line need not start at zero: the scale covers the data up to 100% so month-to-month
        // changes of a few points stay visible.
        y: { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), scale: { zero: false, domainMax: 1, nice: true }, axis: { format: '.0%' } },
        color: slaTargetColor(locale),
        tooltip: [...slaTooltip({ field: 'month', type: 'ordinal', title: t('sla.month') }, locale)],
      },
    },
    {
      rows,
      description: t('sla.byMonth'),
      table: {
        columns: slaColumns({ field: 'month', label: t('sla.month') }, locale),
      },
    },
  );
}
