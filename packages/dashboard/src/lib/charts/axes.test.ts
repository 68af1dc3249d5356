import { describe, expect, it } from 'vitest';
import { parse, View } from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { sampleReport } from '../sample/report.js';
import { countAxis, hoursAxis, monthAxis, moneyAxis, thousandsAffixes } from './axes.js';
import { breakdownSpec } from './breakdown.js';
import { chartLocale } from './common.js';
import { incidentsByMonthSpec } from './incidents-by-month.js';
import { lostHoursBenchmarkSpec } from './lost-hours-benchmark.js';
import { tcoBreakdownSpec } from './tco-breakdown.js';

const en = chartLocale('en', 'EUR', 'Europe/Paris');
const fr = chartLocale('fr', 'EUR', 'Europe/Paris');

/**
 * The tick labels Vega draws on each axis of a spec at a given size (headless view, SVG out),
 * by the axis's role (`x` or `y`): what a reader sees, not what the spec asks for.
 */
async function tickLabels(spec: TopLevelSpec, width = 560, height = 260): Promise<Record<string, string[]>> {
  // Vega's ARIA labels name each axis ("X-axis titled …"): on here to find the axes (off in the app).
  const config = { ...(spec as { config?: object }).config, aria: true };
  const view = new View(parse(compile({ ...spec, width, height, config } as TopLevelSpec).spec), { renderer: 'none' });
  await view.runAsync();
  const svg = await view.toSVG();
  view.finalize();
  const out: Record<string, string[]> = {};
  // Each axis is a group with class role-axis and aria-label "X-axis titled …" / "Y-axis …"; its
  // labels are the text elements of its role-axis-label group.
  for (const axis of svg.split('<g class="mark-group role-axis"').slice(1)) {
    const name = /aria-label="([XY])-axis/.exec(axis)?.[1]?.toLowerCase() ?? '?';
    const labels = axis.split('role-axis-title')[0]!.split('role-axis-label')[1] ?? '';
    out[name] = [...labels.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!.replace(/&amp;/g, '&'));
  }
  return out;
}

describe('value axes', () => {
  it('money in thousands once the figures are large: "€12k" in English, "12 k€" in French', () => {
    expect(thousandsAffixes(en)).toEqual(['€', 'k']);
    expect(thousandsAffixes(fr)).toEqual(['', '\u00a0k€']);
    expect(thousandsAffixes(chartLocale('en', 'USD'))).toEqual(['US$', 'k']);
    expect(moneyAxis(9_999, en)).toEqual({ format: '$,.0f', tickCount: 5, labelOverlap: true });
    expect(moneyAxis(38_000, en).labelExpr).toBe('datum.value == 0 ? "0" : "€" + format(datum.value / 1000, ",.1~f") + "k"');
  });

  it('a €0–38,000 costs axis draws 0, €10k … €40k, not a tick every €2,000', async () => {
    // The issue's example: amounts up to €38,000. d3's ticks for 5 over [0, 38 000] step by
    // 10 000 (38 000 / 5 = 7 600, rounded to 10 000); the nice domain ends at 40 000.
    const spec = breakdownSpec({ a: 38_000, b: 21_000, c: 4_000 }, en, { groupTitle: 'G', valueTitle: 'Cost', unit: 'money', description: 'd' });
    expect((await tickLabels(spec)).x).toEqual(['0', '€10k', '€20k', '€30k', '€40k']);
    const french = breakdownSpec({ a: 38_000, b: 21_000, c: 4_000 }, fr, { groupTitle: 'G', valueTitle: 'Coût', unit: 'money', description: 'd' });
    expect((await tickLabels(french)).x).toEqual(['0', '10\u00a0k€', '20\u00a0k€', '30\u00a0k€', '40\u00a0k€']);
  });

  it('thousands keep a decimal where the step is not whole: €2.5k, not €3k', async () => {
    const spec = breakdownSpec({ a: 12_000 }, en, { groupTitle: 'G', valueTitle: 'Cost', unit: 'money', description: 'd' });
    // [0, 12 000] with 5 ticks: step 2 000 (12 000 / 5 = 2 400 → 2 000).
    expect((await tickLabels(spec)).x).toEqual(['0', '€2k', '€4k', '€6k', '€8k', '€10k', '€12k']);
    const small = breakdownSpec({ a: 2_600 }, en, { groupTitle: 'G', valueTitle: 'Cost', unit: 'money', description: 'd' });
    // Below €10,000: whole euros, step 500.
    // Below €10,000: whole euros, step 500, the domain rounded out to €3,000 (`valueScale`).
    expect((await tickLabels(small)).x).toEqual(['€0', '€500', '€1,000', '€1,500', '€2,000', '€2,500', '€3,000']);
  });

  it('the lost-hours benchmark axis up to 300 h ticks every 50 h, not every 10 h', async () => {
    const spec = lostHoursBenchmarkSpec({ perEmployeePerYear: 280, perEmployeePerYearByClient: { A: 120 }, benchmark: { low: 50, high: 100 } }, en);
    expect((await tickLabels(spec)).x).toEqual(['0', '50', '100', '150', '200', '250', '300']);
  });

  it('TCO breakdown of the sample report (largest category under €10,000): whole euros, French format', async () => {
    // The sample's largest category is €2,400: ticks every €500 up to €2,500.
    expect((await tickLabels(tcoBreakdownSpec(sampleReport().tco.byCategory, fr))).x).toEqual(['0\u00a0€', '500\u00a0€', '1\u202f000\u00a0€', '1\u202f500\u00a0€', '2\u202f000\u00a0€', '2\u202f500\u00a0€']);
  });

  it('count and hours axes: about five round ticks, counts in whole numbers', () => {
    expect(countAxis()).toEqual({ format: ',.0f', tickCount: 5, tickMinStep: 1, labelOverlap: true });
    expect(hoursAxis()).toEqual({ format: ',.0f', tickCount: 5, labelOverlap: true });
  });
});

describe('month axes', () => {
  it('one calendar year: short month names, the year in the title', () => {
    const keys = Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`);
    expect(monthAxis(keys, fr, 'Mois')).toEqual({
      labels: ['janv.', 'févr.', 'mars', 'avr.', 'mai', 'juin', 'juil.', 'août', 'sept.', 'oct.', 'nov.', 'déc.'],
      title: 'Mois (2026)',
    });
    expect(monthAxis(keys, en, 'Month').labels.slice(0, 3)).toEqual(['Jan', 'Feb', 'Mar']);
  });

  it('across years: a two-digit year on every label, so labels stay unique', () => {
    expect(monthAxis(['2025-11', '2025-12', '2026-01'], en, 'Month')).toEqual({ labels: ['Nov 25', 'Dec 25', 'Jan 26'], title: 'Month' });
    const keys = Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
    expect(new Set(monthAxis(keys, fr, 'Mois').labels).size).toBe(24);
  });

  it('a year of incidents: the axis draws the twelve short names ("Jan", not "Jan 2026")', async () => {
    const byMonth = Array.from({ length: 12 }, (_, i) => ({ month: `2026-${String(i + 1).padStart(2, '0')}`, incidents: 100 + i, repeats: 10 }));
    const labels = await tickLabels(incidentsByMonthSpec(byMonth, en), 700);
    // en-GB abbreviates September "Sept" (CLDR).
    expect(labels.x).toEqual(['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']);
  });
});
