import type { Period } from '../calendar/types.js';
import type { AssetTable, TicketTable } from '../model/tables.js';
import type { Policy } from '../policy/types.js';
import type { PreparedReview } from './prepared.js';

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
}

/** Met / breached / pending counts of one SLA target, with adherence = met / (met + breached). */
export interface SlaOutcome {
  met: number;
  breached: number;
  pending: number;
  /** null when met + breached = 0. */
  adherence: number | null;
  /** Median and 90th percentile of elapsed hours over met and breached tickets; null when none. */
  medianHours: number | null;
  p90Hours: number | null;
}
