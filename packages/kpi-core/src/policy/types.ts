import type { Impact, Priority, TicketField } from '../model/fields.js';

import type { CalendarPolicy } from '../calendar/types.js';

// The calendar's settings are defined beside the calendar (which must not import policy/).
export { WEEKDAYS, type Weekday, type Span, type CalendarPolicy } from '../calendar/types.js';

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
  /**
   * Hourly rates in `currency`. The two rates have no default (DESIGN §2: money is never
   * assumed): null when the policy does not give them, and every money figure that needs one is
   * then null with the reason `no-rate`.
   */
  rates: { userHourly: number | null; technicianHourly: number | null; currency: string };
  /** Number of employees served; null when unknown (per-employee figures are then null). */
  headcount: number | null;
  impactFactors: Record<Impact, number>;
  priorityImpact: Record<Priority, number>;
  /**
   * `minKeyedShare`: the least share (0…1) of the period's incidents (cancelled ones excepted)
   * that must carry the key for a recurrence rate to be given; below it the rate is null with
   * the reason `too-few-keyed` (a rate over a small minority of the incidents is no evidence).
   * `key`: ticket fields, or `titleKey`, the title normalised (lower case, no accents, digits or
   * small words: DESIGN §5's "client + normalised title").
   */
  recurrence: { key: readonly (TicketField | 'titleKey')[]; windowDays: number; minOccurrences: number; minKeyedShare: number };
  usefulLifeMonths: { default: number } & Record<string, number>;
  confidence: number;
  /**
   * The least share (0…1) of the period's incidents (cancelled ones excepted) that must name an
   * asset for the fleet's MTBF, MTTR and availability (and their breakdowns by type and client)
   * to be given; below it they are null with the reason `too-few-with-asset`: the failures of the
   * assets nobody named are not counted, so the figures would say nothing of the fleet. With an
   * asset file, the same share of them must name an asset of that file, else the reason is
   * `assets-not-in-file`: the failures would be other assets' than those whose uptime is summed.
   */
  minAssetShare: number;
  /**
   * The share (0…1) of judged tickets the contract promises on time, for response and for
   * resolution alike: below it the review opens on an `sla-below-target` finding, whether or not
   * a previous period can be compared. Default 0.9 (an assumption, listed when a finding used it).
   */
  slaAdherenceTarget: number;
  /**
   * The preventive maintenance plan agreed in the contract (empty when none). A client's own plan
   * (`clients.<name>.preventivePlan`) replaces this one for that client's assets.
   */
  preventivePlan: readonly PlanTask[];
  clients: Record<string, Policy>;
  /**
   * The {@link AssumptionKey}s whose value came (wholly or partly) from the defaults rather than
   * from the policy document, in `ASSUMPTION_KEYS` order: what a report lists in `assumptions`
   * when one of its figures used them. A client's policy lists its own (what neither the base
   * document nor its override gave).
   */
  defaulted: readonly AssumptionKey[];
}

/**
 * The policy values a figure may take from the defaults (DESIGN §2, "Defaults are
 * assumptions"), each named by its path in the policy document. `sla.P5` stands for "no P5
 * target" in the default table. Empty lists (`closedDays`, `pauseStatuses`) assume nothing and
 * are not listed; `headcount` and the rates have no default (their figures are null instead).
 * `affectedUsers` is no policy value: it stands for DESIGN §5's rule that an incident whose export
 * gives no number of affected users counts one (value 1), always a default. `impactUnknown`
 * likewise stands for the rule that an incident with neither impact nor priority counts as a full
 * outage (factor 1): DESIGN §5 gives no factor for it, and a smaller one would hide lost time.
 * `pausedMinutes` stands for the rule that a paused time exported as a number of minutes, without
 * when each pause was (GLPI waiting time, Zendesk on-hold time), is subtracted as it is from the
 * SLA's clock time: where the tool counted it in wall time, a weekend on hold takes off two days
 * that business hours never counted. Measured from a status history, the pauses are intervals,
 * measured on the SLA's clock, and nothing is assumed. `slaTargetsFromFile` stands for the rule
 * that a target the file gives a ticket as a duration ("SLA hours") runs on calendar time from the
 * opening, not on the contract's business hours (value `calendar`; see `slaAdherence`).
 */
export const ASSUMPTION_KEYS = [
  'timezone',
  'calendar.hours',
  'calendar.holidays',
  'sla.P1',
  'sla.P2',
  'sla.P3',
  'sla.P4',
  'sla.P5',
  'slaAdherenceTarget',
  'pausedMinutes',
  'slaTargetsFromFile',
  'rates.currency',
  'impactFactors.outage',
  'impactFactors.degraded',
  'impactFactors.minor',
  'priorityImpact.P1',
  'priorityImpact.P2',
  'priorityImpact.P3',
  'priorityImpact.P4',
  'priorityImpact.P5',
  'affectedUsers',
  'impactUnknown',
  'recurrence.key',
  'recurrence.windowDays',
  'recurrence.minOccurrences',
  'recurrence.minKeyedShare',
  'usefulLifeMonths.default',
  'confidence',
  'minAssetShare',
] as const;
export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number];

/**
 * The assumptions about the data rather than the policy: rules applied where the export does not
 * say (how many users an incident affected, its impact, when its exported paused minutes fell),
 * which no policy setting changes. The review introduces them apart from the policy's defaults,
 * without inviting to edit the policy.
 */
export const DATA_ASSUMPTION_KEYS = ['pausedMinutes', 'slaTargetsFromFile', 'affectedUsers', 'impactUnknown'] as const satisfies readonly AssumptionKey[];

/**
 * Whether an assumption is about the data (see {@link DATA_ASSUMPTION_KEYS}), not a default of the policy.
 *
 * @example
 * isDataAssumption('pausedMinutes'); // => true
 * isDataAssumption('sla.P2'); // => false
 */
export function isDataAssumption(key: string): boolean {
  return (DATA_ASSUMPTION_KEYS as readonly string[]).includes(key);
}
