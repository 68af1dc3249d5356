import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadReliabilityVectors } from '../../../test/kpi-support.js';
import { RevueError } from '../../internal/errors.js';
import { crowAmsaa } from './crow-amsaa.js';


const vectors = loadReliabilityVectors();

describe.skipIf(vectors === null)('crowAmsaa against shared/data/reliability/vectors.json (absent: skipped)', () => {
  const v = vectors?.vectors.find((x) => x.id === 'nist_apr452_power_law_modified_mle');

  it('gives the MLE β = n / Σ ln(T/tᵢ) (computed value of the vector)', () => {
    const result = crowAmsaa(v!.input.failure_times, v!.input.T_end, { terminated: 'time' });
    expect(result.beta).toBeCloseTo(v!.expected_computed.crow_beta_mle_r_over_S, 8);
    // MIL-HDBK-189 statistic 2 Σ ln(T/tᵢ) = 2n / β = 37.2281 (same vector)
    expect((2 * 10) / result.beta!).toBeCloseTo(v!.expected_computed.milhdbk189_chi2, 4);
  });

  it('gives NIST’s modified estimator b, a and current MTBF with estimator: unbiased', () => {
    const result = crowAmsaa(v!.input.failure_times, v!.input.T_end, { estimator: 'unbiased' });
    // published: b = 0.483506, a = 0.2913003, MTBF(T) = T / (r b) = 310.234
    expect(result.beta).toBeCloseTo(v!.expected_published.b_growth_shape, 6);
    expect(result.lambda).toBeCloseTo(v!.expected_published.a, 6);
    expect(result.currentMtbf).toBeCloseTo(v!.expected_published.current_MTBF, 3);
  });
});

describe('crowAmsaa', () => {
  it('computes β and λ by hand', () => {
    // t = 10, 40, 90, T = 100: S = ln 10 + ln 2.5 + ln(10/9) = ln(250/9) = 3.324236
    // β = 3 / 3.324236 = 0.902463; λ = 3 / 100^0.902463
    const result = crowAmsaa([10, 40, 90], 100);
    const s = Math.log(250 / 9);
    expect(result.beta).toBeCloseTo(3 / s, 12);
    expect(result.lambda).toBeCloseTo(3 / 100 ** (3 / s), 12);
  });

  it('failure-terminated: T = tₙ and the unbiased estimator uses n − 2', () => {
    // t = 10, 40, 100 = T: S = ln 10 + ln 2.5 + 0 = ln 25; MLE β = 3 / ln 25, unbiased 1 / ln 25
    expect(crowAmsaa([10, 40, 100], 100, { terminated: 'failure' }).beta).toBeCloseTo(3 / Math.log(25), 12);
    expect(crowAmsaa([10, 40, 100], 100, { terminated: 'failure', estimator: 'unbiased' }).beta).toBeCloseTo(
      1 / Math.log(25),
      12,
    );
  });

  it('has no value without failures, and refuses times outside the window', () => {
    expect(crowAmsaa([], 100)).toEqual({ beta: null, lambda: null, currentMtbf: null });
    expect(crowAmsaa([100], 100).beta).toBeNull(); // S = 0: every failure at the end
    expect(() => crowAmsaa([-1], 100)).toThrow(RevueError);
  });

  it('fits N(T) = λT^β = n exactly, and β is scale-free', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.double({ min: 0.5, max: 1e5, noNaN: true }),
        (fractions, end) => {
          const result = crowAmsaa(fractions.map((f) => f * end), end);
          const unit = crowAmsaa(fractions, 1);
          expect(Math.abs(result.beta! - unit.beta!)).toBeLessThanOrEqual(1e-9 * unit.beta!);
          // log form: ln λ + β ln T = ln n (when λ = n / T^β is a normal number, for β in the hundreds)
          if (result.lambda! > 1e-300) {
            expect(Math.log(result.lambda!) + result.beta! * Math.log(end)).toBeCloseTo(Math.log(fractions.length), 6);
          }
        },
      ),
    );
  });
});
