import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReliabilityVectors } from '../../../test/kpi-support.js';
import { RevueError } from '../../internal/errors.js';
import { mtbfInterval } from './mtbf-interval.js';


const vectors = loadReliabilityVectors();
const vector = (id: string) => vectors!.vectors.find((v) => v.id === id)!;

describe.skipIf(vectors === null)('mtbfInterval against shared/data/reliability/vectors.json (absent: skipped)', () => {
  it('matches NIST 8.4.5.1: T = 800, r = 2, 90 % two-sided, time-terminated', () => {
    const v = vector('nist_apr451_exponential_ci');
    const result = mtbfInterval(v.input.total_time_T, v.input.failures_r, { confidence: v.input.confidence_two_sided });
    // published: point 400, lower 127.069, upper 2251.229
    expect(result.mtbf).toBe(v.expected_published.mtbf_point);
    expect(result.lower).toBeCloseTo(v.expected_published.lower, 3);
    expect(result.upper).toBeCloseTo(v.expected_published.upper, 3);
  });

  it('matches the computed 60 % interval of the same example', () => {
    const v = vector('nist_apr451_exponential_ci');
    const result = mtbfInterval(800, 2, { confidence: 0.6 });
    expect(result.lower).toBeCloseTo(v.expected_computed_60pct.lower, 3);
    expect(result.upper).toBeCloseTo(v.expected_computed_60pct.upper, 3);
  });

  it('matches the NIST zero-failure bound T / −ln α at one-sided 90 %', () => {
    const v = vector('nist_zero_failure_lower_bound');
    // A one-sided 90 % lower bound is the lower end of a two-sided 80 % interval (1 − α/2 = 0.9):
    // 2T / χ²(0.9; 2) = 1600 / 4.60517 = 347.43 = 800 / ln 10.
    const result = mtbfInterval(v.input.T, v.input.r, { confidence: 0.8 });
    // the vector prints 347.43 (2 decimals, truncated); 800 / ln 10 = 347.4356
    expect(result.lower).toBeCloseTo(v.expected_computed.lower, 1);
    expect(result.lower).toBeCloseTo(800 / Math.LN10, 9);
    expect(result.mtbf).toBeNull();
    expect(result.upper).toBeNull();
  });
});

describe('mtbfInterval', () => {
  it('uses 2n degrees of freedom for both bounds when failure-terminated', () => {
    // χ²(0.95; 4) = 9.487729, χ²(0.05; 4) = 0.710723 (standard tables):
    // lower = 1600 / 9.487729 = 168.639, upper = 1600 / 0.710723 = 2251.229
    const result = mtbfInterval(800, 2, { terminated: 'failure' });
    expect(result.lower).toBeCloseTo(1600 / 9.487729, 3);
    expect(result.upper).toBeCloseTo(1600 / 0.710723, 2);
    expect(mtbfInterval(800, 0, { terminated: 'failure' })).toEqual({ mtbf: null, lower: null, upper: null });
  });

  it('defaults to 90 % two-sided, time-terminated', () => {
    // n = 0, 90 %: lower = 2T / χ²(0.95; 2) = 1600 / 5.991465 = 267.047
    const result = mtbfInterval(800, 0);
    expect(result.lower).toBeCloseTo(1600 / 5.991465, 3);
    expect(result.upper).toBeNull();
  });

  it('refuses a broken contract', () => {
    expect(() => mtbfInterval(-1, 2)).toThrow(RevueError);
    expect(() => mtbfInterval(10, 1.5)).toThrow(RevueError);
    expect(() => mtbfInterval(10, 1, { confidence: 1 })).toThrow(RevueError);
  });

  it('brackets the point estimate, and widens with the confidence', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 1e6, noNaN: true }),
        fc.integer({ min: 1, max: 500 }),
        fc.double({ min: 0.5, max: 0.98, noNaN: true }),
        (total, failures, confidence) => {
          const narrow = mtbfInterval(total, failures, { confidence });
          const wide = mtbfInterval(total, failures, { confidence: confidence + 0.01 });
          expect(narrow.lower!).toBeLessThanOrEqual(narrow.mtbf!);
          expect(narrow.upper!).toBeGreaterThanOrEqual(narrow.mtbf!);
          expect(wide.lower!).toBeLessThanOrEqual(narrow.lower! * (1 + 1e-12));
          expect(wide.upper!).toBeGreaterThanOrEqual(narrow.upper! * (1 - 1e-12));
        },
      ),
    );
  });
});
