/**
 * The shapes of every KPI result and of the review report (DESIGN §6). These are the contract
 * between kpi-core, the CLI and the dashboard: all JSON-serialisable, durations in hours, money
 * in the policy currency, instants as ISO 8601 strings (UTC), and `null` for a figure that
 * cannot be computed — never 0 and never NaN.
 */
import type { AssetIdMatch } from './asset-match.js';
export type { AssetIdMatch } from './asset-match.js';
import type { QualityReport } from '../ingest/types.js';
import type { PreventiveResult } from '../kpi/preventive/types.js';
import type { BacklogTrendResult } from '../kpi/backlog/types.js';
import type { ReplacementResult } from '../kpi/replacement/types.js';
import type { TrendResult } from '../kpi/trend/types.js';
import type { NotMeasuredReason, SlaOutcome, SlaPair } from '../kpi/types.js';
import type { VolumeResult } from '../kpi/volume/types.js';
import type { PeriodChoice } from '../calendar/period.js';
import type { AssumptionKey } from '../policy/types.js';
import type { AssumptionUser } from '../kpi/usage.js';
import type { SourceSla, SlaBreach, SlaResult } from '../kpi/sla/types.js';
import type { RecurringProblem, RecurrenceResult } from '../kpi/recurrence/types.js';
import type { ReliabilityFigures, AssetReliability, ReliabilityResult } from '../kpi/reliability/types.js';
import type { LostHoursResult } from '../kpi/lost-hours/types.js';
import type { TcoCategory, TcoBreakdown, TcoExclusionPart, TcoExclusion, TcoResult } from '../kpi/tco/types.js';
import type { FleetResult } from '../kpi/fleet/types.js';

export type { SlaOutcome, PreventiveResult };
export type { VolumeBreakdown, VolumeGroup, VolumeMonth, VolumeResult } from '../kpi/volume/types.js';
export type { BacklogMonth, BacklogTrendResult } from '../kpi/backlog/types.js';
export type { TrendCostExclusion, TrendFigure, TrendResult } from '../kpi/trend/types.js';
export type { ReplacementAsset, ReplacementBudget, ReplacementReason, ReplacementResult } from '../kpi/replacement/types.js';

// The KPI result types live beside each KPI (kpi/<name>/types.ts); the report re-exports them.
export type { SlaPair } from '../kpi/types.js';
export { type SourceSla, type SlaBreach, type SlaResult } from '../kpi/sla/types.js';
export { type RecurringProblem, type RecurrenceResult } from '../kpi/recurrence/types.js';
export { type ReliabilityFigures, type AssetReliability, type ReliabilityResult } from '../kpi/reliability/types.js';
export { type LostHoursResult, type LostHoursRowCounts } from '../kpi/lost-hours/types.js';
export { TCO_CATEGORIES, type TcoCategory, type TcoBreakdown, type TcoExclusionPart, type TcoExclusion, type TcoResult } from '../kpi/tco/types.js';
export { type FleetResult } from '../kpi/fleet/types.js';

// ── Measurability ──────────────────────────────────────────────────────────────────────────

// NOT_MEASURED_REASONS and NotMeasuredReason live in kpi/types.ts (kpi/ must not import report/).
export { NOT_MEASURED_REASONS, type NotMeasuredReason } from '../kpi/types.js';
import type { RetiredWithoutDate } from './retired-undated.js';
export type { RetiredWithoutDate } from './retired-undated.js';
import type { AsOfStray } from './as-of-stray.js';
export type { AsOfStray } from './as-of-stray.js';

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
  /**
   * The figures whose clock read it, for the calendar (`calendar.hours`, `calendar.holidays`,
   * `timezone`): `sla`, the business clock of an SLA target; `lostHours`, the working hours an
   * outage cost. Absent for the other keys, and for a time zone that only placed the period's days.
   */
  usedBy?: AssumptionUser[];
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
  /**
   * Present (true) when the data start after the period's first day but the export is too small
   * or too sparse to show that it starts there (`observedFromSpan`: fewer than 30 tickets, or
   * fewer than one a day): the figures then count the period from its first day (DESIGN §5's
   * windows), not only the days the data cover, and the review says so.
   */
  fromPeriodStart?: true;
}

// ── Report ──────────────────────────────────────────────────────────────────────────────────

export type FindingKind =
  | 'recurring-problem'
  | 'accelerating-failures'
  | 'sla-slipping'
  | 'sla-below-target'
  | 'sla-source-disagrees'
  | 'past-useful-life-costly'
  | 'lost-hours-above-benchmark'
  | 'warranty-expiring'
  | 'backlog-aged'
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

/**
 * The tickets of the whole export per type as read: `incident`, `request`, `problem`, `change`,
 * or the export's own word when the preset or mapping leaves it unmapped (a Jira `Bug`), `(none)`
 * without a type (read as an incident, DESIGN §2); most tickets first.
 */
export interface TicketTypes {
  /** In a client's review, the client's tickets only (another client's volume is not its business). */
  tickets: number;
  /** Tickets read as incidents: type `incident` or none. */
  incidents: number;
  byType: Record<string, number>;
  /**
   * The whole export (every client) has tickets and none is read as an incident, so the incident
   * figures are not measured (`no-incident-type`). Decided on the file, not the client's tickets:
   * a client with requests only, in a file with incidents, has an honest 0 incidents.
   */
  noIncidentType: boolean;
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

/**
 * A part of the policy that could not apply to the data (see `Report.policyNotices`).
 *
 * @example
 * { code: 'unknown-client', name: 'Bistrot' } // clients.Bistrot: no client of the data is so named
 */
export type PolicyNotice =
  | { code: 'unknown-client'; name: string }
  | { code: 'pause-statuses-not-applied' }
  | { code: 'pause-statuses-unseen'; statuses: string[] };

export interface Report extends KpiSet, ReviewContent {
  /** Report format version, bumped on any incompatible change (2: figures may be null, with `notMeasured`). */
  version: 2;
  language: 'en' | 'fr';
  /** `chosenBy`: `given` (the period option), or the default-period rule that chose it (DESIGN §4). */
  period: ReportPeriod & { chosenBy: PeriodChoice };
  asOf: string;
  /**
   * The default data date lies a year or more past the date by which 99 % of the tickets have
   * their last date: the ticket and date that set it, and the tickets past that mark (report/as-of-stray.ts).
   * Absent when it does not, or when asOf was given.
   */
  asOfStray?: AsOfStray;
  /**
   * Present (true) when the export has a status or an end column but no ticket of it ended: a
   * list filtered on open tickets, such as GLPI's default "not solved" list. The period is then
   * not compared with the previous one (`comparisonOf`'s `open-only`): an earlier period keeps
   * fewer of its tickets open, so its counts would be lower by construction.
   */
  openOnly?: true;
  client: string | null;
  /** All clients seen in the data (for pickers); only the report's client when it has one. */
  clients: string[];
  timezone: string;
  currency: string;
  assetsSource: 'file' | 'tickets';
  /**
   * Assets whose status says they left the fleet but that have no retirement date: counted in
   * service up to the last ticket that names them (`countedUntil`), not at all when none does
   * (null) — never at the data date. Empty without an asset file.
   */
  retiredWithoutDate: RetiredWithoutDate[];
  /** How far the ticket data covers the period. */
  coverage: Coverage;
  /**
   * How the ticket types of the whole export (all clients) were read: with tickets and no
   * incident among them, the figures that count incidents are null (`no-incident-type`).
   */
  ticketTypes: TicketTypes;
  /** The default policy values the figures used (DESIGN §2), in `ASSUMPTION_KEYS` order. */
  assumptions: Assumption[];
  /**
   * What the policy asks that this data gives no hold to, said rather than silently ignored:
   * a client override whose name matches no client of the data (`unknown-client`), pause
   * statuses that the export cannot show (`pause-statuses-not-applied`: no status history), pause
   * statuses that no status of the export's history spells (`pause-statuses-unseen`).
   * `buildReport` always sets it; optional for reports written before it existed.
   */
  policyNotices?: PolicyNotice[];
  /** Each null headline figure of both periods, with its reason. */
  notMeasured: NotMeasured[];
  /**
   * The reads' quality reports and, with an asset file, how many asset ids of the tickets it
   * holds (`assetIds`, null without a file; optional for reports written before it existed).
   */
  dataQuality: { tickets: QualityReport | null; assets: QualityReport | null; assetIds?: AssetIdMatch | null };
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
