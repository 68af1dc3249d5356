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
