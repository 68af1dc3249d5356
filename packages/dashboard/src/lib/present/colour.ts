/**
 * Branding colours made readable: the slides put the MSP's main colour behind the title band
 * and on the headings, whatever colour was chosen. Contrast is WCAG 2's ratio of relative
 * luminances; text needs 4.5:1 (large text and lines 3:1).
 */

/** Ink used on light backgrounds (app.css `--ink`). */
export const DARK_INK = '#1b2430';
export const WHITE = '#ffffff';

function channels(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new TypeError(`not a #rrggbb colour: ${hex}`);
  return [parseInt(match[1]!, 16), parseInt(match[2]!, 16), parseInt(match[3]!, 16)];
}

/**
 * WCAG 2 relative luminance of a `#rrggbb` colour: 0.2126 R + 0.7152 G + 0.0722 B of the
 * linearised sRGB channels (c ≤ 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055)^2.4).
 *
 * @example
 * relativeLuminance('#ffffff'); // → 1
 * relativeLuminance('#000000'); // → 0
 */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = channels(hex).map((value) => {
    const c = value / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2 contrast ratio of two colours, (L1 + 0.05) / (L2 + 0.05) with L1 the lighter: from 1
 * (same colour) to 21 (black on white).
 *
 * @example
 * contrastRatio('#000000', '#ffffff'); // → 21
 * contrastRatio('#777777', '#ffffff'); // → 4.48 (just under the 4.5 text needs)
 */
export function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * The text colour for a background: white or the dark ink, whichever contrasts more.
 *
 * @example
 * textOn('#1f4e79'); // → '#ffffff'
 * textOn('#f1c232'); // → '#1b2430'
 */
export function textOn(background: string): string {
  return contrastRatio(WHITE, background) >= contrastRatio(DARK_INK, background) ? WHITE : DARK_INK;
}

function mix(hex: string, toward: [number, number, number], amount: number): string {
  const from = channels(hex);
  return `#${from.map((c, i) => Math.round(c + (toward[i]! - c) * amount).toString(16).padStart(2, '0')).join('')}`;
}

/**
 * A colour as close as possible to `colour` with at least `min` contrast on `background`: the
 * colour itself when it has it, else the colour darkened (mixed with black, for a light
 * background) or lightened (with white, for a dark one) by the smallest step of 5 % that does.
 *
 * @example
 * readableOn('#1f4e79', '#ffffff'); // → '#1f4e79' (8.5:1 already)
 * readableOn('#f1c232', '#ffffff'); // → '#7a6219' (yellow darkened to 4.5:1 or more)
 */
export function readableOn(colour: string, background = WHITE, min = 4.5): string {
  if (contrastRatio(colour, background) >= min) return colour.toLowerCase();
  const toward: [number, number, number] = relativeLuminance(background) > 0.5 ? [0, 0, 0] : [255, 255, 255];
  for (let step = 1; step <= 20; step++) {
    const candidate = mix(colour, toward, step / 20);
    if (contrastRatio(candidate, background) >= min) return candidate;
  }
  return toward[0] === 0 ? '#000000' : WHITE;
}

/** The colours of a slide, from the branding's two colours. */
export interface SlideTheme {
  /** Background of the title band: the main colour, darkened if no ink reads on it at 4.5:1. */
  band: string;
  /** Text on the band: white or dark ink (`textOn`). */
  bandInk: string;
  /** Headings on the white slide: the main colour, darkened if needed to 4.5:1. */
  heading: string;
  /** Rules and marks: the accent colour, darkened if needed to 3:1 (graphics). */
  accent: string;
}

/**
 * The slide colours of a branding: the band in the main colour with the more readable ink (a
 * mid-tone on which neither white nor dark ink reaches 4.5:1 is darkened until white does),
 * the headings and accent lines adjusted just enough to read on white.
 *
 * @example
 * slideTheme('#f1c232', '#c0504d'); // → { band: '#f1c232', bandInk: '#1b2430', heading: '#7a6219', accent: '#c0504d' }
 */
export function slideTheme(primary: string, accent: string): SlideTheme {
  const ink = textOn(primary);
  const band = contrastRatio(ink, primary) >= 4.5 ? primary.toLowerCase() : readableOn(primary, WHITE, 4.5);
  return { band, bandInk: band === primary.toLowerCase() ? ink : WHITE, heading: readableOn(primary, WHITE, 4.5), accent: readableOn(accent, WHITE, 3) };
}
