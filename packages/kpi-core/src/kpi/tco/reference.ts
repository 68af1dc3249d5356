/**
 * Total cost of ownership, plainly (DESIGN §5 "TCO"): asset by asset and ticket by ticket, days
 * counted between local dates from `@date-fns/tz`, the useful life's end from date-fns
 * `addMonths` on a `TZDate`, downtime from the plain lost-hours reference. Tests check that `tco`
 * gives the same result.
 */
import { TZDate } from '@date-fns/tz';
import { addMonths } from '../../internal/date-fns.js';
import { isMaintenanceType, type AssetRow } from '../../model/fields.js';
import { assetRows, ticketRows, ticketsFromRows } from '../../model/tables.js';
import { policyFor } from '../../policy/parse.js';
import { referenceLostHours } from '../lost-hours/reference.js';
import { groupOf, localDaysBetween, plainTickets, plainTicketsRated, recordOf, type PlainTicket } from '../reference.js';
import { tco } from './tco.js';
import type { KpiOptions, ReviewData } from '../types.js';

type TcoResult = ReturnType<typeof tco>;
type Category = keyof TcoResult['byCategory'];
const CATEGORIES: Category[] = ['acquisition', 'contracts', 'licences', 'preventive', 'corrective', 'evolutive', 'proactive', 'unclassified', 'downtime'];
const zero = (): Record<Category, number> => Object.fromEntries(CATEGORIES.map((c) => [c, 0])) as Record<Category, number>;
const sum = (costs: Record<Category, number>) => CATEGORIES.reduce((total, c) => total + costs[c], 0);

/** The most frequent non-empty client of the tickets of an asset id (ties: alphabetically first), or null. */
function mostFrequentClient(tickets: PlainTicket[], assetId: string): string | null {
  const counts = new Map<string, number>();
  for (const t of tickets) if (t.assetId === assetId && t.client !== null && t.client !== '') counts.set(t.client, (counts.get(t.client) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

/** {@link tco}, asset by asset and ticket by ticket: the same result object. */
export function referenceTco(data: ReviewData, options: KpiOptions): TcoResult {
  const { period } = options;
  const timezone = data.policy.timezone;
  const tickets = plainTickets(data);
  const file = data.assets !== null && data.assets !== undefined;
  const excluded: TcoResult['excluded'] = [];
  const measured = new Set<Category>(CATEGORIES);

  // The assets: the file's rows (first of each id), then the ticket asset ids it lacks (no costs
  // of their own, client from their tickets); without a file, the tickets' asset ids.
  const assets: Array<Partial<AssetRow> & { id: string; costs: Record<Category, number>; fromFile: boolean }> = [];
  for (const row of file ? assetRows(data.assets!) : []) if (row.id !== null && row.id !== '' && !assets.some((a) => a.id === row.id)) assets.push({ ...row, id: row.id, costs: zero(), fromFile: true });
  for (const t of tickets) {
    if (t.assetId !== null && t.assetId !== '' && !assets.some((a) => a.id === t.assetId)) assets.push({ id: t.assetId, type: null, client: mostFrequentClient(tickets, t.assetId), costs: zero(), fromFile: false });
  }
  // An asset category is measured when the file fills its cost column for some asset (the whole
  // file's, when the caller says so).
  const columns = { acquisition: 'purchaseCost', contracts: 'contractCostPerYear', licences: 'licenceCostPerYear' } as const;
  for (const category of ['acquisition', 'contracts', 'licences'] as const) {
    const filled = options.recorded?.assetCosts?.[columns[category]] ?? (file && assetRows(data.assets!).some((row) => row[columns[category]] !== null && row[columns[category]] !== undefined));
    if (file && filled) continue;
    measured.delete(category);
    excluded.push({ part: category, reason: file ? 'not-recorded' : 'no-assets', hours: null });
  }

  // 1. Acquisition, contracts, licences, in calendar days of the policy's zone, over the days the
  // data cover: from the data's first day, up to asOf. The period's bounds and asOf may fall
  // inside a day: that day counts in part (an asset's own dates count from their day's start).
  const start = Math.max(period.start, options.observedFrom ?? -Infinity);
  const end = Math.min(period.end, options.asOf);
  const part = (instant: number) => {
    const local = new TZDate(instant, timezone);
    const midnight = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), timezone).getTime();
    const next = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, timezone).getTime();
    return (instant - midnight) / (next - midnight);
  };
  let withoutPurchaseCost = 0;
  for (const asset of assets.filter((a) => a.fromFile)) {
    const policy = policyFor(data.policy, asset.client ?? null);
    const inService = asset.inServiceDate ?? asset.purchaseDate ?? null;
    if (asset.purchaseCost !== null && asset.purchaseCost !== undefined && inService !== null) {
      const lives = policy.usefulLifeMonths;
      const type = asset.type ?? null;
      const life = asset.usefulLifeMonths! > 0 ? asset.usefulLifeMonths! : type !== null && Object.hasOwn(lives, type) && lives[type]! > 0 ? lives[type]! : lives.default;
      const lifeEnd = addMonths(new TZDate(inService, timezone), Math.round(life)).getTime();
      const lifeDays = localDaysBetween(inService, lifeEnd, timezone);
      // Retired before the end of its life: it depreciates no more from its retirement on.
      const stops = asset.retiredDate !== null && asset.retiredDate !== undefined && asset.retiredDate < lifeEnd ? asset.retiredDate : lifeEnd;
      const from = Math.max(inService, start);
      const to = Math.min(stops, end);
      // (An asset's date counts from its day's start: a life ending on the day the data start, before their hour, gives 0, not less.)
      const daysInPeriod = to <= from ? 0 : Math.max(0, localDaysBetween(from, to, timezone) + (stops <= end ? 0 : part(end)) - (inService >= start ? 0 : part(start)));
      if (lifeDays > 0) asset.costs.acquisition = ((asset.purchaseCost - (asset.residualValue ?? 0)) / lifeDays) * daysInPeriod;
    }
    const from = inService !== null && inService >= start ? inService : start;
    const to = asset.retiredDate !== null && asset.retiredDate !== undefined && asset.retiredDate <= end ? asset.retiredDate : end;
    const retiredBefore = asset.retiredDate !== null && asset.retiredDate !== undefined && asset.retiredDate <= end;
    const serviceDays = to <= from ? 0 : Math.max(0, localDaysBetween(from, to, timezone) + (retiredBefore ? 0 : part(end)) - (inService !== null && inService >= start ? 0 : part(start)));
    const depreciable = asset.purchaseCost !== null && asset.purchaseCost !== undefined && inService !== null;
    const subscription = (asset.purchaseCost === null || asset.purchaseCost === undefined) && asset.licenceCostPerYear !== null && asset.licenceCostPerYear !== undefined;
    if (serviceDays > 0 && !depreciable && !subscription) withoutPurchaseCost++;
    if (asset.contractCostPerYear !== null && asset.contractCostPerYear !== undefined) asset.costs.contracts = (asset.contractCostPerYear / 365) * serviceDays;
    if (asset.licenceCostPerYear !== null && asset.licenceCostPerYear !== undefined) asset.costs.licences = (asset.licenceCostPerYear / 365) * serviceDays;
  }

  // 2. Labour of the tickets (every type) opened in the period, at the rate of the ticket's
  // client, else its asset's; technician time priced only when every ticket with effort has a rate.
  const recorded = options.recorded ?? { effortMinutes: tickets.some((t) => t.effortMinutes !== null), cost: tickets.some((t) => t.cost !== null), firstResponseAt: false };
  if (!recorded.effortMinutes && !recorded.cost) {
    for (const category of ['preventive', 'corrective', 'evolutive', 'proactive', 'unclassified'] as const) measured.delete(category);
    excluded.push({ part: 'labour', reason: 'not-recorded', hours: null });
  } else if (!recorded.effortMinutes) excluded.push({ part: 'technician-time', reason: 'not-recorded', hours: null });
  else if (!recorded.cost) excluded.push({ part: 'direct-costs', reason: 'not-recorded', hours: null });
  const opened = tickets.filter((t) => t.opened !== null && t.opened >= period.start && t.opened < period.end);
  const assetOf = (t: PlainTicket) => (t.assetId === null || t.assetId === '' ? undefined : assets.find((a) => a.id === t.assetId));
  const rateOf = (t: PlainTicket) => policyFor(data.policy, t.client ?? assetOf(t)?.client ?? null).rates.technicianHourly;
  // Without any technician hour in the period, zero hours are priced only under rates every ticket's policy gives.
  const priceTechnicians =
    recorded.effortMinutes &&
    opened.every((t) => !(t.effortMinutes! > 0) || rateOf(t) !== null) &&
    (opened.some((t) => t.effortMinutes! > 0) || plainTicketsRated(data, 'technicianHourly'));
  const unallocated = new Map<string, Record<Category, number>>();
  const unallocatedOf = (client: string) => unallocated.get(client) ?? unallocated.set(client, zero()).get(client)!;
  let [directCost, effortMinutes, technicianCost] = [0, 0, 0];
  for (const t of opened) {
    if (t.effortMinutes === null && t.cost === null) continue;
    const technician = t.effortMinutes !== null && priceTechnicians ? (t.effortMinutes / 60) * (rateOf(t) ?? 0) : 0;
    effortMinutes += t.effortMinutes ?? 0;
    directCost += t.cost ?? 0;
    technicianCost += technician;
    const category: Category = isMaintenanceType(t.maintenanceType) ? t.maintenanceType : t.incident ? 'corrective' : 'unclassified';
    const costs = assetOf(t)?.costs ?? unallocatedOf(groupOf(t.client));
    costs[category] += technician + (t.cost ?? 0);
  }
  if (!priceTechnicians && recorded.effortMinutes) {
    excluded.push({ part: 'technician-time', reason: 'no-rate', hours: effortMinutes / 60 });
    // Nothing of labour priced (no rate, no direct cost recorded): its categories are not measured.
    if (!recorded.cost) for (const category of ['preventive', 'corrective', 'evolutive', 'proactive', 'unclassified'] as const) measured.delete(category);
  }

  // 3. Downtime: lost hours × the user rate of the asset's client (of the ticket's client
  // without an asset), when every lost hour has a rate.
  const lost = referenceLostHours(data, { period, asOf: options.asOf });
  if (lost.cost === null) {
    measured.delete('downtime');
    excluded.push({ part: 'downtime', reason: 'no-rate', hours: lost.totalHours });
  } else {
    for (const [id, hours] of Object.entries(lost.byAsset)) {
      const asset = id === '(none)' ? undefined : assets.find((a) => a.id === id);
      if (asset !== undefined) asset.costs.downtime += hours * (policyFor(data.policy, asset.client ?? null).rates.userHourly ?? 0);
    }
    const withoutAsset = { ...data, tickets: ticketsFromRows(ticketRows(data.tickets).filter((t) => t.assetId === null || t.assetId === '')) };
    // When they lost any time, every client of those incidents is listed, a 0 among them.
    const byClient = Object.entries(referenceLostHours(withoutAsset, { period, asOf: options.asOf }).byClient);
    if (byClient.some(([, hours]) => hours !== 0)) {
      for (const [client, hours] of byClient) unallocatedOf(client).downtime += hours * (policyFor(data.policy, client === '(none)' ? null : client).rates.userHourly ?? 0);
    }
  }

  // 4. Roll-ups: Σ byCategory = total; the unallocated costs under their client and `(unallocated)`.
  const breakdown = (costs: Record<Category, number>) => Object.fromEntries(CATEGORIES.map((c) => [c, measured.has(c) ? costs[c] : null])) as TcoResult['byCategory'];
  const totals = zero();
  const byType = new Map<string, Record<Category, number>>();
  const byClient = new Map<string, Record<Category, number>>();
  const addTo = (map: Map<string, Record<Category, number>>, key: string, costs: Record<Category, number>) => {
    const into = map.get(key) ?? map.set(key, zero()).get(key)!;
    for (const c of CATEGORIES) into[c] += costs[c];
  };
  const byAsset: TcoResult['byAsset'] = {};
  for (const asset of assets) {
    for (const c of CATEGORIES) totals[c] += asset.costs[c];
    if (CATEGORIES.every((c) => asset.costs[c] === 0)) continue;
    addTo(byType, groupOf(asset.type ?? null), asset.costs);
    addTo(byClient, groupOf(asset.client ?? null), asset.costs);
    Object.defineProperty(byAsset, asset.id, { enumerable: true, writable: true, configurable: true, value: { total: sum(asset.costs), type: asset.type ?? null, client: asset.client ?? null, byCategory: breakdown(asset.costs) } });
  }
  for (const [client, costs] of unallocated) {
    for (const c of CATEGORIES) totals[c] += costs[c];
    addTo(byType, '(unallocated)', costs);
    addTo(byClient, client, costs);
  }
  const total = measured.size > 0 ? sum(totals) : null;
  const headcount = data.policy.headcount;
  const roll = (map: Map<string, Record<Category, number>>) => recordOf(new Map([...map].map(([key, costs]) => [key, { total: sum(costs), byCategory: breakdown(costs) }])));
  return {
    total,
    complete: excluded.length === 0,
    excluded,
    perUser: total !== null && headcount !== null && headcount > 0 ? total / headcount : null,
    currency: data.policy.rates.currency,
    // Labour and downtime are what a ticket without an asset costs: with neither measured, not measured.
    unallocated: ['preventive', 'corrective', 'evolutive', 'proactive', 'unclassified', 'downtime'].some((c) => measured.has(c as Category))
      ? [...unallocated.values()].reduce((all, costs) => all + sum(costs), 0)
      : null,
    labour: {
      directCost: recorded.cost ? directCost : null,
      effortHours: recorded.effortMinutes ? effortMinutes / 60 : null,
      technicianCost: priceTechnicians ? technicianCost : null,
    },
    byCategory: breakdown(totals),
    byType: roll(byType),
    byClient: roll(byClient),
    byAsset,
    withoutPurchaseCost: file && measured.has('acquisition') ? withoutPurchaseCost : null,
  };
}

