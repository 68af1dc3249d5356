/**
 * Presentation mode fits each section on one slide (the window, e.g. a 1280×720 projector): the
 * slide's content is zoomed out (CSS `zoom`) until it is no taller than the room left under the
 * header and above the slide bar, so a slide never scrolls. Long tables already show only their
 * top ten rows on a slide (`views/rows.ts`); this is the guarantee for the rest.
 */

/** Smallest zoom: below this, text on a projector is no longer readable, so we stop shrinking. */
export const MIN_SLIDE_ZOOM = 0.45;

export interface BestZoomOptions {
  /** Smallest zoom returned. Default `MIN_SLIDE_ZOOM`. */
  min?: number;
  /** Halvings of the search interval. Default 8 (the zoom is found to within 0.55 / 2⁸ ≈ 0.002). */
  steps?: number;
}

/**
 * The largest zoom at which a slide fits, found by bisection between `min` and 1: `fits(zoom)`
 * lays the slide out at that zoom and says whether it fits. A zoomed-out slide is laid out
 * wider, so grids may take more columns and the height is not simply proportional to the zoom:
 * trying zooms is the only sure way. 1 when the slide fits unzoomed, `min` when even that does
 * not fit; else rounded down to a thousandth.
 *
 * @example
 * bestZoom((zoom) => 1200 * zoom <= 600); // → 0.5 (a 1200 px slide in 600 px)
 * bestZoom(() => true); // → 1
 */
export function bestZoom(fits: (zoom: number) => boolean, options: BestZoomOptions = {}): number {
  const min = options.min ?? MIN_SLIDE_ZOOM;
  if (fits(1)) return 1;
  if (!fits(min)) return min;
  let low = min;
  let high = 1;
  for (let i = 0; i < (options.steps ?? 8); i++) {
    const middle = (low + high) / 2;
    if (fits(middle)) low = middle;
    else high = middle;
  }
  return Math.max(min, Math.floor(low * 1000) / 1000);
}

/**
 * Keeps a slide zoomed to fit while it changes (charts drawn, window resized): whenever the
 * slide or the window changes size, tries zooms (`bestZoom`, each a synchronous layout of the
 * slide) and keeps the largest one at which the slide's height is at most `room()`. Returns a
 * function that stops fitting and clears the zoom.
 *
 * @example
 * const stop = fitSlide(slideElement, () => window.innerHeight - slideElement.getBoundingClientRect().top - 60);
 */
export function fitSlide(slide: HTMLElement, room: () => number): () => void {
  let zoom = 1;
  const set = (value: number) => {
    slide.style.zoom = value === 1 ? '' : String(value);
  };
  const apply = () => {
    const available = room();
    // getBoundingClientRect is zoomed (CSS zoom as standardised): it is the room the slide takes.
    const next = bestZoom((candidate) => {
      set(candidate);
      return slide.getBoundingClientRect().height <= available;
    });
    set(next);
    zoom = next;
  };
  // Charts fire synthetic resize events (components/resize.ts): only a new window size counts.
  let size = `${window.innerWidth}×${window.innerHeight}`;
  const onResize = () => {
    const next = `${window.innerWidth}×${window.innerHeight}`;
    if (next === size) return;
    size = next;
    apply();
  };
  const observer = new ResizeObserver(() => apply());
  observer.observe(slide);
  window.addEventListener('resize', onResize);
  apply();
  return () => {
    observer.disconnect();
    window.removeEventListener('resize', onResize);
    if (zoom !== 1) set(1);
  };
}
