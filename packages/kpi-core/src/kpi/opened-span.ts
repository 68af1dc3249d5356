/**
 * The span of the ticket data: its first and last opening instants, which bound the months a
 * trend can speak of (DESIGN §5, coverage: outside the data's span there are no figures).
 */
import type { PreparedReview } from './prepared.js';

/**
 * The first and last opening instants of the tickets, at the minute (NaN for both when no ticket
 * has one); computed once per preparation.
 *
 * @example
 * openedSpan(prepareReview(data, asOf)); // => { first: Date.parse('2025-10-01T06:25Z'), last: Date.parse('2026-09-30T15:02Z') }
 */
export function openedSpan(prepared: PreparedReview): { first: number; last: number } {
  return prepared.memo('openedSpan', () => spanOf(prepared));
}

function spanOf(prepared: PreparedReview): { first: number; last: number } {
  let first = Infinity;
  let last = -Infinity;
  const opened = prepared.opened;
  for (let row = 0; row < prepared.rows; row++) {
    const at = opened[row]!;
    if (at < first) first = at;
    if (at > last) last = at;
  }
  return Number.isFinite(first) ? { first, last } : { first: NaN, last: NaN };
}
