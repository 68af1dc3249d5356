/**
 * Ticket volume (issue 12): how many tickets were opened in the period, by type, category,
 * priority, site and month, with the ids behind each bar for drill-down.
 */
import { monthKey } from '../../calendar/local.js';
import { monthIndex, monthsFromTo } from '../../calendar/month-window.js';
import { RevueError } from '../../internal/errors.js';
import { assertKpiOptions, groupKey } from '../common.js';
import { preparedFor, type GroupCodes } from '../prepared.js';
import type { ReviewData } from '../types.js';
import { VOLUME_GROUPS, VOLUME_IDS_PER_GROUP, type VolumeBreakdown, type VolumeOptions, type VolumeResult } from './types.js';

/** The type of a ticket without one (DESIGN §2). */
const DEFAULT_TYPE = 'incident';

/**
 * Counts per group of the period's tickets, and the group of each ticket (in the order they came)
 * so that the ids are gathered afterwards for the groups kept only (see {@link gatherIds}): a list
 * per group would cost more than the counting when a column has a hundred thousand values.
 */
abstract class Tally {
  abstract readonly keys: readonly string[];
  abstract readonly counts: { [group: number]: number; readonly length: number };
  readonly groupOfTicket: number[] = [];

  /** The `maxGroups` largest groups (ties by key) with the first `maxIds` ids of each, and the count of the others. */
  breakdown(maxGroups: number, maxIds: number, ids: readonly string[]): VolumeBreakdown {
    const { keys, counts } = this;
    const present: number[] = [];
    for (let group = 0; group < counts.length; group++) if (counts[group]! > 0) present.push(group);
    const kept = largestGroups(
      present.map((group) => keys[group]!),
      present.map((group) => counts[group]!),
      maxGroups,
    ).map((k) => present[k]!);
    const gathered = gatherIds(kept, this.groupOfTicket, ids, maxIds);
    let listed = 0;
    const groups = kept.map((group, k) => {
      listed += counts[group]!;
      return { key: keys[group]!, tickets: counts[group]!, ticketIds: gathered[k]! };
    });
    return { groups, otherGroups: present.length - kept.length, otherTickets: this.groupOfTicket.length - listed };
  }
}

/** A {@link Tally} keyed in a map: for a column the preparation has not numbered (sites, types). */
class KeyedTally extends Tally {
  readonly #groupOf = new Map<string, number>();
  readonly keys: string[] = [];
  readonly counts: number[] = [];
  #lastKey: string | null = null;
  #lastGroup = -1;

  add(key: string): void {
    let group = key === this.#lastKey ? this.#lastGroup : this.#groupOf.get(key);
    if (group === undefined) {
      group = this.keys.length;
      this.#groupOf.set(key, group);
      this.keys.push(key);
      this.counts.push(0);
    }
    this.#lastKey = key;
    this.#lastGroup = group;
    this.counts[group]!++;
    this.groupOfTicket.push(group);
  }
}

/** A {@link Tally} over the numbered groups of the preparation (shared with the other KPIs: no lookup per row). */
class NumberedTally extends Tally {
  readonly keys: readonly string[];
  readonly counts: Int32Array;
  readonly #ofRow: Int32Array;

  constructor(groups: GroupCodes) {
    super();
    this.keys = groups.keys;
    this.counts = new Int32Array(groups.keys.length);
    this.#ofRow = groups.ofRow;
  }

  addRow(row: number): void {
    const group = this.#ofRow[row]!;
    this.counts[group]!++;
    this.groupOfTicket.push(group);
  }
}

/** For each kept group, the first `maxIds` ids of its tickets (`ids[t]` is ticket t's). */
function gatherIds(kept: readonly number[], groupOfTicket: readonly number[], ids: readonly string[], maxIds: number): string[][] {
  const slot = new Map(kept.map((group, k) => [group, k]));
  const lists: string[][] = kept.map(() => []);
  let open = maxIds > 0 ? kept.length : 0;
  for (let t = 0; t < groupOfTicket.length && open > 0; t++) {
    const k = slot.get(groupOfTicket[t]!);
    if (k === undefined) continue;
    const list = lists[k]!;
    if (list.length >= maxIds) continue;
    list.push(ids[t]!);
    if (list.length === maxIds) open--;
  }
  return lists;
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

  // Categories and priorities are numbered by the preparation (the SLA breakdowns use them);
  // sites, often as many as the tickets, are counted over the period's tickets only.
  const byType = new KeyedTally();
  const byCategory = new NumberedTally(prepared.groups('category'));
  const byPriority = new NumberedTally(prepared.groups('priority'));
  const bySite = new KeyedTally();
  const window = monthsFromTo(monthKey(period.start, timezone), monthKey(period.end - 1, timezone), timezone);
  const months = window.keys.map(() => ({ byType: new KeyedTally(), ids: [] as string[] }));
  const ids: string[] = [];
  let cancelled = 0;
  for (let k = 0; k < rows.length; k++) {
    const row = rows[k]!;
    const id = columns.id[row] ?? '';
    ids.push(id);
    if (columns.statusClass[row] === 'cancelled') cancelled++;
    const given = columns.type[row];
    const type = given === null || given === undefined || given === '' ? DEFAULT_TYPE : given;
    byType.add(type);
    byCategory.addRow(row);
    byPriority.addRow(row);
    bySite.add(groupKey(columns.site[row]));
    const month = months[monthIndex(window, prepared.opened[row]!)]!;
    month.byType.add(type);
    month.ids.push(id);
  }
  return {
    tickets: rows.length,
    cancelled,
    byType: byType.breakdown(maxGroups, maxIds, ids),
    byCategory: byCategory.breakdown(maxGroups, maxIds, ids),
    byPriority: byPriority.breakdown(maxGroups, maxIds, ids),
    bySite: bySite.breakdown(maxGroups, maxIds, ids),
    byMonth: window.keys.map((month, m) => ({ month, tickets: months[m]!.ids.length, byType: months[m]!.byType.breakdown(maxGroups, maxIds, months[m]!.ids) })),
    groupsPerBreakdown: maxGroups,
    idsPerGroup: maxIds,
  };
}
