import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chiSquareQuantile, incompleteGamma, logGamma } from './chi-square.js';

/** |actual − expected| ≤ tolerance × |expected|. */
function expectRelative(actual: number, expected: number, tolerance: number): void {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(tolerance * Math.abs(expected));
}

describe('chiSquareQuantile', () => {
  it('matches the NIST table of critical values (e-Handbook 1.3.6.7.4, 3 decimals)', () => {
    // Upper-tail critical values χ²(1 − α; ν) for α = 0.10, 0.05, 0.025, 0.01, 0.001, and the
    // lower-tail ones χ²(α; ν), as printed in the NIST/SEMATECH table.
    const upper: Record<number, number[]> = {
      1: [2.706, 3.841, 5.024, 6.635, 10.828],
      2: [4.605, 5.991, 7.378, 9.21, 13.816],
      5: [9.236, 11.07, 12.833, 15.086, 20.515],
      10: [15.987, 18.307, 20.483, 23.209, 29.588],
      20: [28.412, 31.41, 34.17, 37.566, 45.315],
      50: [63.167, 67.505, 71.42, 76.154, 86.661],
      100: [118.498, 124.342, 129.561, 135.807, 149.449],
    };
    const lower: Record<number, number[]> = {
      1: [0.016, 0.004, 0.001, 0, 0],
      10: [4.865, 3.94, 3.247, 2.558, 1.479],
      50: [37.689, 34.764, 32.357, 29.707, 24.674],
      100: [82.358, 77.929, 74.222, 70.065, 61.918],
    };
    const alphas = [0.1, 0.05, 0.025, 0.01, 0.001];
    for (const [nu, values] of Object.entries(upper)) {
      values.forEach((value, i) => expect(chiSquareQuantile(1 - alphas[i]!, Number(nu))).toBeCloseTo(value, 3));
    }
    for (const [nu, values] of Object.entries(lower)) {
      values.forEach((value, i) => expect(chiSquareQuantile(alphas[i]!, Number(nu))).toBeCloseTo(value, 3));
    }
  });

  it('agrees with a second implementation (scipy.stats.chi2.ppf, SciPy 1.17.1) to 1e-9 relative', () => {
    // [p, k, chi2.ppf(p, k)] printed by SciPy (cdflib's inverse), full precision.
    const cases: Array<[number, number, number]> = [
      [0.95, 2, 5.991464547107979],
      [0.05, 4, 0.7107230213973239],
      [0.95, 4, 9.487729036781154],
      [0.95, 6, 12.591587243743977],
      [0.95, 42, 58.12403768086803],
      [0.05, 40, 26.50930319669311],
      [0.9, 2, 4.605170185988092],
      [0.8, 6, 8.558059720250668],
      [0.2, 4, 1.648776618065969],
      [0.005, 1, 3.9270422220515944e-5],
      [0.995, 1, 7.879438576622417],
      [0.5, 0.5, 0.0873476047057468],
      [1e-10, 0.1, 1.1689264114573712e-200],
      [1 - 1e-10, 3, 49.542155758766434],
      [0.975, 22, 36.78071208403556],
      [0.025, 20, 9.590777392264867],
      [0.001, 7, 0.598493752375376],
      [0.5, 2002, 2001.3333728144348],
      [0.95, 200002, 201043.43776460888],
    ];
    for (const [p, k, expected] of cases) expectRelative(chiSquareQuantile(p, k), expected, 1e-9);
  });

  it('has closed forms for 2 degrees of freedom: χ²(p; 2) = −2 ln(1 − p)', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-12, max: 1 - 1e-9, noNaN: true }), (p) => {
        expectRelative(chiSquareQuantile(p, 2), -2 * Math.log1p(-p), 1e-12);
      }),
    );
  });

  it('inverts the distribution function: P(k/2, χ²(p; k)/2) = p', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 1 - 1e-6, noNaN: true }), fc.integer({ min: 1, max: 2000 }), (p, k) => {
        const { lower, upper } = incompleteGamma(k / 2, chiSquareQuantile(p, k) / 2);
        // Compare on the smaller tail, where the digits are.
        if (p <= 0.5) expectRelative(lower, p, 1e-9);
        else expectRelative(upper, 1 - p, 1e-9);
      }),
    );
  });

  it('increases with p and with k', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-6, max: 0.999, noNaN: true }), fc.double({ min: 1e-6, max: 0.5, noNaN: true }), fc.integer({ min: 1, max: 500 }), (p, step, k) => {
        const q = Math.min(p + step, 1 - 1e-7);
        expect(chiSquareQuantile(q, k)).toBeGreaterThan(chiSquareQuantile(p, k));
        expect(chiSquareQuantile(p, k + 1)).toBeGreaterThan(chiSquareQuantile(p, k));
      }),
    );
  });

  it('is 0 at p = 0, +∞ at p = 1 and NaN outside its domain', () => {
    expect(chiSquareQuantile(0, 3)).toBe(0);
    expect(chiSquareQuantile(1, 3)).toBe(Infinity);
    for (const [p, k] of [[-0.1, 2], [1.1, 2], [0.5, 0], [0.5, -1], [NaN, 2], [0.5, NaN], [0.5, Infinity]] as const) {
      expect(chiSquareQuantile(p, k)).toBeNaN();
    }
  });
});

describe('logGamma', () => {
  it('matches ln of factorials and Γ(1/2) = √π', () => {
    // Γ(n) = (n − 1)!
    expect(Math.abs(logGamma(1))).toBeLessThan(1e-15);
    expect(Math.abs(logGamma(2))).toBeLessThan(1e-15);
    expectRelative(logGamma(5), Math.log(24), 1e-14);
    expectRelative(logGamma(21), Math.log(2432902008176640000), 1e-14);
    expectRelative(logGamma(0.5), 0.5 * Math.log(Math.PI), 1e-14);
    expectRelative(logGamma(0.1), Math.log(9.513507698668732), 1e-14); // Γ(0.1), A&S table 6.1
  });
});
