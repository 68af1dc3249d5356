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

/** How often a preventive task is due: calendar-aligned windows in the policy's time zone. */
export const PLAN_PERIODICITIES = ['week', 'month', 'quarter', 'half', 'year'] as const;
export type PlanPeriodicity = (typeof PLAN_PERIODICITIES)[number];

/**
 * One task of the preventive maintenance plan (DESIGN §2 `preventivePlan`): what must be done
 * (`category` of the preventive tickets that record it), on which assets (every asset of
 * `assetType`, or the listed `assetIds` — exactly one of the two), and how often.
 */
export interface PlanTask {
  /** Unique within one plan; names the task in the report (`preventive.byTask.<id>`). */
  id: string;
  /** Shown to people; the id when the plan gives none. */
  title: string;
  /** Every asset of this type (compared ignoring case and accents), or null when `assetIds` is given. */
  assetType: string | null;
  /** These assets (exact ids), or null when `assetType` is given. Never empty. */
  assetIds: readonly string[] | null;
  /** The category of the preventive tickets that record a run (compared ignoring case and accents). */
  category: string;
  every: PlanPeriodicity;
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
  /**
   * The preventive maintenance plan agreed in the contract (empty when none). A client's own plan
   * (`clients.<name>.preventivePlan`) replaces this one for that client's assets.
   */
  preventivePlan: readonly PlanTask[];
  clients: Record<string, Policy>;
}
