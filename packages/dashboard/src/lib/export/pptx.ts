import type { TopLevelSpec } from 'vega-lite';
import type { Report } from '@revue/kpi-core';
import { deckPlan, type DeckPlan, type DeckPlanOptions, type DeckSlide } from './deck.js';
import { saveBlob, safeFileName } from './download.js';
import { renderSpecToPng } from './vega.js';

/** A chart rendered for a slide: a PNG data URL and its size in CSS pixels (for the aspect ratio). */
export interface RenderedChart {
  dataUrl: string;
  width: number;
  height: number;
}

/** Renders a chart spec to a PNG at about `width` × `height` CSS pixels. */
export type ChartRenderer = (spec: TopLevelSpec, size: { width: number; height: number }) => Promise<RenderedChart>;

export interface PptxOptions extends DeckPlanOptions {
  /** File name of the download. Default `revue-<period>[-<client>].pptx`. */
  fileName?: string;
  /** Renders each chart (default: off-screen Vega at twice the resolution, white background). */
  renderChart?: ChartRenderer;
  /** Download the file (default true); false only builds and returns it. */
  download?: boolean;
}

/** Slide size of the deck, in inches: PowerPoint's 16:9 "widescreen". */
export const SLIDE = { width: 13.333, height: 7.5 } as const;

const COLOR = { title: '1F4E79', text: '1B2430', muted: '5B6675', rule: 'DFE7F0' } as const;
const FONT = 'Segoe UI';
/** CSS pixels per inch, to size the rendered charts for their box on the slide. */
const PX_PER_INCH = 96;

const defaultRenderer: ChartRenderer = (spec, size) => renderSpecToPng(spec, { width: size.width, height: size.height, scale: 2 });

type Pptx = import('pptxgenjs').default;
type Slide = ReturnType<Pptx['addSlide']>;

function footer(slide: Slide, plan: DeckPlan, page: number, pages: number): void {
  slide.addShape('line', { x: 0.5, y: 6.95, w: SLIDE.width - 1, h: 0, line: { color: COLOR.rule, width: 1 } });
  slide.addText(plan.footer, { x: 0.5, y: 7.0, w: 10, h: 0.35, fontFace: FONT, fontSize: 10, color: COLOR.muted });
  slide.addText(`${page} / ${pages}`, { x: SLIDE.width - 2.5, y: 7.0, w: 2, h: 0.35, fontFace: FONT, fontSize: 10, color: COLOR.muted, align: 'right' });
}

/** Size of an image of aspect `width`/`height` fitted inside a box, centred horizontally. */
function fit(box: { x: number; y: number; w: number; h: number }, width: number, height: number) {
  const ratio = width > 0 && height > 0 ? width / height : box.w / box.h;
  let w = box.w;
  let h = w / ratio;
  if (h > box.h) {
    h = box.h;
    w = h * ratio;
  }
  return { x: box.x + (box.w - w) / 2, y: box.y, w, h };
}

async function sectionSlide(pptx: Pptx, plan: DeckPlan, slideData: DeckSlide, page: number, pages: number, render: ChartRenderer): Promise<void> {
  const slide = pptx.addSlide();
  slide.addText(slideData.title, { x: 0.5, y: 0.3, w: SLIDE.width - 1, h: 0.7, fontFace: FONT, fontSize: 28, bold: true, color: COLOR.title });
  const hasCharts = slideData.charts.length > 0;
  const left = { x: 0.5, y: 1.2, w: hasCharts ? 4.5 : 5.8, h: 5.6 };

  // Headline figures: a two-column table, the previous period's figure in grey under each value.
  const rows = slideData.facts.map((fact) => [
    { text: fact.label, options: { color: COLOR.text, fontSize: 13 } },
    {
      text: [
        { text: fact.value, options: { bold: true, fontSize: 16, color: COLOR.title, breakLine: fact.previous !== null } },
        ...(fact.previous !== null ? [{ text: `${plan.language === 'fr' ? 'Préc.' : 'Prev.'} ${fact.previous}`, options: { fontSize: 10, color: COLOR.muted } }] : []),
      ],
      options: { align: 'right' as const },
    },
  ]);
  if (rows.length > 0) {
    slide.addTable(rows, { x: left.x, y: left.y, w: left.w, colW: [left.w * 0.55, left.w * 0.45], fontFace: FONT, border: { type: 'solid', pt: 0.75, color: COLOR.rule }, valign: 'middle', rowH: 0.55, margin: 0.06 });
  }

  // Findings as bullets: under the figures beside charts, or on the right of a slide without charts.
  const bulletsBox = hasCharts
    ? { x: left.x, y: left.y + Math.min(rows.length, 8) * 0.6 + 0.2, w: left.w, h: Math.max(1, left.h - Math.min(rows.length, 8) * 0.6 - 0.2) }
    : { x: 6.8, y: left.y, w: SLIDE.width - 7.3, h: left.h };
  if (slideData.bullets.length > 0) {
    slide.addText(
      slideData.bullets.map((text) => ({ text, options: { bullet: true, paraSpaceAfter: 6 } })),
      { ...bulletsBox, fontFace: FONT, fontSize: hasCharts ? 12 : 16, color: COLOR.text, valign: 'top', fit: 'shrink' },
    );
  }

  if (hasCharts) {
    const area = { x: left.x + left.w + 0.4, y: 1.2, w: SLIDE.width - (left.x + left.w + 0.4) - 0.5, h: 5.6 };
    const each = area.h / slideData.charts.length;
    for (let i = 0; i < slideData.charts.length; i++) {
      const chart = slideData.charts[i]!;
      const top = area.y + i * each;
      slide.addText(chart.title, { x: area.x, y: top, w: area.w, h: 0.35, fontFace: FONT, fontSize: 13, bold: true, color: COLOR.text });
      const box = { x: area.x, y: top + 0.4, w: area.w, h: each - 0.5 };
      const image = await render(chart.spec, { width: Math.round(box.w * PX_PER_INCH), height: Math.round(box.h * PX_PER_INCH) });
      const at = fit(box, image.width, image.height);
      slide.addImage({ data: image.dataUrl.replace(/^data:/, ''), ...at, altText: chart.title });
    }
  }

  const notes = [...slideData.facts.map((f) => `${f.label}: ${f.value}${f.previous !== null ? ` (${f.previous})` : ''}`), ...slideData.bullets];
  if (notes.length > 0) slide.addNotes(notes.join('\n'));
  footer(slide, plan, page, pages);
}

/**
 * Builds the PowerPoint deck of a plan: a title slide, then one 16:9 slide per section with its
 * headline figures (and the previous period's), its findings as bullets and its charts as PNG
 * images (each rendered by `renderChart`), speaker notes repeating the figures, and a footer
 * with the period and the page number. pptxgenjs is loaded on first use (not in the main bundle).
 *
 * @example
 * const bytes = await deckBytes(deckPlan(report), renderChart); // → Uint8Array (a .pptx zip)
 */
export async function deckBytes(plan: DeckPlan, renderChart: ChartRenderer = defaultRenderer): Promise<Uint8Array> {
  const { default: PptxGenJS } = await import('pptxgenjs');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.author = 'Revue';
  pptx.company = 'Revue';
  pptx.title = plan.title;
  pptx.subject = plan.subtitle;
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  const pages = plan.slides.length + 1;
  const cover = pptx.addSlide();
  cover.background = { color: 'F4F7FB' };
  cover.addText(plan.title, { x: 0.8, y: 2.3, w: SLIDE.width - 1.6, h: 1.2, fontFace: FONT, fontSize: 40, bold: true, color: COLOR.title });
  cover.addText(plan.subtitle, { x: 0.8, y: 3.6, w: SLIDE.width - 1.6, h: 0.8, fontFace: FONT, fontSize: 20, color: COLOR.text });
  footer(cover, plan, 1, pages);

  for (let i = 0; i < plan.slides.length; i++) {
    await sectionSlide(pptx, plan, plan.slides[i]!, i + 2, pages, renderChart);
  }
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

/**
 * The default file name of a review's deck: `revue-<period>[-<client>].pptx`, made safe.
 *
 * @example
 * deckFileName(report); // → 'revue-2026-Q3.pptx'
 */
export function deckFileName(report: Pick<Report, 'period' | 'client'>): string {
  return safeFileName(`revue-${report.period.label}${report.client ? `-${report.client}` : ''}.pptx`);
}

/**
 * Exports the whole review as a PowerPoint deck (`deckPlan` then `deckBytes`): one slide per
 * section, charts as images, findings as bullets. Downloads it (unless `download: false`) and
 * returns the file.
 *
 * @example
 * await exportPptx(report, { language: 'fr' }); // downloads revue-2026-Q3.pptx
 */
export async function exportPptx(report: Report, options: PptxOptions = {}): Promise<Blob> {
  const bytes = await deckBytes(deckPlan(report, options), options.renderChart ?? defaultRenderer);
  const blob = new Blob([bytes as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' });
  if (options.download !== false) saveBlob(blob, options.fileName ?? deckFileName(report));
  return blob;
}
