/**
 * A ticket's pauses on its SLA clock (DESIGN §5: resolution elapsed = clock time from opening to
 * resolution, minus the paused time, on the ticket's clock). Where the export's status history
 * says when each pause was (`pauses`), the paused time is the clock time of those intervals inside
 * the elapsed span: a pause over a weekend on a Mon–Fri calendar takes off the business hours it
 * covers, none of the weekend that the elapsed time never counted. Where the export only gives a
 * number of paused minutes (GLPI waiting time, Zendesk on-hold time), that number is all there is,
 * and it is subtracted as it is (the report lists that as an assumption, `pausedMinutes`).
 */
import { floorToMinute } from '../../internal/time.js';
import { indexPart, type PreparedReview } from '../prepared.js';

/**
 * The intervals of a ticket's `pauses` text (`start/end` ISO 8601, space-separated; `start/..`
 * open-ended) as flat `[start, end, …]` epoch milliseconds floored to the minute, an open end as
 * `Infinity`; null for an empty text.
 *
 * @throws {TypeError} when the text is not such intervals (it is written by the reader, so this is
 *   a table built by hand)
 * @example
 * pauseIntervals('2026-03-06T16:00:00.000Z/2026-03-09T10:00:00.000Z 2026-03-10T09:00:00.000Z/..');
 * // => Float64Array [Date.UTC(2026, 2, 6, 16), Date.UTC(2026, 2, 9, 10), Date.UTC(2026, 2, 10, 9), Infinity]
 */
export function pauseIntervals(text: string | null | undefined): Float64Array | null {
  if (text === null || text === undefined || text.trim() === '') return null;
  const pieces = text.trim().split(/\s+/u);
  const out = new Float64Array(pieces.length * 2);
  pieces.forEach((piece, k) => {
    const [start, end, ...rest] = piece.split('/');
    const from = start === undefined ? NaN : Date.parse(start);
    const to = end === '..' ? Infinity : end === undefined ? NaN : Date.parse(end);
    if (rest.length > 0 || Number.isNaN(from) || Number.isNaN(to) || to < from) {
      throw new TypeError(`pauses: ${piece} is not an interval start/end of ISO instants (or start/..)`);
    }
    out[2 * k] = floorToMinute(from);
    out[2 * k + 1] = to === Infinity ? Infinity : floorToMinute(to);
  });
  return out;
}

/**
 * The clock minutes of the pauses inside `[from, to)`: Σ clock(max(start, from), min(end, to)) over
 * the intervals (which the reader writes apart from one another).
 *
 * @example
 * // Mon–Fri 09:00–17:00; paused Fri 16:00 → Mon 10:00, elapsed span Fri 09:00 → Mon 12:00:
 * pausedOnClock(business, intervals, fri9, mon12); // => 120 (Fri 16–17 and Mon 09–10)
 */
export function pausedOnClock(clock: (a: number, b: number) => number, intervals: Float64Array, from: number, to: number): number {
  let paused = 0;
  for (let k = 0; k < intervals.length; k += 2) {
    const start = intervals[k]! > from ? intervals[k]! : from;
    const end = intervals[k + 1]! < to ? intervals[k + 1]! : to;
    if (end > start) paused += clock(start, end);
  }
  return paused;
}

/**
 * Elapsed clock time from `opened` to `end` less the paused time, never below 0: the clock time
 * of the pause `intervals` inside that span when the ticket has them (a status history), else
 * `pause` minutes as exported. The one rule of SLA adherence and of its monthly trend.
 *
 * @example
 * elapsedOnClock(wallMinutes, opened, opened + 6 * HOUR_MS, 180, null); // 180
 */
export function elapsedOnClock(clock: (a: number, b: number) => number, opened: number, end: number, pause: number, intervals: Float64Array | null): number {
  if (end <= opened) return 0;
  const paused = intervals === null ? pause : pausedOnClock(clock, intervals, opened, end);
  return Math.max(0, clock(opened, end) - paused);
}

/**
 * Each ticket's pause intervals ({@link pauseIntervals} of its `pauses`), parsed once per
 * preparation; null when no ticket has any (the usual export: nothing to parse or look up).
 */
export const PAUSE_INTERVALS = indexPart('pause intervals', (prepared: PreparedReview): readonly (Float64Array | null)[] | null => {
  const texts = prepared.columns.pauses;
  if (texts === undefined) return null;
  let out: (Float64Array | null)[] | null = null;
  for (let row = 0; row < texts.length; row++) {
    const text = texts[row];
    if (text === null || text === undefined || text === '') continue;
    out ??= new Array<Float64Array | null>(texts.length).fill(null);
    out[row] = pauseIntervals(text);
  }
  return out;
});
