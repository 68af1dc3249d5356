/**
 * The shapes of every KPI result and of the review report (DESIGN §6). These are the contract
 * between kpi-core, the CLI and the dashboard: all JSON-serialisable, durations in hours, money
 * in the policy currency, instants as ISO 8601 strings (UTC), and `null` for a figure that
 * cannot be computed — never 0 and never NaN.
 */
import type { QualityReport } from '../ingest/types.js';
import type { BacklogTrendResult } from '../kpi/backlog/types.js';
import type { ReplacementResult } from '../kpi/replacement/types.js';
import type { TrendResult } from '../kpi/trend/types.js';
import type { SlaOutcome } from '../kpi/types.js';
import type { VolumeResult } from '../kpi/volume/types.js';

export type { SlaOutcome };
export type { VolumeBreakdown, VolumeGroup, VolumeMonth, VolumeResult } from '../kpi/volume/types.js';
export type { BacklogMonth, BacklogTrendResult } from '../kpi/backlog/types.js';
export type { TrendFigure, TrendResult } from '../kpi/trend/types.js';
export type { ReplacementAsset, ReplacementBudget, ReplacementReason, ReplacementResult } from '../kpi/replacement/types.js';

// ── SLA ─────────────────────────────────────────────────────────────────────────────────────

export interface SlaPair {
  response: SlaOutcome;
  resolution: SlaOutcome;
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
  /** Tickets in scope (opened in the period, or completed in it with `attribution: 'completion'`). */
  tickets: number;
  /** Tickets in scope whose priority has no target: left out of adherence, counted here. */
  withoutTarget: number;
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
  /** Number of breached targets (response and resolution counted apart). */
  breachCount: number;
  /** Ticket ids of each outcome, for drill-down. */
  ticketIds: { response: { breached: string[]; pending: string[] }; resolution: { breached: string[]; pending: string[] } };
  /**
   * Distribution of the elapsed hours of met and breached tickets: `counts[i]` is the number of
   * values v with `bucketsHours[i-1] ≤ v < bucketsHours[i]` (from 0; the last bucket is open).
   */
  elapsedHistogram: { bucketsHours: number[]; response: number[]; resolution: number[] };
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
  /** Incidents opened in the period. */
  incidents: number;
  /** Of those, incidents with every key field present. */
  withKey: number;
  /** Of those, incidents without a key (counted apart, never dropped). */
  withoutKey: number;
  repeats: number;
  /** repeats / withKey; null when withKey = 0. */
  rate: number | null;
  problems: RecurringProblem[];
  /** Incidents opened in the period per calendar month, with repeats. */
  byMonth: Array<{ month: string; incidents: number; repeats: number }>;
  byCategory: Record<string, { incidents: number; repeats: number }>;
  repeatIds: string[];
}

// ── Reliability ─────────────────────────────────────────────────────────────────────────────

export interface ReliabilityFigures {
  assets: number;
  failures: number;
  uptimeHours: number;
  downtimeHours: number;
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
}

// ── Lost hours ──────────────────────────────────────────────────────────────────────────────

export interface LostHoursResult {
  totalHours: number;
  /** totalHours × 365 / period days ÷ headcount; null without a headcount. */
  perEmployeePerYear: number | null;
  benchmark: { low: 50; high: 100 };
  cost: number;
  currency: string;
  /** Technician effort on incidents opened in the period, in hours. */
  effortHours: number;
  incidents: number;
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
export type TcoBreakdown = Record<TcoCategory, number>;

export interface TcoResult {
  total: number;
  /** total ÷ headcount; null without a headcount. */
  perUser: number | null;
  currency: string;
  /** Costs of tickets without an asset: a subset of total, also in their categories. */
  unallocated: number;
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
  /** Labour hours by maintenance type, behind the mix. */
  maintenanceHours: Record<string, number>;
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

// ── Report ──────────────────────────────────────────────────────────────────────────────────

export type FindingKind =
  | 'recurring-problem'
  | 'accelerating-failures'
  | 'sla-slipping'
  | 'past-useful-life-costly'
  | 'lost-hours-above-benchmark'
  | 'warranty-expiring';

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
}

/**
 * What the review shows of the current period only (issue 12): no previous period makes sense for
 * a trend, a backlog over time or a plan of the months to come.
 */
export interface ReviewContent {
  /** Tickets opened in the period by type, category, priority, site and month, with their ids. */
  volume: VolumeResult;
  /** Opened and closed tickets per month and the backlog at each month's end, over up to 12 months. */
  backlogTrend: BacklogTrendResult;
  /** One value per month behind each headline figure, for the 12 months ending with the period's last. */
  trend: TrendResult;
  /** The assets to replace in the 12 months from asOf, their cost and the budget. */
  replacement: ReplacementResult;
}

export interface Report extends KpiSet, ReviewContent {
  /** Report format version, bumped on any incompatible change. */
  version: 1;
  language: 'en' | 'fr';
  period: { label: string; start: string; end: string; kind: string };
  asOf: string;
  client: string | null;
  /** All clients seen in the data (for pickers). */
  clients: string[];
  timezone: string;
  currency: string;
  assetsSource: 'file' | 'tickets';
  dataQuality: { tickets: QualityReport | null; assets: QualityReport | null };
  previous: { period: { label: string; start: string; end: string; kind: string } } & KpiSet;
  findings: Finding[];
  /**
   * Set by `compactReport` only: each shortened list or map (by its path, e.g.
   * `reliability.byAsset`), with how many entries were kept and how many there were.
   */
  truncated?: Record<string, { kept: number; total: number }>;
}
