/**
 * The shapes of {@link replacementPlan}'s result: the assets to replace in the next months, why,
 * when, at what cost (their purchase cost, or null when unknown — never invented), the corrective
 * cost they caused, and the budget per month and quarter.
 */
import type { KpiOptions, NotMeasuredReason } from '../types.js';

/** Options of `replacementPlan`. */
export interface ReplacementOptions extends KpiOptions {
  /** Months of the plan, from the month of asOf; default 12. */
  horizonMonths?: number;
  /** Most assets listed (the most urgent); default {@link REPLACEMENT_LISTED}. The totals count them all. */
  maxListed?: number;
  /**
   * The `tco` result of the same data, period and asOf: its corrective cost per asset is used
   * instead of summing the tickets again; null when the period has no figures (every corrective
   * cost is then null, `no-data-in-period`).
   */
  tco?: ReplacementTco | null;
}

/** Assets listed by default; `count` and the budget always count every asset of the plan. */
export const REPLACEMENT_LISTED = 500;

/**
 * Why an asset is in the plan: its useful life ended before asOf, or ends within the horizon,
 * or its warranty ends within the horizon.
 */
export const REPLACEMENT_REASONS = ['past-useful-life', 'useful-life-ends', 'warranty-ends'] as const;
export type ReplacementReason = (typeof REPLACEMENT_REASONS)[number];

export interface ReplacementAsset {
  id: string;
  name: string | null;
  type: string | null;
  client: string | null;
  site: string | null;
  /** The reasons that apply, the one that sets `dueAt` first. */
  reasons: ReplacementReason[];
  /** When the replacement falls due (ISO): the end of its useful life, or of its warranty. */
  dueAt: string;
  /** The month of the budget it is counted in: the month of `dueAt`, or the plan's first month when already due. */
  budgetMonth: string;
  inServiceDate: string | null;
  usefulLifeEnd: string | null;
  warrantyEnd: string | null;
  /** Whole months in service at asOf; null without an in-service or purchase date. */
  ageMonths: number | null;
  /** The estimated cost of replacing it: its purchase cost; null when unknown. */
  replacementCost: number | null;
  /** Why `replacementCost` is null: no purchase cost in the asset file. */
  replacementCostReason: 'no-purchase-cost' | null;
  /**
   * Labour and parts of the corrective tickets on this asset opened in the period (`tco`'s
   * corrective cost of the asset); null when not measured (`correctiveCostReason`): technician
   * time on them and no `rates.technicianHourly` to price it (money is never assumed, DESIGN §2),
   * or a period the data do not cover.
   */
  correctiveCost: number | null;
  /** Why `correctiveCost` is null (`no-rate`, `no-data-in-period`, `not-recorded`; in a report, `assets-not-in-file`). */
  correctiveCostReason: NotMeasuredReason | null;
}

export interface ReplacementBudget {
  /** `yyyy-MM` (by month) or `yyyy-Qn` (by quarter), calendar months in the policy time zone. */
  key: string;
  /** Assets falling due. */
  assets: number;
  /** Σ of their known replacement costs; null when assets fall due and none has a cost (no €0 without a price). */
  cost: number | null;
  /** Of those assets, the ones without a replacement cost (not in `cost`). */
  withoutCost: number;
  /** `cost` split by each asset's first reason; null for a reason whose assets all lack a cost. */
  byReason: Record<ReplacementReason, number | null>;
}

export interface ReplacementResult {
  /** The plan's months: `[start, end)` (ISO), from the start of the month of asOf. */
  horizon: { start: string; end: string; months: number };
  /** The most urgent assets first: due soonest (longest overdue first), then costliest corrective, then id. */
  assets: ReplacementAsset[];
  /**
   * Whether an asset file with rows was given. Without one the plan is not measured (reason
   * `no-assets`): no asset is listed, `cost` and every budget's `cost` are null, and nothing is
   * counted in `withoutDates` or `subscriptions`.
   */
  inventory: boolean;
  /** Every asset of the plan (`assets` lists at most `listed` of them). */
  count: number;
  listed: number;
  /**
   * Σ of the known replacement costs, and the assets without one; `cost` is null when the plan has
   * assets and none has a known cost (a sum of no price is no €0).
   */
  cost: number | null;
  withoutCost: number;
  /** One entry per month of the plan, and per calendar quarter of those months. */
  byMonth: ReplacementBudget[];
  byQuarter: ReplacementBudget[];
  /** Assets in service at asOf whose useful life cannot be judged: no in-service nor purchase date. */
  withoutDates: number;
  /**
   * Assets in service at asOf left out as subscriptions: a licence cost per year and no purchase
   * cost — software rented, not hardware bought, so nothing to replace.
   */
  subscriptions: number;
}

/**
 * What the plan reads of the period's `TcoResult` (`byAsset`, `excluded`), written out so that
 * kpi/ does not import report/; a `TcoResult` is one.
 */
export interface ReplacementTco {
  byAsset: Record<string, { byCategory: { corrective: number | null } }>;
  excluded: ReadonlyArray<{ part: string; reason: NotMeasuredReason }>;
}
