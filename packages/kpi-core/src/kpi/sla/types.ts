/** The result types of SLA (DESIGN §5), beside its code: kpi/ does not import report/, which re-exports them. */
import type { SlaPair } from '../types.js';

/**
 * The source tool's own SLA figure for one target (ServiceNow `made_sla`, GLPI "Temps de
 * résolution dépassé", or its exported due dates), beside Revue's, over the same tickets.
 */
export interface SourceSla {
  /** Tickets whose verdict comes from the tool's verdict column. */
  fromVerdicts: number;
  /** Tickets without a verdict but with a due date, judged against it (reached ≤ due: met). */
  fromDueDates: number;
  met: number;
  breached: number;
  /** Due date not reached and not yet passed at asOf. */
  pending: number;
  /** met ÷ (met + breached); null when both are 0. */
  adherence: number | null;
  /** Tickets judged met or breached by both the tool and Revue. */
  compared: number;
  /** Of those, tickets where the two verdicts differ. */
  disagreements: number;
  /** Of the compared tickets, those Revue judged met: its rate on the same tickets as the tool's is `comparedMetByRevue ÷ compared`. */
  comparedMetByRevue: number;
  /** Of the compared tickets, those the tool judged met (`comparedMetBySource ÷ compared`). */
  comparedMetBySource: number;
  /** Their ids, at most `MAX_LISTED_BREACHES` (500), in table order. */
  disagreeingIds: string[];
}

export interface SlaBreach {
  id: string;
  priority: string | null;
  client: string | null;
  category: string | null;
  title: string | null;
  target: 'response' | 'resolution';
  openedAt: string;
  elapsedHours: number;
  targetHours: number;
  /** Hours past the target (elapsed − target), or past the source tool's due date (wall hours). */
  overrunHours: number;
  /** True when the ticket is still open at asOf. */
  open: boolean;
}

export interface SlaResult extends SlaPair {
  /**
   * Whether response times are measured: the export has a first-response time (at least one
   * ticket of the data has `firstResponseAt`). When false, every response figure is null or
   * empty (reason `no-response-time`).
   */
  responseMeasured: boolean;
  /**
   * Tickets in scope (opened in the period, or completed in it with `attribution: 'completion'`),
   * cancelled ones excepted; null when the period is not covered.
   */
  tickets: number | null;
  /** Tickets in scope whose priority has no target: left out of adherence, counted here. */
  withoutTarget: number | null;
  /** Cancelled tickets that would be in scope: left out of the SLA (DESIGN §3), counted here. */
  cancelled: number | null;
  /**
   * Of the judged targets, those judged on the target the file gives the ticket
   * (`slaResolutionTargetMinutes`, `slaResponseTargetMinutes`) instead of the policy's; response
   * null when not measured. Absent when no target came from the file.
   */
  fileTargets?: { response: number | null; resolution: number };
  /** The source tool's own verdicts, where the export carries them or its due dates (else null). */
  source: { response: SourceSla | null; resolution: SourceSla | null };
  byPriority: Record<string, SlaPair>;
  byClient: Record<string, SlaPair>;
  byCategory: Record<string, SlaPair>;
  /** One entry per calendar month of the period (policy time zone), in order. */
  byMonth: Array<{ month: string } & SlaPair>;
  /**
   * The largest breaches, largest overrun first: at most `MAX_LISTED_BREACHES` (500) so that a
   * report over a million tickets stays small; `breachCount` and `ticketIds` hold them all.
   */
  breaches: SlaBreach[];
  /** Number of breached targets (response and resolution counted apart); null when not covered. */
  breachCount: number | null;
  /** Ticket ids of each outcome, for drill-down. */
  ticketIds: { response: { breached: string[]; pending: string[] }; resolution: { breached: string[]; pending: string[] } };
  /**
   * Distribution of the elapsed hours of met and breached tickets: `counts[i]` is the number of
   * values v with `bucketsHours[i-1] ≤ v < bucketsHours[i]` (from 0; the last bucket is open).
   */
  elapsedHistogram: { bucketsHours: number[]; response: number[] | null; resolution: number[] | null };
}
