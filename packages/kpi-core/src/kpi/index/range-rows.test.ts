import { describe, expect, it } from 'vitest';
import { RangeRows } from './range-rows.js';

describe('RangeRows', () => {
  it('keeps the rows of each [start, end) and computes them once', () => {
    const ranges = new RangeRows();
    let calls = 0;
    const rows = (value: number) => () => (calls++, Int32Array.of(value));
    const first = ranges.get(1, 23, rows(1));
    expect(ranges.get(1, 23, rows(99))).toBe(first);
    // (12, 3) and (1, 23) are different ranges, however their digits line up.
    expect(Array.from(ranges.get(12, 3, rows(2)))).toEqual([2]);
    expect(Array.from(ranges.get(1, 24, rows(3)))).toEqual([3]);
    expect(calls).toBe(3);
  });

  it('keeps at most nine ranges, then starts again', () => {
    // By hand: 9 ranges are kept; the 10th computed clears them, so the 1st is computed again.
    const ranges = new RangeRows();
    let calls = 0;
    for (let k = 0; k < 10; k++) ranges.get(k, k + 1, () => (calls++, new Int32Array(0)));
    expect(calls).toBe(10);
    ranges.get(9, 10, () => (calls++, new Int32Array(0)));
    expect(calls).toBe(10); // the 10th is kept
    ranges.get(0, 1, () => (calls++, new Int32Array(0)));
    expect(calls).toBe(11); // the 1st was dropped
  });
});
