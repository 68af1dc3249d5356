import type { TopLevelSpec } from 'vega-lite';
import type { ReliabilityFigures } from '@revue/kpi-core';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** The reliability figures a MTBF interval chart reads. */
export type MtbfEntry = Pick<ReliabilityFigures, 'failures' | 'mtbfHours' | 'mtbfLowerHours' | 'mtbfUpperHours' | 'availability'>;

export interface MtbfChartOptions {
  /** Axis and table title of the group column ("Type", "Asset"). */
  groupTitle: string;
  description: string;
  /** Logarithmic x axis, for intervals that span orders of magnitude (single assets). */
  log?: boolean;
}

/**
 * MTBF with its two-sided confidence interval, one row per group: a point at MTBF and a bar
 * from the lower to the upper bound (computed in the report; no upper bound without failures).
 * Groups without failure have no MTBF and are left out of the chart but kept in the table,
 * where their lower bound (a censored figure) is shown.
 *
 * @example
 * mtbfSpec(report.reliability.byType, chartLocale('en'), { groupTitle: 'Type', description: 'MTBF by type' });
 */
export function mtbfSpec(entries: Record<string, MtbfEntry>, locale: ChartLocale, options: MtbfChartOptions): TopLevelSpec {
  const { t } = locale;
  const rows: Row[] = Object.entries(entries)
    .sort((a, b) => (a[1].mtbfHours ?? Infinity) - (b[1].mtbfHours ?? Infinity) || a[0].localeCompare(b[0]))
    .map(([group, e]) => ({ group, failures: e.failures, mtbf: e.mtbfHours, lower: e.mtbfLowerHours, upper: e.mtbfUpperHours, availability: e.availability }));
  const charted = rows.filter((r) => r.mtbf !== null).length;
  const x = { type: 'quantitative', title: `${t('reliability.mtbf')} (h)`, scale: options.log ? { type: 'log' } : { zero: true }, axis: { format: ',.0f' } } as const;
  return topLevel(
    locale,
    {
      transform: [{ filter: 'isValid(datum.mtbf)' }],
      encoding: {
        y: { field: 'group', type: 'nominal', sort: null, title: options.groupTitle },
      },
      layer: [
        {
          mark: { type: 'rule', strokeWidth: 6, opacity: 0.35, color: COLORS.primary },
          encoding: { x: { field: 'lower', ...x }, x2: { field: 'upper' } },
        },
        {
          mark: { type: 'point', filled: true, size: 110, color: COLORS.primary },
          encoding: {
            x: { field: 'mtbf', ...x },
            tooltip: [
              { field: 'group', type: 'nominal', title: options.groupTitle },
              { field: 'mtbf', type: 'quantitative', title: t('reliability.mtbf'), format: ',.0f' },
              { field: 'lower', type: 'quantitative', title: t('reliability.lower'), format: ',.0f' },
              { field: 'upper', type: 'quantitative', title: t('reliability.upper'), format: ',.0f' },
              { field: 'failures', type: 'quantitative', title: t('reliability.failures') },
              { field: 'availability', type: 'quantitative', title: t('reliability.availability'), format: '.2%' },
            ],
          },
        },
      ],
    },
    {
      rows,
      height: Math.max(120, charted * 32),
      description: options.description,
      table: {
        columns: [
          { field: 'group', label: options.groupTitle, unit: 'text' },
          { field: 'failures', label: t('reliability.failures'), unit: 'count' },
          { field: 'mtbf', label: t('reliability.mtbf'), unit: 'hours' },
          { field: 'lower', label: t('reliability.lower'), unit: 'hours' },
          { field: 'upper', label: t('reliability.upper'), unit: 'hours' },
          { field: 'availability', label: t('reliability.availability'), unit: 'percent' },
        ],
      },
    },
  );
}
