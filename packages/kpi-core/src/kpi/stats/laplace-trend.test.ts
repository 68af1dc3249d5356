import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReliabilityVectors } from '../../../test/kpi-support.js';
import { RevueError } from '../../internal/errors.js';
import { laplaceTrend } from './laplace-trend.js';


const vectors = loadReliabilityVectors();

describe.skipIf(vectors === null)('laplaceTrend against shared/data/reliability/vectors.json (absent: skipped)', () => {
  it('matches the computed U of the NIST reliability-growth case study', () => {
    const v = vectors!.vectors.find((x) => x.id === 'nist_apr452_power_law_modified_mle')!;
    const result = laplaceTrend(v.input.failure_times, v.input.T_end, { terminated: 'time' });
    // Σt = 5683, n = 10, T = 1500: (568.3 − 750) / (1500 · √(1/120)) = −1.32695
    expect(result.u).toBeCloseTo(v.expected_computed.laplace_U_time_trunc, 4);
    expect(result.trend).toBe('none');
  });
});

describe('laplaceTrend', () => {
  it('flags failures that come faster', () => {
    // t = 80, 90, 95, T = 100: mean 88.333, (88.333 − 50) / (100 · √(1/36)) = 38.333 / 16.667 = 2.3
    const result = laplaceTrend([80, 90, 95], 100);
    expect(result.u).toBeCloseTo(2.3, 10);
    expect(result.trend).toBe('deteriorating');
    // p = 2(1 − Φ(2.3)) = 2 · 0.010724 = 0.021448 (standard normal table)
    expect(result.pValue).toBeCloseTo(0.021448, 5);
  });

  it('flags failures that come slower', () => {
    // t = 5, 10, 20, T = 100: mean 11.667, (11.667 − 50) / 16.667 = −2.3
    expect(laplaceTrend([5, 10, 20], 100).trend).toBe('improving');
  });

  it('drops the last failure when failure-terminated', () => {
    // failures 10, 30, 100 with T = 100 = t₃: over 10, 30 (n − 1 = 2):
    // (20 − 50) / (100 · √(1/24)) = −30 / 20.4124 = −1.46969
    expect(laplaceTrend([30, 100, 10], 100, { terminated: 'failure' }).u).toBeCloseTo(-30 / (100 * Math.sqrt(1 / 24)), 10);
  });

  it('has no value without failures, and refuses times outside the window', () => {
    expect(laplaceTrend([], 100)).toEqual({ u: null, pValue: null, trend: 'none' });
    expect(() => laplaceTrend([120], 100)).toThrow(RevueError);
    expect(() => laplaceTrend([1], 0)).toThrow(RevueError);
  });

  it('is antisymmetric under time reversal t → T − t', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 1, maxLength: 50 }), (fractions) => {
        const times = fractions.map((f) => f * 500);
        const forward = laplaceTrend(times, 500).u!;
        const backward = laplaceTrend(times.map((t) => 500 - t), 500).u!;
        expect(forward + backward).toBeCloseTo(0, 8);
      }),
    );
  });
});
