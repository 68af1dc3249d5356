import { dataUrlToBlob, saveBlob } from './download.js';
import type { View } from 'vega';
import { chartView } from './charts.js';

/**
 * What a chart export reads: a Vega view, the id a chart is registered under (`chart-<name>`,
 * see `charts.ts`), or an element that holds a rendered chart (the `chart-<name>` card itself).
 */
export type ChartTarget = View | Element | string;

/**
 * The Vega view of a chart target: the view itself, the view registered under an id, or for an
 * element, the view registered under its `data-testid` (the chart card `chart-<name>`) or under
 * that of a `vega-chart-<name>` element inside it; null when there is none.
 *
 * @example
 * chartViewOf(document.querySelector('[data-testid="chart-sla-by-month"]')!); // → View | null
 */
export function chartViewOf(target: ChartTarget): View | null {
  if (typeof target === 'string') return chartView(target) ?? null;
  if (!isElement(target)) return target;
  const own = target.getAttribute('data-testid');
  if (own) {
    const view = chartView(own) ?? chartView(own.replace(/^vega-/, ''));
    if (view) return view;
  }
  for (const inner of target.querySelectorAll('[data-testid^="vega-"]')) {
    const view = chartView(inner.getAttribute('data-testid')!.slice('vega-'.length));
    if (view) return view;
  }
  return null;
}

function isElement(target: View | Element): target is Element {
  return typeof (target as Element).querySelectorAll === 'function';
}

export interface ChartImageOptions {
  /** Pixel ratio of the PNG. Default 2. */
  scale?: number;
  /** Background painted under the chart (charts are transparent on screen). Default white. */
  background?: string;
  /** A heading drawn above the chart in the exported image (see {@link ChartCaption}). */
  caption?: ChartCaption;
}

/**
 * What an exported chart says of itself above the drawing: its title and, below, the period and
 * client (and "Demo data"). A chart image travels alone — into an e-mail, a slide — where the
 * card's title beside it on screen is lost (review: a PNG/SVG carried no title, period or client).
 */
export interface ChartCaption {
  title: string;
  subtitle?: string;
}

/** Heights in CSS pixels of the caption's lines (title 15 px bold, subtitle 12 px) and its margin. */
const CAPTION_TITLE = 15;
const CAPTION_SUBTITLE = 12;
const CAPTION_PAD = 8;

function captionHeight(caption: ChartCaption): number {
  return CAPTION_PAD + Math.round(CAPTION_TITLE * 1.3) + (caption.subtitle ? Math.round(CAPTION_SUBTITLE * 1.4) : 0) + CAPTION_PAD;
}

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A chart's SVG text with its caption above it: a new root as wide as the chart and taller by
 * the caption, holding the caption's text and the chart's own `<svg>` moved down (text, not
 * HTML: the title and client are escaped). The chart's SVG is returned as it is when its root
 * has no numeric width and height.
 *
 * @example
 * captionedSvg('<svg xmlns="http://www.w3.org/2000/svg" width="400" height="200">…</svg>', { title: 'SLA by month', subtitle: 'Q3 2026 · ACME' });
 * // → '<svg xmlns="http://www.w3.org/2000/svg" width="400" height="253" …><text …>SLA by month</text>…'
 */
export function captionedSvg(svg: string, caption: ChartCaption): string {
  const body = svg.replace(/^<\?xml[^>]*\?>\s*/, '');
  const root = /^<svg\b[^>]*>/.exec(body)?.[0] ?? '';
  const width = Number(/\swidth="([\d.]+)"/.exec(root)?.[1]);
  const height = Number(/\sheight="([\d.]+)"/.exec(root)?.[1]);
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) return svg;
  const top = captionHeight(caption);
  const titleY = CAPTION_PAD + CAPTION_TITLE;
  const subtitle = caption.subtitle
    ? `<text x="0" y="${titleY + Math.round(CAPTION_SUBTITLE * 1.4)}" font-family="sans-serif" font-size="${CAPTION_SUBTITLE}" fill="#4b5563">${escapeXml(caption.subtitle)}</text>`
    : '';
  const chart = body.replace(/^<svg\b/, `<svg y="${top}"`);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="${width}" height="${height + top}" viewBox="0 0 ${width} ${height + top}">` +
    `<text x="0" y="${titleY}" font-family="sans-serif" font-size="${CAPTION_TITLE}" font-weight="bold" fill="#111827">${escapeXml(caption.title)}</text>${subtitle}${chart}</svg>`
  );
}

/** A PNG data URL with the caption drawn above the image, on the background. */
async function captionedPng(url: string, caption: ChartCaption, scale: number, background: string): Promise<string> {
  const image = await new Promise<HTMLImageElement>((resolve, reject) => {
    const img = new Image();
    img.onload = () => resolve(img);
    img.onerror = () => reject(new TypeError('the chart image could not be drawn'));
    img.src = url;
  });
  const top = Math.round(captionHeight(caption) * scale);
  const canvas = document.createElement('canvas');
  canvas.width = image.width;
  canvas.height = image.height + top;
  const context = canvas.getContext('2d');
  if (!context) throw new TypeError('no 2D canvas in this browser');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.textBaseline = 'alphabetic';
  context.fillStyle = '#111827';
  context.font = `bold ${CAPTION_TITLE * scale}px sans-serif`;
  const titleY = (CAPTION_PAD + CAPTION_TITLE) * scale;
  context.fillText(caption.title, 0, titleY, canvas.width);
  if (caption.subtitle) {
    context.fillStyle = '#4b5563';
    context.font = `${CAPTION_SUBTITLE * scale}px sans-serif`;
    context.fillText(caption.subtitle, 0, titleY + Math.round(CAPTION_SUBTITLE * 1.4) * scale, canvas.width);
  }
  context.drawImage(image, 0, top);
  return canvas.toDataURL('image/png');
}

/**
 * A chart as a PNG data URL: from its Vega view (`view.toImageURL('png', scale)` on a white
 * background), else from the `<canvas>` or `<svg>` drawn inside the element.
 * Throws `TypeError` when the element holds no chart.
 *
 * @example
 * const url = await chartPngDataUrl(result.view); // → 'data:image/png;base64,iVBORw0KGgo…'
 */
export async function chartPngDataUrl(target: ChartTarget, options: ChartImageOptions = {}): Promise<string> {
  const scale = options.scale ?? 2;
  const background = options.background ?? '#ffffff';
  const view = chartViewOf(target);
  if (view) {
    const previous = view.background();
    view.background(background);
    try {
      return await view.toImageURL('png', scale);
    } finally {
      view.background(previous);
    }
  }
  if (typeof target === 'string' || !isElement(target)) throw new TypeError(`no chart is registered as ${String(target)}`);
  const element = target;
  const canvas = element instanceof HTMLCanvasElement ? element : element.querySelector('canvas');
  if (canvas) return flatten(canvas, canvas.width, canvas.height, 1, background);
  const svg = element instanceof SVGSVGElement ? element : element.querySelector('svg');
  if (svg) {
    const { width, height } = svg.getBoundingClientRect();
    const image = await loadImage(svgText(svg));
    return flatten(image, width, height, scale, background);
  }
  throw new TypeError('chartPngDataUrl requires a chart view or an element holding a chart');
}

/**
 * A chart as standalone SVG text: from its Vega view (`view.toSVG()`), else the `<svg>` drawn
 * inside the element, serialised with its namespace. Throws `TypeError` when there is neither.
 *
 * @example
 * const svg = await chartSvgText(result.view); // → '<svg xmlns="http://www.w3.org/2000/svg" …'
 */
export async function chartSvgText(target: ChartTarget): Promise<string> {
  const view = chartViewOf(target);
  if (view) return view.toSVG();
  if (typeof target === 'string' || !isElement(target)) throw new TypeError(`no chart is registered as ${String(target)}`);
  const element = target;
  const svg = element instanceof SVGSVGElement ? element : element.querySelector('svg');
  if (svg) return svgText(svg);
  throw new TypeError('chartSvgText requires a chart view or an element holding an SVG chart');
}

/**
 * Downloads a chart as a PNG image (`chartPngDataUrl`, twice the screen resolution, white
 * background).
 *
 * @example
 * await exportChartPng(document.querySelector('[data-testid="chart-sla-by-month"]')!, 'sla-by-month.png');
 */
export async function exportChartPng(target: ChartTarget, fileName: string, options: ChartImageOptions = {}): Promise<void> {
  const plain = await chartPngDataUrl(target, options);
  const url = options.caption ? await captionedPng(plain, options.caption, options.scale ?? 2, options.background ?? '#ffffff') : plain;
  saveBlob(dataUrlToBlob(url), /\.png$/i.test(fileName) ? fileName : `${fileName}.png`);
}

/**
 * Downloads a chart as an SVG image (`chartSvgText`).
 *
 * @example
 * await exportChartSvg(result.view, 'sla-by-month.svg');
 */
export async function exportChartSvg(target: ChartTarget, fileName: string, options: Pick<ChartImageOptions, 'caption'> = {}): Promise<void> {
  const drawn = await chartSvgText(target);
  const text = options.caption ? captionedSvg(drawn, options.caption) : drawn;
  const xml = text.startsWith('<?xml') ? text : `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
  saveBlob(new Blob([xml], { type: 'image/svg+xml;charset=utf-8' }), /\.svg$/i.test(fileName) ? fileName : `${fileName}.svg`);
}

function svgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('xmlns:xlink', 'http://www.w3.org/1999/xlink');
  return new XMLSerializer().serializeToString(copy);
}

function loadImage(svg: string): Promise<HTMLImageElement> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      URL.revokeObjectURL(url);
      resolve(image);
    };
    image.onerror = () => {
      URL.revokeObjectURL(url);
      reject(new TypeError('the chart SVG could not be drawn'));
    };
    image.src = url;
  });
}

function flatten(source: CanvasImageSource, width: number, height: number, scale: number, background: string): string {
  const canvas = document.createElement('canvas');
  canvas.width = Math.max(1, Math.round(width * scale));
  canvas.height = Math.max(1, Math.round(height * scale));
  const context = canvas.getContext('2d');
  if (!context) throw new TypeError('no 2D canvas in this browser');
  context.fillStyle = background;
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(source, 0, 0, canvas.width, canvas.height);
  return canvas.toDataURL('image/png');
}
