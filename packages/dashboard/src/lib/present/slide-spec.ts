import type { TopLevelSpec } from 'vega-lite';

/** Smallest text on a slide at 1280×720, chart labels included (px). */
export const SLIDE_MIN_FONT = 16;

type Config = Record<string, Record<string, unknown> | unknown>;

/**
 * A dashboard chart spec made for a slide: it fills the box the slide gives it (width and
 * height of its container, axes and legend inside), and every text — axis labels and titles,
 * legend labels, titles, text marks — is at least `SLIDE_MIN_FONT` (16 px) at 1280×720, where
 * the dashboard uses 13 px. The data, the encodings and the text alternative are unchanged.
 *
 * @example
 * slideSpec(slaByMonthSpec(report.sla.byMonth, locale)).height; // → 'container'
 */
export function slideSpec(spec: TopLevelSpec): TopLevelSpec {
  const config = ((spec as { config?: Config }).config ?? {}) as Config;
  const part = (key: string) => (config[key] ?? {}) as Record<string, unknown>;
  return {
    ...spec,
    width: 'container',
    height: 'container',
    autosize: { type: 'fit', contains: 'padding' },
    config: {
      ...config,
      axis: { ...part('axis'), labelFontSize: SLIDE_MIN_FONT, titleFontSize: SLIDE_MIN_FONT, labelLimit: 260, titlePadding: 8 },
      legend: { ...part('legend'), labelFontSize: SLIDE_MIN_FONT, titleFontSize: SLIDE_MIN_FONT, symbolSize: 160, labelLimit: 240, columnPadding: 16 },
      title: { ...part('title'), fontSize: 18 },
      text: { ...part('text'), fontSize: SLIDE_MIN_FONT },
      point: { ...part('point'), size: 90 },
    },
  } as TopLevelSpec;
}
