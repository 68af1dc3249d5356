/**
 * The outcome of one SLA target, shared by `slaAdherence` (sla.ts) and the monthly trend
 * (trend/sla-months.ts), so that the trend's months and the period's figure judge alike.
 */
import { MINUTE_MS } from '../../internal/time.js';
import { elapsedOnClock } from './pauses.js';

export const MET = 1;
export const BREACHED = 2;
export const PENDING = 3;

/** The 24x7 clock: wall minutes from `a` to `b`, 0 when `b` is not after `a`. */
export function wallMinutes(a: number, b: number): number {
  return b > a ? (b - a) / MINUTE_MS : 0;
}

/**
 * A target the file gives one ticket, in minutes: kept when above 0, else NaN (none). The reader
 * already empties and flags the others; a table built by hand may still hold them.
 *
 * @example fileTarget(720) // => 720
 * @example fileTarget(0) // => NaN
 */
export function fileTarget(minutes: number): number {
  return minutes > 0 ? minutes : NaN;
}

/** Met when within the target and reached, breached when over it, pending otherwise. */
export function onTarget(elapsed: number, targetMinutes: number, done: boolean): typeof MET | typeof BREACHED | typeof PENDING {
  return elapsed <= targetMinutes ? (done ? MET : PENDING) : BREACHED;
}

/**
 * The outcome of one target against its time: the instant reached (NaN: none) counts only at or
 * before asOf; elapsed = clock time from opening to it (to asOf while not reached), minus the
 * paused time (the clock time of the pause `intervals` inside that span, else `pause` minutes as
 * exported), never below 0.
 *
 * @example targetOutcome(wallMinutes, 0, 60 * MINUTE_MS, 120 * MINUTE_MS, 0, null, 90) // => MET
 */
export function targetOutcome(
  clock: (a: number, b: number) => number,
  opened: number,
  reached: number,
  asOf: number,
  pause: number,
  intervals: Float64Array | null,
  targetMinutes: number,
): number {
  const done = !Number.isNaN(reached) && reached <= asOf;
  const end = done ? reached : asOf;
  return onTarget(elapsedOnClock(clock, opened, end, pause, intervals), targetMinutes, done);
}
