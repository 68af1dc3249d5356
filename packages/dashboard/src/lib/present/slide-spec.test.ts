import Ajv from 'ajv';
import { createRequire } from 'node:module';
import { compile } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { chartLocale } from '../charts/common.js';
import { sampleReport } from '../sample/report.js';
import { SLIDE_CHARTS } from './slide-charts.js';
import { SLIDE_MIN_FONT, slideSpec } from './slide-spec.js';

const require = createRequire(import.meta.url);
const validate = new Ajv({ allowUnionTypes: true, strict: false, validateFormats: false }).compile(require('vega-lite/vega-lite-schema.json') as object);

/** Every `fontSize` value of a compiled Vega spec (numbers; signals are reported as NaN). */
function fontSizes(node: unknown, out: number[] = []): number[] {
  if (Array.isArray(node)) for (const item of node) fontSizes(item, out);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (/fontSize$/i.test(key)) out.push(typeof value === 'number' ? value : typeof value === 'object' && value && 'value' in value ? Number((value as { value: unknown }).value) : NaN);
      else fontSizes(value, out);
    }
  }
  return out;
}

describe('slideSpec', () => {
  const report = sampleReport({ language: 'fr' });
  for (const language of ['fr', 'en'] as const) {
    const locale = chartLocale(language, 'EUR', 'Europe/Paris');
    for (const [id, chart] of Object.entries(SLIDE_CHARTS)) {
      it(`${id} (${language}): valid, compiles without warning, every font ≥ 16 px, fills its box`, () => {
        const spec = slideSpec(chart.spec(report, locale));
        validate(spec);
        expect((validate.errors ?? []).filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'required'), id).toEqual([]);
        const warnings: string[] = [];
        const logger = { level: () => logger, error: (m: unknown) => warnings.push(String(m)), warn: (m: unknown) => warnings.push(String(m)), info: () => logger, debug: () => logger };
        const vega = compile(spec, { logger: logger as never }).spec;
        expect(warnings, id).toEqual([]);
        const sizes = fontSizes(vega);
        expect(sizes.length, id).toBeGreaterThan(0);
        for (const size of sizes) expect(size, id).toBeGreaterThanOrEqual(SLIDE_MIN_FONT);
        expect(spec).toMatchObject({ width: 'container', height: 'container', autosize: { type: 'fit', contains: 'padding' } });
      });
    }
  }
});

describe('the lost-hours slides say the rows they leave out', () => {
  it('under the chart by client, in French, only when kpi-core left one out', () => {
    const report = structuredClone(sampleReport({ language: 'fr' }));
    const locale = chartLocale('fr', 'EUR', 'Europe/Paris');
    const note = (r: typeof report) => (SLIDE_CHARTS['lost-by-client'].spec(r, locale) as { usermeta?: { note?: string } }).usermeta?.note;
    expect(note(report)).toBeUndefined();
    // Bistro left out by lengths-unknown: 1 incident of known length, 2 closed at an unknown time.
    report.lostHours.unknownRows = { byClient: { Bistro: { incidents: 1, unknownDuration: 2 } }, byCategory: {}, byAsset: {} };
    delete report.lostHours.byClient['Bistro'];
    expect(note(report)).toBe('Lignes non affichées, la plupart de leurs incidents clos à une heure inconnue\u202f: Bistro (1 mesuré, 2 inconnus)');
  });
});

describe('the top-assets cost slide says the downtime it leaves unpriced', () => {
  it('under the chart, in French, only when kpi-core left an asset out of the lost hours', () => {
    const report = structuredClone(sampleReport({ language: 'fr' }));
    const locale = chartLocale('fr', 'EUR', 'Europe/Paris');
    const note = (r: typeof report) => (SLIDE_CHARTS['tco-top-assets'].spec(r, locale) as { usermeta?: { note?: string } }).usermeta?.note;
    expect(note(report)).toBeUndefined();
    // An asset left out by lengths-unknown (1 incident of known length, 2 closed at an unknown time): its downtime null.
    const [asset, entry] = Object.entries(report.tco.byAsset)[0]!;
    report.lostHours.unknownRows = { byClient: {}, byCategory: {}, byAsset: { [asset]: { incidents: 1, unknownDuration: 2 } } };
    delete report.lostHours.byAsset[asset];
    report.tco.byAsset[asset] = { ...entry, byCategory: { ...entry.byCategory, downtime: null } };
    expect(note(report)).toBe(`Indisponibilité non chiffrée, la plupart de leurs incidents clos à une heure inconnue (comme pour les heures perdues)\u202f: ${asset} (1 mesuré, 2 inconnus)`);
  });
});
