import type { TopLevelSpec } from 'vega-lite';
import type { ReliabilityFigures } from '@revue/kpi-core';
import { keyLabel, type KeyDimension } from '../format/keys.js';
import { AXIS_TICKS } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** The reliability figures a MTBF interval chart reads. */
export type MtbfEntry = Pick<ReliabilityFigures, 'failures' | 'mtbfHours' | 'mtbfLowerHours' | 'mtbfUpperHours' | 'availability'>;

export interface MtbfChartOptions {
  /** Axis and table title of the group column ("Type", "Asset"). */
  groupTitle: string;
  description: string;
  /** Logarithmic x axis, for intervals that span orders of magnitude (single assets). */
  log?: boolean;
  /** What the groups are, for the label of kpi-core's missing-value key `(none)` ("No type"). */
  dimension?: Extract<KeyDimension, 'type' | 'asset' | 'client'>;
}

/**
 * A logarithmic axis domain around `low`..`high` that ends on 1, 2 or 5 times a power of ten
 * (the largest such number ≤ low, the smallest ≥ high), so the chart is not stretched to whole
 * decades the way a "nice" log scale is. Null when the range is not positive.
 *
 * @example
 * logDomain(130, 1_480); // → [100, 2000]
 */
export function logDomain(low: number, high: number): [number, number] | null {
  if (!(low > 0) || !(high >= low) || !Number.isFinite(high)) return null;
  // 1, 2, 5 × 10^k around a value (a decade either side: Math.log10 may round across a power).
  const steps = (value: number) => {
    const exponent = Math.floor(Math.log10(value));
    const list: number[] = [];
    for (let e = exponent - 1; e <= exponent + 1; e++) for (const step of [1, 2, 5]) list.push(Number((step * 10 ** e).toPrecision(12)));
    list.push(Number((10 ** (exponent + 2)).toPrecision(12)));
    return list;
  };
  const below = steps(low).filter((v) => v <= low);
  const above = steps(high).filter((v) => v >= high);
  return [below[below.length - 1]!, above[0]!];
}

/**
 * The ticks of a logarithmic axis from `low` to `high`: 1, 2 and 5 times each power of ten in
 * that range, thinned to 1 and 5, then to powers of ten alone, until at most `max` remain —
 * so that labels never run into each other (Vega's own log ticks label 100, 200, … 900, 1,000).
 * Empty when the range is not positive.
 *
 * @example
 * logTicks(150, 12_000); // → [200, 500, 1000, 2000, 5000, 10000]
 * logTicks(150, 12_000, 4); // → [500, 1000, 5000, 10000]
 */
export function logTicks(low: number, high: number, max = 7): number[] {
  if (!(low > 0) || !(high >= low) || !Number.isFinite(high)) return [];
  const within = (steps: readonly number[]) => {
    const ticks: number[] = [];
    for (let exponent = Math.floor(Math.log10(low)); exponent <= Math.ceil(Math.log10(high)); exponent++) {
      for (const step of steps) {
        // Rounded so that 10^-1 × 2 prints as 0.2, not 0.20000000000000004.
        const tick = Number((step * 10 ** exponent).toPrecision(12));
        if (tick >= low && tick <= high) ticks.push(tick);
      }
    }
    return ticks;
  };
  for (const steps of [[1, 2, 5], [1, 5], [1]] as const) {
    const ticks = within(steps);
    if (ticks.length <= max) return ticks;
  }
  const decades = within([1]);
  const stride = Math.ceil(decades.length / max);
  return decades.filter((_, i) => i % stride === 0);
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
    .map(([group, e]) => ({ group: options.dimension ? keyLabel(group, options.dimension, locale.t) : group, failures: e.failures, mtbf: e.mtbfHours, lower: e.mtbfLowerHours, upper: e.mtbfUpperHours, availability: e.availability }));
  const charted = rows.filter((r) => r.mtbf !== null);
  const bounds = charted.flatMap((r) => [r.lower, r.mtbf, r.upper]).filter((v): v is number => typeof v === 'number' && v > 0);
  const domain = options.log ? logDomain(Math.min(...bounds), Math.max(...bounds)) : null;
  const axis = domain ? { format: ',.0f', values: logTicks(domain[0], domain[1], AXIS_TICKS + 1), labelOverlap: 'greedy' } : { format: ',.0f', labelOverlap: 'greedy', tickCount: AXIS_TICKS };
  const scale = options.log ? (domain ? { type: 'log', domain, nice: false } : { type: 'log' }) : { zero: true };
  const x = { type: 'quantitative', title: `${t('reliability.mtbf')} (h)`, scale, axis } as const;
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
      height: Math.max(120, charted.length * 32),
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
        // Groups without failure have no MTBF and are not drawn.
        measures: ['mtbf'],
      },
    },
  );
}
