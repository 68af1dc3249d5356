/**
 * The plain reference of `replacementPlan`: asset by asset and ticket by ticket, as the
 * definition reads. The property tests check the fast code against it.
 */
import { monthKey } from '../../calendar/local.js';
import { parsePeriod } from '../../calendar/period.js';
import { monthsBetweenInZone } from '../../calendar/months.js';
import { floorToMinute } from '../../internal/time.js';
import { isMaintenanceType } from '../../model/fields.js';
import { assetRows, ticketRows } from '../../model/tables.js';
import { policyFor } from '../../policy/parse.js';
import { addLocalMonths, effectiveAssets } from '../assets.js';
import { isoOrNull } from '../common.js';
import type { ReviewData } from '../types.js';
import { REPLACEMENT_LISTED, REPLACEMENT_REASONS, type ReplacementAsset, type ReplacementBudget, type ReplacementOptions, type ReplacementReason, type ReplacementResult } from './types.js';

/**
 * `replacementPlan`, plainly: each asset of the file judged on its own dates; its corrective
 * tickets found by scanning every ticket.
 *
 * @example
 * replacementPlanReference(data, { period, asOf }).count; // => replacementPlan's
 */
export function replacementPlanReference(data: ReviewData, options: ReplacementOptions): ReplacementResult {
  const months = options.horizonMonths ?? 12;
  const maxListed = options.maxListed ?? REPLACEMENT_LISTED;
  const { period } = options;
  const timezone = data.policy.timezone;
  const asOf = floorToMinute(options.asOf);
  // The plan's months: the month of asOf and the following ones.
  const keys: string[] = [];
  const firstKey = monthKey(asOf, timezone);
  for (let m = 0; m < months; m++) {
    keys.push(new Date(Date.UTC(Number(firstKey.slice(0, 4)), Number(firstKey.slice(5, 7)) - 1 + m, 1)).toISOString().slice(0, 7));
  }
  const horizonStart = parsePeriod(keys[0]!, timezone).start;
  const horizonEnd = parsePeriod(keys.at(-1)!, timezone).end;
  const tickets = ticketRows(data.tickets);
  const seen = new Set<string>();
  const plan: ReplacementAsset[] = [];
  let withoutDates = 0;
  let subscriptions = 0;
  // Without an asset file (or with an empty one) nothing is planned: the plan is not measured.
  const effective = effectiveAssets(data);
  const rows = assetRows(effective.assets);
  const inventory = effective.source === 'file' && rows.length > 0;
  for (const asset of inventory ? rows : []) {
    const id = asset.id ?? '';
    if (id === '' || seen.has(id)) continue;
    seen.add(id);
    const inService = asset.inServiceDate ?? asset.purchaseDate;
    if ((inService !== null && inService > asOf) || (asset.retiredDate !== null && asset.retiredDate <= asOf)) continue;
    // Rented software, not hardware: a licence cost and nothing bought.
    if (asset.purchaseCost === null && asset.licenceCostPerYear !== null) {
      subscriptions++;
      continue;
    }
    const policy = policyFor(data.policy, asset.client);
    const byType = asset.type !== null && Object.hasOwn(policy.usefulLifeMonths, asset.type) ? policy.usefulLifeMonths[asset.type]! : 0;
    const life = asset.usefulLifeMonths !== null && asset.usefulLifeMonths > 0 ? asset.usefulLifeMonths : byType > 0 ? byType : policy.usefulLifeMonths.default;
    const lifeEnd = inService === null ? null : addLocalMonths(inService, life, timezone);
    if (lifeEnd === null) withoutDates++;
    const warrantyEnd = asset.warrantyEnd;
    const past = lifeEnd !== null && lifeEnd < asOf;
    const lifeSoon = lifeEnd !== null && lifeEnd >= asOf && lifeEnd < horizonEnd;
    const warrantySoon = warrantyEnd !== null && warrantyEnd >= asOf && warrantyEnd < horizonEnd;
    if (!past && !lifeSoon && !warrantySoon) continue;
    let reasons: ReplacementReason[];
    let due: number;
    if (past) [reasons, due] = [['past-useful-life', ...(warrantySoon ? (['warranty-ends'] as const) : [])], lifeEnd!];
    else if (lifeSoon && (!warrantySoon || lifeEnd! <= warrantyEnd!)) [reasons, due] = [['useful-life-ends', ...(warrantySoon ? (['warranty-ends'] as const) : [])], lifeEnd!];
    else [reasons, due] = [['warranty-ends', ...(lifeSoon ? (['useful-life-ends'] as const) : [])], warrantyEnd!];
    // Corrective labour and parts of its tickets opened in the period.
    let correctiveCost: number | null = 0;
    let unpriced = false;
    for (const ticket of tickets) {
      if (ticket.assetId !== id || ticket.openedAt === null) continue;
      const opened = floorToMinute(ticket.openedAt);
      if (opened < period.start || opened >= period.end) continue;
      const isIncident = ticket.type === null || ticket.type === 'incident';
      const category = isMaintenanceType(ticket.maintenanceType) ? ticket.maintenanceType : isIncident ? 'corrective' : 'unclassified';
      if (category !== 'corrective') continue;
      const rate = policyFor(data.policy, ticket.client ?? asset.client).rates.technicianHourly;
      // Technician time without a rate: the cost is not measured (money is never assumed).
      if (rate === null && (ticket.effortMinutes ?? 0) > 0) unpriced = true;
      if (correctiveCost !== null) correctiveCost += (ticket.effortMinutes === null ? 0 : (ticket.effortMinutes / 60) * (rate ?? 0)) + (ticket.cost ?? 0);
    }
    if (unpriced) correctiveCost = null;
    plan.push({
      id,
      name: asset.name,
      type: asset.type,
      client: asset.client,
      site: asset.site,
      reasons,
      dueAt: new Date(due).toISOString(),
      budgetMonth: due < horizonStart ? keys[0]! : monthKey(due, timezone),
      inServiceDate: isoOrNull(inService ?? Number.NaN),
      usefulLifeEnd: isoOrNull(lifeEnd ?? Number.NaN),
      warrantyEnd: isoOrNull(warrantyEnd ?? Number.NaN),
      ageMonths: inService === null ? null : monthsBetweenInZone(asOf, inService, timezone),
      replacementCost: asset.purchaseCost,
      replacementCostReason: asset.purchaseCost === null ? 'no-purchase-cost' : null,
      correctiveCost,
      correctiveCostReason: unpriced ? 'no-rate' : null,
    });
  }
  plan.sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt) || (b.correctiveCost ?? -1) - (a.correctiveCost ?? -1) || (a.id < b.id ? -1 : 1));
  const budget = (key: string, of: (asset: ReplacementAsset) => string): ReplacementBudget => {
    const due = plan.filter((asset) => of(asset) === key);
    // Per reason as for the whole: no asset of the reason with a known cost, no sum.
    const sumOf = (assets: ReplacementAsset[]) => (assets.length > 0 && assets.every((asset) => asset.replacementCost === null) ? null : assets.reduce((sum, asset) => sum + (asset.replacementCost ?? 0), 0));
    const byReason = Object.fromEntries(REPLACEMENT_REASONS.map((reason) => [reason, sumOf(due.filter((asset) => asset.reasons[0] === reason))]));
    return {
      key,
      assets: due.length,
      // No asset with a known cost: no sum (null), not €0.
      cost: sumOf(due),
      withoutCost: due.filter((asset) => asset.replacementCost === null).length,
      byReason: byReason as Record<ReplacementReason, number | null>,
    };
  };
  const quarterOf = (month: string) => `${month.slice(0, 4)}-Q${Math.ceil(Number(month.slice(5, 7)) / 3)}`;
  return {
    horizon: { start: new Date(horizonStart).toISOString(), end: new Date(horizonEnd).toISOString(), months },
    assets: plan.slice(0, maxListed),
    count: plan.length,
    listed: maxListed,
    inventory,
    cost: !inventory || (plan.length > 0 && plan.every((asset) => asset.replacementCost === null)) ? null : plan.reduce((sum, asset) => sum + (asset.replacementCost ?? 0), 0),
    withoutCost: plan.filter((asset) => asset.replacementCost === null).length,
    byMonth: keys.map((key) => budget(key, (asset) => asset.budgetMonth)).map((entry) => (inventory ? entry : { ...entry, cost: null })),
    byQuarter: [...new Set(keys.map(quarterOf))].map((key) => budget(key, (asset) => quarterOf(asset.budgetMonth))).map((entry) => (inventory ? entry : { ...entry, cost: null })),
    withoutDates,
    subscriptions,
  };
}
