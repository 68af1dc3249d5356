import { defaultAsOf, defaultPeriod, ticketColumns, type QualityReport, type TicketTable } from './core.js';
import type { LoadSummary } from './protocol.js';

/**
 * The "now" of loaded tickets and the period shown when the URL names none, as the CLI chooses
 * them (kpi-core's `defaultAsOf` and `defaultPeriod`, DESIGN §4), so that the dashboard and
 * `revue report` open on the same quarter: a date the reading flagged in the future
 * (`quality.futureAfter`) is no "now", and tickets opened after asOf (which the report leaves
 * out) choose no period.
 *
 * @example
 * whenOf(tickets, 'Europe/Paris', quality); // → { asOf: '2026-09-30T18:07:00.000Z', defaultPeriod: '2026-Q2' } (the demo)
 */
export function whenOf(tickets: TicketTable, timezone: string, quality?: Pick<QualityReport, 'futureAfter'> | null): Pick<LoadSummary, 'asOf' | 'defaultPeriod'> {
  const asOf = defaultAsOf(tickets, quality);
  if (asOf === null) return { asOf: null, defaultPeriod: null };
  const opened = ticketColumns(tickets).openedAt;
  // asOf is at the minute: a ticket opened within its minute is not after it.
  const limit = asOf + 60_000;
  const openings = opened.some((at) => at >= limit) ? opened.filter((at) => at < limit) : opened;
  return { asOf: new Date(asOf).toISOString(), defaultPeriod: defaultPeriod(openings, asOf, timezone).period.label };
}
