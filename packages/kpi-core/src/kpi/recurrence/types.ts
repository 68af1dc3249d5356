/** The result types of recurrence (DESIGN §5), beside its code: kpi/ does not import report/, which re-exports them. */
export interface RecurringProblem {
  /** Key values joined with ' · ' (e.g. 'PRN-01 · Printer'). */
  key: string;
  keyFields: Record<string, string>;
  count: number;
  /** ISO instants of the first and last incident of the chain. */
  first: string;
  last: string;
  ticketIds: string[];
}

export interface RecurrenceResult {
  /**
   * Incidents opened in the period, cancelled ones included (= withKey + withoutKey + cancelled);
   * null, like every count here, when the period is not covered by the data.
   */
  incidents: number | null;
  /** Of those, incidents with every key field present (cancelled ones excepted). */
  withKey: number | null;
  /** Of those, incidents without a key (counted apart, never dropped). */
  withoutKey: number | null;
  /** Of those, cancelled incidents: counted in the volume, left out of chains and repeats (DESIGN §3). */
  cancelled: number | null;
  repeats: number | null;
  /**
   * withKey ÷ (incidents − cancelled): the share of the period's incidents that carry the key;
   * null when there is none (or the period is not covered).
   */
  keyedShare: number | null;
  /** The least `keyedShare` for a rate (the policy's `recurrence.minKeyedShare`, default 0.5). */
  minKeyedShare: number;
  /**
   * repeats / withKey; null when withKey = 0 (`no-data-in-period` when there is no incident,
   * else `too-few-keyed`) or when keyedShare < minKeyedShare (`too-few-keyed`).
   */
  rate: number | null;
  problems: RecurringProblem[];
  /** Incidents opened in the period per calendar month, with repeats. */
  byMonth: Array<{ month: string; incidents: number; repeats: number }>;
  byCategory: Record<string, { incidents: number; repeats: number }>;
  repeatIds: string[];
}
