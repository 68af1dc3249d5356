import { describe, expect, it } from 'vitest';
import { captionedSvg } from './chart.js';

describe('captionedSvg', () => {
  const chart = '<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" class="marks" width="400" height="200" viewBox="0 0 400 200"><rect width="10" height="10"/></svg>';

  it('puts the title, period and client above the chart, the chart moved down by the caption', () => {
    const svg = captionedSvg(chart, { title: 'SLA by month', subtitle: 'Q3 2026 · ACME · Demo data' });
    // Caption: 8 px margin, title line round(15 × 1.3) = 20, subtitle line round(12 × 1.4) = 17, 8 px margin → 53 px.
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" [^>]*width="400" height="253" viewBox="0 0 400 253">/);
    expect(svg).toContain('>SLA by month</text>');
    expect(svg).toContain('>Q3 2026 · ACME · Demo data</text>');
    expect(svg).toContain('<svg y="53" xmlns="http://www.w3.org/2000/svg" class="marks" width="400" height="200"');
    expect(svg).not.toContain('<?xml');
    // One more root around the chart's own: two opening tags, two closing.
    expect([(svg.match(/<svg\b/g) ?? []).length, (svg.match(/<\/svg>/g) ?? []).length]).toEqual([2, 2]);
  });

  it('writes the title as text, never as markup', () => {
    const svg = captionedSvg(chart, { title: '<script>alert(1)</script> & co' });
    expect(svg).not.toContain('<script>');
    expect(svg).toContain('&#60;script&#62;alert(1)&#60;/script&#62; &#38; co');
    // Without a subtitle the caption is one line: 8 + 20 + 8 = 36 px.
    expect(svg).toContain('height="236"');
  });

  it('leaves an SVG without a numeric size as it is', () => {
    const odd = '<svg xmlns="http://www.w3.org/2000/svg" width="100%"></svg>';
    expect(captionedSvg(odd, { title: 'T' })).toBe(odd);
  });
});

