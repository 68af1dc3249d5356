/** The result types of TCO (DESIGN §5), beside its code: kpi/ does not import report/, which re-exports them. */
import type { NotMeasuredReason } from '../types.js';

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
  /**
   * By client (of the asset; the ticket's for costs tied to no asset). In a report, a client whose
   * lost hours are left out for their unknown lengths (`lostHours.unknownRows`, not in
   * `lostHours.byClient`) has its downtime null and its total without it; the TCO's total keeps
   * that downtime, as the lost-hours total keeps those hours. The same for `byAsset`.
   */
  byClient: Record<string, { total: number; byCategory: TcoBreakdown }>;
  byAsset: Record<string, { total: number; type: string | null; client: string | null; byCategory: TcoBreakdown }>;
  /**
   * Assets of the asset file in service during the period whose acquisition is not in the total:
   * no purchase cost, or neither an in-service nor a purchase date to depreciate from (their
   * acquisition counts 0). Subscriptions (a licence cost and no purchase cost, as the replacement
   * plan reads them) have nothing to depreciate and are not counted. null without an asset file, or when no asset has a purchase cost (the
   * whole category is then in `excluded`).
   */
  withoutPurchaseCost: number | null;
}
