import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHUNK_ITEMS, joinChunks, splitLongArrays, type Chunk } from './chunks.js';

/** What the structured clone of postMessage does to a message, near enough for these values. */
const clone = <T>(value: T): T => structuredClone(value);

describe('splitLongArrays', () => {
  it('sends a long array apart in slices, in order, and leaves an empty array in its place', () => {
    // 5 items in slices of 2 → [1, 2], [3, 4], [5] (⌈5 / 2⌉ = 3 slices).
    const report = { fleet: { ages: [1, 2, 3, 4, 5], total: 5 }, findings: ['a'] };
    const { value, chunks } = splitLongArrays(report, 2);
    expect(value).toEqual({ fleet: { ages: [], total: 5 }, findings: ['a'] });
    expect(chunks).toEqual([
      { path: ['fleet', 'ages'], items: [1, 2] },
      { path: ['fleet', 'ages'], items: [3, 4] },
      { path: ['fleet', 'ages'], items: [5] },
    ]);
    // The input is untouched, and what has no long array is passed as is (no copy).
    expect(report.fleet.ages).toEqual([1, 2, 3, 4, 5]);
    expect((value as typeof report).findings).toBe(report.findings);
  });

  it('keeps arrays of up to maxItems items, and does not look inside arrays', () => {
    const nested = { rows: [[1, 2, 3, 4]] };
    expect(splitLongArrays(nested, 2)).toEqual({ value: nested, chunks: [] });
    expect(splitLongArrays({ a: [1, 2] }, 2).chunks).toEqual([]);
  });

  it('splits a long array at the root', () => {
    // 3 items in slices of 2 → [1, 2], [3].
    expect(splitLongArrays([1, 2, 3], 2)).toEqual({ value: [], chunks: [{ path: [], items: [1, 2] }, { path: [], items: [3] }] });
  });

  it('keeps a data key named __proto__ a plain property', () => {
    const value = JSON.parse('{"byAsset":{"__proto__":{"ids":[1,2,3]}}}') as Record<string, unknown>;
    const split = splitLongArrays(value, 2);
    const joined = joinChunks(clone(split.value), split.chunks) as { byAsset: Record<string, unknown> };
    expect(Object.getPrototypeOf(joined.byAsset)).toBe(Object.prototype);
    expect(Object.getOwnPropertyDescriptor(joined.byAsset, '__proto__')?.value).toEqual({ ids: [1, 2, 3] });
  });

  it('refuses a maxItems that is not a positive integer', () => {
    expect(() => splitLongArrays({}, 0)).toThrow(TypeError);
  });

  it('sends the ages of 100,000 assets in slices of CHUNK_ITEMS', () => {
    // 100,000 ages ÷ 10,000 per slice = 10 slices.
    const ages = Array.from({ length: 100_000 }, (_, i) => ({ id: `A${i}`, type: null, ageMonths: i % 120 }));
    const { chunks } = splitLongArrays({ fleet: { ages } });
    expect(chunks.length).toBe(Math.ceil(100_000 / CHUNK_ITEMS));
    expect(chunks.every((c) => c.items.length <= CHUNK_ITEMS)).toBe(true);
  });
});

describe('joinChunks', () => {
  it('appends each slice to the array at its path', () => {
    const chunks: Chunk[] = [
      { path: ['fleet', 'ages'], items: [1, 2] },
      { path: ['fleet', 'ages'], items: [3] },
    ];
    expect(joinChunks({ fleet: { ages: [], total: 3 } }, chunks)).toEqual({ fleet: { ages: [1, 2, 3], total: 3 } });
  });

  it('refuses a slice whose path is not an array', () => {
    expect(() => joinChunks({ fleet: { ages: 3 } }, [{ path: ['fleet', 'ages'], items: [1] }])).toThrow(/fleet\.ages/);
  });
});

describe('splitLongArrays then joinChunks', () => {
  it('gives back the value, whatever its shape and the slice size (property)', () => {
    // The second implementation is the identity: what is sent must be what arrives.
    const leaf = fc.oneof(fc.integer(), fc.string(), fc.constant(null), fc.array(fc.integer(), { maxLength: 30 }));
    const tree = fc.letrec((tie) => ({
      node: fc.oneof({ depthSize: 'small' }, leaf, fc.dictionary(fc.string({ maxLength: 4 }), tie('node'), { maxKeys: 4 }), fc.array(tie('node'), { maxLength: 12 })),
    })).node;
    fc.assert(
      fc.property(tree, fc.integer({ min: 1, max: 8 }), (value, maxItems) => {
        const before = clone(value);
        const split = splitLongArrays(value, maxItems);
        expect(split.chunks.every((c) => c.items.length >= 1 && c.items.length <= maxItems)).toBe(true);
        expect(joinChunks(clone(split.value), clone(split.chunks))).toEqual(before);
        expect(value).toEqual(before);
      }),
    );
  });
});
