/** Codes of row-level problems; the catalogue of messages is in `ingest/messages.ts`. */
export type IssueSeverity = 'rejected' | 'warning';

/** One located problem: file, 1-based line number of the record, column, plain message. */
export interface QualityIssue {
  code: string;
  severity: IssueSeverity;
  /** Line number in the file where the record starts (the header is line 1). */
  row: number;
  /** Source column name as written in the file, or null when the whole row is concerned. */
  column: string | null;
  message: string;
}

export interface QualityReport {
  file: string;
  /** Which preset read the file, and how well its headers matched (0…1). */
  preset: { name: string; score: number };
  /** Data rows read, blank rows excluded: rowsRead = accepted + rejected. */
  rowsRead: number;
  accepted: number;
  rejected: number;
  /** Empty lines and all-empty rows, skipped and counted apart. */
  blank: number;
  /**
   * Non-empty records above the header row, skipped and counted apart (a title line, as in a
   * Zammad report re-saved as CSV). Added by ingestion.
   */
  skippedBeforeHeader: number;
  /**
   * Event-log exports (several rows per ticket): accepted rows folded into a later row of the
   * same ticket, which keeps the ticket's latest state. Table rows = accepted − merged.
   */
  merged: number;
  /** Count of every rejection code. */
  reasons: Record<string, number>;
  /** Count of every warning code. */
  warnings: Record<string, number>;
  /** Located issues, the first `maxIssues` of them (counts above are always complete). */
  issues: QualityIssue[];
  /** Source columns that no canonical field uses. */
  unmappedColumns: string[];
  /**
   * Set when some value was flagged `future-date`: the instant ("now" at reading, epoch ms) it
   * was compared against. A report's default asOf takes no instant after it when those dates are
   * strays (few in a large file, or a year past the others: `futureCut`), else DESIGN §4's latest.
   */
  futureAfter?: number;
  /**
   * Set when the paused time was measured from an event log's status history (`ReadOptions.pauseStatuses`)
   * and some of those statuses, as the policy writes them, match no status of the file
   * (compared ignoring case, accents and spacing): they paused nothing.
   */
  pauseStatusesUnseen?: string[];
  /**
   * Ticket instant columns (`openedAt`, `firstResponseAt`, `resolvedAt`, `closedAt`) whose every
   * value is a day without a time of day (flagged `no-time-of-day`); absent when there is none.
   */
  dateOnlyColumns?: string[];
  /**
   * True when the read mapped no column that says how a ticket ended: no status (or status class),
   * no `resolvedAt`, no `closedAt`, no duration to resolution or closing (flagged `no-end-state`).
   * Every ticket then reads as open, without evidence: the report leaves the figures that need an
   * end null. Absent otherwise.
   */
  noEndState?: boolean;
  /**
   * Tickets whose end is their closing instant, the export giving them no resolution instant
   * (flagged `closed-without-resolution`): DESIGN §5 takes the closing for the resolution, so
   * their resolution SLA, repair time and hours lost run to the closing. `ended` counts the
   * tickets with a resolution or closing instant. `batch`: the clock hour (0–23, in the read's
   * time zone) that holds at least half of those closings (20 or more), with how many: the mark
   * of a scheduled job (ServiceNow's auto-close, days after the resolution), so those figures
   * are upper bounds. Absent when no ticket ends at a closing only.
   */
  closingEnds?: { tickets: number; ended: number; batch: { hour: number; closings: number } | null };
}
