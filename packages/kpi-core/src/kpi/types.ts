import type { Period } from '../calendar/types.js';
import type { AssetTable, TicketTable } from '../model/tables.js';
import type { Policy } from '../policy/types.js';
import type { PolicyUsage } from './usage.js';

/** What every KPI reads: the canonical tables and the parsed policy. */
export interface ReviewData {
  tickets: TicketTable;
  /** The asset file's table, or null when none was given (assets then come from the tickets). */
  assets?: AssetTable | null;
  policy: Policy;
}

/** Where and when a KPI looks. KPIs never read the clock: `asOf` stands for "now". */
/**
 * Work shared by the KPIs of one review: what `prepareReview` returns (a `PreparedReview`). Named
 * here by the one method the KPIs call so that this module, which every KPI imports, does not
 * import kpi/prepared.ts (that made an import cycle).
 */
export interface SharedReviewWork {
  /** True when this work was prepared for `data` at `asOf`. */
  fits(data: ReviewData, asOf: number): boolean;
}

export interface KpiOptions {
  period: Period;
  /** Epoch ms; tickets still open are judged as of this instant. */
  asOf: number;
  /**
   * Epoch ms from which the data is observed: `buildReport` passes the start of the local day of
   * the export's first opened ticket. A period that starts before it is observed only from it,
   * since an export says nothing of the days before its first ticket: reliability's windows and
   * the preventive plan's due windows start there, and lost hours per employee per year are
   * annualised over the days observed (up to `asOf` too). Without it (the default), the period's
   * start. Changes no figure of a period that starts at or after it.
   *
   * @example
   * // An export starting on 2 March, reviewed for 2026-Q1: the MTBF counts March's uptime only.
   * reliability(data, { period: q1of2026, asOf, observedFrom: Date.parse('2026-03-02T00:00Z') });
   */
  observedFrom?: number;
  /**
   * Work shared with other KPIs of the same data and asOf (`prepareReview`); ignored when it was
   * prepared for other data. Never changes a figure, only the time taken.
   */
  prepared?: SharedReviewWork;
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
 * Whether a KPI lists its per-asset map (`'keep'`, what every public KPI does) or leaves it empty
 * and only counts the entries it would have held (`'count'`): for a period shown without
 * drill-down (the report's previous period, as the CLI writes it by default), those maps are the
 * largest part of its time and memory. Changes no other figure. An argument of the KPIs' run
 * functions (`reliabilityRun`, `lostHoursRun`, `tcoRun`), not an option: nothing but
 * `buildReport` asks for it.
 */
export type ByAssetDetail = 'keep' | 'count';

/**
 * A KPI's result with what it left out: the number of entries of its `byAsset` map, listed or
 * not (with `'count'`, the map is empty and this says how many it would have held). Beside the
 * result, not in it, so the result stays the plain JSON a KPI returns.
 *
 * @example
 * const run = reliabilityRun(data, { period, asOf }, 'count');
 * run.result.byAsset; // => {}
 * run.byAssetEntries; // => 284, Object.keys(reliability(data, { period, asOf }).byAsset).length
 */
export interface KpiRun<Result> {
  readonly result: Result;
  readonly byAssetEntries: number;
}

/**
 * Whether the export records a column at all: at least one ticket has a value. A figure built on
 * a column no ticket fills is not measured (reason `not-recorded`) rather than read as 0.
 */
export interface RecordedColumns {
  firstResponseAt: boolean;
  effortMinutes: boolean;
  cost: boolean;
  /**
   * Some ticket has a `maintenanceType`: without one anywhere, the export cannot tell preventive
   * work from the rest, and the planned-maintenance share is not measured (not 0 %).
   */
  maintenanceType: boolean;
  /**
   * The tickets' categories, folded (`foldText`). A preventive task whose category no ticket of
   * the export carries cannot be found done or missed (a Change the export leaves out, a typo in
   * the plan): it is not measured (`unknown-category`) rather than "0 done". When absent, the
   * review's own tickets are read.
   */
  categories?: ReadonlySet<string>;
  /**
   * Which cost columns the asset file fills (at least one asset with a value): an inventory
   * without contract costs has no contract cost to report, not €0 of them (DESIGN §2). When
   * absent, the review's own assets are read.
   */
  assetCosts?: RecordedAssetCosts;
}

/** See {@link RecordedColumns.assetCosts}. */
export interface RecordedAssetCosts {
  purchaseCost: boolean;
  contractCostPerYear: boolean;
  licenceCostPerYear: boolean;
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

/** The response and resolution outcomes of one period (kept here so kpi/ need not import report/). */
export interface SlaPair {
  /**
   * null when response is not measured (`SlaResult.responseMeasured` false: the export has no
   * first-response time) or the period is not covered.
   */
  response: SlaOutcome | null;
  /** null only when the period is not covered by the data. */
  resolution: SlaOutcome | null;
}

/**
 * Why a figure is null (DESIGN §5, "Every figure is measured or it is null with a reason"): the
 * short fixed catalogue of `notMeasured` reasons.
 *
 * | reason | the figure is null because |
 * | --- | --- |
 * | `outside-data` | the period lies outside the span of the ticket data (no ticket opened in it) |
 * | `outside-supported-years` | the (previous) period falls outside 1970–2100 |
 * | `no-data-in-period` | the period holds nothing this figure counts (no judged ticket, no keyed incident, no asset observed, no effort recorded) |
 * | `no-response-time` | the export has no first-response time |
 * | `no-rate` | the money needs `rates.userHourly` or `rates.technicianHourly`, which the policy does not give |
 * | `no-headcount` | a per-employee or per-user figure, and the policy gives no headcount |
 * | `too-few-days` | a yearly rate (lost hours per employee per year) drawn from fewer than 28 days of data in the period: × 365 ÷ days over a few days is no evidence |
 * | `no-assets` | acquisition, contracts and licences need an asset file |
 * | `no-failure` | MTBF (and MTBSI, MTTR) without any failure: the uptime is only a lower bound |
 * | `no-repair` | MTTR when no failure of the period was resolved by asOf (or their length is unknown) |
 * | `not-recorded` | the export records no value of the column the figure needs (technician effort, direct costs, maintenance type) |
 * | `no-plan` | the policy has no preventive plan |
 * | `nothing-due` | no window of the preventive plan was due in the period (compliance has no denominator) |
 * | `no-effort` | no labour time on the tickets of the period (the planned-maintenance share has no denominator) |
 * | `no-time-of-day` | the export's ticket dates are days without a time of day (every value of the column): hours measured between them would be differences of midnights (a ticket solved the day it was opened would take 0 h) |
 * | `assets-not-in-file` | the fleet's MTBF, MTTR and availability (and by type and client), with an asset file, when fewer than `minAssetShare` of the period's incidents name an asset of that file (the others name assets it lacks): the failures are not those of the assets whose uptime is summed, as when the tickets and the inventory come from different tools or clients |
 * | `no-incident-type` | the export has tickets but none is read as an incident (e.g. a Jira software project's Bug, Story, Task): the figures that count incidents say nothing |
 * | `no-end-state` | the export says neither a status nor when tickets were resolved or closed (no such column was read): which tickets are still open cannot be told, so the backlog, the resolution SLA and every figure made of incident lengths (downtime, availability, MTBF, MTTR, lost hours) have no evidence |
 * | `ends-unknown` | an SLA rate where no more tickets are judged than closed at an unknown time (DESIGN §3): an open ticket is only judged once late, so the judged ones are mostly the late open ones and the rate is not the period's; the counts stay |
 * | `lengths-unknown` | a figure made of incident lengths (lost hours, downtime, uptime, availability, MTBF, MTTR, the TCO's downtime) where no more incidents (or outages) have a known length than were closed at an unknown time: the hours would add up only the open and dated ones, a floor read as the total; the counts stay |
 * | `ends-are-closings` | a figure made of lengths that run to the closing instant (the resolution SLA rate and its median and p90, lost hours, downtime, uptime, availability, MTBF, MTTR, MTBSI, the TCO's downtime) where most tickets that ended have only a closing instant and those closings bunch at one clock hour, the mark of a closing job (ServiceNow's auto-close, days after the resolution): the lengths are the tool's waiting time, not repair times; the counts stay |
 * | `few-responses` | the response SLA rate of an export whose first-response column is empty on most tickets that ended (fewer than half have one): each of those takes its resolution as its response (DESIGN §5), so the rate would mostly repeat the resolution under another name; the counts stay |
 * | `open-only` | the resolution SLA rate of an export that holds no ticket that ended (every one open or pending, no resolution or closing date): a list filtered on open tickets, such as GLPI's default "not solved" list; an open ticket is only judged once late, so the rate would be 0% by construction; the counts stay |
 */
export const NOT_MEASURED_REASONS = [
  'outside-data',
  'outside-supported-years',
  'no-data-in-period',
  'no-response-time',
  'no-rate',
  'no-headcount',
  'too-few-days',
  'no-assets',
  'no-failure',
  'no-repair',
  'not-recorded',
  'no-plan',
  'nothing-due',
  'no-effort',
  'too-few-keyed',
  'too-few-with-asset',
  'assets-not-in-file',
  'no-incident-type',
  'unknown-category',
  'no-time-of-day',
  'no-end-state',
  'ends-unknown',
  'lengths-unknown',
  'ends-are-closings',
  'open-only',
  'few-responses',
  'no-target',
] as const;
export type NotMeasuredReason = (typeof NOT_MEASURED_REASONS)[number];

/**
 * Lost hours per month of a `LostHoursMonths` window: the hours, their price, and the hours
 * lost under a policy without `rates.userHourly` (a month with some has no downtime cost, as
 * `lostHours(…).cost` is then null).
 */
export interface MonthlyLostHours {
  hours: Float64Array;
  priced: Float64Array;
  unpriced: Float64Array;
}
