/**
 * Total cost of ownership (DESIGN §5): acquisition, contracts, licences, labour by maintenance
 * type and downtime over the period, per asset, type and client.
 */
import { calendarResolver } from '../../calendar/calendar.js';
import { calendarDaysBetween, dayPosition, localDay } from '../../calendar/local.js';
import type { BusinessCalendar } from '../../calendar/types.js';
import { floorToMinute } from '../../internal/time.js';
import { isMaintenanceType, type TicketColumns } from '../../model/fields.js';
import { policyFor } from '../../policy/parse.js';
import type { Policy } from '../../policy/types.js';
import type { LostHoursResult } from '../lost-hours/types.js';
import { TCO_CATEGORIES, type TcoBreakdown, type TcoCategory, type TcoExclusion, type TcoExclusionPart, type TcoResult } from './types.js';
import { assetDate, inServiceOf } from '../assets.js';
import { assertKpiOptions, groupKey, isIncident, NONE_KEY, observedStart, setOwn, UNALLOCATED_KEY } from '../common.js';
import { accumulateLostHours, lostHoursRun, ticketsRated, type LostHoursRun } from '../lost-hours/lost-hours.js';
import { GroupSums, type KeySums } from '../index/key-sums.js';
import { indexPart, preparedFor, type PreparedAssets, type PreparedReview } from '../prepared.js';
import type { ByAssetDetail, KpiOptions, KpiRun, RecordedColumns, ReviewData } from '../types.js';

/** Options of {@link tco}. */
export interface TcoOptions extends KpiOptions {
  /** Business calendar of a client, for lost hours; default `calendarResolver(data.policy)`. */
  calendars?: (client: string | null) => BusinessCalendar;
  /**
   * The `lostHours` result of the same data, period and asOf, as `lostHours` returned it, to avoid
   * computing it twice.
   */
  lostHours?: LostHoursResult;
}

const CATEGORY_COUNT = TCO_CATEGORIES.length;
const LABOUR_CATEGORIES = ['preventive', 'corrective', 'evolutive', 'proactive', 'unclassified'] as const satisfies readonly TcoCategory[];
const CATEGORY_INDEX = Object.fromEntries(TCO_CATEGORIES.map((category, i) => [category, i])) as Record<
  TcoCategory,
  number
>;

/**
 * The labour category of a ticket: its `maintenanceType` when it is one of corrective,
 * preventive, evolutive, proactive; else `corrective` for an incident and `unclassified` for
 * any other ticket (DESIGN §5).
 *
 * @example
 * labourCategory(columns, row); // => 'preventive' for a ticket with maintenanceType 'preventive'
 */
export function labourCategory(columns: TicketColumns, row: number): TcoCategory {
  const type = columns.maintenanceType[row];
  if (isMaintenanceType(type)) return type;
  return isIncident(columns, row) ? 'corrective' : 'unclassified';
}

/** Which categories a TCO measured: 1, else 0 (the category is null in every breakdown). */
type Measured = Uint8Array;
/** Every category measured: the common case, built without a null check per category. */
const ALL_MEASURED: Measured = new Uint8Array(TCO_CATEGORIES.length).fill(1);

function breakdownOf(values: Float64Array, offset: number, measured: Measured): TcoBreakdown {
  // One object literal, keys in TCO_CATEGORIES order (a test checks it): a breakdown is built
  // for every asset of both periods, and keyed stores cost several times more.
  if (measured === ALL_MEASURED) {
    return {
      acquisition: values[offset + CATEGORY_INDEX.acquisition]!,
      contracts: values[offset + CATEGORY_INDEX.contracts]!,
      licences: values[offset + CATEGORY_INDEX.licences]!,
      preventive: values[offset + CATEGORY_INDEX.preventive]!,
      corrective: values[offset + CATEGORY_INDEX.corrective]!,
      evolutive: values[offset + CATEGORY_INDEX.evolutive]!,
      proactive: values[offset + CATEGORY_INDEX.proactive]!,
      unclassified: values[offset + CATEGORY_INDEX.unclassified]!,
      downtime: values[offset + CATEGORY_INDEX.downtime]!,
    };
  }
  const at = (category: number): number | null => (measured[category] === 1 ? values[offset + category]! : null);
  return {
    acquisition: at(CATEGORY_INDEX.acquisition),
    contracts: at(CATEGORY_INDEX.contracts),
    licences: at(CATEGORY_INDEX.licences),
    preventive: at(CATEGORY_INDEX.preventive),
    corrective: at(CATEGORY_INDEX.corrective),
    evolutive: at(CATEGORY_INDEX.evolutive),
    proactive: at(CATEGORY_INDEX.proactive),
    unclassified: at(CATEGORY_INDEX.unclassified),
    downtime: at(CATEGORY_INDEX.downtime),
  };
}

function sumOf(values: Float64Array, offset: number): number {
  let total = 0;
  for (let c = 0; c < CATEGORY_COUNT; c++) total += values[offset + c]!;
  return total;
}

/** Sums per group key, 9 categories each. */
class Groups {
  private readonly sums = new Map<string, Float64Array>();
  add(key: string, values: Float64Array, offset: number): void {
    let sums = this.sums.get(key);
    if (sums === undefined) {
      sums = new Float64Array(CATEGORY_COUNT);
      this.sums.set(key, sums);
    }
    for (let c = 0; c < CATEGORY_COUNT; c++) sums[c]! += values[offset + c]!;
  }
  record(measured: Measured): Record<string, { total: number; byCategory: TcoBreakdown }> {
    const out: Record<string, { total: number; byCategory: TcoBreakdown }> = {};
    for (const key of [...this.sums.keys()].sort()) {
      const sums = this.sums.get(key)!;
      setOwn(out, key, { total: sumOf(sums, 0), byCategory: breakdownOf(sums, 0, measured) });
    }
    return out;
  }
}

/**
 * Total cost of ownership over the period, in the policy currency. Days are calendar days in the
 * policy's time zone; rates and useful lives come from the policy of the asset's client (of the
 * ticket's client, else its asset's, for labour). With `observedFrom` (the data start inside the
 * period), "the period" of the asset costs below starts on that day, and it ends at asOf when the
 * period is not over (asOf's day in part), as labour and downtime do.
 *
 * Per asset (in service from `inServiceDate`, else `purchaseDate`):
 * - acquisition = (purchaseCost − residualValue (missing → 0)) ÷ days from the in-service date
 *   to in-service date + useful life × days of that span inside the period; useful life = the
 *   asset's `usefulLifeMonths`, else `usefulLifeMonths[type]`, else `.default`; 0 without a
 *   purchase cost or an in-service/purchase date; an asset retired before the end of its life
 *   depreciates up to its retirement date and no further (the book value left then is not
 *   spread over the days after it, nor counted at once); an asset of
 *   `PrepareOptions.storedAssets` (in stock by its status, the retirement date only the end of
 *   its service) is still owned and depreciates on, its contracts and licences too;
 * - contracts, licences = costPerYear ÷ 365 × days of `[in-service date (missing → period
 *   start), retiredDate)` inside the period;
 * - labour = for tickets (all types) opened in the period, effortMinutes ÷ 60 ×
 *   `rates.technicianHourly` + `cost`, in the category of `labourCategory`;
 * - downtime = lost hours (from `lostHours`, per asset) × `rates.userHourly`.
 * Costs of tickets without an `assetId` are in their category and also summed in `unallocated`
 * (by the ticket's client; type `(none)`); a ticket whose asset id is not in the asset file
 * belongs to that asset (type null, client = most frequent client of its tickets).
 * `total` = Σ `byCategory`; `byType`, `byClient` partition it; `byAsset` holds the assets with a
 * non-zero cost (Σ byAsset = total − unallocated); `perUser` = total ÷ headcount (null without).
 *
 * @throws {RevueError} when the period or asOf is not valid
 * @example
 * // A laptop bought 3288 € with a 36-month life from 1 Jan 2026 (1096 days to 1 Jan 2029),
 * // licence 365 €/year, in March 2026 (31 days):
 * const result = tco(data, { period: march2026, asOf });
 * result.byCategory.acquisition; // => 3288 / 1096 × 31 = 93
 * result.byCategory.licences; // => 365 / 365 × 31 = 31
 */
export function tco(data: ReviewData, options: TcoOptions): TcoResult {
  return tcoRun(data, options, undefined, 'keep').result;
}

/**
 * {@link tco} given the {@link lostHoursRun} of the same data, period and asOf (what
 * `buildReport` has): the downtime is read from the run's sums — hours per asset-id group, and
 * per client for the incidents without an asset — when the run was made with the same
 * preparation (and, for the latter, the same `calendars` option); else from `run.result` as
 * `options.lostHours` would be. `options.lostHours` is not read. Same figures either way.
 *
 * @example
 * const lost = lostHoursRun(data, { period, asOf, prepared });
 * tcoWithLostHours(data, { period, asOf, prepared }, lost); // => tco(data, { period, asOf, prepared, lostHours: lost.result })
 */
export function tcoWithLostHours(data: ReviewData, options: TcoOptions, run: LostHoursRun): TcoResult {
  return tcoRun(data, options, run, 'keep').result;
}

/**
 * {@link tco} (given a {@link lostHoursRun} as {@link tcoWithLostHours} is, or not), with its
 * per-asset map listed (`'keep'`) or only counted (`'count'`); `byAssetEntries` is the number of
 * assets with a non-zero cost, the entries `byAsset` holds or would hold.
 *
 * @example
 * tcoRun(data, options, lost, 'count').byAssetEntries; // => Object.keys(tcoWithLostHours(data, options, lost).byAsset).length
 */
export function tcoRun(data: ReviewData, options: TcoOptions, given: LostHoursRun | undefined, byAssetDetail: ByAssetDetail): KpiRun<TcoResult> {
  assertKpiOptions(options, 'tco');
  const timezone = data.policy.timezone;
  const periodStart = options.period.start;
  const periodEnd = options.period.end;
  const asOf = floorToMinute(options.asOf);
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const tickets = prepared.columns;
  const index = prepared.assetIndex('all');
  const columns = index.columns;

  const policies = new Map<string | null, Policy>();
  const policyOf = (client: string | null): Policy => {
    let policy = policies.get(client);
    if (policy === undefined) {
      policy = policyFor(data.policy, client);
      policies.set(client, policy);
    }
    return policy;
  };

  const perAsset = new Float64Array(index.count * CATEGORY_COUNT);
  const unallocated = new Map<string, Float64Array>();
  const unallocatedOf = (client: string): Float64Array => {
    let sums = unallocated.get(client);
    if (sums === undefined) {
      sums = new Float64Array(CATEGORY_COUNT);
      unallocated.set(client, sums);
    }
    return sums;
  };

  // Which categories can be measured: the asset categories need an asset file; downtime and the
  // technician part of labour need their rates (DESIGN §2: money is never assumed).
  const measured: Measured = new Uint8Array(CATEGORY_COUNT).fill(1);
  const excluded: TcoExclusion[] = [];
  const assetFile = index.source === 'file';
  const recorded = prepared.recorded(options.recorded);
  for (const category of ASSET_CATEGORIES) if (!assetCategoryRecorded(category, assetFile, recorded)) measured[CATEGORY_INDEX[category]] = 0;
  const lifeDefaulted = prepared.lifeDefaulted();
  const defaultLifeClients = new Set<string | null>();

  // 1. Acquisition, contracts, licences. Day counts are `calendarDaysBetween` from the local
  // days of the assets' dates (computed once for both periods) and of the period bounds.
  // In a period the data cover only in part, asset costs accrue over the days the data cover,
  // like every other figure of it: from the data's first day (`observedStart`) to asOf. Whole-period asset costs beside labour counted over fewer days
  // would weigh the total towards the assets.
  const days = tcoAssetDays(prepared);
  const assetStart = observedStart(options);
  const assetEnd = Math.min(periodEnd, asOf);
  // Positions, not day numbers: a period not over ends at asOf, its day counted in part as the
  // labour and downtime of that day are (and a range of instants starts and ends inside days).
  const startDay = dayPosition(assetStart, timezone);
  const endDay = dayPosition(assetEnd, timezone);
  // Assets in service in the period whose acquisition cannot be depreciated (no purchase cost, or
  // no date to start from), subscriptions aside: their 0 would read as "nothing to depreciate".
  let withoutPurchaseCost = 0;
  for (let row = 0; assetFile && row < index.fileRows; row++) {
    if (index.primary[row] !== 1) continue; // empty or repeated id
    const inService = inServiceOf(index, row);
    const offset = row * CATEGORY_COUNT;
    const purchaseCost = columns.purchaseCost[row]!;
    if (Number.isFinite(purchaseCost) && Number.isFinite(inService)) {
      const residual = columns.residualValue[row]!;
      const spanDays = days.span[row]!; // calendarDaysBetween(inService, end of useful life, timezone)
      if (spanDays > 0) {
        // Depreciated at the life's daily rate up to the end of its life, or up to its retirement
        // when it left the fleet before (a retired asset no longer costs its depreciation).
        const spanEnd = days.stops[row]!; // min(addLocalMonths(inService, usefulLifeOf(…)), retiredDate)
        // calendarDaysBetween(max(inService, assetStart), min(spanEnd, assetEnd), timezone)
        const from = Math.max(inService, assetStart);
        const to = Math.min(spanEnd, assetEnd);
        const fromDay = inService >= assetStart ? days.inService[row]! : startDay;
        const toDay = spanEnd <= assetEnd ? days.stopsDay[row]! : endDay;
        const inPeriod = to <= from ? 0 : Math.max(0, toDay - fromDay);
        const depreciable = purchaseCost - (Number.isFinite(residual) ? residual : 0);
        perAsset[offset + CATEGORY_INDEX.acquisition] = (depreciable / spanDays) * inPeriod;
        if (inPeriod > 0 && lifeDefaulted[row] === 1) defaultLifeClients.add(index.clients[row] ?? null);
      }
    }
    // calendarDaysBetween(max(inService, else assetStart; assetStart), min(retired, else ∞; assetEnd), timezone)
    const servesFrom = Number.isFinite(inService) && inService >= assetStart;
    const from = servesFrom ? inService : assetStart;
    const retired = days.retiredAt[row]!;
    const servesTo = Number.isFinite(retired) && retired <= assetEnd;
    const to = servesTo ? retired : assetEnd;
    const serviceDays = to <= from ? 0 : Math.max(0, (servesTo ? days.retired[row]! : endDay) - (servesFrom ? days.inService[row]! : startDay));
    // A subscription (a licence cost, nothing bought: the replacement plan's rule) has no purchase to miss.
    const subscription = !Number.isFinite(purchaseCost) && Number.isFinite(columns.licenceCostPerYear[row]!);
    if (serviceDays > 0 && !subscription && !(Number.isFinite(purchaseCost) && Number.isFinite(inService))) withoutPurchaseCost++;
    const contract = columns.contractCostPerYear[row]!;
    if (Number.isFinite(contract)) perAsset[offset + CATEGORY_INDEX.contracts] = (contract / 365) * serviceDays;
    const licence = columns.licenceCostPerYear[row]!;
    if (Number.isFinite(licence)) perAsset[offset + CATEGORY_INDEX.licences] = (licence / 365) * serviceDays;
  }

  // 2. Labour of the tickets opened in the period. Technician time is priced only when every
  // ticket with effort has a rate: a partly priced labour cost would read as the whole.
  const openedInPeriod = prepared.openedIn(periodStart, periodEnd);
  const labourClient = (row: number, assetRow: number | undefined): string | null =>
    tickets.client[row] ?? (assetRow === undefined ? null : (index.clients[assetRow] ?? null));
  if (!recorded.effortMinutes && !recorded.cost) for (const category of LABOUR_CATEGORIES) measured[CATEGORY_INDEX[category]] = 0;
  excluded.push(...recordedExclusions(assetFile, recorded).map((exclusion) => ({ ...exclusion, hours: null })));
  let priceTechnicians = recorded.effortMinutes;
  const policiesWithoutRate = prepared.clientPolicies().some((policy) => policy.rates.technicianHourly === null);
  if (policiesWithoutRate && priceTechnicians) {
    let withEffort = false;
    for (let k = 0; k < openedInPeriod.length && priceTechnicians; k++) {
      const row = openedInPeriod[k]!;
      if (!(tickets.effortMinutes[row]! > 0)) continue;
      withEffort = true;
      const assetCode = index.ticketAsset[row]!;
      if (policyOf(labourClient(row, assetCode < 0 ? undefined : assetCode)).rates.technicianHourly === null) priceTechnicians = false;
    }
    // No technician hour in the period: zero hours at a rate the policy lacks is no €0 either.
    if (!withEffort) priceTechnicians = ticketsRated(prepared, 'technicianHourly');
  }
  let directCost = 0;
  let effortMinutes = 0;
  let technicianCost = 0;
  for (let k = 0; k < openedInPeriod.length; k++) {
    const row = openedInPeriod[k]!;
    const effort = tickets.effortMinutes[row]!;
    const direct = tickets.cost[row]!;
    if (!Number.isFinite(effort) && !Number.isFinite(direct)) continue;
    const assetCode = index.ticketAsset[row]!;
    const assetRow = assetCode < 0 ? undefined : assetCode;
    const directAmount = Number.isFinite(direct) ? direct : 0;
    let technicianAmount = 0;
    if (Number.isFinite(effort)) {
      effortMinutes += effort;
      if (priceTechnicians) {
        const client = tickets.client[row] ?? (assetRow === undefined ? null : (index.clients[assetRow] ?? null));
        technicianAmount = (effort / 60) * (policyOf(client).rates.technicianHourly ?? 0);
      }
    }
    directCost += directAmount;
    technicianCost += technicianAmount;
    const amount = technicianAmount + directAmount;
    const category = CATEGORY_INDEX[labourCategory(tickets, row)];
    if (assetRow === undefined) unallocatedOf(groupKey(tickets.client[row] ?? null))[category]! += amount;
    else perAsset[assetRow * CATEGORY_COUNT + category]! += amount;
  }
  if (!priceTechnicians && recorded.effortMinutes) {
    excluded.push({ part: 'technician-time', reason: 'no-rate', hours: effortMinutes / 60 });
    // Effort without a rate and no direct cost column: no part of labour is priced, so its
    // categories are not measured — €0 would read as labour that cost nothing.
    if (!recorded.cost) for (const category of LABOUR_CATEGORIES) measured[CATEGORY_INDEX[category]] = 0;
  }

  // 3. Downtime: lost hours per asset × the user rate, when every lost hour has one.
  // A result given alone has no sums: its records are read instead (same figures).
  const run = given ?? (options.lostHours === undefined ? lostHoursRun(data, { period: options.period, asOf, calendars: options.calendars, prepared }) : undefined);
  const lost = run?.result ?? options.lostHours!;
  const downtime = CATEGORY_INDEX.downtime;
  const priceDowntime = lost.cost !== null;
  if (!priceDowntime) {
    measured[downtime] = 0;
    excluded.push({ part: 'downtime', reason: 'no-rate', hours: lost.totalHours });
  }
  const addDowntime = (assetRow: number, hours: number): void => {
    perAsset[assetRow * CATEGORY_COUNT + downtime]! += hours * (policyOf(index.clients[assetRow] ?? null).rates.userHourly ?? 0);
  };
  // The sums `lost` was computed from, when made with this preparation for this period: hours per
  // asset-id group instead of a lookup per key of `lost.byAsset`.
  const sums =
    run !== undefined && run.prepared === prepared && run.start === periodStart && run.end === periodEnd && run.asOf === asOf ? run.sums : undefined;
  let unallocatedHours = 0;
  if (!priceDowntime) {
    // Nothing to add: the category is left out.
  } else if (sums !== undefined && sums.byAsset instanceof GroupSums) {
    const byAsset = sums.byAsset;
    const { sorted } = byAsset.groups;
    const assetRowOfGroup = prepared.part(ASSET_ROWS_OF_GROUPS);
    for (let k = 0; k < sorted.length; k++) {
      const group = sorted[k]!;
      if (byAsset.seen[group] !== 1) continue;
      const hours = byAsset.sums[group]!;
      const assetRow = assetRowOfGroup[group]!; // −1 for `(none)`
      if (assetRow < 0) unallocatedHours += hours;
      else addDowntime(assetRow, hours);
    }
  } else {
    for (const [key, hours] of Object.entries(lost.byAsset)) {
      const assetRow = key === NONE_KEY ? undefined : index.rowOf.get(key);
      if (assetRow === undefined) unallocatedHours += hours;
      else addDowntime(assetRow, hours);
    }
  }
  if (unallocatedHours !== 0) {
    // By client, the sums hold what a second pass over the incidents without an asset would add
    // up, when made with the same calendars.
    const byClient = sums !== undefined && run!.calendars === options.calendars ? sums.withoutAssetByClient : undefined;
    for (const [client, hours] of unallocatedHoursByClient(data, prepared, options, asOf, unallocatedHours, byClient)) {
      unallocatedOf(client)[downtime]! += hours * (policyOf(client === NONE_KEY ? null : client).rates.userHourly ?? 0);
    }
  }

  // 4. Roll-ups.
  const breakdownMask = measured.includes(0) ? measured : ALL_MEASURED;
  const byCategorySums = new Float64Array(CATEGORY_COUNT);
  const byType = new Groups();
  const byClient = new Groups();
  const byAsset: TcoResult['byAsset'] = {};
  // Left out (`'count'`): only counted.
  const listAssets = byAssetDetail === 'keep';
  let assetsWithCost = 0;
  for (let row = 0; row < index.count; row++) {
    const id = index.ids[row]!;
    if (index.primary[row] !== 1) continue;
    const offset = row * CATEGORY_COUNT;
    let nonZero = false;
    for (let c = 0; c < CATEGORY_COUNT; c++) {
      byCategorySums[c]! += perAsset[offset + c]!;
      if (perAsset[offset + c] !== 0) nonZero = true;
    }
    if (!nonZero) continue;
    const type = index.types[row] ?? null;
    const client = index.clients[row] ?? null;
    byType.add(groupKey(type), perAsset, offset);
    byClient.add(groupKey(client), perAsset, offset);
    assetsWithCost++;
    if (listAssets) setOwn(byAsset, id, { total: sumOf(perAsset, offset), type, client, byCategory: breakdownOf(perAsset, offset, breakdownMask) });
  }
  let unallocatedTotal = 0;
  for (const client of [...unallocated.keys()].sort()) {
    const sums = unallocated.get(client)!;
    for (let c = 0; c < CATEGORY_COUNT; c++) byCategorySums[c]! += sums[c]!;
    unallocatedTotal += sumOf(sums, 0);
    byType.add(UNALLOCATED_KEY, sums, 0);
    byClient.add(client, sums, 0);
  }
  // Nothing measured at all (no asset file, no labour recorded, no rate): no total, not 0.
  const total = measured.includes(1) ? sumOf(byCategorySums, 0) : null;
  const headcount = data.policy.headcount;
  if (options.usage !== undefined) {
    for (const client of defaultLifeClients) options.usage.mark(policyOf(client), 'usefulLifeMonths.default');
  }
  const result: TcoResult = {
    total,
    complete: excluded.length === 0,
    excluded,
    perUser: total !== null && headcount !== null && headcount > 0 ? total / headcount : null,
    currency: data.policy.rates.currency,
    // Tickets without an asset hold labour and downtime only: with neither measured, no €0.
    unallocated: LABOUR_CATEGORIES.some((category) => measured[CATEGORY_INDEX[category]] === 1) || measured[downtime] === 1 ? unallocatedTotal : null,
    labour: {
      directCost: recorded.cost ? directCost : null,
      effortHours: recorded.effortMinutes ? effortMinutes / 60 : null,
      technicianCost: priceTechnicians ? technicianCost : null,
    },
    byCategory: breakdownOf(byCategorySums, 0, breakdownMask),
    byType: byType.record(breakdownMask),
    byClient: byClient.record(breakdownMask),
    byAsset,
    withoutPurchaseCost: assetFile && measured[CATEGORY_INDEX.acquisition] === 1 ? withoutPurchaseCost : null,
  };
  return { result, byAssetEntries: assetsWithCost };
}

const ASSET_CATEGORIES = ['acquisition', 'contracts', 'licences'] as const;
const ASSET_COST_COLUMNS = { acquisition: 'purchaseCost', contracts: 'contractCostPerYear', licences: 'licenceCostPerYear' } as const;

/** Whether an asset category can be measured: an asset file that fills its cost column somewhere. */
function assetCategoryRecorded(category: (typeof ASSET_CATEGORIES)[number], assetFile: boolean, recorded: RecordedColumns): boolean {
  return assetFile && recorded.assetCosts?.[ASSET_COST_COLUMNS[category]] !== false;
}

/** Whether any asset category can be measured (an asset file that fills some cost column). */
export function assetCostsRecorded(assetFile: boolean, recorded: RecordedColumns): boolean {
  return ASSET_CATEGORIES.some((category) => assetCategoryRecorded(category, assetFile, recorded));
}

/**
 * What the export lets no period measure, whatever the rates: the asset categories without an
 * asset file or whose cost column the file never fills, labour (or one of its parts) the export
 * does not record. Shared by `tco` and the trend's monthly cost, so that both leave out the same
 * parts for the same reasons.
 *
 * @example
 * recordedExclusions(true, { effortMinutes: true, cost: false, assetCosts: { purchaseCost: true, contractCostPerYear: false, licenceCostPerYear: false }, … });
 * // => [contracts, licences: not-recorded; direct-costs: not-recorded]
 */
export function recordedExclusions(assetFile: boolean, recorded: RecordedColumns): Array<{ part: TcoExclusionPart; reason: 'no-assets' | 'not-recorded' }> {
  const out: Array<{ part: TcoExclusionPart; reason: 'no-assets' | 'not-recorded' }> = [];
  for (const part of ASSET_CATEGORIES) {
    if (!assetFile) out.push({ part, reason: 'no-assets' });
    else if (!assetCategoryRecorded(part, assetFile, recorded)) out.push({ part, reason: 'not-recorded' });
  }
  if (!recorded.effortMinutes && !recorded.cost) out.push({ part: 'labour', reason: 'not-recorded' });
  else if (!recorded.effortMinutes) out.push({ part: 'technician-time', reason: 'not-recorded' });
  else if (!recorded.cost) out.push({ part: 'direct-costs', reason: 'not-recorded' });
  return out;
}

/**
 * {@link assetDays}, computed once per preparation; shared by `tco` and the monthly trend. Shared:
 * do not modify.
 *
 * @example
 * tcoAssetDays(prepared).span[row]; // => calendar days of the asset's useful life
 */
export function tcoAssetDays(prepared: PreparedReview): ReturnType<typeof assetDays> {
  return prepared.part(ASSET_DAYS);
}

/**
 * Per asset file row, what the day counts of `tco` need whatever the period: the local day
 * (`localDay`) of its in-service date, of the end of its useful life and of its retirement (NaN
 * when the date is not finite; the retirement instant itself in `retiredAt`, NaN for an asset of
 * `PrepareOptions.storedAssets`, owned after its service ends), `calendarDaysBetween(inService, end of useful life)` (NaN
 * without a purchase cost or an in-service date), and when its depreciation stops (`stops`, its
 * local day `stopsDay`): the end of its useful life, or its retirement when that comes first.
 */
const ASSET_DAYS = indexPart('tco asset days', assetDays);

function assetDays(prepared: PreparedReview) {
  const index = prepared.assetIndex('all');
  const columns = index.columns;
  const timezone = prepared.policy.timezone;
  const lifeEnds = prepared.lifeEnds();
  const inServiceDays = new Float64Array(index.fileRows);
  const spanEndDays = new Float64Array(index.fileRows);
  const retiredDays = new Float64Array(index.fileRows);
  const spans = new Float64Array(index.fileRows);
  const stops = new Float64Array(index.fileRows);
  const stopsDays = new Float64Array(index.fileRows);
  const retiredAt = new Float64Array(index.fileRows);
  const dayOf = (ms: number): number => (Number.isFinite(ms) ? localDay(ms, timezone) : NaN);
  const stored = prepared.storedAssets;
  for (let row = 0; row < index.fileRows; row++) {
    const inService = inServiceOf(index, row);
    // An asset in stock is still owned: its service ends at its last ticket, its costs do not.
    const retired = stored.size > 0 && stored.has(columns.id[row] ?? '') ? NaN : assetDate(index, columns.retiredDate, row);
    retiredAt[row] = retired;
    inServiceDays[row] = dayOf(inService);
    retiredDays[row] = dayOf(retired);
    spanEndDays[row] = dayOf(lifeEnds[row]!);
    const early = retired < lifeEnds[row]!; // false when either is NaN
    stops[row] = early ? retired : lifeEnds[row]!;
    stopsDays[row] = early ? retiredDays[row]! : spanEndDays[row]!;
    spans[row] = Number.isFinite(columns.purchaseCost[row]!) && Number.isFinite(inService) ? calendarDaysBetween(inService, lifeEnds[row]!, timezone) : NaN;
  }
  return { inService: inServiceDays, spanEnd: spanEndDays, retired: retiredDays, retiredAt, span: spans, stops, stopsDay: stopsDays };
}

/**
 * The asset row (in `index`, the `all` index) of each group of the tickets' asset ids
 * (`prepared.groups('assetId')`); −1 for the `(none)` group.
 */
/** {@link assetRowsOfGroups} of the `all` asset index, once per preparation. */
const ASSET_ROWS_OF_GROUPS = indexPart('tco asset row of each asset-id group', (prepared) => assetRowsOfGroups(prepared, prepared.assetIndex('all')));

function assetRowsOfGroups(prepared: PreparedReview, index: PreparedAssets): Int32Array {
  const { ofRow, keys } = prepared.groups('assetId');
  const rows = new Int32Array(keys.length).fill(-1);
  for (let row = 0; row < prepared.rows; row++) {
    const group = ofRow[row]!;
    if (group !== 0) rows[group] = index.ticketAsset[row]!;
  }
  return rows;
}

/**
 * The lost hours of incidents without an asset, per client key. With one client (or none) among
 * them, all hours go to it; otherwise their lost hours by client: `byClient` when given (the
 * sums of the `lostHours` run), else `lostHours` is run again over those incidents only.
 */
function unallocatedHoursByClient(
  data: ReviewData,
  prepared: PreparedReview,
  options: TcoOptions,
  asOf: number,
  hours: number,
  byClient: KeySums | undefined,
): Map<string, number> {
  const tickets = prepared.columns;
  const clients = new Set<string>();
  const withoutAsset = (row: number): boolean => {
    const id = tickets.assetId[row];
    return (id === null || id === undefined || id === '') && prepared.incident[row] === 1;
  };
  for (let row = 0; row < prepared.rows && clients.size < 2; row++) {
    if (withoutAsset(row)) clients.add(groupKey(tickets.client[row]));
  }
  if (clients.size <= 1) return new Map([[clients.values().next().value ?? NONE_KEY, hours]]);
  if (byClient !== undefined) return new Map(byClient.entries());
  // The lost hours of those incidents alone, as `lostHours` over them would count them.
  const overlapping = prepared.incidentsOverlapping(options.period.start, options.period.end);
  const rows = overlapping.filter(withoutAsset);
  const calendars = options.calendars ?? calendarResolver(data.policy);
  const lost = accumulateLostHours(prepared, rows, options.period, asOf, calendars);
  return new Map(lost.byClient.entries());
}
