import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ascendingOrder, stringOrder } from './order.js';

describe('ascendingOrder', () => {
  it('orders a hand-made list, ties by index', () => {
    // Sorted: -1 (1), 2 (2), 2 (3), 3 (0).
    expect(Array.from(ascendingOrder(Float64Array.of(3, -1, 2, 2)))).toEqual([1, 2, 3, 0]);
    expect(Array.from(ascendingOrder(new Float64Array(0)))).toEqual([]);
  });

  it('agrees with Float64Array.prototype.sort, −0, infinities and NaN included, and is stable', () => {
    const number = fc.oneof(
      fc.double(),
      fc.integer({ min: 0, max: 5000 }).map((minutes) => minutes / 4),
      fc.constantFrom(0, -0, Number.NaN, Infinity, -Infinity, 1e-310, -1e-310, 2 ** 40 + 0.5),
    );
    fc.assert(
      fc.property(fc.array(number, { maxLength: 200 }), (list) => {
        const values = Float64Array.from(list);
        const order = Array.from(ascendingOrder(values));
        const expected = Float64Array.from(list).sort();
        expect(order.map((i) => values[i])).toEqual(Array.from(expected)); // toEqual tells −0 from +0
        expect([...order].sort((a, b) => a - b)).toEqual(list.map((_, i) => i));
        for (let k = 1; k < order.length; k++) {
          if (Object.is(values[order[k - 1]!], values[order[k]!])) expect(order[k - 1]).toBeLessThan(order[k]!);
        }
      }),
      { numRuns: 300 },
    );
  });
});

describe('stringOrder', () => {
  it('orders a hand-made list by code units, prefixes first', () => {
    // 'B' (66) < 'a' (97) < 'ab' < 'b'.
    expect(Array.from(stringOrder(['b', 'ab', 'a', 'B']))).toEqual([3, 2, 1, 0]);
    expect(Array.from(stringOrder([]))).toEqual([]);
    expect(Array.from(stringOrder(['', 'x', '']))).toEqual([0, 2, 1]);
  });

  it('agrees with Array.prototype.sort, ties by index, long strings included', () => {
    const text = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.string({ unit: 'binary', maxLength: 6 }), // any code unit, lone surrogates included
      fc.constantFrom('AST-000001', 'AST-00001', 'École', 'Ecole', '(none)', ''),
      fc.string({ minLength: 60, maxLength: 80 }),
    );
    fc.assert(
      fc.property(fc.array(text, { maxLength: 120 }), (list) => {
        const order = Array.from(stringOrder(list));
        expect(order.map((i) => list[i])).toEqual([...list].sort());
        for (let k = 1; k < order.length; k++) {
          if (list[order[k - 1]!] === list[order[k]!]) expect(order[k - 1]).toBeLessThan(order[k]!);
        }
      }),
      { numRuns: 400 },
    );
  });
});
