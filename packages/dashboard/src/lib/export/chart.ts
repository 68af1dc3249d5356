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
  const url = await chartPngDataUrl(target, options);
  saveBlob(dataUrlToBlob(url), /\.png$/i.test(fileName) ? fileName : `${fileName}.png`);
}

/**
 * Downloads a chart as an SVG image (`chartSvgText`).
 *
 * @example
 * await exportChartSvg(result.view, 'sla-by-month.svg');
 */
export async function exportChartSvg(target: ChartTarget, fileName: string): Promise<void> {
  const text = await chartSvgText(target);
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
