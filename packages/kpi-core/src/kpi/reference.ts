/**
 * What the plain KPI references (`kpi/<name>/reference.ts`) share: each ticket read the way
 * DESIGN §3 and §5 say, one object per ticket, and local months from `@date-fns/tz`. Nothing here
 * is used by the fast code, so a reference does not inherit the bugs it is there to find.
 */
import { TZDate } from '@date-fns/tz';
import type { Period } from '../calendar/types.js';
import type { Impact, Priority, TicketRow } from '../model/fields.js';
import type { Policy } from '../policy/types.js';
import { ticketRows } from '../model/tables.js';
import { policyFor } from '../policy/parse.js';
import type { ReviewData } from './types.js';

/** An instant taken at the minute (DESIGN §5), or null. */
export function atMinute(ms: number | null): number | null {
  return ms === null ? null : Math.floor(ms / 60_000) * 60_000;
}

/** A ticket row with the instants and classes every KPI reads, spelled out. */
export interface PlainTicket extends TicketRow {
  /** `openedAt` at the minute. */
  opened: number | null;
  /**
   * The resolution instant (`resolvedAt`, else `closedAt`) at the minute; null while the status
   * is open or pending (a reopened ticket), and for a ticket closed at an unknown time.
   */
  resolution: number | null;
  /** Resolved, closed or cancelled, and neither `resolvedAt` nor `closedAt` (DESIGN §3). */
  endUnknown: boolean;
  cancelled: boolean;
  /** `type` incident or missing (DESIGN §2). */
  incident: boolean;
}

/**
 * Whether every ticket falls under a policy (its client's) that gives `rate`, the base policy
 * deciding when there is no ticket: money over zero hours needs a rate too (DESIGN §2).
 */
export function plainTicketsRated(data: ReviewData, rate: 'userHourly' | 'technicianHourly'): boolean {
  const tickets = plainTickets(data);
  if (tickets.length === 0) return policyFor(data.policy, null).rates[rate] !== null;
  return tickets.every((ticket) => policyFor(data.policy, ticket.client).rates[rate] !== null);
}

/** The tickets of the data, in table order, as {@link PlainTicket}s. */
export function plainTickets(data: ReviewData): PlainTicket[] {
  return ticketRows(data.tickets).map((row) => {
    const open = row.statusClass === 'open' || row.statusClass === 'pending';
    const closedClass = row.statusClass === 'resolved' || row.statusClass === 'closed' || row.statusClass === 'cancelled';
    const ended = atMinute(row.resolvedAt ?? row.closedAt);
    return {
      ...row,
      opened: atMinute(row.openedAt),
      resolution: open ? null : ended,
      endUnknown: closedClass && ended === null,
      cancelled: row.statusClass === 'cancelled',
      incident: row.type === null || row.type === 'incident',
    };
  });
}

/** The local month `yyyy-MM` of an instant. */
export function localMonth(ms: number, timezone: string): string {
  const local = new TZDate(ms, timezone);
  return `${local.getFullYear()}-${String(local.getMonth() + 1).padStart(2, '0')}`;
}

/** The local months a period overlaps, in order (from its start to its last instant). */
export function periodMonths(period: Period, timezone: string): string[] {
  const months: string[] = [];
  const first = new TZDate(period.start, timezone);
  for (let m = 0; ; m++) {
    const start = new TZDate(first.getFullYear(), first.getMonth() + m, 1, timezone).getTime();
    if (m > 0 && start >= period.end) return months;
    months.push(localMonth(Math.max(start, period.start), timezone));
  }
}

/** The key of a nullable text in a breakdown: `(none)` for null or empty. */
export function groupOf(value: string | null): string {
  return value === null || value === '' ? '(none)' : value;
}

/** A record from a map, keys in code-unit order as the KPIs give them (`__proto__` included as a key). */
export function recordOf<V>(map: Map<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of [...map.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))) Object.defineProperty(out, key, { value: map.get(key), enumerable: true, writable: true, configurable: true });
  return out;
}

/** Calendar days from the local date of `start` to that of `end` (DESIGN §5: days in the policy's zone). */
export function localDaysBetween(start: number, end: number, timezone: string): number {
  const date = (ms: number) => {
    const local = new TZDate(ms, timezone);
    return Date.UTC(local.getFullYear(), local.getMonth(), local.getDate());
  };
  return Math.max(0, Math.round((date(end) - date(start)) / 86_400_000));
}

/** The impact factor of DESIGN §5: `impactFactors[impact]` when set, else `priorityImpact[priority]`, else 1. */
export function plainImpactFactor(policy: Policy, ticket: Pick<TicketRow, 'impact' | 'priority'>): number {
  if (ticket.impact !== null && Object.hasOwn(policy.impactFactors, ticket.impact)) return policy.impactFactors[ticket.impact as Impact];
  if (ticket.priority !== null && Object.hasOwn(policy.priorityImpact, ticket.priority)) return policy.priorityImpact[ticket.priority as Priority];
  return 1;
}
