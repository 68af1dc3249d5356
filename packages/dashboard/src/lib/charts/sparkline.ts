import type { TopLevelSpec } from 'vega-lite';
import type { KpiUnit } from '../format/format.js';
import { COLORS, d3Format, topLevel, type ChartLocale, type Row } from './common.js';

export interface SparklineOptions {
  /** The figure's unit (the tooltip's format). */
  unit: KpiUnit;
  /** Name of the figure, for the description and the table. */
  label: string;
}

/**
 * A 12-month sparkline behind a KPI card: the monthly values as a line without axes, a gap where
 * a month has no value (not covered by the data), the last month marked. Sized by the card.
 *
 * @example
 * sparklineSpec(report.trend.months, report.trend.series.slaResolution, chartLocale('en'), { unit: 'percent', label: 'SLA resolution' });
 */
export function sparklineSpec(months: readonly string[], values: readonly (number | null)[], locale: ChartLocale, options: SparklineOptions): TopLevelSpec {
  const { t, format } = locale;
  const rows: Row[] = months.map((month, m) => ({ month: format.month(month), order: m, value: values[m] ?? null, last: m === months.length - 1 }));
  const numberFormat = d3Format(options.unit);
  const monthTitle = t('sla.month');
  const x = { field: 'order', type: 'quantitative', axis: null, scale: { domain: [0, Math.max(1, months.length - 1)] } } as const;
  const y = { field: 'value', type: 'quantitative', axis: null, scale: { zero: false } } as const;
  const tooltip = [
    { field: 'month', type: 'ordinal', title: monthTitle },
    { field: 'value', type: 'quantitative', title: options.label, ...(numberFormat ? { format: numberFormat } : {}) },
  ] as const;
  return topLevel(
    locale,
    {
      padding: 2,
      layer: [
        { mark: { type: 'line', color: COLORS.secondary, strokeWidth: 1.5, interpolate: 'monotone', invalid: 'break-paths-filter-domains' }, encoding: { x, y } },
        {
          // Every month as a small point (hover target), the last one larger and darker.
          mark: { type: 'point', filled: true },
          encoding: {
            x,
            y,
            size: { condition: { test: 'datum.last', value: 30 }, value: 8 },
            color: { condition: { test: 'datum.last', value: COLORS.primary }, value: COLORS.secondary },
            tooltip: [...tooltip],
          },
        },
      ],
    },
    {
      rows,
      height: 36,
      description: t('trend.description', { figure: options.label }),
      table: {
        columns: [
          { field: 'month', label: monthTitle, unit: 'text' },
          { field: 'value', label: options.label, unit: options.unit },
        ],
      },
    },
  );
}
