import { describe, expect, it } from 'vitest';
import { tooltipLines } from './tooltip.js';

describe('tooltipLines', () => {
  it('turns a Vega tooltip object into key/value text lines, markup kept as text', () => {
    expect(tooltipLines({ Title: '<img src=x onerror=alert(1)>', Count: 3, Missing: null })).toEqual([
      ['Title', '<img src=x onerror=alert(1)>'],
      ['Count', '3'],
      ['Missing', '—'],
    ]);
  });

  it('shows a scalar as one line and nothing for an empty value', () => {
    expect(tooltipLines('Benchmark 50–100 h')).toEqual([[null, 'Benchmark 50–100 h']]);
    expect(tooltipLines(null)).toEqual([]);
    expect(tooltipLines('')).toEqual([]);
  });
});
