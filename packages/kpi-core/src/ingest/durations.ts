/**
 * Duration columns (DESIGN §3): where an export gives the time to resolution as a duration
 * (ServiceNow `calendar_duration` in seconds, Zendesk "Full resolution time in minutes", GLPI
 * "Temps de résolution"…), `resolvedAt = openedAt + duration`, flagged
 * `resolution-from-duration`; the same for the time to first response (`firstResponseAt =
 * openedAt + duration`, flagged `response-from-duration`). Presets declare such columns under their `durations`
 * (`presets/preset.ts`, applied by `status.ts`); a mapping declares them under its own
 * `durations`, keyed by column, which the reader lays over the preset's.
 */
import { parseDuration, type DurationUnit } from './numbers.js';

/**
 * Fields a duration column can feed: an instant counted from `openedAt`, or an amount of
 * minutes read in the column's unit.
 */
export const DURATION_FIELDS = ['resolvedAt', 'closedAt', 'firstResponseAt', 'effortMinutes', 'pausedMinutes', 'slaResponseTargetMinutes', 'slaResolutionTargetMinutes'] as const;
export type DurationField = (typeof DURATION_FIELDS)[number];
/** The instants among {@link DURATION_FIELDS}: `openedAt` + the duration. */
export const INSTANT_DURATION_FIELDS: readonly DurationField[] = ['resolvedAt', 'closedAt', 'firstResponseAt'];

/**
 * Units of a duration column: a bare number in seconds, minutes, hours or days, or `text`:
 * durations written with their units (`2 h 30 min`, `1 jours 3 heures 0 minutes`, `2 Days 4
 * Hours`) or `H:MM[:SS]`, a bare number being minutes.
 */
export const DURATION_UNITS = ['seconds', 'minutes', 'hours', 'days', 'text'] as const;
export type DurationUnitName = (typeof DURATION_UNITS)[number];

/** The unit {@link parseDuration} reads a bare number in, for a unit name. */
export function durationUnit(unit: DurationUnitName): DurationUnit {
  return unit === 'text' ? 'minutes' : unit;
}

/**
 * Parses one duration cell in a declared unit, in minutes (NaN when it is not a duration).
 *
 * @example durationMinutes('3725', 'seconds') // 62.083…
 * @example durationMinutes('1 jours 3 heures 0 minutes', 'text') // 1620
 */
export function durationMinutes(text: string, unit: DurationUnitName): number {
  return parseDuration(text, durationUnit(unit));
}

/**
 * Fills `target` (an instant column) with `openedAt` + `minutes`, the duration rounded to the
 * minute as the status rules round a resolution duration (`status.ts`), on every row where
 * `target` is missing and both others are known, the duration not negative, the instant before
 * 2100. Returns the rows filled, to be flagged (`response-from-duration` for a first response). A row that has its
 * own instant keeps it: the file's instant is the better witness. The reader uses it for a
 * mapping's first-response durations; resolution and closing durations go through the status
 * rules, which also leave open and pending tickets alone.
 *
 * @example
 * const first = new Float64Array([NaN, 5]);
 * instantFromDuration(first, new Float64Array([0, 0]), new Float64Array([62.08, 10])); // [0]
 * // first[0] === 62 * 60_000 (3725 s after opening, to the minute); first[1] stays 5
 */
export function instantFromDuration(target: Float64Array, openedAt: Float64Array, minutes: Float64Array): number[] {
  const filled: number[] = [];
  for (let i = 0; i < target.length; i++) {
    const opened = openedAt[i]!;
    const duration = minutes[i]!;
    if (target[i] === target[i] || opened !== opened || !(duration >= 0)) continue;
    const value = opened + Math.round(duration) * 60_000;
    if (!(value < END_ACCEPTED_INSTANT)) continue;
    target[i] = value;
    filled.push(i);
  }
  return filled;
}

/** Instants a row may carry end before 2100, as in the reader. */
const END_ACCEPTED_INSTANT = Date.UTC(2100, 0, 1);
