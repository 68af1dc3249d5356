import type { Period } from '../calendar/types.js';
import type { AssetTable, TicketTable } from '../model/tables.js';
import type { Policy } from '../policy/types.js';
import type { PreparedReview } from './prepared.js';
import type { PolicyUsage } from './usage.js';

/** What every KPI reads: the canonical tables and the parsed policy. */
export interface ReviewData {
  tickets: TicketTable;
  /** The asset file's table, or null when none was given (assets then come from the tickets). */
  assets?: AssetTable | null;
  policy: Policy;
}

/** Where and when a KPI looks. KPIs never read the clock: `asOf` stands for "now". */
export interface KpiOptions {
  period: Period;
  /** Epoch ms; tickets still open are judged as of this instant. */
  asOf: number;
  /**
   * Work shared with other KPIs of the same data and asOf (`prepareReview`); ignored when it was
   * prepared for other data. Never changes a figure, only the time taken.
   */
  prepared?: PreparedReview;
  /**
   * Collects the policy values (assumption keys) the figures used, per policy: `buildReport`
   * lists the defaulted ones in `assumptions`. Never changes a figure.
   */
  usage?: PolicyUsage;
  /**
   * Which optional columns the export records (see `recordedColumns`). Default: those of
   * `data.tickets`; `buildReport` passes the whole export's, before any client filter, so that a
   * client without effort recorded reads as 0 hours, not as "not recorded".
   */
  recorded?: RecordedColumns;
}

/**
 * Whether the export records a column at all: at least one ticket has a value. A figure built on
 * a column no ticket fills is not measured (reason `not-recorded`) rather than read as 0.
 */
export interface RecordedColumns {
  firstResponseAt: boolean;
  effortMinutes: boolean;
  cost: boolean;
}

/** Met / breached / pending counts of one SLA target, with adherence = met / (met + breached). */
export interface SlaOutcome {
  met: number;
  breached: number;
  pending: number;
  /**
   * Tickets closed at an unknown time (DESIGN §3: a closed class and no resolution instant):
   * their elapsed time cannot be measured, so they are counted here, outside adherence.
   */
  unknown: number;
  /** null when met + breached = 0. */
  adherence: number | null;
  /** Median and 90th percentile of elapsed hours over met and breached tickets; null when none. */
  medianHours: number | null;
  p90Hours: number | null;
}
