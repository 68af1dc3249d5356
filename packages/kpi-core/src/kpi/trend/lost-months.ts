/**
 * Lost hours per month over a run of months, in one pass over the incidents that overlap it:
 * what `lostHours` would give for each month alone, and their downtime cost as `tco` prices it.
 */
import type { BusinessCalendar } from '../../calendar/types.js';
import { monthIndex, type MonthWindow } from '../../calendar/month-window.js';
import { policyFor } from '../../policy/parse.js';
import type { Policy } from '../../policy/types.js';
import { impactFactor } from '../common.js';
import type { PreparedReview } from '../prepared.js';

/** Users affected by an incident, as `lostHours` counts them: missing → 1, 0 or less → 0. */
function usersOf(value: number): number {
  if (Number.isNaN(value)) return 1;
  return value > 0 ? value : 0;
}

/**
 * Per month: Σ over incidents of the business hours (client calendar) of `[max(openedAt, month
 * start), min(end, month end))` × users × impact factor, `end` being the resolution instant when
 * at or before asOf, else asOf; each month's sum in table order, as `lostHours` adds them. And
 * the downtime cost of those hours as `tco` prices them: at the user rate of the incident's asset's
 * client when it names an asset, else of its own client.
 *
 * @example
 * const { hours } = lostHoursByMonth(prepared, window, asOf, calendars);
 * hours[11]; // the last month's lost hours
 */
export function lostHoursByMonth(
  prepared: PreparedReview,
  window: MonthWindow,
  asOf: number,
  calendars: (client: string | null) => BusinessCalendar,
): { hours: Float64Array; downtimeCost: Float64Array } {
  const months = window.keys.length;
  const bounds = window.bounds;
  const hours = new Float64Array(months);
  const downtimeCost = new Float64Array(months);
  const columns = prepared.columns;
  const first = bounds[0]!;
  const last = bounds[months]!;
  const rows = prepared.incidentsOverlapping(first, last);
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();
  const calendarOf: BusinessCalendar[] = [];
  const assets = prepared.assetIndex('all');
  // The user rate of each asset's client, looked up on first use (NaN until then).
  const assetRates = new Float64Array(assets.count).fill(Number.NaN);
  const assetPolicies = new Map<string | null, Policy>();
  const assetRate = (assetRow: number): number => {
    let rate = assetRates[assetRow]!;
    if (rate !== rate) {
      const client = assets.clients[assetRow] ?? null;
      let policy = assetPolicies.get(client);
      if (policy === undefined) {
        policy = policyFor(prepared.policy, client);
        assetPolicies.set(client, policy);
      }
      rate = policy.rates.userHourly;
      assetRates[assetRow] = rate;
    }
    return rate;
  };
  for (let k = 0; k < rows.length; k++) {
    const i = rows[k]!;
    const opened = prepared.opened[i]!;
    const resolved = prepared.resolution[i]!;
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
    const weight = usersOf(columns.affectedUsers[i]!) * impactFactor(policy, columns.impact[i] ?? null, columns.priority[i] ?? null);
    const assetRow = assets.ticketAsset[i]!;
    const rate = assetRow >= 0 ? assetRate(assetRow) : policy.rates.userHourly;
    for (let m = monthIndex(window, from); m < months && bounds[m]! < to; m++) {
      const a = Math.max(from, bounds[m]!);
      const b = Math.min(to, bounds[m + 1]!);
      if (!(b > a)) continue;
      const lost = (calendar.businessMinutes(a, b) / 60) * weight;
      hours[m]! += lost;
      downtimeCost[m]! += lost * rate;
    }
  }
  return { hours, downtimeCost };
}
