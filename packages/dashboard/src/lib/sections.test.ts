import { describe, expect, it } from 'vitest';
import { sectionIndex } from './sections.js';

describe('sections', () => {
  it('finds the section of a path, with or without a trailing slash', () => {
    expect(sectionIndex('/')).toBe(0);
    expect(sectionIndex('/activity')).toBe(1);
    expect(sectionIndex('/costs')).toBe(6);
    expect(sectionIndex('/costs/')).toBe(6);
    expect(sectionIndex('/data')).toBe(-1);
  });
});
