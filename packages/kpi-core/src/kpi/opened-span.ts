/**
 * The span of the ticket data: its first and last opening instants, which decide whether the
 * data covers a period (DESIGN §5, coverage: a period wholly before the first or after the last
 * opened ticket has no figures). The report's `coverage` and the monthly trend use the same rule.
 */
import { dayStart, localDay } from '../calendar/local.js';
import { floorToMinute } from '../internal/time.js';
import { indexPart, type PreparedReview } from './prepared.js';

/** The first and last opening instants of ticket data, at the minute. */
export interface OpeningSpan {
  first: number;
  last: number;
}

/**
 * The first and last opening instants of a ticket column (minute-floored), or null when none.
 *
 * @example
 * openingSpan(Float64Array.of(Date.parse('2026-03-02T09:00:30Z'), NaN)); // => { first: Date.parse('2026-03-02T09:00Z'), last: … the same }
 */
export function openingSpan(openings: ArrayLike<number>): OpeningSpan | null {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < openings.length; i++) {
    const at = openings[i]!;
    if (at < first) first = at; // NaN never compares
    if (at > last) last = at;
  }
  return first <= last ? { first: floorToMinute(first), last: floorToMinute(last) } : null;
}

/**
 * {@link openingSpan} of a preparation's tickets, computed once per preparation.
 *
 * @example
 * openedSpan(prepareReview(data, asOf)); // => { first: Date.parse('2025-10-01T06:25Z'), last: Date.parse('2026-09-30T15:02Z') }
 */
export function openedSpan(prepared: PreparedReview): OpeningSpan | null {
  return prepared.part(OPENED_SPAN);
}

const OPENED_SPAN = indexPart('opening span', (prepared) => openingSpan(prepared.opened));

/**
 * Where the data start being observed: the start of the local day of the span's first ticket
 * (the day `coverage.days` counts from), or undefined without tickets (`KpiOptions.observedFrom`).
 *
 * @example
 * observedFromSpan({ first: Date.parse('2026-03-02T09:00Z'), last: … }, 'UTC'); // => Date.parse('2026-03-02T00:00Z')
 */
export function observedFromSpan(span: OpeningSpan | null, timezone: string): number | undefined {
  return span === null ? undefined : dayStart(localDay(span.first, timezone), timezone);
}

/**
 * Whether data spanning `span` covers `[start, end)`: the interval does not lie wholly before the
 * first or after the last opened ticket.
 *
 * @example
 * spanCovers({ first: Date.parse('2026-02-02T10:00Z'), last: Date.parse('2026-05-20T09:00Z') }, Date.parse('2026-06-01T00:00Z'), Date.parse('2026-07-01T00:00Z')); // => false
 */
export function spanCovers(span: OpeningSpan | null, start: number, end: number): boolean {
  return span !== null && end > span.first && start <= span.last;
}

/**
 * Whether a covered `[start, end)` is only partly covered: the data start after its first local
 * day (the first ticket is opened on a later day), or it ends after `asOf` (it is not over).
 *
 * @example
 * spanPartial(span, march.start, march.end, Date.parse('2026-03-20T12:00Z'), 'UTC'); // => true: March is not over at asOf
 */
export function spanPartial(span: OpeningSpan | null, start: number, end: number, asOf: number, timezone: string): boolean {
  return spanCovers(span, start, end) && (localDay(span!.first, timezone) > localDay(start, timezone) || end > asOf);
}
