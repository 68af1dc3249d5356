import { errorFunction } from 'simple-statistics';
import { RevueError } from '../../internal/errors.js';
import type { Termination } from './mtbf-interval.js';

export interface LaplaceTrendOptions {
  /** Default `'time'`: observation stopped at `endTime`, after the last failure. */
  terminated?: Termination;
  /** |U| above this flags a trend. Default 1.645 (one-sided 5 % in each direction). */
  critical?: number;
}

export interface LaplaceTrend {
  /** The Laplace statistic U; null when there are too few failures to compute it. */
  u: number | null;
  /** Two-sided p-value 2·(1 − Φ(|U|)) under a constant failure rate; null with u. */
  pValue: number | null;
  /**
   * `deteriorating` when U > critical (failures come significantly faster), `improving` when
   * U < −critical, else `none`.
   */
  trend: 'improving' | 'deteriorating' | 'none';
}

/**
 * The Laplace trend test of a repairable system: do failures come faster or slower over time
 * than a constant-rate (homogeneous Poisson) process would give?
 *
 * Failure times t₁…tₙ are measured from the start of observation.
 * - time-terminated at T: U = (Σ tᵢ / n − T/2) / (T · √(1 / (12 n)));
 * - failure-terminated (T = tₙ, the last failure): the same formula over the n − 1 failures
 *   before the last one, with T = `endTime`.
 * Under a constant rate U is approximately standard normal, so U > 1.645 means the failures
 * come significantly faster (5 % one-sided). See NIST/SEMATECH e-Handbook 8.2.3.4
 * (https://www.itl.nist.gov/div898/handbook/apr/section2/apr234.htm) and MIL-HDBK-189C.
 *
 * @param failureTimes - failure times in [0, endTime], any order
 * @param endTime - end of observation T (> 0), same unit as the failure times
 * @throws {RevueError} when endTime is not positive or a failure time lies outside [0, endTime]
 * @example
 * laplaceTrend([5, 40, 43, 175, 389, 712, 747, 795, 1299, 1478], 1500);
 * // → { u: -1.32695…, pValue: 0.1845…, trend: 'none' }
 */
export function laplaceTrend(
  failureTimes: readonly number[],
  endTime: number,
  options: LaplaceTrendOptions = {},
): LaplaceTrend {
  const terminated = options.terminated ?? 'time';
  const critical = options.critical ?? 1.645;
  checkTimes('laplaceTrend', failureTimes, endTime);
  let times = failureTimes;
  if (terminated === 'failure') times = [...failureTimes].sort((a, b) => a - b).slice(0, -1);
  const count = times.length;
  if (count === 0) return { u: null, pValue: null, trend: 'none' };
  let sum = 0;
  for (const time of times) sum += time;
  const u = (sum / count - endTime / 2) / (endTime * Math.sqrt(1 / (12 * count)));
  const pValue = Math.min(1, 2 * (1 - standardNormalCdf(Math.abs(u))));
  const trend = u > critical ? 'deteriorating' : u < -critical ? 'improving' : 'none';
  return { u, pValue, trend };
}

function standardNormalCdf(x: number): number {
  return 0.5 * (1 + errorFunction(x / Math.SQRT2));
}

/** Shared validation of (failureTimes, endTime) for the trend statistics. */
export function checkTimes(name: string, failureTimes: readonly number[], endTime: number): void {
  if (!(Number.isFinite(endTime) && endTime > 0)) {
    throw new RevueError('bad-option', `${name} requires a positive end time`);
  }
  for (const time of failureTimes) {
    if (!(time >= 0 && time <= endTime)) {
      throw new RevueError('bad-option', `${name} requires failure times between 0 and the end time`);
    }
  }
}
