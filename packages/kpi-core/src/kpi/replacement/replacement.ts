/**
 * The hardware replacement plan (issue 12): the assets to replace in the months after asOf —
 * past their useful life, or reaching its end or the end of their warranty — with what replacing
 * them would cost, the corrective cost they caused in the period, and the budget month by month.
 */
import { monthKey } from '../../calendar/local.js';
import { monthIndex, monthsFromTo, shiftMonth } from '../../calendar/month-window.js';
import { monthsBetweenInZone } from '../../calendar/months.js';
import { RevueError } from '../../internal/errors.js';
import { floorToMinute } from '../../internal/time.js';
import type { Period } from '../../calendar/types.js';
import { policyFor } from '../../policy/parse.js';
import type { Policy } from '../../policy/types.js';
import type { NotMeasuredReason } from '../types.js';
import { assetDate, inServiceOf } from '../assets.js';
import { assertKpiOptions, isoOrNull } from '../common.js';
import { preparedFor, type PreparedReview } from '../prepared.js';
import { labourCategory } from '../tco/tco.js';
import { inventoryGiven } from '../reliability/reliability.js';
import type { ReviewData } from '../types.js';
import {
  REPLACEMENT_LISTED,
  REPLACEMENT_REASONS,
  type ReplacementAsset,
  type ReplacementBudget,
  type ReplacementOptions,
  type ReplacementReason,
  type ReplacementResult,
} from './types.js';

/** A budget being summed: its assets and those without a cost, per reason too. */
interface BudgetSums {
  budget: ReplacementBudget;
  reasonAssets: Record<ReplacementReason, number>;
  reasonWithoutCost: Record<ReplacementReason, number>;
}

const zeroes = (): Record<ReplacementReason, number> => Object.fromEntries(REPLACEMENT_REASONS.map((reason) => [reason, 0])) as Record<ReplacementReason, number>;

function emptyBudget(key: string): BudgetSums {
  return { budget: { key, assets: 0, cost: 0, withoutCost: 0, byReason: zeroes() }, reasonAssets: zeroes(), reasonWithoutCost: zeroes() };
}

function addTo(sums: BudgetSums, replacementCost: number | null, reason: ReplacementReason): void {
  const budget = sums.budget;
  budget.assets++;
  sums.reasonAssets[reason]++;
  if (replacementCost === null) {
    budget.withoutCost++;
    sums.reasonWithoutCost[reason]++;
  } else {
    budget.cost = budget.cost! + replacementCost;
    budget.byReason[reason] = budget.byReason[reason]! + replacementCost;
  }
}

/** The budget summed: its cost and each reason's, null where assets fall due and none has a cost. */
function settled({ budget, reasonAssets, reasonWithoutCost }: BudgetSums): ReplacementBudget {
  const byReason = zeroes() as Record<ReplacementReason, number | null>;
  for (const reason of REPLACEMENT_REASONS) byReason[reason] = knownCost(budget.byReason[reason]!, reasonAssets[reason], reasonWithoutCost[reason]);
  return { ...budget, cost: knownCost(budget.cost!, budget.assets, budget.withoutCost), byReason };
}

/** A sum of replacement costs, null when assets fall due and none has a cost: a sum of no price is no €0. */
export function knownCost(cost: number, assets: number, withoutCost: number): number | null {
  return assets > 0 && withoutCost === assets ? null : cost;
}

/** The reason lists an asset can have, the one that sets its due date first. */
const REASON_SETS: readonly (readonly ReplacementReason[])[] = [
  ['past-useful-life'],
  ['past-useful-life', 'warranty-ends'],
  ['useful-life-ends'],
  ['useful-life-ends', 'warranty-ends'],
  ['warranty-ends'],
  ['warranty-ends', 'useful-life-ends'],
];
const PAST = 0;
const LIFE = 2;
const WARRANTY = 4;

/**
 * The k-th smallest value (0-based) of `values`, which it reorders: Hoare's selection, linear on
 * average, where a sort of tens of thousands of due dates would do more than needed.
 */
function kthSmallest(values: Float64Array, k: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (values[i]! < pivot) i++;
      while (values[j]! > pivot) j--;
      if (i <= j) {
        const swap = values[i]!;
        values[i] = values[j]!;
        values[j] = swap;
        i++;
        j--;
      }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return values[k]!;
  }
  return values[k]!;
}

/**
 * The corrective cost of each asset file row over the period, as `tco` counts it: labour (effort ×
 * technician rate of the ticket's client, else of its asset's) and direct cost of the tickets of
 * labour category corrective opened in the period; `unpriced[row]` is 1 when one of them has
 * effort and its policy no technician rate (its cost is then not measured).
 */
function correctiveCosts(data: ReviewData, prepared: PreparedReview, period: Period): { costs: Float64Array; unpriced: Uint8Array } {
  const index = prepared.assetIndex('all');
  const costs = new Float64Array(index.fileRows);
  const unpriced = new Uint8Array(index.fileRows);
  const tickets = prepared.columns;
  const policies = new Map<string | null, Policy>();
  const rateOf = (client: string | null): number | null => {
    let policy = policies.get(client);
    if (policy === undefined) {
      policy = policyFor(data.policy, client);
      policies.set(client, policy);
    }
    return policy.rates.technicianHourly;
  };
  const rows = prepared.openedIn(period.start, period.end);
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const assetRow = index.ticketAsset[row]!;
    if (assetRow < 0 || assetRow >= index.fileRows || labourCategory(tickets, row) !== 'corrective') continue;
    const effort = tickets.effortMinutes[row]!;
    const direct = tickets.cost[row]!;
    if (!Number.isFinite(effort) && !Number.isFinite(direct)) continue;
    const client = tickets.client[row] ?? index.clients[assetRow] ?? null;
    const rate = rateOf(client);
    if (rate === null && effort > 0) unpriced[assetRow] = 1;
    costs[assetRow]! += (Number.isFinite(effort) ? (effort / 60) * (rate ?? 0) : 0) + (Number.isFinite(direct) ? direct : 0);
  }
  return { costs, unpriced };
}

/** `yyyy-Qn` of a `yyyy-MM` month. */
function quarterOf(month: string): string {
  return `${month.slice(0, 4)}-Q${Math.floor((Number(month.slice(5, 7)) - 1) / 3) + 1}`;
}

/**
 * The replacement plan for the `horizonMonths` (default 12) calendar months from the month of
 * `asOf` (policy time zone). It lists the assets of the asset file in service at asOf (in-service
 * date, else purchase date, missing or at or before asOf; not retired by then) that
 * - are past their useful life (its end — in-service date + useful life of the asset, else of its
 *   type in the policy, else the default, as `fleetHealth` counts it — before asOf), or
 * - reach the end of their useful life, or of their warranty (`warrantyEnd`), between asOf and the
 *   end of the plan.
 * Each falls due at the end of its useful life when past it, else at the earlier of the two ends
 * within the plan (the useful life on a tie); it is budgeted in the month it falls due, the plan's
 * first month when already due. Its replacement cost is its purchase cost, null without one (never
 * guessed: `withoutCost` counts them); its corrective cost is the labour and parts of its
 * corrective tickets opened in the period, as `tco` counts them (read from `options.tco` when
 * given). The assets are listed most urgent
 * first — due soonest (longest overdue first), then the largest corrective cost, then by id — at
 * most `maxListed` (default 500); the totals and the budget by month and by calendar quarter
 * count them all. Assets whose useful life cannot be judged (no in-service nor purchase date) are
 * counted in `withoutDates`, and still listed when their warranty ends within the plan. Software
 * rented rather than bought — a licence cost per year and no purchase cost — is not hardware to
 * replace: it is left out and counted in `subscriptions`.
 *
 * @throws {RevueError} when the period, asOf, horizonMonths or maxListed is not valid
 * @example
 * // A laptop bought 2021-03-01 for 1,200 with a 48-month life, reviewed at asOf 2026-09-30:
 * const plan = replacementPlan(data, { period: q3, asOf });
 * plan.assets[0]; // => { id: 'LAP-01', reasons: ['past-useful-life'], dueAt: '2025-03-01…', replacementCost: 1200, … }
 * plan.byMonth[0]; // => { key: '2026-09', assets: 1, cost: 1200, withoutCost: 0, byReason: { 'past-useful-life': 1200, … } }
 */
export function replacementPlan(data: ReviewData, options: ReplacementOptions): ReplacementResult {
  assertKpiOptions(options, 'replacementPlan');
  const horizonMonths = options.horizonMonths ?? 12;
  if (!Number.isInteger(horizonMonths) || horizonMonths < 1) throw new RevueError('invalid-option', 'replacementPlan: horizonMonths must be an integer ≥ 1');
  const maxListed = options.maxListed ?? REPLACEMENT_LISTED;
  if (!Number.isInteger(maxListed) || maxListed < 0) throw new RevueError('invalid-option', 'replacementPlan: maxListed must be an integer ≥ 0');
  const { period } = options;
  const timezone = data.policy.timezone;
  const asOf = floorToMinute(options.asOf);
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const index = prepared.assetIndex('all');
  const columns = index.columns;
  const lifeEnds = prepared.lifeEnds();
  const first = monthKey(asOf, timezone);
  const window = monthsFromTo(first, shiftMonth(first, horizonMonths - 1), timezone);
  const horizonStart = window.bounds[0]!;
  const horizonEnd = window.bounds[horizonMonths]!;

  // The corrective cost of each asset: from the period's tco when given, else summed here as tco does.
  const ids = index.ids;
  // tco's cost per asset cannot tell which assets had technician time it could not price: sum here then.
  const tcoUnpriced = options.tco?.excluded.some((part) => part.part === 'technician-time' && part.reason === 'no-rate') ?? false;
  const correctiveCost = options.tco === undefined || tcoUnpriced ? correctiveCosts(data, prepared, period) : null;
  const byAsset = options.tco?.byAsset;
  const correctiveOf = (row: number): number | null => {
    if (options.tco === null) return null;
    if (correctiveCost !== null) return correctiveCost.unpriced[row] === 1 ? null : correctiveCost.costs[row]!;
    const id = ids[row]!;
    return byAsset !== undefined && Object.hasOwn(byAsset, id) ? byAsset[id]!.byCategory.corrective : 0;
  };
  // Null from tco's own figures: it could not measure corrective labour (its `excluded` says why).
  const correctiveReason = (row: number): NotMeasuredReason | null =>
    options.tco === null ? 'no-data-in-period' : correctiveOf(row) !== null ? null : correctiveCost !== null ? 'no-rate' : 'not-recorded';
  // Unknown corrective costs rank after every known one (all are ≥ 0).
  const rankOf = (row: number): number => correctiveOf(row) ?? -1;

  // The assets of the plan as numbers first — row, due instant, reasons — and as objects only for
  // the listed ones: a fleet of a hundred thousand may have tens of thousands past their life.
  const planRows: number[] = [];
  const planDue: number[] = [];
  // The reasons of each, as an index into REASON_SETS (no array per asset).
  const planReasons: number[] = [];
  let withoutDates = 0;
  let subscriptions = 0;
  // Without an asset inventory the assets are those named on tickets, with no date nor price: a
  // plan of them would read "nothing to replace", which nothing shows (DESIGN §5: null, a reason).
  const inventory = inventoryGiven(index);
  for (let row = 0; inventory && row < index.fileRows; row++) {
    if (index.primary[row] !== 1) continue; // empty or repeated id
    const inService = inServiceOf(index, row);
    const retired = assetDate(index, columns.retiredDate, row);
    if (inService > asOf || retired <= asOf) continue; // not in service at asOf (NaN passes)
    if (!Number.isFinite(columns.purchaseCost[row]!) && Number.isFinite(columns.licenceCostPerYear[row]!)) {
      subscriptions++;
      continue;
    }
    const lifeEnd = Number.isFinite(inService) ? lifeEnds[row]! : Number.NaN;
    if (Number.isNaN(lifeEnd)) withoutDates++;
    const warrantyEnd = assetDate(index, columns.warrantyEnd, row);
    const past = lifeEnd < asOf;
    const lifeSoon = lifeEnd >= asOf && lifeEnd < horizonEnd;
    const warrantySoon = warrantyEnd >= asOf && warrantyEnd < horizonEnd;
    if (!past && !lifeSoon && !warrantySoon) continue;
    if (past || (lifeSoon && !(warrantySoon && warrantyEnd < lifeEnd))) {
      planDue.push(lifeEnd);
      planReasons.push((past ? PAST : LIFE) + (warrantySoon ? 1 : 0));
    } else {
      planDue.push(warrantyEnd);
      planReasons.push(WARRANTY + (lifeSoon ? 1 : 0));
    }
    planRows.push(row);
  }
  // Only the listed ones are put in order: those due no later than the `maxListed`-th due date
  // (found by a numeric sort), then sorted in full.
  let cut = Infinity;
  if (planRows.length > maxListed) cut = maxListed === 0 ? -Infinity : kthSmallest(Float64Array.from(planDue), maxListed - 1);
  const order: number[] = [];
  for (let k = 0; k < planRows.length; k++) if (planDue[k]! <= cut) order.push(k);
  order.sort((a, b) => {
    const rowA = planRows[a]!;
    const rowB = planRows[b]!;
    return planDue[a]! - planDue[b]! || rankOf(rowB) - rankOf(rowA) || (ids[rowA]! < ids[rowB]! ? -1 : ids[rowA]! > ids[rowB]! ? 1 : 0);
  });

  const budgetMonthOf = (k: number) => (planDue[k]! < horizonStart ? 0 : monthIndex(window, planDue[k]!));
  const byMonth = window.keys.map(emptyBudget);
  const quarters = [...new Set(window.keys.map(quarterOf))];
  const quarterOfMonth = window.keys.map((key) => quarters.indexOf(quarterOf(key)));
  const byQuarter = quarters.map(emptyBudget);
  let cost = 0;
  let withoutCost = 0;
  for (let k = 0; k < planRows.length; k++) {
    const purchaseCost = columns.purchaseCost[planRows[k]!]!;
    const replacementCost = Number.isFinite(purchaseCost) ? purchaseCost : null;
    const month = budgetMonthOf(k);
    const reason = REASON_SETS[planReasons[k]!]![0]!;
    addTo(byMonth[month]!, replacementCost, reason);
    addTo(byQuarter[quarterOfMonth[month]!]!, replacementCost, reason);
    if (replacementCost === null) withoutCost++;
    else cost += replacementCost;
  }
  const ages = new Map<number, number>(); // many assets share an in-service date
  const ageInMonths = (inService: number): number => {
    let months = ages.get(inService);
    if (months === undefined) {
      months = monthsBetweenInZone(asOf, inService, timezone);
      ages.set(inService, months);
    }
    return months;
  };
  const assets: ReplacementAsset[] = order.slice(0, maxListed).map((k) => {
    const row = planRows[k]!;
    const inService = inServiceOf(index, row);
    const purchaseCost = columns.purchaseCost[row]!;
    const known = Number.isFinite(purchaseCost);
    return {
      id: ids[row]!,
      name: columns.name[row] ?? null,
      type: index.types[row] ?? null,
      client: index.clients[row] ?? null,
      site: columns.site[row] ?? null,
      reasons: [...REASON_SETS[planReasons[k]!]!],
      dueAt: isoOrNull(planDue[k]!)!,
      budgetMonth: window.keys[budgetMonthOf(k)]!,
      inServiceDate: isoOrNull(inService),
      usefulLifeEnd: isoOrNull(Number.isFinite(inService) ? lifeEnds[row]! : Number.NaN),
      warrantyEnd: isoOrNull(assetDate(index, columns.warrantyEnd, row)),
      ageMonths: Number.isFinite(inService) ? ageInMonths(inService) : null,
      replacementCost: known ? purchaseCost : null,
      replacementCostReason: known ? null : 'no-purchase-cost',
      correctiveCost: correctiveOf(row),
      correctiveCostReason: correctiveReason(row),
    };
  });
  return {
    horizon: { start: new Date(horizonStart).toISOString(), end: new Date(horizonEnd).toISOString(), months: horizonMonths },
    assets,
    count: planRows.length,
    listed: maxListed,
    inventory,
    cost: inventory ? knownCost(cost, planRows.length, withoutCost) : null,
    withoutCost,
    byMonth: byMonth.map((budget) => (inventory ? settled(budget) : { ...settled(budget), cost: null })),
    byQuarter: byQuarter.map((budget) => (inventory ? settled(budget) : { ...settled(budget), cost: null })),
    withoutDates,
    subscriptions,
  };
}
