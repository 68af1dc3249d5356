import { describe, expect, it } from 'vitest';
import { SECTIONS, sectionIndex, slideFor } from './sections.js';

describe('sections', () => {
  it('finds the section of a path, with or without a trailing slash', () => {
    expect(sectionIndex('/')).toBe(0);
    expect(sectionIndex('/activity')).toBe(1);
    expect(sectionIndex('/costs')).toBe(6);
    expect(sectionIndex('/costs/')).toBe(6);
    expect(sectionIndex('/data')).toBe(-1);
  });

  it('moves between slides with the presentation keys, clamped at both ends', () => {
    const last = SECTIONS.length - 1; // 10 sections → index 9
    expect(slideFor('ArrowRight', 0)).toBe(1);
    expect(slideFor('PageDown', last)).toBe(last);
    expect(slideFor('ArrowLeft', 0)).toBe(0);
    expect(slideFor('PageUp', 3)).toBe(2);
    expect(slideFor('Home', 4)).toBe(0);
    expect(slideFor('End', 1)).toBe(last);
    expect(slideFor('x', 1)).toBeNull();
  });
});
