/**
 * Lost hours per month over a run of months, in one pass over the incidents that overlap it:
 * what `lostHours` would give for each month alone, and their downtime cost as `tco` prices it.
 */
import type { BusinessCalendar } from '../../calendar/types.js';
import { monthIndex, type MonthWindow } from '../../calendar/month-window.js';
import { policyFor } from '../../policy/parse.js';
import { affectedUsersOf, FACTOR_SLOTS, factorOfSlot, factorSlotReader, lostPieces, markLostHoursUsage } from '../lost-hours/lost-hours.js';
import type { PreparedReview } from '../prepared.js';
import type { PolicyUsage } from '../usage.js';

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
 * `rates.userHourly` (with some, `lostHours(…).cost` over the month is null). Users and impact
 * factor are those of `lostHours` (`affectedUsersOf`, `factorSlotReader`), an incident sharing its
 * asset's time with a heavier one counts only its own pieces (`lostPieces`), and so are the policy
 * values marked on `usage` (the defaults `affectedUsers` and `impactUnknown` among them).
 * In every month, skipped or not, in the same pass: `incidents`, the incidents `lostHours` over
 * the month alone counts (a non-empty interval in it), and `unknown`, its `unknownDuration` (those
 * opened in it and closed at an unknown time), so that a month whose hours would rest on no more
 * incidents than were left out has none (`lengths-unknown`, as the period's).
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
  usage?: PolicyUsage,
): { hours: Float64Array; downtimeCost: Float64Array; unpriced: Float64Array; incidents: Int32Array; unknown: Int32Array } {
  const months = window.keys.length;
  const bounds = window.bounds;
  const hours = new Float64Array(months);
  const downtimeCost = new Float64Array(months);
  const unpriced = new Float64Array(months);
  const incidents = new Int32Array(months);
  const unknown = new Int32Array(months);
  // Only the incidents that overlap the months still to count get hours; every month gets its counts.
  let firstMonth = 0;
  while (firstMonth < months && skip?.[firstMonth] === 1) firstMonth++;
  let lastMonth = months - 1;
  while (lastMonth >= firstMonth && skip?.[lastMonth] === 1) lastMonth--;
  // All months known: -Infinity..-Infinity, no incident gets hours (the counts are still taken).
  const first = firstMonth > lastMonth ? -Infinity : bounds[firstMonth]!;
  const last = firstMonth > lastMonth ? -Infinity : bounds[lastMonth + 1]!;
  const windowStart = bounds[0]!;
  const windowEnd = bounds[months]!;
  const columns = prepared.columns;
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();
  const calendarOf: BusinessCalendar[] = [];
  const factorSlotOf = factorSlotReader(prepared);
  // As in lostHours: the factor slots and the default of one user each client slot used.
  const factorUsed = new Uint8Array(policies.length * FACTOR_SLOTS);
  const usersDefaulted = new Uint8Array(policies.length);
  const { opened: openedAt, resolution, activeIncident, endUnknown } = prepared;
  const { shadowed, pieces } = lostPieces(prepared);
  // Every incident that meets the months to count, in table order (one pass, no list kept).
  for (let i = 0; i < prepared.rows; i++) {
    if (activeIncident[i] !== 1) continue;
    const opened = openedAt[i]!;
    if (endUnknown[i] === 1) {
      // Closed at an unknown time: how long users were hindered cannot be told (DESIGN §3).
      if (opened >= windowStart && opened < windowEnd) unknown[monthIndex(window, opened)]!++;
      continue;
    }
    if (!(opened < windowEnd)) continue;
    const resolved = resolution[i]!;
    const end = !Number.isNaN(resolved) && resolved <= asOf ? resolved : asOf;
    // The months in which it lost time, as `lostHours` over each alone counts its incidents.
    const wholeFrom = Math.max(opened, windowStart);
    const wholeTo = Math.min(end, windowEnd);
    if (wholeTo > wholeFrom) {
      for (let m = monthIndex(window, wholeFrom); m < months && bounds[m]! < wholeTo; m++) {
        if (Math.min(wholeTo, bounds[m + 1]!) > Math.max(wholeFrom, bounds[m]!)) incidents[m]!++;
      }
    }
    if (!(opened < last)) continue;
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
    const recordedUsers = columns.affectedUsers[i]!;
    if (Number.isNaN(recordedUsers)) usersDefaulted[slot] = 1;
    const users = affectedUsersOf(recordedUsers);
    const factorSlot = factorSlotOf(i);
    factorUsed[slot * FACTOR_SLOTS + factorSlot] = 1;
    const factor = factorOfSlot(policy, factorSlot);
    const rate = price(i) ?? 0;
    const withoutRate = policy.rates.userHourly === null;
    // Sharing its asset's time with a heavier incident: only its own pieces count (as in lostHours).
    const own = shadowed[i] === 1 ? pieces.get(i)! : null;
    const count = own === null ? 2 : own.length;
    for (let p = 0; p < count; p += 2) {
      const pieceFrom = own === null ? from : Math.max(own[p]!, from);
      const pieceTo = own === null ? to : Math.min(own[p + 1]!, to);
      if (!(pieceTo > pieceFrom)) continue;
      for (let m = monthIndex(window, pieceFrom); m <= lastMonth && bounds[m]! < pieceTo; m++) {
        if (skip?.[m] === 1) continue;
        const a = Math.max(pieceFrom, bounds[m]!);
        const b = Math.min(pieceTo, bounds[m + 1]!);
        if (!(b > a)) continue;
        const lost = (calendar.businessMinutes(a, b) / 60) * users * factor;
        hours[m]! += lost;
        downtimeCost[m]! += lost * rate;
        if (withoutRate) unpriced[m]! += lost;
      }
    }
  }
  if (usage !== undefined) {
    const counted = Uint8Array.from(policies, (_, slot) => (calendarOf[slot] === undefined ? 0 : 1));
    markLostHoursUsage(usage, policies, counted, factorUsed, usersDefaulted);
  }
  return { hours, downtimeCost, unpriced, incidents, unknown };
}
