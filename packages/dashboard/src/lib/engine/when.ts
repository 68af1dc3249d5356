import { defaultPeriod, latestTimestamp, ticketColumns, type TicketTable } from './core.js';
import type { LoadSummary } from './protocol.js';

/**
 * The "now" of loaded tickets and the period shown when the URL names none, as the CLI chooses
 * them (kpi-core's `latestTimestamp` and `defaultPeriod`, DESIGN §4), so that the dashboard and
 * `revue report` open on the same quarter.
 *
 * @example
 * whenOf(tickets, 'Europe/Paris'); // → { asOf: '2026-09-30T18:07:00.000Z', defaultPeriod: '2026-Q2' } (the demo)
 */
export function whenOf(tickets: TicketTable, timezone: string): Pick<LoadSummary, 'asOf' | 'defaultPeriod'> {
  const latest = latestTimestamp(tickets);
  if (latest === null) return { asOf: null, defaultPeriod: null };
  return { asOf: new Date(latest).toISOString(), defaultPeriod: defaultPeriod(ticketColumns(tickets).openedAt, latest, timezone).period.label };
}
