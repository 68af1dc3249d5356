import { describe, expect, it } from 'vitest';
import { cssString, pageCounterContent, printPageCss } from './print.js';

describe('cssString', () => {
  it('escapes what would end the string or the rule', () => {
    expect(cssString('Bistro "Nord"')).toBe('"Bistro \\"Nord\\""');
    expect(cssString('a\\b')).toBe('"a\\\\b"');
    expect(cssString('line 1\nline 2')).toBe('"line 1\\A line 2"');
    expect(cssString('</style><script>')).toBe('"\\3C /style>\\3C script>"');
    expect(cssString('tab\there')).toBe('"tabhere"');
  });
});

describe('pageCounterContent', () => {
  it('puts the page counters between the words of the message', () => {
    expect(pageCounterContent('Page {page} of {pages}')).toBe('"Page " counter(page) " of " counter(pages)');
    expect(pageCounterContent('{page}/{pages}')).toBe('counter(page) "/" counter(pages)');
  });
});

describe('printPageCss', () => {
  it('writes a footer and page numbers in the margin boxes of every page, and the demo label', () => {
    const css = printPageCss({ footer: 'Bistro · T3 2026 · Généré le 2 oct. 2026', pageOf: 'Page {page} sur {pages}', demo: 'Données de démonstration' });
    expect(css).toContain('@bottom-left { content: "Bistro · T3 2026 · Généré le 2 oct. 2026";');
    expect(css).toContain('@bottom-right { content: "Page " counter(page) " sur " counter(pages);');
    expect(css).toContain('@top-right { content: "Données de démonstration";');
    expect(printPageCss({ footer: 'x', pageOf: '{page}' })).not.toContain('@top-right');
  });
});
