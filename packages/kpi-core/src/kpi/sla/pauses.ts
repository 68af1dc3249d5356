/**
 * A ticket's pauses on its SLA clock (DESIGN §5: resolution elapsed = clock time from opening to
 * resolution, minus the paused time, on the ticket's clock). Where the export's status history
 * says when each pause was (`pauses`), the paused time is the clock time of those intervals inside
 * the elapsed span: a pause over a weekend on a Mon–Fri calendar takes off the business hours it
 * covers, none of the weekend that the elapsed time never counted. Where the export only gives a
 * number of paused minutes (GLPI waiting time, Zendesk on-hold time), that number is all there is,
 * and it is subtracted as it is (the report lists that as an assumption, `pausedMinutes`).
 */
import { RevueError } from '../../internal/errors.js';
import { floorToMinute } from '../../internal/time.js';
import { indexPart, type PreparedReview } from '../prepared.js';

/**
 * An ISO 8601 instant with a time and `Z` or an offset: `Date.parse` would read one without an
 * offset in the machine's zone (and texts such as `March 2` too), so that a pause would move with
 * the machine that computes the review.
 */
const PAUSE_INSTANT = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)$/i;

function pauseInstant(text: string | undefined): number {
  return text !== undefined && PAUSE_INSTANT.test(text) ? Date.parse(text) : NaN;
}

/**
 * The intervals of a ticket's `pauses` text (`start/end` ISO 8601 instants with `Z` or an offset,
 * space-separated; `start/..` open-ended) as flat `[start, end, …]` epoch milliseconds floored to
 * the minute, an open end as `Infinity`; null for an empty text.
 *
 * @throws {RevueError} `bad-option`, column `pauses`, when the text is not such intervals. The
 *   readers only write well-formed ones, so this is a table built through the API
 *   (`ticketsFromRows`, `ticketTable`); {@link PAUSE_INTERVALS} adds the row and the ticket id.
 * @example
 * pauseIntervals('2026-03-06T16:00:00.000Z/2026-03-09T10:00:00.000Z 2026-03-10T09:00:00.000Z/..');
 * // => Float64Array [Date.UTC(2026, 2, 6, 16), Date.UTC(2026, 2, 9, 10), Date.UTC(2026, 2, 10, 9), Infinity]
 */
export function pauseIntervals(text: string | null | undefined): Float64Array | null {
  if (text === null || text === undefined) return null;
  if (typeof text !== 'string') throw badPauses(`${String(text)} is not text`);
  if (text.trim() === '') return null;
  const pieces = text.trim().split(/\s+/u);
  const out = new Float64Array(pieces.length * 2);
  pieces.forEach((piece, k) => {
    const [start, end, ...rest] = piece.split('/');
    const from = pauseInstant(start);
    const to = end === '..' ? Infinity : pauseInstant(end);
    if (rest.length > 0 || Number.isNaN(from) || Number.isNaN(to) || to < from) {
      throw badPauses(`"${piece}" is not an interval start/end of ISO instants with Z or an offset (or start/.. for a pause still on), such as 2026-03-06T15:00Z/2026-03-09T10:00Z`);
    }
    out[2 * k] = floorToMinute(from);
    out[2 * k + 1] = to === Infinity ? Infinity : floorToMinute(to);
  });
  return out;
}

function badPauses(what: string, where: { row?: number } = {}): RevueError {
  return new RevueError('bad-option', `pauses: ${what}`, { column: 'pauses', ...where });
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
 * A malformed text is refused with its row (1 = the table's first row) and ticket id.
 */
export const PAUSE_INTERVALS = indexPart('pause intervals', (prepared: PreparedReview): readonly (Float64Array | null)[] | null => {
  const texts = prepared.columns.pauses;
  if (texts === undefined) return null;
  let out: (Float64Array | null)[] | null = null;
  for (let row = 0; row < texts.length; row++) {
    const text = texts[row];
    if (text === null || text === undefined || text === '') continue;
    out ??= new Array<Float64Array | null>(texts.length).fill(null);
    try {
      out[row] = pauseIntervals(text);
    } catch (error) {
      if (!(error instanceof RevueError)) throw error;
      const id = prepared.columns.id[row];
      throw badPauses(`ticket ${id ?? '(no id)'}: ${error.message.slice('pauses: '.length)}`, { row: row + 1 });
    }
  }
  return out;
});
