/**
 * Print / PDF of the review. The look of the printed page lives in `src/print.css` (one section
 * per page, charts scaled to the page width and never split, navigation and controls hidden).
 */

export interface PrintOptions {
  /**
   * Document title while the print dialog is open: browsers use it as the default PDF file name
   * (e.g. `Revue – 2026-Q3 – Bistro`). Default: the current title.
   */
  title?: string;
  /** Called (and awaited) before the dialog opens. Default: `chartsDrawn()`. */
  prepare?: () => void | Promise<void>;
}

/** Class set on `<html>` while printing, for styles that must also apply before `@media print`. */
export const PRINTING_CLASS = 'revue-printing';

/**
 * Opens the browser's print dialog for the review (print or save as PDF): runs `prepare`, waits
 * for web fonts and two animation frames (so charts have laid out), sets the document title used
 * as the default PDF name, prints, then restores the title.
 *
 * @example
 * await printReview({ title: 'Revue – 2026-Q3' });
 */
export async function printReview(options: PrintOptions = {}): Promise<void> {
  const root = document.documentElement;
  const previousTitle = document.title;
  root.classList.add(PRINTING_CLASS);
  try {
    await (options.prepare ?? chartsDrawn)();
    await document.fonts?.ready;
    await nextFrame();
    await nextFrame();
    if (options.title) document.title = options.title;
    window.print();
  } finally {
    document.title = previousTitle;
    root.classList.remove(PRINTING_CLASS);
  }
}

/**
 * Resolves once every chart on the page has drawn (each `vega-chart-*` element holds an `<svg>`
 * or `<canvas>`), or after `timeout` milliseconds, whichever comes first. Useful as `prepare`.
 *
 * @example
 * await printReview({ prepare: () => chartsDrawn() });
 */
export async function chartsDrawn(timeout = 10_000): Promise<void> {
  const started = performance.now();
  while (performance.now() - started < timeout) {
    const charts = [...document.querySelectorAll('[data-testid^="vega-chart-"]')];
    if (charts.every((chart) => chart.querySelector('svg, canvas'))) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()));
}

/**
 * A CSS string literal holding `text`: backslashes and quotes escaped, line breaks as `\A`,
 * other control characters dropped, so a client name cannot end the string or the rule.
 *
 * @example
 * cssString('Bistro "Nord"'); // → '"Bistro \\"Nord\\""'
 */
export function cssString(text: string): string {
  const body = text
    .replace(/\\/g, '\\\\')
    .replace(/"/g, '\\"')
    .replace(/\r?\n/g, '\\A ')
    .replace(/[\u0000-\u001f\u007f]/g, '')
    .replace(/</g, '\\3C ');
  return `"${body}"`;
}

/**
 * The CSS `content` of a page-number template such as `Page {page} of {pages}`: its words as
 * strings around the `page` and `pages` counters of paged media.
 *
 * @example
 * pageCounterContent('Page {page} sur {pages}'); // → '"Page " counter(page) " sur " counter(pages)'
 */
export function pageCounterContent(template: string): string {
  return template
    .split(/(\{page\}|\{pages\})/)
    .filter((part) => part !== '')
    .map((part) => (part === '{page}' ? 'counter(page)' : part === '{pages}' ? 'counter(pages)' : cssString(part)))
    .join(' ');
}

export interface PrintPageOptions {
  /** Bottom left of every page: client, period, generated on. */
  footer: string;
  /** Bottom right: `Page {page} of {pages}`. */
  pageOf: string;
  /** Top right of every page when the figures are the demo's. */
  demo?: string | null;
}

/**
 * The `@page` rule that prints a footer and the page number on every sheet of the PDF, with
 * CSS paged-media margin boxes (`@bottom-left`, `@bottom-right`, `@top-right`). Chromium draws
 * margin boxes and the `page` / `pages` counters since version 131, in its print dialog
 * ("Save as PDF") as in headless `page.pdf()`; a `position: fixed` footer would repeat but
 * could not number the pages. Size and margins are print.css's.
 *
 * @example
 * printPageCss({ footer: 'Bistro · Q3 2026 · Generated on 2 Oct 2026', pageOf: 'Page {page} of {pages}' });
 */
export function printPageCss(options: PrintPageOptions): string {
  const box = 'font-family: Inter, "Segoe UI", system-ui, sans-serif; font-size: 8pt; color: #5b6675;';
  return [
    '@page {',
    `  @bottom-left { content: ${cssString(options.footer)}; ${box} vertical-align: middle; }`,
    `  @bottom-right { content: ${pageCounterContent(options.pageOf)}; ${box} vertical-align: middle; }`,
    ...(options.demo ? [`  @top-right { content: ${cssString(options.demo)}; ${box} color: #b3261e; font-weight: 700; vertical-align: bottom; }`] : []),
    '}',
  ].join('\n');
}
