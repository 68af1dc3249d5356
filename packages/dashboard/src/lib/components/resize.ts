/**
 * Vega-Lite charts with `width: "container"` re-measure their container on the window's
 * `resize` event only (vega/vega-lite#9349), so a chart whose card changes width without the
 * window resizing (a slide zoomed to fit, a grid reflowing) keeps its old width. `VegaLite.svelte`
 * watches its container and calls `requestChartResize()`, which fires one synthetic `resize` per
 * animation frame however many charts asked.
 */
let scheduled = false;

/**
 * Asks every chart to re-measure its container: dispatches one `resize` event on `window` at
 * the next animation frame (calls in the same frame share it).
 *
 * @example
 * new ResizeObserver(() => requestChartResize()).observe(container);
 */
export function requestChartResize(): void {
  if (scheduled) return;
  scheduled = true;
  requestAnimationFrame(() => {
    scheduled = false;
    window.dispatchEvent(new Event('resize'));
  });
}
