import type { TopLevelSpec } from 'vega-lite';
import type { SlaResult } from '@revue/kpi-core';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * SLA adherence by month: one line per target (response, resolution), adherence = met ÷
 * (met + breached) as computed in the report; a month without judged tickets has no point.
 *
 * @example
 * slaByMonthSpec(report.sla.byMonth, chartLocale('en')); // → line chart, x = month, y = adherence
 */
export function slaByMonthSpec(byMonth: SlaResult['byMonth'], locale: ChartLocale): TopLevelSpec {
  const { t, format } = locale;
  const rows: Row[] = [];
  for (const month of byMonth) {
    for (const target of ['response', 'resolution'] as const) {
      const o = month[target];
      rows.push({ month: format.month(month.month), target: t(target === 'response' ? 'sla.response' : 'sla.resolution'), adherence: o.adherence, met: o.met, breached: o.breached, pending: o.pending });
    }
  }
  return topLevel(
    locale,
    {
      mark: { type: 'line', point: { size: 70, filled: true } },
      encoding: {
        x: { field: 'month', type: 'ordinal', sort: null, title: t('sla.month'), axis: { labelAngle: 0 } },
        // A line need not start at zero: the scale covers the data up to 100% so month-to-month
        // changes of a few points stay visible.
        y: { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), scale: { zero: false, domainMax: 1, nice: true }, axis: { format: '.0%' } },
        color: { field: 'target', type: 'nominal', sort: null, title: null, scale: { domain: [t('sla.response'), t('sla.resolution')], range: [COLORS.secondary, COLORS.primary] } },
        tooltip: [
          { field: 'month', type: 'ordinal', title: t('sla.month') },
          { field: 'target', type: 'nominal', title: t('sla.target') },
          { field: 'adherence', type: 'quantitative', title: t('sla.adherence'), format: '.1%' },
          { field: 'met', type: 'quantitative', title: t('sla.met') },
          { field: 'breached', type: 'quantitative', title: t('sla.breached') },
          { field: 'pending', type: 'quantitative', title: t('sla.pending') },
        ],
      },
    },
    {
      rows,
      description: t('sla.byMonth'),
      table: {
        columns: [
          { field: 'month', label: t('sla.month'), unit: 'text' },
          { field: 'target', label: t('sla.target'), unit: 'text' },
          { field: 'adherence', label: t('sla.adherence'), unit: 'percent' },
          { field: 'met', label: t('sla.met'), unit: 'count' },
          { field: 'breached', label: t('sla.breached'), unit: 'count' },
          { field: 'pending', label: t('sla.pending'), unit: 'count' },
        ],
      },
    },
  );
}
