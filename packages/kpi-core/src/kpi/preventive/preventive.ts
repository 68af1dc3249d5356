/**
 * Preventive plan compliance (DESIGN §5 "Preventive plan"): the fast path. It counts windows
 * per (task, asset) pair with a few binary searches — the windows an asset is due form one run
 * of consecutive windows — and visits only the preventive tickets, so 100,000 assets under a
 * weekly task cost no object per window. `reference.ts` computes the same figures row by row.
 */
import { localMidnight, monthKey } from '../../calendar/local.js';
import { foldText } from '../../internal/fold.js';
import { stringOrder } from '../../internal/order.js';
import type { PlanTask, Policy } from '../../policy/types.js';
import { assetDate, inServiceOf } from '../assets.js';
import { assertKpiOptions, groupKey, isoOrNull, setOwn, UNALLOCATED_KEY } from '../common.js';
import { preparedFor, type PreparedAssets, type PreparedReview } from '../prepared.js';
import { labourCategory } from '../tco.js';
import type { ReviewData } from '../types.js';
import type {
  PlanFigures,
  PreventiveAssetRow,
  PreventiveEffortFigures,
  PreventiveMiss,
  PreventiveOpenWindow,
  PreventiveOptions,
  PreventiveReason,
  PreventiveResult,
  PreventiveSchedule,
  PreventiveTaskFigures,
} from './types.js';
import { countAtOrBelow, countBelow, planWindows, type PlanWindows } from './windows.js';

/** Missed windows listed one by one; `missedCount` counts them all (a fleet can miss thousands). */
export const MAX_LISTED_MISSES = 500;
/** Open windows listed one by one; `openWindows.count` counts them all. */
export const MAX_LISTED_OPEN_WINDOWS = 500;
/** Assets per schedule in the heat map: enough to see who misses, small enough for a slide. */
export const PREVENTIVE_HEATMAP_ROWS = 30;
/** Months of the planned-share trend, ending with the period's last month. */
export const TREND_MONTHS = 12;

/** The plans in force: the base plan, then each client's own plan, clients in sorted order. */
export function plansOf(policy: Policy): { plans: (readonly PlanTask[])[]; planOfClient: Map<string, number> } {
  const plans: (readonly PlanTask[])[] = [policy.preventivePlan];
  const planOfClient = new Map<string, number>();
  for (const client of Object.keys(policy.clients).sort()) {
    planOfClient.set(client, plans.length);
    plans.push(policy.clients[client]!.preventivePlan);
  }
  return { plans, planOfClient };
}

/** One task of one plan with its assets (rows of the asset index, in asset-id order). */
interface Scope {
  plan: number;
  task: PlanTask;
  category: number;
  rows: number[];
}

/** A task id with one periodicity: its windows and every (asset, category) pair it judges. */
interface Schedule {
  taskId: string;
  taskIndex: number;
  title: string;
  every: PlanTask['every'];
  windows: PlanWindows;
  /** Pairs in asset-id order (each asset once: an asset follows one plan, a plan has one task of an id). */
  rows: Int32Array;
  categories: Int32Array;
}

/** What was found for each pair of a schedule. */
interface PairState {
  /** First window the asset is in service for, and one past the last. */
  serviceFrom: Int32Array;
  serviceTo: Int32Array;
  /** One past the last due window (≤ serviceTo; windows ending after asOf are not due). */
  dueTo: Int32Array;
  /** Distinct windows with a run: `doneWindows[doneFrom[p], doneFrom[p + 1])`, ascending. */
  doneFrom: Int32Array;
  doneWindows: Int32Array;
  due: Int32Array;
  done: Int32Array;
  /** Per window: pairs due, and due pairs done. */
  windowDue: Int32Array;
  windowDone: Int32Array;
}

/**
 * Preventive plan compliance: for each task of the plan in force for each asset (the client's
 * own plan, else the base plan) and each asset it applies to (every asset of its `assetType`,
 * compared ignoring case and accents, or its `assetIds`), the calendar-aligned windows of its
 * periodicity (ISO weeks from Monday 00:00, months, quarters, half-years, years; local calendar of
 * the policy's time zone):
 * - a window is **due** when it lies wholly inside the period and inside the asset's service
 *   (`inServiceDate`, else `purchaseDate`, at or before the window start; `retiredDate` at or
 *   after the window end) and ends at or before asOf;
 * - it is **done** when a ticket with `maintenanceType` preventive, that asset, and the task's
 *   `category` (ignoring case and accents) was opened inside it (`[start, end)`, at the minute);
 *   several runs count once.
 * compliance = done ÷ due (null when nothing is due), in total, per task, per asset type and per
 * client (the asset's); the missed windows; the windows of the period still open at asOf; and
 * beside them the planned-maintenance share = preventive labour hours ÷ all labour hours of the
 * tickets opened in the period, with the corrective incidents, and its trend over the 12 months
 * ending with the period's last month.
 *
 * Without an asset file the assets are the tickets' asset ids, with no type: a task by asset type
 * is then not measured (`no-assets`). An asset id a task names that is not among the review's
 * assets is listed in `assetsNotFound` and not evaluated.
 *
 * @throws {RevueError} when the period or asOf is not valid
 * @example
 * // A monthly restore test on 2 servers, March 2026, asOf in April; SRV-1 tested on 3 March.
 * const result = preventiveCompliance(data, { period: march2026, asOf });
 * result.byTask.restore; // => { …, due: 2, done: 1, compliance: 0.5 }
 * result.missed; // => [{ taskId: 'restore', assetId: 'SRV-2', client: null, windowStart: '2026-03-01T00:00:00.000Z', … }]
 */
export function preventiveCompliance(data: ReviewData, options: PreventiveOptions): PreventiveResult {
  assertKpiOptions(options, 'preventiveCompliance');
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const timezone = data.policy.timezone;
  const { effort, trend } = effortFigures(prepared, options.period, timezone);
  const notMeasured: PreventiveResult['notMeasured'] = [];
  if (effort.share === null) notMeasured.push({ figure: 'preventive.effort.share', reason: 'no-effort' });

  const { plans, planOfClient } = plansOf(data.policy);
  if (plans.every((plan) => plan.length === 0)) {
    notMeasured.unshift({ figure: 'preventive', reason: 'no-plan' });
    return emptyResult(effort, trend, notMeasured);
  }

  const index = prepared.assetIndex('none');
  const measurable = index.source === 'file';
  // Asset rows in asset-id order (primary rows only: an empty or repeated id is no asset).
  const order = stringOrder(index.ids);
  const rank = new Int32Array(index.count);
  order.forEach((row, k) => (rank[row] = k));
  const planOf = new Int32Array(index.count);
  for (let row = 0; row < index.count; row++) {
    const client = index.clients[row];
    planOf[row] = client === null || client === undefined ? 0 : (planOfClient.get(client) ?? 0);
  }

  // Task categories, folded, numbered.
  const categoryCode = new Map<string, number>();
  const codeOf = (category: string): number => {
    const folded = foldText(category);
    let code = categoryCode.get(folded);
    if (code === undefined) {
      code = categoryCode.size;
      categoryCode.set(folded, code);
    }
    return code;
  };

  // Every task of every plan, its figures by id, and the scopes of the measurable ones.
  const byTask = new Map<string, PreventiveTaskFigures>();
  const taskIndex = new Map<string, number>();
  const scopes: Scope[] = [];
  const typeBuckets = measurable ? assetsByPlanAndType(index, order, planOf) : new Map<string, number[]>();
  plans.forEach((plan, p) => {
    for (const task of plan) {
      let figures = byTask.get(task.id);
      if (figures === undefined) {
        figures = { title: task.title, every: task.every, category: task.category, assets: 0, due: null, done: null, compliance: null, notMeasured: null, assetsNotFound: [] };
        byTask.set(task.id, figures);
        taskIndex.set(task.id, taskIndex.size);
      }
      if (task.assetType !== null) {
        if (!measurable) {
          figures.notMeasured = 'no-assets';
          continue;
        }
        const rows = typeBuckets.get(`${p}\u0000${foldText(task.assetType)}`) ?? [];
        scopes.push({ plan: p, task, category: codeOf(task.category), rows });
        figures.assets += rows.length;
      } else {
        const rows: number[] = [];
        for (const id of task.assetIds!) {
          const row = index.rowOf.get(id);
          if (row === undefined) {
            if (!figures.assetsNotFound.includes(id)) figures.assetsNotFound.push(id);
          } else if (planOf[row] === p) rows.push(row);
        }
        rows.sort((a, b) => rank[a]! - rank[b]!);
        scopes.push({ plan: p, task, category: codeOf(task.category), rows });
        figures.assets += rows.length;
      }
    }
  });

  const schedules = schedulesOf(scopes, taskIndex, rank, options.period, timezone);
  const runs = preventiveRuns(prepared, index, categoryCode);
  const asOf = prepared.asOf;

  const totals = { due: 0, done: 0, measured: false };
  const byType = new Map<string, PlanFigures>();
  const byClient = new Map<string, PlanFigures>();
  const add = (groups: Map<string, PlanFigures>, key: string, due: number, done: number) => {
    const figures = groups.get(key);
    if (figures === undefined) groups.set(key, { due, done, compliance: null });
    else {
      figures.due += due;
      figures.done += done;
    }
  };
  const states: PairState[] = [];
  for (const schedule of schedules) {
    const state = judgeSchedule(schedule, index, runs, asOf);
    states.push(state);
    const figures = byTask.get(schedule.taskId)!;
    let due = 0;
    let done = 0;
    for (let p = 0; p < schedule.rows.length; p++) {
      const row = schedule.rows[p]!;
      due += state.due[p]!;
      done += state.done[p]!;
      add(byType, groupKey(index.types[row]), state.due[p]!, state.done[p]!);
      add(byClient, groupKey(index.clients[row]), state.due[p]!, state.done[p]!);
    }
    figures.due = (figures.due ?? 0) + due;
    figures.done = (figures.done ?? 0) + done;
    totals.due += due;
    totals.done += done;
    totals.measured = true;
  }
  // A task with no asset in its scope is measured (nothing is due), unless it needs the asset file.
  for (const [id, figures] of byTask) {
    if (figures.notMeasured === null && figures.due === null) {
      figures.due = 0;
      figures.done = 0;
      totals.measured = true;
    }
    figures.compliance = ratio(figures.done, figures.due);
    if (figures.notMeasured !== null) notMeasured.push({ figure: `preventive.byTask.${id}`, reason: figures.notMeasured });
  }
  if (!totals.measured) notMeasured.push({ figure: 'preventive.compliance', reason: 'no-assets' });
  else if (totals.due === 0) notMeasured.push({ figure: 'preventive.compliance', reason: 'nothing-due' });

  const { missed, missedCount, openWindows } = listWindows(schedules, states, index, asOf);
  return {
    due: totals.measured ? totals.due : null,
    done: totals.measured ? totals.done : null,
    compliance: totals.measured ? ratio(totals.done, totals.due) : null,
    byTask: asRecord([...byTask.keys()], byTask),
    byType: figuresRecord(byType),
    byClient: figuresRecord(byClient),
    schedules: schedules.map((schedule, s) => scheduleResult(schedule, states[s]!, index)),
    missed,
    missedCount,
    openWindows,
    effort,
    trend,
    notMeasured,
  };
}

function ratio(done: number | null, due: number | null): number | null {
  return done === null || due === null || due === 0 ? null : done / due;
}

/** The entries of a map under `keys`, in that order, as a record. */
function asRecord<V>(keys: readonly string[], map: Map<string, V>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const key of keys) setOwn(out, key, map.get(key)!);
  return out;
}

/** Due and done by group, sorted by key, with their compliance. */
function figuresRecord(map: Map<string, PlanFigures>): Record<string, PlanFigures> {
  for (const figures of map.values()) figures.compliance = ratio(figures.done, figures.due);
  return asRecord([...map.keys()].sort(), map);
}

function emptyResult(effort: PreventiveResult['effort'], trend: PreventiveResult['trend'], notMeasured: PreventiveResult['notMeasured']): PreventiveResult {
  return {
    due: null,
    done: null,
    compliance: null,
    byTask: {},
    byType: {},
    byClient: {},
    schedules: [],
    missed: [],
    missedCount: 0,
    openWindows: { count: 0, done: 0, windows: [] },
    effort,
    trend,
    notMeasured,
  };
}

/** Asset rows by plan and folded type, each list in asset-id order. */
function assetsByPlanAndType(index: PreparedAssets, order: Int32Array, planOf: Int32Array): Map<string, number[]> {
  const buckets = new Map<string, number[]>();
  const folded = new Map<string, string>();
  for (let k = 0; k < order.length; k++) {
    const row = order[k]!;
    const type = index.types[row];
    if (index.primary[row] !== 1 || type === null || type === undefined) continue;
    let key = folded.get(type);
    if (key === undefined) {
      key = foldText(type);
      folded.set(type, key);
    }
    const bucketKey = `${planOf[row]}\u0000${key}`;
    let rows = buckets.get(bucketKey);
    if (rows === undefined) {
      rows = [];
      buckets.set(bucketKey, rows);
    }
    rows.push(row);
  }
  return buckets;
}

/**
 * The schedules: one per task id and periodicity, ordered by task (first appearance in the
 * plans) then by first appearance; the pairs of the plans that share one merged in asset-id order.
 */
function schedulesOf(scopes: readonly Scope[], taskIndex: Map<string, number>, rank: Int32Array, period: PreventiveOptions['period'], timezone: string): Schedule[] {
  const grouped = new Map<string, Scope[]>();
  for (const scope of scopes) {
    const key = `${scope.task.id}\u0000${scope.task.every}`;
    const list = grouped.get(key);
    if (list === undefined) grouped.set(key, [scope]);
    else list.push(scope);
  }
  const windowsOf = new Map<string, PlanWindows>();
  const out: Schedule[] = [];
  for (const list of grouped.values()) {
    const { task } = list[0]!;
    let windows = windowsOf.get(task.every);
    if (windows === undefined) {
      windows = planWindows(task.every, period, timezone);
      windowsOf.set(task.every, windows);
    }
    const rows: number[] = [];
    const categories: number[] = [];
    for (const scope of list) {
      for (const row of scope.rows) {
        rows.push(row);
        categories.push(scope.category);
      }
    }
    // Merge the plans' lists (each in asset-id order) when several plans share the schedule.
    const pairOrder = rows.map((_, k) => k);
    if (list.length > 1) pairOrder.sort((a, b) => rank[rows[a]!]! - rank[rows[b]!]!);
    out.push({
      taskId: task.id,
      taskIndex: taskIndex.get(task.id)!,
      title: task.title,
      every: task.every,
      windows,
      rows: Int32Array.from(pairOrder, (k) => rows[k]!),
      categories: Int32Array.from(pairOrder, (k) => categories[k]!),
    });
  }
  // Stable: schedules of one task keep their order of first appearance.
  return out.sort((a, b) => a.taskIndex - b.taskIndex);
}

/** The preventive runs: for each (asset row, task category) pair, the opening instants of its preventive tickets, ascending. */
interface Runs {
  /** Opening instants grouped by pair: `opened[from, to)` for `range(row, category)`. */
  opened: Float64Array;
  range(row: number, category: number): [from: number, to: number] | undefined;
}

/**
 * Tickets with `maintenanceType` preventive, an asset of the index, and a category that folds
 * to a task's category, grouped by (asset, category) and sorted by opening (at the minute).
 */
function preventiveRuns(prepared: PreparedReview, index: PreparedAssets, categoryCode: Map<string, number>): Runs {
  const { codes, values } = prepared.stringCodes('category');
  const codeOfValue = Int32Array.from(values, (value) => categoryCode.get(foldText(value)) ?? -1);
  const maintenance = prepared.columns.maintenanceType;
  const categories = categoryCode.size;
  const keys: number[] = [];
  const instants: number[] = [];
  for (let row = 0; row < prepared.rows; row++) {
    if (maintenance[row] !== 'preventive') continue;
    const asset = index.ticketAsset[row]!;
    const value = codes[row]!;
    const opened = prepared.opened[row]!;
    if (asset < 0 || value < 0 || Number.isNaN(opened)) continue;
    const category = codeOfValue[value]!;
    if (category < 0) continue;
    keys.push(asset * categories + category);
    instants.push(opened);
  }
  const order = keys.map((_, k) => k).sort((a, b) => keys[a]! - keys[b]! || instants[a]! - instants[b]!);
  const opened = Float64Array.from(order, (k) => instants[k]!);
  const ranges = new Map<number, [number, number]>();
  for (let i = 0; i < order.length; ) {
    const key = keys[order[i]!]!;
    let j = i + 1;
    while (j < order.length && keys[order[j]!] === key) j++;
    ranges.set(key, [i, j]);
    i = j;
  }
  return { opened, range: (row, category) => ranges.get(row * categories + category) };
}

/** Due and done windows of each pair of a schedule. */
function judgeSchedule(schedule: Schedule, index: PreparedAssets, runs: Runs, asOf: number): PairState {
  const { starts, ends } = schedule.windows;
  const windows = starts.length;
  const pairs = schedule.rows.length;
  // Windows ending at or before asOf: the only ones that can be due.
  const endedByAsOf = countAtOrBelow(ends, asOf);
  const serviceFrom = new Int32Array(pairs);
  const serviceTo = new Int32Array(pairs);
  const dueTo = new Int32Array(pairs);
  const doneFrom = new Int32Array(pairs + 1);
  const doneWindows: number[] = [];
  const due = new Int32Array(pairs);
  const done = new Int32Array(pairs);
  const dueChange = new Int32Array(windows + 1);
  const windowDone = new Int32Array(windows);
  const retiredDates = index.columns.retiredDate;
  for (let p = 0; p < pairs; p++) {
    const row = schedule.rows[p]!;
    // In service for window w: inService ≤ start and end ≤ retired (a missing date does not limit).
    const inService = inServiceOf(index, row);
    const retired = assetDate(index, retiredDates, row);
    const from = Number.isNaN(inService) ? 0 : countBelow(starts, inService);
    const to = Math.max(from, Number.isNaN(retired) ? windows : countAtOrBelow(ends, retired));
    const dueEnd = Math.max(from, Math.min(to, endedByAsOf));
    serviceFrom[p] = from;
    serviceTo[p] = to;
    dueTo[p] = dueEnd;
    due[p] = dueEnd - from;
    dueChange[from]!++;
    dueChange[dueEnd]!--;
    doneFrom[p] = doneWindows.length;
    const range = windows > 0 ? runs.range(row, schedule.categories[p]!) : undefined;
    if (range !== undefined) {
      const first = starts[0]!;
      const last = ends[windows - 1]!;
      let previous = -1;
      for (let r = range[0]; r < range[1]; r++) {
        const at = runs.opened[r]!;
        if (at < first || at >= last) continue;
        const w = countAtOrBelow(starts, at) - 1; // windows are contiguous: at < ends[w]
        if (w === previous) continue;
        previous = w;
        doneWindows.push(w);
        if (w >= from && w < dueEnd) {
          done[p]!++;
          windowDone[w]!++;
        }
      }
    }
  }
  doneFrom[pairs] = doneWindows.length;
  const windowDue = new Int32Array(windows);
  let running = 0;
  for (let w = 0; w < windows; w++) {
    running += dueChange[w]!;
    windowDue[w] = running;
  }
  return { serviceFrom, serviceTo, dueTo, doneFrom, doneWindows: Int32Array.from(doneWindows), due, done, windowDue, windowDone };
}

/** Whether pair `p` has a run in window `w` (binary search in its done windows). */
function isDone(state: PairState, p: number, w: number): boolean {
  let low = state.doneFrom[p]!;
  let high = state.doneFrom[p + 1]!;
  while (low < high) {
    const mid = (low + high) >>> 1;
    const value = state.doneWindows[mid]!;
    if (value === w) return true;
    if (value < w) low = mid + 1;
    else high = mid;
  }
  return false;
}

/** The window of a schedule that contains asOf (start ≤ asOf < end), or −1. */
function openWindowOf(windows: PlanWindows, asOf: number): number {
  const w = countAtOrBelow(windows.starts, asOf) - 1;
  return w >= 0 && windows.ends[w]! > asOf ? w : -1;
}

/** The missed windows (capped) and the open windows (capped), in schedule, window, asset-id order. */
function listWindows(schedules: readonly Schedule[], states: readonly PairState[], index: PreparedAssets, asOf: number) {
  const missed: PreventiveMiss[] = [];
  let missedCount = 0;
  const open: PreventiveOpenWindow[] = [];
  let openCount = 0;
  let openDone = 0;
  schedules.forEach((schedule, s) => {
    const state = states[s]!;
    const { starts, ends } = schedule.windows;
    for (let p = 0; p < schedule.rows.length; p++) missedCount += state.due[p]! - state.done[p]!;
    const entry = (p: number, w: number): PreventiveMiss => {
      const row = schedule.rows[p]!;
      return { taskId: schedule.taskId, assetId: index.ids[row]!, client: index.clients[row] ?? null, windowStart: isoOrNull(starts[w]!)!, windowEnd: isoOrNull(ends[w]!)! };
    };
    for (let w = 0; w < starts.length && missed.length < MAX_LISTED_MISSES; w++) {
      if (state.windowDue[w] === state.windowDone[w]) continue; // no miss in this window
      for (let p = 0; p < schedule.rows.length && missed.length < MAX_LISTED_MISSES; p++) {
        if (w >= state.serviceFrom[p]! && w < state.dueTo[p]! && !isDone(state, p, w)) missed.push(entry(p, w));
      }
    }
    const w = openWindowOf(schedule.windows, asOf);
    if (w < 0) return;
    for (let p = 0; p < schedule.rows.length; p++) {
      if (w < state.serviceFrom[p]! || w >= state.serviceTo[p]!) continue;
      const done = isDone(state, p, w);
      openCount++;
      if (done) openDone++;
      if (open.length < MAX_LISTED_OPEN_WINDOWS) open.push({ ...entry(p, w), done });
    }
  });
  return { missed, missedCount, openWindows: { count: openCount, done: openDone, windows: open } };
}

/** A schedule as reported: its windows with counts, and the heat map's assets. */
function scheduleResult(schedule: Schedule, state: PairState, index: PreparedAssets): PreventiveSchedule {
  const { starts, ends } = schedule.windows;
  const pairs = schedule.rows.length;
  let withMisses = 0;
  let mostMissed = 0;
  for (let p = 0; p < pairs; p++) {
    const missed = state.due[p]! - state.done[p]!;
    if (missed > 0) withMisses++;
    if (missed > mostMissed) mostMissed = missed;
  }
  // Most misses first, then asset-id order (the pairs' order): one numeric key per pair.
  const keys = new Float64Array(pairs);
  for (let p = 0; p < pairs; p++) keys[p] = (mostMissed - (state.due[p]! - state.done[p]!)) * pairs + p;
  keys.sort();
  const shown = Math.min(pairs, PREVENTIVE_HEATMAP_ROWS);
  const assets: PreventiveAssetRow[] = [];
  for (let k = 0; k < shown; k++) {
    const p = keys[k]! % pairs;
    const row = schedule.rows[p]!;
    let cells = '';
    for (let w = 0; w < starts.length; w++) {
      if (w < state.serviceFrom[p]! || w >= state.serviceTo[p]!) cells += 'o';
      else if (isDone(state, p, w)) cells += 'd';
      else cells += w < state.dueTo[p]! ? 'm' : 'n';
    }
    assets.push({ assetId: index.ids[row]!, client: index.clients[row] ?? null, type: index.types[row] ?? null, due: state.due[p]!, done: state.done[p]!, cells });
  }
  return {
    taskId: schedule.taskId,
    title: schedule.title,
    every: schedule.every,
    windows: Array.from(starts, (start, w) => ({ start: isoOrNull(start)!, end: isoOrNull(ends[w]!)!, due: state.windowDue[w]!, done: state.windowDone[w]! })),
    assetCount: pairs,
    assetsWithMisses: withMisses,
    assets,
  };
}

/** Hours of preventive and of all labour, and corrective incidents, summed in table order. */
class EffortSums {
  preventiveHours = 0;
  labourHours = 0;
  correctiveIncidents = 0;

  figures(): PreventiveEffortFigures {
    return {
      preventiveHours: this.preventiveHours,
      labourHours: this.labourHours,
      share: this.labourHours > 0 ? this.preventiveHours / this.labourHours : null,
      correctiveIncidents: this.correctiveIncidents,
    };
  }
}

/**
 * The planned-maintenance share over the period (with its split by the asset type of each
 * ticket's asset) and over each of the 12 months ending with the period's last month.
 */
function effortFigures(prepared: PreparedReview, period: PreventiveOptions['period'], timezone: string): { effort: PreventiveResult['effort']; trend: PreventiveResult['trend'] } {
  const columns = prepared.columns;
  const index = prepared.assetIndex('all');
  const addTicket = (sums: EffortSums, row: number): string | null => {
    const category = labourCategory(columns, row);
    const effort = columns.effortMinutes[row]!;
    if (effort > 0) {
      sums.labourHours += effort / 60;
      if (category === 'preventive') sums.preventiveHours += effort / 60;
    }
    if (category === 'corrective' && prepared.incident[row] === 1) sums.correctiveIncidents++;
    return category;
  };

  const total = new EffortSums();
  const byType = new Map<string, { preventiveHours: number; correctiveIncidents: number }>();
  const inPeriod = prepared.openedIn(period.start, period.end);
  for (let k = 0; k < inPeriod.length; k++) {
    const row = inPeriod[k]!;
    const category = addTicket(total, row);
    const asset = index.ticketAsset[row]!;
    const key = asset < 0 ? UNALLOCATED_KEY : groupKey(index.types[asset]);
    let figures = byType.get(key);
    if (figures === undefined) {
      figures = { preventiveHours: 0, correctiveIncidents: 0 };
      byType.set(key, figures);
    }
    const effort = columns.effortMinutes[row]!;
    if (category === 'preventive' && effort > 0) figures.preventiveHours += effort / 60;
    if (category === 'corrective' && prepared.incident[row] === 1) figures.correctiveIncidents++;
  }
  const typeKeys = [...byType.keys()].sort();
  const byTypeRecord: Record<string, { preventiveHours: number; correctiveIncidents: number }> = {};
  for (const key of typeKeys) setOwn(byTypeRecord, key, byType.get(key)!);

  // The 12 months ending with the month of the period's last instant.
  const [lastYear, lastMonth] = monthKey(period.end - 1, timezone).split('-').map(Number) as [number, number];
  const first = lastYear * 12 + lastMonth - 1 - (TREND_MONTHS - 1);
  const bounds = new Float64Array(TREND_MONTHS + 1);
  const labels: string[] = [];
  for (let m = 0; m <= TREND_MONTHS; m++) {
    const year = Math.floor((first + m) / 12);
    const month = ((first + m) % 12) + 1;
    bounds[m] = localMidnight(year, month, 1, timezone);
    if (m < TREND_MONTHS) labels.push(`${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`);
  }
  const months = labels.map(() => new EffortSums());
  const inTrend = prepared.openedIn(bounds[0]!, bounds[TREND_MONTHS]!);
  for (let k = 0; k < inTrend.length; k++) {
    const row = inTrend[k]!;
    addTicket(months[countAtOrBelow(bounds, prepared.opened[row]!) - 1]!, row);
  }
  return {
    effort: { ...total.figures(), byType: byTypeRecord },
    trend: labels.map((month, m) => ({ month, ...months[m]!.figures() })),
  };
}
