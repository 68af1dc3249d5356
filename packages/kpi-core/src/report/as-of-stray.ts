/**
 * The data date (asOf, DESIGN §4) when it lies far from the body of the data. The default asOf is
 * the latest instant of the tickets: a stray date (one ticket closed years after all the others,
 * a ticket typed in the wrong year) makes it, and then every "open for N days" and the backlog at
 * asOf are counted up to it. A published ServiceNow export (10,000 incidents of May 2012,
 * shamikh-mill/helpdesk_analysis) read "Data as of 28 Sept 2016": the closing of one 2012
 * incident, while 99 % of its tickets had their last date by the end of 2012.
 *
 * The rule stays DESIGN §4's (the latest instant: it may be true, and a robust rule would hide the
 * late tickets instead of naming them), but it is no longer silent: when the data date is at least
 * {@link STRAY_DAYS} days after the date by which 99 % of the tickets (at least
 * {@link STRAY_MIN_TICKETS}) have their last date, the report names the ticket and date that set
 * it and counts the tickets past that mark, for the user to check them or give the data date.
 */
import { ticketColumns, type TicketTable } from '../model/tables.js';

/** The ticket instants an asOf is taken from, as `latestTimestamp` reads them. */
const FIELDS = ['openedAt', 'firstResponseAt', 'resolvedAt', 'closedAt'] as const;

/** How far past the body of the data the data date must be before it is said (a year). */
export const STRAY_DAYS = 365;
/** Tickets needed for "99 % of the tickets" to leave at least one aside. */
export const STRAY_MIN_TICKETS = 100;
/** Ticket ids named, latest first. */
const NAMED = 5;
const DAY_MS = 86_400_000;

/** A data date set far from the body of the data (see the module comment); instants as ISO strings. */
export interface AsOfStray {
  /** The ticket whose date set the data date, and which of its dates. */
  ticketId: string;
  field: 'openedAt' | 'firstResponseAt' | 'resolvedAt' | 'closedAt';
  at: string;
  /** The date by which 99 % of the tickets have their last date. */
  bodyEnd: string;
  /** Tickets with a date more than {@link STRAY_DAYS} days after `bodyEnd`. */
  later: number;
  /** The first of them, latest first (at most 5). */
  ticketIds: string[];
}

/**
 * Whether the default data date lies far from the body of the data, and what set it; null when
 * it does not (or with fewer than 100 dated tickets). `notAfter` leaves out dates flagged in the
 * future, as the default asOf does.
 *
 * @example
 * // 120 tickets of March 2026, one closed in June 2028:
 * asOfStray(tickets, Date.parse('2028-06-01T10:00:00Z'));
 * // => { ticketId: 'T120', field: 'closedAt', at: '2028-06-01T10:00:00.000Z', bodyEnd: '2026-03-…', later: 1, ticketIds: ['T120'] }
 */
export function asOfStray(tickets: TicketTable, asOf: number, notAfter = Infinity): AsOfStray | null {
  const columns = ticketColumns(tickets);
  const n = tickets.numRows();
  const last = new Float64Array(n).fill(NaN);
  const lastField = new Int8Array(n);
  for (let f = 0; f < FIELDS.length; f++) {
    const column = columns[FIELDS[f]!] as ArrayLike<number>;
    for (let i = 0; i < n; i++) {
      const value = column[i]!;
      if (value <= notAfter && !(value <= last[i]!)) {
        last[i] = value;
        lastField[i] = f;
      }
    }
  }
  // The body ends a year or more before asOf exactly when at most 1% of the tickets have their
  // last date in that year: one pass tells, and the sort is left to the rare file where it does.
  let count = 0;
  let recent = 0;
  for (let i = 0; i < n; i++) {
    const value = last[i]!;
    if (value !== value) continue;
    count++;
    if (value > asOf - STRAY_DAYS * DAY_MS) recent++;
  }
  if (count < STRAY_MIN_TICKETS || recent > count - Math.ceil(0.99 * count)) return null;
  const dated = last.filter((value) => value === value).sort();
  const bodyEnd = dated[Math.ceil(0.99 * dated.length) - 1]!;
  if (asOf - bodyEnd < STRAY_DAYS * DAY_MS) return null;
  const mark = bodyEnd + STRAY_DAYS * DAY_MS;
  const rows: number[] = [];
  for (let i = 0; i < n; i++) if (last[i]! > mark) rows.push(i);
  rows.sort((a, b) => last[b]! - last[a]! || a - b);
  if (rows.length === 0) return null;
  const ids = columns.id as ArrayLike<string | null>;
  const top = rows[0]!;
  return {
    ticketId: String(ids[top] ?? ''),
    field: FIELDS[lastField[top]!]!,
    at: new Date(last[top]!).toISOString(),
    bodyEnd: new Date(bodyEnd).toISOString(),
    later: rows.length,
    ticketIds: rows.slice(0, NAMED).map((row) => String(ids[row] ?? '')),
  };
}
