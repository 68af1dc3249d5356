import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { contrastRatio, readableOn, relativeLuminance, slideTheme, textOn } from './colour.js';

describe('contrast (WCAG 2)', () => {
  it('matches the published ratios', () => {
    expect(relativeLuminance('#ffffff')).toBe(1);
    expect(relativeLuminance('#000000')).toBe(0);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 10);
    // #777777 on white is the classic "just fails AA" grey: 4.48:1 (WebAIM contrast checker).
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    // #767676 is the lightest grey that passes: 4.54:1 (WebAIM).
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
  });

  it('picks white on dark bands and dark ink on light ones', () => {
    expect(textOn('#1f4e79')).toBe('#ffffff');
    expect(textOn('#000000')).toBe('#ffffff');
    expect(textOn('#f1c232')).toBe('#1b2430');
    expect(textOn('#ffffff')).toBe('#1b2430');
  });

  it('keeps a readable colour and darkens a light one only as much as needed', () => {
    expect(readableOn('#1f4e79')).toBe('#1f4e79');
    const yellow = readableOn('#f1c232');
    expect(contrastRatio(yellow, '#ffffff')).toBeGreaterThanOrEqual(4.5);
    // One 5 % step less would not be enough (the smallest step that reads).
    expect(yellow).not.toBe('#f1c232');
    // White darkened by 5 % steps: 55 % (255 × 0.45 = 115 = 0x73) is the first at 4.5:1 or more (4.74).
    expect(readableOn('#ffffff')).toBe('#737373');
  });

  it('a mid-tone band on which no ink reads is darkened for white text', () => {
    // #808080: white 3.95:1, dark ink 4.0:1, neither 4.5.
    const theme = slideTheme('#808080', '#c0504d');
    expect(theme.bandInk).toBe('#ffffff');
    expect(contrastRatio('#ffffff', theme.band)).toBeGreaterThanOrEqual(4.5);
    expect(slideTheme('#1f4e79', '#c0504d')).toEqual({ band: '#1f4e79', bandInk: '#ffffff', heading: '#1f4e79', accent: '#c0504d' });
  });

  it('any chosen colour gives a theme whose text reads (property)', () => {
    const hex = fc.tuple(fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 }), fc.integer({ min: 0, max: 255 })).map((rgb) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`);
    fc.assert(
      fc.property(hex, hex, (primary, accent) => {
        const theme = slideTheme(primary, accent);
        expect(contrastRatio(theme.bandInk, theme.band)).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(theme.heading, '#ffffff')).toBeGreaterThanOrEqual(4.5);
        expect(contrastRatio(theme.accent, '#ffffff')).toBeGreaterThanOrEqual(3);
      }),
    );
  });
});
