/**
 * The plain reference of `backlogTrend`: each month counted on its own, ticket by ticket, from
 * the definitions (no running sum). The property tests check the fast code against it.
 */
import { monthKey } from '../../calendar/local.js';
import { parsePeriod } from '../../calendar/period.js';
import { floorToMinute, MINUTE_MS } from '../../internal/time.js';
import { ticketRows } from '../../model/tables.js';
import type { ReviewData } from '../types.js';
import { BACKLOG_IDS_PER_MONTH, type BacklogMonth, type BacklogTrendOptions, type BacklogTrendResult } from './types.js';

function nextMonth(key: string): string {
  const year = Number(key.slice(0, 4));
  const month = Number(key.slice(5, 7));
  return month === 12 ? `${year + 1}-01` : `${key.slice(0, 4)}-${String(month + 1).padStart(2, '0')}`;
}

/**
 * `backlogTrend`, month by month: a ticket is open at an instant t when it was opened before t,
 * is not closed at an unknown time, and its close instant (resolution, not before opening; none
 * while its status is open or pending) is not before t.
 *
 * @example
 * backlogTrendReference(data, { period, asOf }).months[0]?.open; // => the same as backlogTrend's
 */
export function backlogTrendReference(data: ReviewData, options: BacklogTrendOptions): BacklogTrendResult {
  const maxIds = options.maxIds ?? BACKLOG_IDS_PER_MONTH;
  const count = options.months ?? 12;
  const { period } = options;
  const timezone = data.policy.timezone;
  const asOf = floorToMinute(options.asOf);
  const tickets = ticketRows(data.tickets)
    .filter((ticket) => ticket.openedAt !== null)
    .map((ticket) => {
      const opened = floorToMinute(ticket.openedAt!);
      // An open or pending status says the ticket is open, whatever its dates (reopened since).
      const reopened = ticket.statusClass === 'open' || ticket.statusClass === 'pending';
      const resolution = reopened ? null : (ticket.resolvedAt ?? ticket.closedAt);
      const unknownTime = resolution === null && ['resolved', 'closed', 'cancelled'].includes(ticket.statusClass ?? '');
      const closeAt = resolution === null ? null : Math.max(opened, floorToMinute(resolution));
      return { id: ticket.id ?? '', opened, unknownTime, closeAt };
    });
  if (tickets.length === 0) return { months: [], openAtStart: 0, openAtPeriodStart: null, idsPerMonth: maxIds };

  // The months: count back from the period's last month, start no earlier than the first ticket, end no later than asOf.
  const lastOfPeriod = monthKey(period.end - 1, timezone);
  const keys: string[] = [];
  let key = monthKey(period.start, timezone);
  const back = new Date(Date.UTC(Number(lastOfPeriod.slice(0, 4)), Number(lastOfPeriod.slice(5, 7)) - count, 1)).toISOString().slice(0, 7);
  if (back < key) key = back;
  const firstTicket = monthKey(Math.min(...tickets.map((ticket) => ticket.opened)), timezone);
  if (firstTicket > key) key = firstTicket;
  for (; key <= lastOfPeriod && key <= monthKey(asOf, timezone); key = nextMonth(key)) keys.push(key);

  const openAt = (t: number) => tickets.filter((ticket) => ticket.opened < t && !ticket.unknownTime && !(ticket.closeAt !== null && ticket.closeAt < t));
  const months: BacklogMonth[] = keys.map((month) => {
    const bounds = parsePeriod(month, timezone);
    // Counted up to the month's end, or up to asOf included.
    const cut = Math.min(bounds.end, asOf + MINUTE_MS);
    const openedIn = tickets.filter((ticket) => ticket.opened >= bounds.start && ticket.opened < cut);
    const closedIn = tickets.filter((ticket) => ticket.closeAt !== null && ticket.closeAt >= bounds.start && ticket.closeAt < cut);
    return {
      month,
      inPeriod: bounds.start < period.end && bounds.end > period.start,
      opened: openedIn.length,
      closed: closedIn.length,
      closedAtUnknownTime: openedIn.filter((ticket) => ticket.unknownTime).length,
      open: openAt(cut).length,
      countedAt: new Date(bounds.end <= asOf + MINUTE_MS ? bounds.end : asOf).toISOString(),
      openedIds: openedIn.slice(0, maxIds).map((ticket) => ticket.id),
      closedIds: closedIn.slice(0, maxIds).map((ticket) => ticket.id),
    };
  });
  const openAtStart = months.length === 0 ? 0 : openAt(parsePeriod(keys[0]!, timezone).start).length;
  // At the period's start, when a ticket was opened before it and it is not after asOf.
  const reached = Math.min(...tickets.map((ticket) => ticket.opened)) < period.start && period.start <= asOf;
  return { months, openAtStart, openAtPeriodStart: reached ? openAt(period.start).length : null, idsPerMonth: maxIds };
}
