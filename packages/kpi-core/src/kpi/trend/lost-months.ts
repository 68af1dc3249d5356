/**
 * Lost hours per month over a run of months, in one pass over the incidents that overlap it:
 * what `lostHours` would give for each month alone, and their downtime cost as `tco` prices it.
 */
import type { BusinessCalendar } from '../../calendar/types.js';
import { monthIndex, type MonthWindow } from '../../calendar/month-window.js';
import { policyFor } from '../../policy/parse.js';
import { impactFactor } from '../common.js';
import type { PreparedReview } from '../prepared.js';

/** Users affected by an incident, as `lostHours` counts them: missing → 1, 0 or less → 0. */
function usersOf(value: number): number {
  if (Number.isNaN(value)) return 1;
  return value > 0 ? value : 0;
}

/**
 * The user rate `tco` prices an incident's lost hours at (its downtime): that of the client of
 * the incident's asset when it names one, else that of its own client; null when that policy
 * gives no `rates.userHourly`.
 *
 * @example
 * downtimePrice(prepared)(row); // => 40 (€ per hour)
 */
export function downtimePrice(prepared: PreparedReview): (row: number) => number | null {
  const assets = prepared.assetIndex('all');
  // NaN: no rate.
  const assetRates = new Float64Array(assets.count);
  const rateOfClient = new Map<string | null, number>();
  for (let asset = 0; asset < assets.count; asset++) {
    const client = assets.clients[asset] ?? null;
    let rate = rateOfClient.get(client);
    if (rate === undefined) {
      rate = policyFor(prepared.policy, client).rates.userHourly ?? Number.NaN;
      rateOfClient.set(client, rate);
    }
    assetRates[asset] = rate;
  }
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();
  const ticketAsset = assets.ticketAsset;
  return (row) => {
    const assetRow = ticketAsset[row]!;
    if (assetRow < 0) return policies[clientCodes[row]! + 1]!.rates.userHourly;
    const rate = assetRates[assetRow]!;
    return Number.isNaN(rate) ? null : rate;
  };
}

/**
 * Per month (but for the months marked in `skip`, known already): Σ over the incidents that count
 * in lost hours (not cancelled, not closed at an unknown time) of the business hours (client
 * calendar) of `[max(openedAt, month start), min(end, month end))` × users × impact factor, `end`
 * being the resolution instant when at or before asOf, else asOf; each month's sum in table
 * order, as `lostHours` adds them. And the downtime cost of those hours at {@link downtimePrice}
 * (nothing for a null price), and the hours lost under a client policy without
 * `rates.userHourly` (with some, `lostHours(…).cost` over the month is null).
 *
 * @example
 * const { hours } = lostHoursByMonth(prepared, window, asOf, calendars, downtimePrice(prepared));
 * hours[11]; // the last month's lost hours
 */
export function lostHoursByMonth(
  prepared: PreparedReview,
  window: MonthWindow,
  asOf: number,
  calendars: (client: string | null) => BusinessCalendar,
  price: (row: number) => number | null,
  skip?: Uint8Array,
): { hours: Float64Array; downtimeCost: Float64Array; unpriced: Float64Array } {
  const months = window.keys.length;
  const bounds = window.bounds;
  const hours = new Float64Array(months);
  const downtimeCost = new Float64Array(months);
  const unpriced = new Float64Array(months);
  // Only the incidents that overlap the months still to count.
  let firstMonth = 0;
  while (firstMonth < months && skip?.[firstMonth] === 1) firstMonth++;
  let lastMonth = months - 1;
  while (lastMonth >= firstMonth && skip?.[lastMonth] === 1) lastMonth--;
  if (firstMonth > lastMonth) return { hours, downtimeCost, unpriced };
  const first = bounds[firstMonth]!;
  const last = bounds[lastMonth + 1]!;
  const columns = prepared.columns;
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();
  const calendarOf: BusinessCalendar[] = [];
  const { opened: openedAt, resolution, activeIncident, endUnknown } = prepared;
  // Every incident that meets the months to count, in table order (one pass, no list kept).
  for (let i = 0; i < prepared.rows; i++) {
    const opened = openedAt[i]!;
    // Closed at an unknown time: how long users were hindered cannot be told (DESIGN §3).
    if (activeIncident[i] !== 1 || endUnknown[i] === 1 || !(opened < last)) continue;
    const resolved = resolution[i]!;
    const end = !Number.isNaN(resolved) && resolved <= asOf ? resolved : asOf;
    const from = Math.max(opened, first);
    const to = Math.min(end, last);
    if (!(to > from)) continue;
    const slot = clientCodes[i]! + 1;
    const policy = policies[slot]!;
    let calendar = calendarOf[slot];
    if (calendar === undefined) {
      calendar = calendars(columns.client[i] ?? null);
      calendarOf[slot] = calendar;
    }
    const users = usersOf(columns.affectedUsers[i]!);
    const factor = impactFactor(policy, columns.impact[i] ?? null, columns.priority[i] ?? null);
    const rate = price(i) ?? 0;
    const withoutRate = policy.rates.userHourly === null;
    for (let m = monthIndex(window, from); m <= lastMonth && bounds[m]! < to; m++) {
      if (skip?.[m] === 1) continue;
      const a = Math.max(from, bounds[m]!);
      const b = Math.min(to, bounds[m + 1]!);
      if (!(b > a)) continue;
      const lost = (calendar.businessMinutes(a, b) / 60) * users * factor;
      hours[m]! += lost;
      downtimeCost[m]! += lost * rate;
      if (withoutRate) unpriced[m]! += lost;
    }
  }
  return { hours, downtimeCost, unpriced };
}
