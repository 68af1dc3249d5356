import type { TopLevelSpec } from 'vega-lite';
import type { SlaResult } from '@revue/kpi-core';
import { countAxis, valueScale } from './axes.js';
import { COLORS, topLevel, type ChartLocale, type Row } from './common.js';

/**
 * Labels of the histogram buckets: `< 1 h`, `1–2 h`, …, `≥ 72 h` (last bucket open); with
 * `unit: false`, the bounds alone (`< 1`, `1–2`, `≥ 72`), for an axis titled in hours, so
 * that eight of them fit side by side.
 */
export function bucketLabels(bucketsHours: readonly number[], locale: ChartLocale, { unit = true }: { unit?: boolean } = {}): string[] {
  const n = (v: number) => locale.format.number(v, 1);
  const h = unit ? '\u00a0h' : '';
  if (bucketsHours.length === 0) return [`≥\u00a0${n(0)}${h}`];
  const labels = [`<\u00a0${n(bucketsHours[0]!)}${h}`];
  for (let i = 1; i < bucketsHours.length; i++) labels.push(`${n(bucketsHours[i - 1]!)}–${n(bucketsHours[i]!)}${h}`);
  labels.push(`≥\u00a0${n(bucketsHours[bucketsHours.length - 1]!)}${h}`);
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
  const bounds = bucketLabels(histogram.bucketsHours, locale, { unit: false });
  const rows: Row[] = [];
  for (const target of ['response', 'resolution'] as const) {
    const counts = histogram[target];
    if (counts === null) continue; // not measured
    labels.forEach((label, i) => rows.push({ bucket: label, bounds: bounds[i]!, order: i, target: t(target === 'response' ? 'sla.response' : 'sla.resolution'), count: counts[i] ?? 0 }));
  }
  return topLevel(
    locale,
    {
      mark: { type: 'bar', cornerRadiusEnd: 2 },
      encoding: {
        x: { field: 'bounds', type: 'ordinal', sort: null, title: `${t('sla.elapsed')} (h)`, axis: { labelAngle: 0, labelOverlap: true } },
        xOffset: { field: 'target', type: 'nominal', sort: null },
        y: { field: 'count', type: 'quantitative', title: t('chart.count'), scale: valueScale(), axis: countAxis() },
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
        measures: ['count'],
      },
    },
  );
}
