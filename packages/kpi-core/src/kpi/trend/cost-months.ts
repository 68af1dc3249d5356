/**
 * The cost of ownership per month over a run of months, but for downtime (see lost-months.ts):
 * acquisition, contracts and licences of the assets, and the labour of the tickets opened in each
 * month, as `tco` computes them for each month alone.
 */
import { dayPosition, localDay } from '../../calendar/local.js';
import { monthIndex, type MonthWindow } from '../../calendar/month-window.js';
import { policyFor } from '../../policy/parse.js';
import type { Policy } from '../../policy/types.js';
import { inServiceOf } from '../assets.js';
import type { PreparedReview } from '../prepared.js';
import type { WindowRows } from './sla-months.js';
import { tcoAssetDays } from '../tco/tco.js';

/**
 * Per month (`amount`): Σ over the assets of their acquisition (depreciation over the useful
 * life), contract and licence costs for the days of the month, plus Σ over the tickets opened in
 * it (`rows`) of their direct cost; apart (`technician`), Σ of their effort hours × technician rate
 * (rate of the ticket's client, else of its asset's; effort without a rate counts nothing there).
 * `opened` holds the tickets opened in the window and their months.
 * Days are calendar days in the policy time zone, counted exactly as `tco` counts a period's.
 * `unpricedEffort[m]` is 1 when a ticket opened in the month has effort under a policy without
 * `rates.technicianHourly`: `tco` over that month leaves technician time out (`no-rate`), so the
 * month's `technician` (which prices such effort at nothing) is not to be added. `withEffort[m]`
 * is 1 when a ticket opened in the month has effort (without any, `tco` prices the month's zero
 * technician hours only when every ticket's policy has a rate: `ticketsRated`).
 *
 * @example
 * costByMonth(prepared, window, opened, asOf).amount[11]; // the last month's cost but for technician time and downtime
 */
export function costByMonth(
  prepared: PreparedReview,
  window: MonthWindow,
  opened: WindowRows,
  asOf: number,
  observedFrom = -Infinity,
): { amount: Float64Array; technician: Float64Array; unpricedEffort: Uint8Array; withEffort: Uint8Array } {
  const months = window.keys.length;
  const bounds = window.bounds;
  const cost = new Float64Array(months);
  const technician = new Float64Array(months);
  const unpricedEffort = new Uint8Array(months);
  const withEffort = new Uint8Array(months);
  const timezone = prepared.policy.timezone;
  const boundDays = Array.from(bounds, (bound) => localDay(bound, timezone));
  // Asset costs accrue over the days the data cover, as `tco` counts a period the data cover in
  // part: a month starts at the latest on the data's first day (`observedFrom`), and ends at the
  // earliest at asOf (its day in part, as \`tco\` counts it).
  const starts = Array.from({ length: months }, (_, m) => Math.max(bounds[m]!, observedFrom));
  const startDays = starts.map((start, m) => (start === bounds[m] ? boundDays[m]! : dayPosition(start, timezone)));
  const ends = Array.from({ length: months }, (_, m) => Math.min(bounds[m + 1]!, asOf));
  const endDays = ends.map((end, m) => (end === bounds[m + 1] ? boundDays[m + 1]! : dayPosition(end, timezone)));
  const index = prepared.assetIndex('all');
  const columns = index.columns;
  const days = tcoAssetDays(prepared);
  const first = bounds[0]!;
  const last = bounds[months]!;

  // What accrues per day over every day of the window (the asset in service, and depreciating,
  // before the window and after it): summed once, spread over the months' days at the end.
  let wholePerDay = 0;
  for (let row = 0; row < index.fileRows; row++) {
    if (index.primary[row] !== 1) continue; // empty or repeated id
    const inService = inServiceOf(index, row);
    const purchaseCost = columns.purchaseCost[row]!;
    if (Number.isFinite(purchaseCost) && Number.isFinite(inService)) {
      // Depreciation stops at the end of the life, or at retirement when that comes first (as in `tco`).
      const spanEnd = days.stops[row]!;
      const spanDays = days.span[row]!;
      if (spanDays > 0 && spanEnd > first && inService < last) {
        const residual = columns.residualValue[row]!;
        const perDay = (purchaseCost - (Number.isFinite(residual) ? residual : 0)) / spanDays;
        if (inService < first && spanEnd > last) wholePerDay += perDay;
        else for (let m = Math.max(0, monthIndex(window, inService)); m < months && bounds[m]! < spanEnd; m++) {
          const from = Math.max(inService, starts[m]!);
          const to = Math.min(spanEnd, ends[m]!);
          const fromDay = inService >= starts[m]! ? days.inService[row]! : startDays[m]!;
          const toDay = spanEnd <= ends[m]! ? days.stopsDay[row]! : endDays[m]!;
          const inMonth = to <= from ? 0 : Math.max(0, toDay - fromDay);
          cost[m]! += perDay * inMonth;
        }
      }
    }
    const contract = columns.contractCostPerYear[row]!;
    const licence = columns.licenceCostPerYear[row]!;
    if (!Number.isFinite(contract) && !Number.isFinite(licence)) continue;
    const retired = days.retiredAt[row]!;
    if (!(Number.isFinite(inService) && inService >= first) && !(Number.isFinite(retired) && retired <= last)) {
      if (Number.isFinite(contract)) wholePerDay += contract / 365;
      if (Number.isFinite(licence)) wholePerDay += licence / 365;
      continue;
    }
    for (let m = 0; m < months; m++) {
      const servesFrom = Number.isFinite(inService) && inService >= starts[m]!;
      const from = servesFrom ? inService : starts[m]!;
      const servesTo = Number.isFinite(retired) && retired <= ends[m]!;
      const to = servesTo ? retired : ends[m]!;
      const serviceDays = to <= from ? 0 : Math.max(0, (servesTo ? days.retired[row]! : endDays[m]!) - (servesFrom ? days.inService[row]! : startDays[m]!));
      if (Number.isFinite(contract)) cost[m]! += (contract / 365) * serviceDays;
      if (Number.isFinite(licence)) cost[m]! += (licence / 365) * serviceDays;
    }
  }

  if (wholePerDay !== 0) for (let m = 0; m < months; m++) cost[m]! += wholePerDay * Math.max(0, endDays[m]! - startDays[m]!);

  // Labour: the technician rate of the ticket's client (its policy by client code), else of its asset's.
  const tickets = prepared.columns;
  const { codes: clientCodes } = prepared.clients();
  const ticketPolicies = prepared.clientPolicies();
  const assetPolicies = new Map<string | null, Policy>();
  const assetRate = (assetRow: number): number | null => {
    const client = assetRow < 0 ? null : (index.clients[assetRow] ?? null);
    let policy = assetPolicies.get(client);
    if (policy === undefined) {
      policy = policyFor(prepared.policy, client);
      assetPolicies.set(client, policy);
    }
    return policy.rates.technicianHourly;
  };
  const { rows, month: monthOf } = opened;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const effort = tickets.effortMinutes[row]!;
    const direct = tickets.cost[row]!;
    if (!Number.isFinite(effort) && !Number.isFinite(direct)) continue;
    const month = monthOf[k]!;
    const code = clientCodes[row]!;
    const rate = code >= 0 ? ticketPolicies[code + 1]!.rates.technicianHourly : assetRate(index.ticketAsset[row]!);
    if (effort > 0) withEffort[month] = 1;
    if (rate === null && effort > 0) unpricedEffort[month] = 1;
    if (Number.isFinite(effort)) technician[month]! += (effort / 60) * (rate ?? 0);
    if (Number.isFinite(direct)) cost[month]! += direct;
  }
  return { amount: cost, technician, unpricedEffort, withEffort };
}
