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
