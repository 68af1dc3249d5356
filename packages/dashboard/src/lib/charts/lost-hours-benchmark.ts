import type { TopLevelSpec } from 'vega-lite';
import type { LostHoursResult } from '@revue/kpi-core';
import { hoursAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * Lost hours per employee per year (overall, then per client with a headcount) against the
 * 50–100 h/year benchmark band of the report: a shaded band from `benchmark.low` to
 * `benchmark.high` behind one bar per scope. Scopes without a headcount have no figure and
 * are left out.
 *
 * @example
 * lostHoursBenchmarkSpec(report.lostHours, chartLocale('fr')); // → bars over a 50–100 h band
 */
export function lostHoursBenchmarkSpec(lost: Pick<LostHoursResult, 'perEmployeePerYear' | 'perEmployeePerYearByClient' | 'benchmark'>, locale: ChartLocale): TopLevelSpec {
  const { t } = locale;
  const rows: Row[] = [];
  if (lost.perEmployeePerYear !== null) rows.push({ scope: t('lost.scope'), hours: lost.perEmployeePerYear, low: lost.benchmark.low, high: lost.benchmark.high });
  for (const [client, hours] of Object.entries(lost.perEmployeePerYearByClient).sort((a, b) => a[0].localeCompare(b[0]))) {
    if (hours !== null) rows.push({ scope: client, hours, low: lost.benchmark.low, high: lost.benchmark.high });
  }
  const valueTitle = `${t('lost.perEmployee')} (h)`;
  return topLevel(
    locale,
    {
      encoding: { y: { field: 'scope', type: 'nominal', sort: null, title: null } },
      layer: [
        {
          mark: { type: 'bar', color: COLORS.band, height: { band: 1 } },
          encoding: {
            x: { field: 'low', type: 'quantitative', title: valueTitle, scale: valueScale(), axis: hoursAxis() },
            x2: { field: 'high' },
            tooltip: { value: t('lost.benchmarkBand') },
          },
        },
        {
          mark: { type: 'bar', color: COLORS.primary, height: { band: 0.5 }, cornerRadiusEnd: 2 },
          encoding: {
            x: { field: 'hours', type: 'quantitative', title: valueTitle, scale: valueScale(), axis: hoursAxis() },
            tooltip: [
              { field: 'scope', type: 'nominal', title: t('lost.client') },
              { field: 'hours', type: 'quantitative', title: valueTitle, format: ',.1f' },
            ],
          },
        },
      ],
    },
    {
      rows,
      height: Math.max(90, rows.length * 38),
      description: t('lost.benchmark'),
      table: {
        columns: [
          { field: 'scope', label: t('lost.client'), unit: 'text' },
          { field: 'hours', label: t('lost.perEmployee'), unit: 'hours' },
          { field: 'low', label: `${t('lost.benchmarkBand')} (min)`, unit: 'hours' },
          { field: 'high', label: `${t('lost.benchmarkBand')} (max)`, unit: 'hours' },
        ],
        // The band is the same on every row: only the hours per employee are data.
        measures: ['hours'],
      },
    },
  );
}
