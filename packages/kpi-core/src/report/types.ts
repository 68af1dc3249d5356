/**
 * The shapes of every KPI result and of the review report (DESIGN §6). These are the contract
 * between kpi-core, the CLI and the dashboard: all JSON-serialisable, durations in hours, money
 * in the policy currency, instants as ISO 8601 strings (UTC), and `null` for a figure that
 * cannot be computed — never 0 and never NaN.
 */
import type { QualityReport } from '../ingest/types.js';
import type { PreventiveResult } from '../kpi/preventive/types.js';
import type { BacklogTrendResult } from '../kpi/backlog/types.js';
import type { ReplacementResult } from '../kpi/replacement/types.js';
import type { TrendResult } from '../kpi/trend/types.js';
import type { NotMeasuredReason, SlaOutcome, SlaPair } from '../kpi/types.js';
import type { VolumeResult } from '../kpi/volume/types.js';
import type { PeriodChoice } from '../calendar/period.js';
import type { AssumptionKey } from '../policy/types.js';

export type { SlaOutcome, PreventiveResult };
export type { VolumeBreakdown, VolumeGroup, VolumeMonth, VolumeResult } from '../kpi/volume/types.js';
export type { BacklogMonth, BacklogTrendResult } from '../kpi/backlog/types.js';
export type { TrendFigure, TrendResult } from '../kpi/trend/types.js';
export type { ReplacementAsset, ReplacementBudget, ReplacementReason, ReplacementResult } from '../kpi/replacement/types.js';

// ── SLA ─────────────────────────────────────────────────────────────────────────────────────

export type { SlaPair } from '../kpi/types.js';

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

// ── Recurrence ──────────────────────────────────────────────────────────────────────────────

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

// ── Reliability ─────────────────────────────────────────────────────────────────────────────

export interface ReliabilityFigures {
  /** Assets observed; null (like every figure here) when the period is not covered by the data. */
  assets: number | null;
  failures: number | null;
  /**
   * Of the failures, those whose outage length is unknown (an incident closed at an unknown time,
   * DESIGN §3): they count as failures, add no downtime and are left out of MTTR.
   */
  unknownDurations: number | null;
  uptimeHours: number | null;
  downtimeHours: number | null;
  /** Σ uptime / Σ failures; null when there is no failure (uptime is then a censored bound). */
  mtbfHours: number | null;
  mtbfLowerHours: number | null;
  /** null when failures = 0 (no upper bound). */
  mtbfUpperHours: number | null;
  mttrHours: number | null;
  availability: number | null;
  mtbsiHours: number | null;
}

export interface AssetReliability extends ReliabilityFigures {
  type: string | null;
  client: string | null;
  /** Laplace U and Crow-AMSAA β, for assets with at least 3 failures; else null. */
  laplaceU: number | null;
  crowBeta: number | null;
  /** True when U > 1.645: failures come significantly faster. */
  accelerating: boolean;
  /** Hours between the starts of the last two failures in the window; null with fewer than 2. */
  lastGapHours: number | null;
  /** Ticket ids of the incidents behind the failures. */
  ticketIds: string[];
}

export interface ReliabilityResult {
  fleet: ReliabilityFigures;
  byType: Record<string, ReliabilityFigures>;
  byClient: Record<string, ReliabilityFigures>;
  byAsset: Record<string, AssetReliability>;
  /** Asset ids seen on incidents but missing from the asset file (counted in service all period). */
  unknownAssetIds: string[];
  confidence: number;
  /** Incidents opened in the period, cancelled ones excepted; null when the period is not covered. */
  incidents: number | null;
  /** Of those, the incidents that name an asset. */
  withAsset: number | null;
  /** withAsset ÷ incidents; null without incidents. */
  assetShare: number | null;
  /**
   * The policy's `minAssetShare` (default 0.5): under it, every group's MTBF, MTTR, MTBSI and
   * availability are null (`too-few-with-asset`); `byAsset` keeps its figures.
   */
  minAssetShare: number;
}

// ── Lost hours ──────────────────────────────────────────────────────────────────────────────

export interface LostHoursResult {
  /** null when the period is not covered by the data. */
  totalHours: number | null;
  /** totalHours × 365 / period days ÷ headcount; null without a headcount (`no-headcount`). */
  perEmployeePerYear: number | null;
  benchmark: { low: 50; high: 100 };
  /**
   * Σ lost hours × `rates.userHourly`; null when some lost hour falls under a policy without
   * that rate (`no-rate`: money is never assumed).
   */
  cost: number | null;
  currency: string;
  /** Technician effort on incidents opened in the period, in hours. */
  effortHours: number | null;
  /** Incidents that lost time in the period. */
  incidents: number | null;
  /**
   * Of `incidents`, those whose export gives no `affectedUsers`: counted as affecting one user,
   * DESIGN §5's default (the assumption `affectedUsers` says so). Equal to `incidents` when the
   * export records no count at all: the hours are then incident hours weighted by impact.
   */
  usersAssumed: number | null;
  /**
   * Incidents opened in the period and closed at an unknown time (DESIGN §3): how long they
   * lasted cannot be told, so they are left out of the hours and counted here.
   */
  unknownDuration: number | null;
  byClient: Record<string, number>;
  byCategory: Record<string, number>;
  byAsset: Record<string, number>;
  /** Per client: headcount-based figure when the client's policy gives a headcount. */
  perEmployeePerYearByClient: Record<string, number | null>;
}

// ── TCO ─────────────────────────────────────────────────────────────────────────────────────

export const TCO_CATEGORIES = [
  'acquisition',
  'contracts',
  'licences',
  'preventive',
  'corrective',
  'evolutive',
  'proactive',
  'unclassified',
  'downtime',
] as const;
export type TcoCategory = (typeof TCO_CATEGORIES)[number];
/** Amount per category; null for a category that could not be measured (see `TcoResult.excluded`). */
export type TcoBreakdown = Record<TcoCategory, number | null>;

export type TcoExclusionPart = TcoCategory | 'labour' | 'technician-time' | 'direct-costs';

/** A part of the cost of ownership that the total leaves out, and why. */
export interface TcoExclusion {
  /**
   * A whole category; `labour`: the five labour categories (preventive … unclassified);
   * `technician-time`: the technician-effort part of every labour category; `direct-costs`: the
   * tickets' direct costs (parts, travel).
   */
  part: TcoExclusionPart;
  reason: NotMeasuredReason;
  /** The hours left unpriced (lost hours for downtime, effort hours for technician time); null for the asset categories. */
  hours: number | null;
}

export interface TcoResult {
  /**
   * Σ byCategory over the categories measured (null ones count for nothing), so Σ byCategory =
   * total always holds; when `complete` is false it is the total of what could be measured,
   * *excluding* what `excluded` lists — never to be read as the whole. null when the period is
   * not covered by the data.
   */
  total: number | null;
  /** True when nothing was left out; null when the period is not covered. */
  complete: boolean | null;
  /** What the total leaves out: categories without their inputs (no asset file, no rate), unpriced hours. */
  excluded: TcoExclusion[];
  /** total ÷ headcount (of the same measured total); null without a headcount. */
  perUser: number | null;
  currency: string;
  /** Costs of tickets without an asset: a subset of total, also in their categories. */
  unallocated: number | null;
  /**
   * The labour of the tickets opened in the period: direct costs (`cost`), technician effort
   * hours, and their price at `rates.technicianHourly` (null when a ticket with effort has no
   * rate: technician time is then left out of every category, `excluded` says so).
   */
  labour: { directCost: number | null; effortHours: number | null; technicianCost: number | null };
  byCategory: TcoBreakdown;
  /** By asset type; `(none)`: assets without a type; `(unallocated)`: the costs of tickets tied to no asset. Σ = total. */
  byType: Record<string, { total: number; byCategory: TcoBreakdown }>;
  byClient: Record<string, { total: number; byCategory: TcoBreakdown }>;
  byAsset: Record<string, { total: number; type: string | null; client: string | null; byCategory: TcoBreakdown }>;
}

// ── Fleet health ────────────────────────────────────────────────────────────────────────────

export interface FleetResult {
  /** Share of labour hours by maintenance type (sums to 1), null when no effort recorded. */
  maintenanceMix: Record<string, number> | null;
  /** Labour hours by maintenance type, behind the mix; null when the period is not covered. */
  maintenanceHours: Record<string, number> | null;
  backlog: {
    open: number;
    /** Open tickets at asOf by age: '<1d', '1-7d', '7-30d', '>30d'. */
    byAge: Record<string, number>;
    oldestHours: number | null;
    ticketIds: string[];
  };
  outOfWarranty: { count: number; assetIds: string[] };
  pastUsefulLife: { count: number; assetIds: string[] };
  warrantyExpiringSoon: { count: number; assets: Array<{ id: string; warrantyEnd: string }> };
  /** Assets in service at asOf, by type, with their age in months (for the age chart). */
  ages: Array<{ id: string; type: string | null; ageMonths: number | null }>;
}

// ── Measurability ──────────────────────────────────────────────────────────────────────────

// NOT_MEASURED_REASONS and NotMeasuredReason live in kpi/types.ts (kpi/ must not import report/).
export { NOT_MEASURED_REASONS, type NotMeasuredReason } from '../kpi/types.js';

/** A null figure and why: `figure` is its dotted path in the report (`previous.` for the previous period). */
export interface NotMeasured {
  figure: string;
  reason: NotMeasuredReason;
}

/** A default policy value that a figure of the report used (DESIGN §2). */
export interface Assumption {
  /** Its path in the policy document, e.g. `sla.P2`, `calendar.hours`, `rates.currency`. */
  key: AssumptionKey;
  /** The value, written as in a policy document (`"4h"`, `"09:00-17:00"`). */
  value: unknown;
  source: 'default';
}

/**
 * How far the ticket data covers a period. `firstOpenedAt` and `lastOpenedAt` span the whole
 * export (before any client filter); `ticketsInPeriod` counts the report's tickets (all types,
 * cancelled ones included) opened in the period. A period is *covered* unless it lies wholly
 * before the first or after the last opened ticket; a covered period is `partial` when the data
 * starts after its first day (the first ticket is opened on a later local day) or when it ends
 * after `asOf` (it is not over yet).
 */
export interface Coverage {
  firstOpenedAt: string | null;
  lastOpenedAt: string | null;
  ticketsInPeriod: number;
  covered: boolean;
  partial: boolean;
  /**
   * Local calendar days of the period (`total`) and how many of them the data covers
   * (`covered`): from the later of the period's first day and the first ticket's day, to the
   * earlier of the period's end and the start of `asOf`'s day (a day not over is not covered).
   * `covered < total` exactly when the period is `partial`; 0 when it is not covered. What a
   * reader needs to judge a comparison ("the data covers 12 of 91 days").
   */
  days: { covered: number; total: number };
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────

export type FindingKind =
  | 'recurring-problem'
  | 'accelerating-failures'
  | 'sla-slipping'
  | 'past-useful-life-costly'
  | 'lost-hours-above-benchmark'
  | 'warranty-expiring'
  | 'preventive-missed'
  | 'preventive-effect';

export interface Finding {
  kind: FindingKind;
  severity: 'high' | 'medium' | 'low';
  /** Plain sentence in the report's language. */
  message: string;
  /** The figures behind the message, and the ids to drill down to. */
  evidence: Record<string, unknown>;
}

export interface KpiSet {
  sla: SlaResult;
  recurrence: RecurrenceResult;
  reliability: ReliabilityResult;
  lostHours: LostHoursResult;
  tco: TcoResult;
  fleet: FleetResult;
  preventive: PreventiveResult;
  /** Tickets opened in the period by type, category, priority, site and month, with their ids. */
  volume: VolumeResult;
}

/** A report's period as ISO instants (`[start, end)`, end excluded). */
export interface ReportPeriod {
  label: string;
  start: string;
  end: string;
  kind: string;
}

/**
 * What the review shows of the current period only (issue 12): no previous period makes sense for
 * a trend, a backlog over time or a plan of the months to come. (The ticket volume, a figure of
 * the period like the KPIs, is in `KpiSet`, with its previous period.)
 */
export interface ReviewContent {
  /** Opened and closed tickets per month and the backlog at each month's end, over up to 12 months. */
  backlogTrend: BacklogTrendResult;
  /** One value per month behind each headline figure, for the 12 months ending with the period's last. */
  trend: TrendResult;
  /** The assets to replace in the 12 months from asOf, their cost and the budget. */
  replacement: ReplacementResult;
}

export interface Report extends KpiSet, ReviewContent {
  /** Report format version, bumped on any incompatible change (2: figures may be null, with `notMeasured`). */
  version: 2;
  language: 'en' | 'fr';
  /** `chosenBy`: `given` (the period option), or the default-period rule that chose it (DESIGN §4). */
  period: ReportPeriod & { chosenBy: PeriodChoice };
  asOf: string;
  client: string | null;
  /** All clients seen in the data (for pickers); only the report's client when it has one. */
  clients: string[];
  timezone: string;
  currency: string;
  assetsSource: 'file' | 'tickets';
  /** How far the ticket data covers the period. */
  coverage: Coverage;
  /** The default policy values the figures used (DESIGN §2), in `ASSUMPTION_KEYS` order. */
  assumptions: Assumption[];
  /** Each null headline figure of both periods, with its reason. */
  notMeasured: NotMeasured[];
  dataQuality: { tickets: QualityReport | null; assets: QualityReport | null };
  /**
   * The previous period's figures; `period` and `coverage` are null when it falls outside
   * 1970–2100 (its figures are then all null, as for a period the data does not cover).
   */
  previous: { period: ReportPeriod | null; coverage: Coverage | null } & KpiSet;
  findings: Finding[];
  /**
   * Set by `compactReport` only: each shortened list or map (by its path, e.g.
   * `reliability.byAsset`), with how many entries were kept and how many there were.
   */
  truncated?: Record<string, { kept: number; total: number }>;
}
