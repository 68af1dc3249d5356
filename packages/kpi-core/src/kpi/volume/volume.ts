/**
 * Ticket volume (issue 12): how many tickets were opened in the period, by type, category,
 * priority, site and month, with the ids behind each bar for drill-down.
 */
import { monthKey } from '../../calendar/local.js';
import { monthIndex, monthsFromTo } from '../../calendar/month-window.js';
import { RevueError } from '../../internal/errors.js';
import { assertKpiOptions, groupKey, NONE_KEY } from '../common.js';
import type { GroupCodes } from '../index/key-sums.js';
import { preparedFor } from '../prepared.js';
import type { ReviewData } from '../types.js';
import { VOLUME_GROUPS, VOLUME_IDS_PER_GROUP, type VolumeBreakdown, type VolumeOptions, type VolumeResult } from './types.js';

/** The type of a ticket without one (DESIGN §2). */
const DEFAULT_TYPE = 'incident';

/**
 * A grouping of the period's tickets: the keys, and the group of each ticket (by its position in
 * the period's rows). Counts and ids are taken from it per breakdown (see {@link breakdownOf}):
 * a list per group would cost more than the counting when a column has a hundred thousand values.
 */
interface Grouping {
  keys: readonly string[];
  ofTicket: Int32Array;
}

/** A grouping by key, numbered in a map: for a column the preparation has not numbered (sites, types). */
class KeyedGrouping implements Grouping {
  readonly keys: string[] = [];
  readonly ofTicket: Int32Array;
  readonly #groupOf = new Map<string, number>();
  #lastKey: string | null = null;
  #lastGroup = -1;

  constructor(tickets: number) {
    this.ofTicket = new Int32Array(tickets);
  }

  set(ticket: number, key: string): void {
    let group = key === this.#lastKey ? this.#lastGroup : this.#groupOf.get(key);
    if (group === undefined) {
      group = this.keys.length;
      this.#groupOf.set(key, group);
      this.keys.push(key);
    }
    this.#lastKey = key;
    this.#lastGroup = group;
    this.ofTicket[ticket] = group;
  }
}

/** A grouping over the numbered groups of the preparation (shared with the other KPIs: no lookup per row). */
function numbered(groups: GroupCodes, rows: Int32Array): Grouping {
  const ofTicket = new Int32Array(rows.length);
  for (let t = 0; t < rows.length; t++) ofTicket[t] = groups.ofRow[rows[t]!]!;
  return { keys: groups.keys, ofTicket };
}

/**
 * A grouping by the value codes of a string column (`stringCodes`, which the SLA breakdowns have
 * made already), each value under its group key: no pass over the whole table.
 */
function coded({ codes, values }: { codes: Int32Array; values: readonly string[] }, rows: Int32Array): Grouping {
  const keys: string[] = [];
  const byKey = new Map<string, number>();
  const groupOf = (key: string) => {
    let group = byKey.get(key);
    if (group === undefined) {
      group = keys.length;
      byKey.set(key, group);
      keys.push(key);
    }
    return group;
  };
  const missing = groupOf(NONE_KEY);
  const groupOfValue = Int32Array.from(values, (value) => groupOf(groupKey(value)));
  const ofTicket = new Int32Array(rows.length);
  for (let t = 0; t < rows.length; t++) {
    const code = codes[rows[t]!]!;
    ofTicket[t] = code < 0 ? missing : groupOfValue[code]!;
  }
  return { keys, ofTicket };
}

/**
 * The breakdown of the tickets at `positions` (all `tickets` when null) by a grouping: the
 * `maxGroups` largest groups (ties by key), each with the ids of its first `maxIds` tickets, and
 * the count of the others.
 */
function breakdownOf(grouping: Grouping, positions: Int32Array | null, tickets: number, maxGroups: number, maxIds: number, idAt: (ticket: number) => string): VolumeBreakdown {
  const { keys, ofTicket } = grouping;
  const counts = new Int32Array(keys.length);
  const total = positions === null ? tickets : positions.length;
  for (let p = 0; p < total; p++) counts[ofTicket[positions === null ? p : positions[p]!]!]!++;
  const present: number[] = [];
  for (let group = 0; group < counts.length; group++) if (counts[group]! > 0) present.push(group);
  const kept = largestGroups(
    present.map((group) => keys[group]!),
    present.map((group) => counts[group]!),
    maxGroups,
  ).map((k) => present[k]!);
  // The first ids of each kept group, in the tickets' order.
  const slot = new Int32Array(keys.length).fill(-1);
  kept.forEach((group, k) => (slot[group] = k));
  const lists: string[][] = kept.map(() => []);
  let open = maxIds > 0 ? kept.length : 0;
  for (let p = 0; p < total && open > 0; p++) {
    const ticket = positions === null ? p : positions[p]!;
    const k = slot[ofTicket[ticket]!]!;
    if (k < 0) continue;
    const list = lists[k]!;
    if (list.length >= maxIds) continue;
    list.push(idAt(ticket));
    if (list.length === maxIds) open--;
  }
  let listed = 0;
  const groups = kept.map((group, k) => {
    listed += counts[group]!;
    return { key: keys[group]!, tickets: counts[group]!, ticketIds: lists[k]! };
  });
  return { groups, otherGroups: present.length - kept.length, otherTickets: total - listed };
}

function byCountThenKey(keys: readonly string[], counts: readonly number[]) {
  return (a: number, b: number) => counts[b]! - counts[a]! || (keys[a]! < keys[b]! ? -1 : keys[a]! > keys[b]! ? 1 : 0);
}

/**
 * The groups with the `max` largest counts, largest first, ties by key — without sorting every
 * group when there are many: the count of the `max`-th is found first, then only the groups at
 * that count compete by key (keeping the smallest keys in a short sorted list).
 */
function largestGroups(keys: readonly string[], counts: readonly number[], max: number): number[] {
  const order = byCountThenKey(keys, counts);
  if (keys.length <= max) return keys.map((_, group) => group).sort(order);
  if (max === 0) return [];
  const threshold = Int32Array.from(counts).sort()[counts.length - max]!;
  const above: number[] = [];
  for (let group = 0; group < counts.length; group++) if (counts[group]! > threshold) above.push(group);
  const need = max - above.length;
  const ties: number[] = [];
  for (let group = 0; group < counts.length && need > 0; group++) {
    if (counts[group] !== threshold) continue;
    const key = keys[group]!;
    if (ties.length === need && !(key < keys[ties[need - 1]!]!)) continue;
    let at = ties.length;
    while (at > 0 && key < keys[ties[at - 1]!]!) at--;
    ties.splice(at, 0, group);
    if (ties.length > need) ties.pop();
  }
  return [...above.sort(order), ...ties];
}

/**
 * Ticket volume over a period: the tickets opened in `[period.start, period.end)` (opening instant
 * taken at the minute), of every type — cancelled tickets included, as DESIGN §3 counts them in
 * volumes — counted:
 * - in total, and how many of them are cancelled (`statusClass` cancelled);
 * - by type: `incident`, `request`, `problem`, `change` (a missing type is an incident, another
 *   value is its own group), which is the "requests vs incidents" split;
 * - by category, priority and site, a missing or empty value under `(none)`;
 * - by calendar month of the opening instant in the policy time zone (every month of the period
 *   listed, empty ones included), each with its tickets by type.
 * Each breakdown lists its `maxGroups` (default 50) largest groups, largest first (ties by key),
 * and sums the others in `otherGroups` and `otherTickets`; each group carries the ids of its first
 * `maxIds` (default 200) tickets in the export's order, for drill-down, while `tickets` counts
 * the whole group. `asOf` plays no part.
 *
 * @throws {RevueError} when the period, asOf, maxGroups or maxIds is not valid
 * @example
 * // Three tickets opened in March 2026: two incidents (one without a type), a request.
 * const result = ticketVolume(data, { period: march2026, asOf });
 * result.byType.groups; // => [{ key: 'incident', tickets: 2, ticketIds: ['T1', 'T2'] }, { key: 'request', tickets: 1, ticketIds: ['T3'] }]
 * result.byMonth[0]; // => { month: '2026-03', tickets: 3, byType: { groups: […], otherGroups: 0, otherTickets: 0 } }
 */
export function ticketVolume(data: ReviewData, options: VolumeOptions): VolumeResult {
  assertKpiOptions(options, 'ticketVolume');
  const maxIds = options.maxIds ?? VOLUME_IDS_PER_GROUP;
  if (!Number.isInteger(maxIds) || maxIds < 0) throw new RevueError('invalid-option', 'ticketVolume: maxIds must be an integer ≥ 0');
  const maxGroups = options.maxGroups ?? VOLUME_GROUPS;
  if (!Number.isInteger(maxGroups) || maxGroups < 0) throw new RevueError('invalid-option', 'ticketVolume: maxGroups must be an integer ≥ 0');
  const { period } = options;
  const timezone = data.policy.timezone;
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const columns = prepared.columns;
  const rows = prepared.openedIn(period.start, period.end);

  // Categories and priorities are numbered by the preparation (the SLA breakdowns number them);
  // sites, often as many as the tickets, and types are numbered over the period's tickets only.
  const tickets = rows.length;
  const types = new KeyedGrouping(tickets);
  const sites = new KeyedGrouping(tickets);
  const window = monthsFromTo(monthKey(period.start, timezone), monthKey(period.end - 1, timezone), timezone);
  const monthOf = new Int32Array(tickets);
  const perMonth = new Int32Array(window.keys.length);
  let cancelled = 0;
  for (let t = 0; t < tickets; t++) {
    const row = rows[t]!;
    if (columns.statusClass[row] === 'cancelled') cancelled++;
    const given = columns.type[row];
    types.set(t, given === null || given === undefined || given === '' ? DEFAULT_TYPE : given);
    sites.set(t, groupKey(columns.site[row]));
    const month = monthIndex(window, prepared.opened[row]!);
    monthOf[t] = month;
    perMonth[month]!++;
  }
  const idAt = (ticket: number) => columns.id[rows[ticket]!] ?? '';
  const breakdown = (grouping: Grouping, positions: Int32Array | null = null) => breakdownOf(grouping, positions, tickets, maxGroups, maxIds, idAt);
  // The positions of each month's tickets, in order.
  const monthStart = new Int32Array(window.keys.length + 1);
  for (let m = 0; m < perMonth.length; m++) monthStart[m + 1] = monthStart[m]! + perMonth[m]!;
  const inMonthOrder = new Int32Array(tickets);
  const fill = monthStart.slice(0, perMonth.length);
  for (let t = 0; t < tickets; t++) inMonthOrder[fill[monthOf[t]!]!++] = t;
  return {
    tickets,
    cancelled,
    byType: breakdown(types),
    byCategory: breakdown(numbered(prepared.groups('category'), rows)),
    byPriority: breakdown(coded(prepared.stringCodes('priority'), rows)),
    bySite: breakdown(sites),
    byMonth: window.keys.map((month, m) => ({ month, tickets: perMonth[m]!, byType: breakdown(types, inMonthOrder.subarray(monthStart[m]!, monthStart[m + 1]!)) })),
    groupsPerBreakdown: maxGroups,
    idsPerGroup: maxIds,
  };
}
