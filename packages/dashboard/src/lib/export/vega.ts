import { expressionInterpreter } from 'vega-interpreter';
import type { EmbedOptions } from 'vega-embed';
import type { TopLevelSpec } from 'vega-lite';

/**
 * The vega-embed options every chart of the dashboard is rendered with, for the site's
 * Content-Security-Policy: Vega's expressions are run by `vega-interpreter` (`ast: true`,
 * `expr: expressionInterpreter`) instead of being compiled with `new Function`, so no
 * `'unsafe-eval'` is needed; the actions menu (which links to the online Vega editor) is off.
 *
 * @example
 * import embed from 'vega-embed';
 * const result = await embed(element, spec, { ...vegaEmbedOptions, renderer: 'svg' });
 */
export const vegaEmbedOptions = {
  ast: true,
  expr: expressionInterpreter,
  actions: false,
} as const satisfies EmbedOptions;

export interface RenderChartOptions {
  /** Width of the chart in CSS pixels (a `width: 'container'` spec gets this width). Default 960. */
  width?: number;
  /** Height of the chart in CSS pixels. Default: the spec's own height, else 400. */
  height?: number;
  /** Pixel ratio of the image. Default 2 (sharp on a projector and in slides). */
  scale?: number;
  /** Background colour. Default white. */
  background?: string;
}

/**
 * A Vega-Lite spec with a fixed size, so that it can be rendered away from the page (a spec
 * whose width follows its container has no container there).
 *
 * @example
 * fixedSize(slaByMonthSpec(byMonth, locale), 960, 400).width; // → 960
 */
export function fixedSize(spec: TopLevelSpec, width: number, height?: number): TopLevelSpec {
  const own = (spec as { height?: unknown }).height;
  return { ...spec, width, height: height ?? (typeof own === 'number' ? own : 400) } as TopLevelSpec;
}

/**
 * Renders a Vega-Lite spec off-screen (headless Vega view, CSP-safe interpreter) and returns a
 * PNG data URL with its pixel size. Vega and Vega-Lite are loaded on first use. Browser only:
 * PNG rendering needs a canvas.
 *
 * @example
 * const { dataUrl, width, height } = await renderSpecToPng(spec, { width: 960, height: 400 });
 */
export async function renderSpecToPng(spec: TopLevelSpec, options: RenderChartOptions = {}): Promise<{ dataUrl: string; width: number; height: number }> {
  const [vega, vegaLite] = await Promise.all([import('vega'), import('vega-lite')]);
  const width = options.width ?? 960;
  const scale = options.scale ?? 2;
  const compiled = vegaLite.compile(fixedSize(spec, width, options.height)).spec;
  const runtime = vega.parse(compiled, undefined, { ast: true });
  const view = new vega.View(runtime, { renderer: 'none', expr: expressionInterpreter } as ConstructorParameters<typeof vega.View>[1]);
  try {
    view.background(options.background ?? '#ffffff');
    await view.runAsync();
    const dataUrl = await view.toImageURL('png', scale);
    const size = pngSize(dataUrl);
    return { dataUrl, width: size.width / scale, height: size.height / scale };
  } finally {
    view.finalize();
  }
}

/**
 * The pixel size of a PNG image, read from its IHDR chunk (bytes 16–23, big-endian), given as
 * a base64 data URL or bytes. Throws `TypeError` when the data is not a PNG.
 *
 * @example
 * pngSize(await view.toImageURL('png')); // → { width: 1920, height: 800 }
 */
export function pngSize(image: string | Uint8Array): { width: number; height: number } {
  const bytes = typeof image === 'string' ? base64Head(image.slice(image.indexOf(',') + 1), 24) : image;
  if (!isPng(bytes)) throw new TypeError('pngSize requires a PNG image');
  const read = (at: number) => ((bytes[at]! << 24) | (bytes[at + 1]! << 16) | (bytes[at + 2]! << 8) | bytes[at + 3]!) >>> 0;
  return { width: read(16), height: read(20) };
}

/** The PNG signature: 89 50 4E 47 0D 0A 1A 0A (PNG specification §5.2). */
export const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] as const;

/**
 * True when bytes start with the PNG signature.
 *
 * @example
 * isPng(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])); // → true
 */
export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 24 && PNG_SIGNATURE.every((b, i) => bytes[i] === b);
}

function base64Head(base64: string, count: number): Uint8Array {
  // 4 base64 characters hold 3 bytes: decode just enough characters for `count` bytes.
  const binary = atob(base64.slice(0, Math.ceil(count / 3) * 4));
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
