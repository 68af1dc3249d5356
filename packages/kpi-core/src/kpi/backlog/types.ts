/**
 * The shapes of {@link backlogTrend}'s result: opened and closed tickets per month and the backlog
 * at the end of each month, with the ids behind the opened and closed bars (capped).
 */
import type { KpiOptions } from '../types.js';

/** Options of `backlogTrend`. */
export interface BacklogTrendOptions extends KpiOptions {
  /** Most ticket ids listed per month and bar; default {@link BACKLOG_IDS_PER_MONTH}. */
  maxIds?: number;
  /** Months counted back from the period's last month, that month included; default 12. */
  months?: number;
}

/** Ticket ids listed per month for the opened and the closed bar; the counts are always whole. */
export const BACKLOG_IDS_PER_MONTH = 200;

export interface BacklogMonth {
  /** `yyyy-MM` in the policy time zone. */
  month: string;
  /** Whether the month overlaps the reviewed period. */
  inPeriod: boolean;
  /** Tickets opened in the month (up to asOf). */
  opened: number;
  /**
   * Tickets closed in the month (up to asOf): their resolution instant, or their opening when
   * resolved "before" it, falls in it. Null when the export says nothing of how tickets ended
   * (the report's `no-end-state`), as `open`.
   */
  closed: number | null;
  /** Tickets opened in the month and closed at an unknown time (DESIGN §3): never open, never counted as closed. */
  closedAtUnknownTime: number;
  /** Tickets open at the end of the month: opened before it, not closed by then, not closed at an unknown time. */
  open: number | null;
  /** The instant `open` is counted at (ISO): the month's end, or asOf for the month of asOf. */
  countedAt: string;
  /** The first ids of the month's opened and closed tickets, in table order. */
  openedIds: string[];
  closedIds: string[];
}

export interface BacklogTrendResult {
  /**
   * The months from the earlier of the period's first month and the 12th month before its end,
   * to its last month — without the months before the first ticket nor after asOf. Along them,
   * `open` = previous `open` + `opened` − `closed` − `closedAtUnknownTime`.
   */
  months: BacklogMonth[];
  /** Tickets open at the start of the first month (the `open` before it); null as `open`. */
  openAtStart: number | null;
  /**
   * Tickets open at the period's start — the end of the previous period — by the rule of `open`
   * (for a custom range too, whose start is no month's); null when the data do not reach that
   * instant (no ticket opened before it) or it is after asOf.
   */
  openAtPeriodStart: number | null;
  /** The most ids listed per month and bar. */
  idsPerMonth: number;
}
