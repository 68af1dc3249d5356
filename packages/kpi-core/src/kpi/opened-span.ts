/**
 * The span of the ticket data: its first and last opening instants, which decide whether the
 * data covers a period (DESIGN §5, coverage: a period wholly before the first or after the last
 * opened ticket has no figures). The report's `coverage` and the monthly trend use the same rule.
 */
import { dayStart, localDay } from '../calendar/local.js';
import { floorToMinute } from '../internal/time.js';
import { indexPart, type PreparedReview } from './prepared.js';

/** The first and last opening instants of ticket data, at the minute, and how many tickets have an opening. */
export interface OpeningSpan {
  first: number;
  last: number;
  /** Tickets with an opening instant (what {@link observedFromSpan} weighs); absent: too few to tell. */
  count?: number;
}

/**
 * The first and last opening instants of a ticket column (minute-floored) and the count of
 * openings, or null when none.
 *
 * @example
 * openingSpan(Float64Array.of(Date.parse('2026-03-02T09:00:30Z'), NaN)); // => { first: Date.parse('2026-03-02T09:00Z'), last: … the same, count: 1 }
 */
export function openingSpan(openings: ArrayLike<number>): OpeningSpan | null {
  let first = Infinity;
  let last = -Infinity;
  let count = 0;
  for (let i = 0; i < openings.length; i++) {
    const at = openings[i]!;
    if (at === at) count++; // NaN: no opening
    if (at < first) first = at; // NaN never compares
    if (at > last) last = at;
  }
  return first <= last ? { first: floorToMinute(first), last: floorToMinute(last), count } : null;
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

/** Openings a file needs before its empty days ahead of the first one can say the export starts there. */
export const OBSERVED_MIN_TICKETS = 30;
/** Mean openings per day, first to last, the file needs for the same. */
export const OBSERVED_MIN_PER_DAY = 1;
const DAY_MS = 86_400_000;

/**
 * Where the data start being observed (`KpiOptions.observedFrom`): the start of the local day of
 * the span's first ticket, only when the file is dense enough that the days without any ticket
 * before it cannot be chance — at least {@link OBSERVED_MIN_TICKETS} tickets with an opening,
 * opened on average at least {@link OBSERVED_MIN_PER_DAY} a day over the span of their openings
 * (first to last, in days, at least 1 day). A file that dense with no ticket before some day is
 * an export that starts that day (it would have had about as many tickets a day before it), so
 * counting those days as failure-free uptime or as days of the yearly rate would be counting
 * days it says nothing about. Otherwise undefined: a small or sparse file (a few tickets made by
 * hand, a quiet site) is no evidence that nothing was recorded before its first ticket, and the
 * KPIs keep DESIGN §5's windows from the period's start. `coverage` still marks a period that
 * starts before the first ticket's day partial (`spanPartial`), whatever the density.
 *
 * @example
 * observedFromSpan({ first: Date.parse('2026-03-02T09:00Z'), last: Date.parse('2026-03-31T17:00Z'), count: 400 }, 'UTC'); // => Date.parse('2026-03-02T00:00Z')
 * observedFromSpan({ first: Date.parse('2025-06-10T09:00Z'), last: Date.parse('2025-06-20T09:00Z'), count: 2 }, 'UTC'); // => undefined
 */
export function observedFromSpan(span: OpeningSpan | null, timezone: string): number | undefined {
  if (span === null) return undefined;
  const count = span.count ?? 0;
  const days = Math.max(1, (span.last - span.first) / DAY_MS);
  if (count < OBSERVED_MIN_TICKETS || count / days < OBSERVED_MIN_PER_DAY) return undefined;
  return dayStart(localDay(span.first, timezone), timezone);
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
