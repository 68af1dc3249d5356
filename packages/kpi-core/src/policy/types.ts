import type { Impact, Priority, TicketField } from '../model/fields.js';

export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An opening span in minutes from local midnight: `[start, end)`, 0 ≤ start < end ≤ 1440. */
export type Span = readonly [start: number, end: number];

export interface SlaTarget {
  /** Minutes, or null when the contract sets no response target for this priority. */
  response: number | null;
  /** Minutes, or null when the contract sets no resolution target for this priority. */
  resolution: number | null;
  /** `business`: the client's opening hours; `24x7`: wall-clock time. */
  clock: 'business' | '24x7';
}

export interface CalendarPolicy {
  /** Opening spans per weekday; a day with no spans is closed. */
  hours: Record<Weekday, readonly Span[]>;
  holidays: { country: string | null; region: string | null };
  /** Extra closed days, `yyyy-MM-dd` in the policy's time zone. */
  closedDays: readonly string[];
}

/**
 * A parsed policy (DESIGN §2): every field present, durations in minutes. Built by
 * `parsePolicy`, which fills the documented defaults; `clients` holds, for each client with an
 * override, the complete policy that applies to that client.
 */
export interface Policy {
  timezone: string;
  calendar: CalendarPolicy;
  sla: Partial<Record<Priority, SlaTarget>>;
  pauseStatuses: readonly string[];
  rates: { userHourly: number; technicianHourly: number; currency: string };
  /** Number of employees served; null when unknown (per-employee figures are then null). */
  headcount: number | null;
  impactFactors: Record<Impact, number>;
  priorityImpact: Record<Priority, number>;
  recurrence: { key: readonly TicketField[]; windowDays: number; minOccurrences: number };
  usefulLifeMonths: { default: number } & Record<string, number>;
  confidence: number;
  clients: Record<string, Policy>;
}
