import type { Termination } from './mtbf-interval.js';
import { checkTimes } from './laplace-trend.js';

export interface CrowAmsaaOptions {
  /** Default `'time'`: observation stopped at `endTime`, after the last failure. */
  terminated?: Termination;
  /**
   * `mle` (default): the maximum-likelihood β. `unbiased`: the modified estimator NIST and
   * MIL-HDBK-189 use, (n − 1)/S time-terminated and (n − 2)/S failure-terminated.
   */
  estimator?: 'mle' | 'unbiased';
}

export interface CrowAmsaa {
  /** Shape β of the power law: < 1 failures slow down, > 1 they speed up; null when undefined. */
  beta: number | null;
  /** Scale λ in N(t) = λ·t^β; null with beta. */
  lambda: number | null;
  /** Instantaneous MTBF at the end time, 1 / (λ β T^(β−1)) = T / (n β); null with beta. */
  currentMtbf: number | null;
}

/**
 * The Crow-AMSAA (power-law non-homogeneous Poisson process) fit of a repairable system's
 * failure times: expected failures by time t are N(t) = λ·t^β.
 *
 * With failure times t₁…tₙ from the start of observation and S = Σ ln(T / tᵢ):
 * - time-terminated at T: β = n / S (MLE) or (n − 1) / S (unbiased);
 * - failure-terminated (T = tₙ, the last failure; its own term ln(T/tₙ) is 0): β = n / S (MLE)
 *   or (n − 2) / S (unbiased);
 * - λ = n / T^β.
 * β > 1 means the failures come faster over time. A failure at time 0 makes S infinite and
 * β = 0 (its limit). NIST/SEMATECH e-Handbook 8.4.5.2 gives the unbiased form with its
 * parameter b = β (https://www.itl.nist.gov/div898/handbook/apr/section4/apr452.htm).
 *
 * @param failureTimes - failure times in [0, endTime], any order
 * @param endTime - end of observation T (> 0), same unit as the failure times
 * @throws {RevueError} when endTime is not positive or a failure time lies outside [0, endTime]
 * @example
 * crowAmsaa([5, 40, 43, 175, 389, 712, 747, 795, 1299, 1478], 1500);
 * // → { beta: 0.537228…, lambda: 0.19666…, currentMtbf: 279.21… }
 * crowAmsaa([5, 40, 43, 175, 389, 712, 747, 795, 1299, 1478], 1500, { estimator: 'unbiased' });
 * // → { beta: 0.483506…, lambda: 0.2913…, currentMtbf: 310.234… }
 */
export function crowAmsaa(failureTimes: readonly number[], endTime: number, options: CrowAmsaaOptions = {}): CrowAmsaa {
  const terminated = options.terminated ?? 'time';
  checkTimes('crowAmsaa', failureTimes, endTime);
  const count = failureTimes.length;
  let logSum = 0;
  for (const time of failureTimes) logSum += Math.log(endTime / time);
  const numerator =
    options.estimator === 'unbiased' ? count - (terminated === 'failure' ? 2 : 1) : count;
  if (count === 0 || numerator <= 0 || !(logSum > 0)) return { beta: null, lambda: null, currentMtbf: null };
  const beta = numerator / logSum;
  const lambda = count / endTime ** beta;
  return { beta, lambda, currentMtbf: beta > 0 ? endTime / (count * beta) : null };
}
