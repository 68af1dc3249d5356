import type { TopLevelSpec } from 'vega-lite';
import type { SlaResult } from '@revue/kpi-core';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/** Labels of the histogram buckets: `< 1 h`, `1–2 h`, …, `≥ 72 h` (last bucket open). */
export function bucketLabels(bucketsHours: readonly number[], locale: ChartLocale): string[] {
  const n = (v: number) => locale.format.number(v, 1);
  if (bucketsHours.length === 0) return [`≥ ${n(0)} h`];
  const labels = [`< ${n(bucketsHours[0]!)} h`];
  for (let i = 1; i < bucketsHours.length; i++) labels.push(`${n(bucketsHours[i - 1]!)}–${n(bucketsHours[i]!)} h`);
  labels.push(`≥ ${n(bucketsHours[bucketsHours.length - 1]!)} h`);
  return labels;
}

/**
 * Distribution of elapsed times (met and breached tickets) for response and resolution, from
 * the report's histogram: bucket i counts the values v with `bucketsHours[i−1] ≤ v <
 * bucketsHours[i]` (from 0; the last bucket is open). The buckets widen with the duration, so
 * quick answers and long resolutions both stay readable.
 *
 * @example
 * slaDistributionSpec(report.sla.elapsedHistogram, chartLocale('en')); // → grouped bars per bucket
 */
export function slaDistributionSpec(histogram: SlaResult['elapsedHistogram'], locale: ChartLocale): TopLevelSpec {
  const { t } = locale;
  const labels = bucketLabels(histogram.bucketsHours, locale);
  const rows: Row[] = [];
  for (const target of ['response', 'resolution'] as const) {
    const counts = histogram[target];
    if (counts === null) continue; // not measured
    labels.forEach((label, i) => rows.push({ bucket: label, order: i, target: t(target === 'response' ? 'sla.response' : 'sla.resolution'), count: counts[i] ?? 0 }));
  }
  return topLevel(
    locale,
    {
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        x: { field: 'bucket', type: 'ordinal', sort: null, title: t('sla.elapsed'), axis: { labelAngle: 0 } },
        xOffset: { field: 'target', type: 'nominal', sort: null },
        y: { field: 'count', type: 'quantitative', title: t('chart.count'), axis: { format: ',.0f', tickMinStep: 1 } },
        color: { field: 'target', type: 'nominal', sort: null, title: null, scale: { domain: [t('sla.response'), t('sla.resolution')], range: [COLORS.secondary, COLORS.primary] } },
        tooltip: [
          { field: 'target', type: 'nominal', title: t('sla.target') },
          { field: 'bucket', type: 'ordinal', title: t('sla.elapsed') },
          { field: 'count', type: 'quantitative', title: t('chart.count') },
        ],
      },
    },
    {
      rows,
      description: t('sla.distribution'),
      table: {
        columns: [
          { field: 'target', label: t('sla.target'), unit: 'text' },
          { field: 'bucket', label: t('sla.elapsed'), unit: 'text' },
          { field: 'count', label: t('chart.count'), unit: 'count' },
        ],
      },
    },
  );
}
