import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { bestZoom, MIN_SLIDE_ZOOM } from './fit.js';

describe('bestZoom', () => {
  it('shrinks a tall slide to the room, never enlarges a short one', () => {
    // A 1200 px slide in 600 px: 600 / 1200 = 0.5 (bisection lands on it exactly: 0.45 + 0.55 × k / 256).
    expect(bestZoom((zoom) => 1200 * zoom <= 600)).toBeCloseTo(0.5, 2);
    expect(bestZoom((zoom) => 1200 * zoom <= 600)).toBeLessThanOrEqual(0.5);
    expect(bestZoom(() => true)).toBe(1);
  });

  it('stops at the minimum zoom when nothing fits', () => {
    expect(bestZoom(() => false)).toBe(MIN_SLIDE_ZOOM);
    expect(bestZoom((zoom) => zoom <= 0.1, { min: 0.05 })).toBeCloseTo(0.1, 2);
  });

  it('copes with a layout that reflows: the answer always fits', () => {
    // Charts in two rows when zoomed above 0.7 (narrow layout: 1000 px × zoom), in one row at 0.7
    // or less (wide layout: 600 px × zoom), with 600 px of room. Above 0.7 it would need
    // 1000 × zoom ≤ 600, i.e. zoom ≤ 0.6: impossible; at 0.7 it takes 420 px. Best: 0.7.
    const fits = (zoom: number) => (zoom > 0.7 ? 1000 * zoom : 600 * zoom) <= 600;
    const zoom = bestZoom(fits);
    expect(fits(zoom)).toBe(true);
    expect(zoom).toBeGreaterThan(0.69);
    expect(zoom).toBeLessThanOrEqual(0.7);
  });

  it('for a slide whose height grows with the zoom, returns the largest fitting zoom to within one bisection step and the rounding', () => {
    // 8 halvings of [MIN_SLIDE_ZOOM, 1], then floored to 0.001: (1 − 0.45) / 256 + 0.001 ≈ 0.00315.
    const tolerance = (1 - MIN_SLIDE_ZOOM) / 256 + 0.001;
    fc.assert(
      fc.property(fc.double({ min: 1, max: 20_000, noNaN: true }), fc.double({ min: 1, max: 5_000, noNaN: true }), (natural, available) => {
        const fits = (zoom: number) => natural * zoom <= available;
        const zoom = bestZoom(fits);
        expect(zoom).toBeLessThanOrEqual(1);
        expect(zoom).toBeGreaterThanOrEqual(MIN_SLIDE_ZOOM);
        const exact = Math.min(1, available / natural);
        if (exact >= MIN_SLIDE_ZOOM) {
          expect(fits(zoom)).toBe(true);
          expect(exact - zoom).toBeLessThanOrEqual(tolerance);
        }
      }),
    );
  });
});
