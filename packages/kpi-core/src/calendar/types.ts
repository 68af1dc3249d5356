export const WEEKDAYS = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** An opening span in minutes from local midnight: `[start, end)`, 0 ≤ start < end ≤ 1440. */
export type Span = readonly [start: number, end: number];

/** Opening hours, holidays and closed days: what a business calendar is built from. */
export interface CalendarPolicy {
  /** Opening spans per weekday; a day with no spans is closed. */
  hours: Record<Weekday, readonly Span[]>;
  holidays: { country: string | null; region: string | null };
  /** Extra closed days, `yyyy-MM-dd` in the policy's time zone. */
  closedDays: readonly string[];
}

/**
 * The part of a policy the calendar reads: its zone, its calendar and the clients' overrides.
 * A parsed `Policy` fits; the calendar names only this so that it does not depend on policy/.
 */
export interface CalendarSource {
  timezone: string;
  calendar: CalendarPolicy;
  clients: Readonly<Record<string, CalendarSource>>;
}

/**
 * Business time between instants (epoch milliseconds). Instants are taken at the minute;
 * results are whole minutes.
 */
export interface BusinessCalendar {
  readonly timezone: string;
  /** True when every minute is open (no opening hours restrict it). */
  readonly alwaysOpen: boolean;
  /** Open minutes in `[a, b)`; 0 when b ≤ a. */
  businessMinutes(a: number, b: number): number;
  /** The earliest instant t ≥ a with businessMinutes(a, t) = minutes. */
  addBusinessMinutes(a: number, minutes: number): number;
}

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year' | 'custom';

/** A reporting period `[start, end)` in epoch ms, bounds at local midnight in the policy's zone. */
export interface Period {
  label: string;
  kind: PeriodKind;
  start: number;
  end: number;
}
