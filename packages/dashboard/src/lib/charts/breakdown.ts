import type { TopLevelSpec } from 'vega-lite';
import { keyLabel, type KeyDimension } from '../format/keys.js';
import { countAxis, hoursAxis, moneyAxis, valueScale } from './axes.js';
import { COLORS, largest, topLevel, type ChartLocale, type ColumnUnit, type Row } from './common.js';

export interface BreakdownOptions {
  /** Title of the category column ("Client", "Category"). */
  groupTitle: string;
  /** Title of the value axis. */
  valueTitle: string;
  unit: Extract<ColumnUnit, 'hours' | 'money' | 'count'>;
  description: string;
  /** Largest entries kept. Default 12. */
  limit?: number;
  color?: string;
  /** Display names of the keys (e.g. translated cost categories). */
  labels?: Record<string, string>;
  /** What the keys name, for the label of kpi-core's missing-value key `(none)` ("No client"). */
  dimension?: KeyDimension;
}

/**
 * A breakdown of one figure by a category (lost hours by client, cost by category…): horizontal
 * bars, largest first, each with its share of the total of all entries (value ÷ Σ values).
 *
 * @example
 * breakdownSpec(report.lostHours.byClient, chartLocale('en'), { groupTitle: 'Client', valueTitle: 'Hours', unit: 'hours', description: 'Lost hours by client' });
 */
export function breakdownSpec(values: Record<string, number>, locale: ChartLocale, options: BreakdownOptions): TopLevelSpec {
  const { t } = locale;
  const total = Object.values(values).reduce((sum, v) => (Number.isFinite(v) ? sum + v : sum), 0);
  const rows: Row[] = largest(values, options.limit ?? 12).map(([key, value]) => ({
    group: options.labels?.[key] ?? (options.dimension ? keyLabel(key, options.dimension, t) : key),
    value,
    share: total > 0 ? value / total : null,
  }));
  const format = options.unit === 'money' ? '$,.0f' : ',.0f';
  const max = Math.max(0, ...rows.map((r) => Number(r.value)));
  const axis = options.unit === 'money' ? moneyAxis(max, locale) : options.unit === 'count' ? countAxis() : hoursAxis();
  return topLevel(
    locale,
    {
      mark: { type: 'bar', color: options.color ?? COLORS.primary, cornerRadiusEnd: 2 },
      encoding: {
        y: { field: 'group', type: 'nominal', sort: null, title: null },
        x: { field: 'value', type: 'quantitative', title: options.valueTitle, scale: valueScale(), axis },
        tooltip: [
          { field: 'group', type: 'nominal', title: options.groupTitle },
          { field: 'value', type: 'quantitative', title: options.valueTitle, format },
          { field: 'share', type: 'quantitative', title: t('chart.share'), format: '.1%' },
        ],
      },
    },
    {
      rows,
      height: Math.max(100, rows.length * 30),
      description: options.description,
      table: {
        columns: [
          { field: 'group', label: options.groupTitle, unit: 'text' },
          { field: 'value', label: options.valueTitle, unit: options.unit },
          { field: 'share', label: t('chart.share'), unit: 'percent' },
        ],
        measures: ['value'],
      },
    },
  );
}
