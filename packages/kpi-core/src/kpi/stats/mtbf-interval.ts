import { chiSquareQuantile } from './chi-square.js';
import { RevueError } from '../../internal/errors.js';

/** χ²(p; k) by p, then by k. */
const quantiles = new Map<number, Map<number, number>>();
let memoised = 0;

/**
 * χ²(p; k), memoised: groups and assets reuse a few (confidence, failures) pairs. Keyed by the
 * numbers themselves, as this runs for every asset of a review.
 */
function chiSquare(p: number, degrees: number): number {
  let value = quantiles.get(p)?.get(degrees);
  if (value === undefined) {
    value = chiSquareQuantile(p, degrees);
    if (memoised >= 10_000) {
      quantiles.clear();
      memoised = 0;
    }
    let byDegrees = quantiles.get(p);
    if (byDegrees === undefined) {
      byDegrees = new Map();
      quantiles.set(p, byDegrees);
    }
    byDegrees.set(degrees, value);
    memoised++;
  }
  return value;
}

/** How the observation stopped: at a fixed time (Type I) or at the n-th failure (Type II). */
export type Termination = 'time' | 'failure';

export interface MtbfIntervalOptions {
  /** Two-sided confidence level in (0, 1). Default 0.9. */
  confidence?: number;
  /** Default `'time'`: observation stopped at a fixed time, not at a failure. */
  terminated?: Termination;
}

export interface MtbfInterval {
  /** Point estimate T / n; null when n = 0. */
  mtbf: number | null;
  /** Lower confidence bound; null when it cannot be computed (failure-terminated with n = 0). */
  lower: number | null;
  /** Upper confidence bound; null when n = 0 (no upper bound). */
  upper: number | null;
}

/**
 * Two-sided chi-square confidence interval of the mean time between failures of an exponential
 * (constant failure rate) model, from the total observed time T and the number of failures n.
 *
 * With α = 1 − confidence and χ²(p; k) the p-quantile of the chi-square distribution with k
 * degrees of freedom:
 * - time-terminated: lower = 2T / χ²(1 − α/2; 2n + 2), upper = 2T / χ²(α/2; 2n) (no upper bound
 *   when n = 0; the lower bound then equals the NIST zero-failure bound at the one-sided level
 *   1 − α/2);
 * - failure-terminated: lower = 2T / χ²(1 − α/2; 2n), upper = 2T / χ²(α/2; 2n) (n ≥ 1).
 * The point estimate is T / n.
 *
 * See NIST/SEMATECH e-Handbook of Statistical Methods, 8.4.5.1
 * (https://www.itl.nist.gov/div898/handbook/apr/section4/apr451.htm).
 *
 * @param totalHours - total observed (up) time T, in any unit; the bounds come in the same unit
 * @param failures - number of failures n (a non-negative integer)
 * @throws {RevueError} when T is negative or not finite, n is not a non-negative integer, or
 *   the confidence is outside (0, 1)
 * @example
 * mtbfInterval(800, 2, { confidence: 0.9 });
 * // → { mtbf: 400, lower: 127.069…, upper: 2251.228… }
 */
export function mtbfInterval(totalHours: number, failures: number, options: MtbfIntervalOptions = {}): MtbfInterval {
  const confidence = options.confidence ?? 0.9;
  const terminated = options.terminated ?? 'time';
  if (!Number.isFinite(totalHours) || totalHours < 0) {
    throw new RevueError('bad-option', 'mtbfInterval requires a finite, non-negative total time');
  }
  if (!Number.isInteger(failures) || failures < 0) {
    throw new RevueError('bad-option', 'mtbfInterval requires a non-negative whole number of failures');
  }
  if (!(confidence > 0 && confidence < 1)) {
    throw new RevueError('bad-option', 'mtbfInterval requires a confidence between 0 and 1');
  }
  const alpha = 1 - confidence;
  const twiceTotal = 2 * totalHours;
  const mtbf = failures > 0 ? totalHours / failures : null;
  if (terminated === 'failure') {
    if (failures === 0) return { mtbf: null, lower: null, upper: null };
    return {
      mtbf,
      lower: twiceTotal / chiSquare(1 - alpha / 2, 2 * failures),
      upper: twiceTotal / chiSquare(alpha / 2, 2 * failures),
    };
  }
  return {
    mtbf,
    lower: twiceTotal / chiSquare(1 - alpha / 2, 2 * failures + 2),
    upper: failures > 0 ? twiceTotal / chiSquare(alpha / 2, 2 * failures) : null,
  };
}
