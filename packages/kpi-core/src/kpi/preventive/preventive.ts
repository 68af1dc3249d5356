/**
 * Preventive plan compliance (DESIGN §5 "Preventive plan"): the fast path. It counts windows
 * per (task, asset) pair with a few binary searches — the windows an asset is due form one run
 * of consecutive windows — and visits only the preventive tickets, so 100,000 assets under a
 * weekly task cost no object per window. `reference.ts` computes the same figures row by row.
 */
import { dayStart, localDay } from '../../calendar/local.js';
import { civilOfDay, daysFromCivil } from '../../internal/civil.js';
import { isMaintenanceType } from '../../model/fields.js';
import { foldText } from '../../internal/fold.js';
import { stringOrder } from '../../internal/order.js';
import type { PlanTask, Policy } from '../../policy/types.js';
import { assetDate, inServiceOf } from '../assets.js';
import { assertKpiOptions, categoriesOf, groupKey, isoOrNull, observedStart, setOwn, UNALLOCATED_KEY } from '../common.js';
import { indexPart, preparedFor, type PreparedAssets, type PreparedReview } from '../prepared.js';
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
/** Open windows listed one by one; `openWindowCount` counts them all. */
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
  /**
   * First window that can be missed: the first in service that starts at or after `observedFrom`.
   * The earlier windows in service are due only when done (a run is evidence; a missing one is not).
   */
  missFrom: Int32Array;
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
 *   after the window end) and ends at or before asOf — and, when it starts before `observedFrom`
 *   (the data start later in it), only when it was done: the export cannot show it missed, but a
 *   run it holds is evidence;
 * - it is **done** when a ticket with `maintenanceType` preventive, that asset, and the task's
 *   `category` (ignoring case and accents) was opened inside it (`[start, end)`, at the minute);
 *   several runs count once; a cancelled ticket (`statusClass` cancelled) is no run.
 * compliance = done ÷ due (null when nothing is due), in total, per task, per asset type and per
 * client (the asset's); the missed windows; the windows of the period still open at asOf; and
 * beside them the planned-maintenance share = preventive labour hours ÷ all labour hours of the
 * tickets opened in the period, with the corrective incidents, and its trend over the 12 months
 * ending with the period's last month.
 *
 * The assets are the asset file's, plus the asset ids that tickets name but the file lacks
 * (untyped, in service throughout, with the most frequent client of their tickets, as reliability
 * counts them). Without an asset file the types are unknown: a task by asset type is then not
 * measured (`no-assets`). An asset id a task names that is neither in the file nor on any ticket
 * is listed in `assetsNotFound` and not evaluated.
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
  const figures = effortFigures(prepared, options.period, timezone);
  // No ticket of the export says what kind of maintenance it was (Zammad, Freshdesk, ServiceNow…):
  // preventive work cannot be told apart, so its share is not measured rather than "0 %".
  const typed = prepared.recorded(options.recorded).maintenanceType;
  const effort = typed ? figures.effort : { ...figures.effort, share: null };
  const trend = typed ? figures.trend : figures.trend.map((month) => ({ ...month, share: null }));
  const notMeasured: PreventiveResult['notMeasured'] = [];
  if (!typed) notMeasured.push({ figure: 'preventive.effort.share', reason: 'not-recorded' });
  else if (effort.share === null) notMeasured.push({ figure: 'preventive.effort.share', reason: 'no-effort' });

  // What does not depend on the period: the same for both periods of a report.
  const setup = prepared.part(PLAN_SETUP);
  if (setup === null) {
    notMeasured.unshift({ figure: 'preventive', reason: 'no-plan' });
    return emptyPreventive(effort, trend, notMeasured);
  }
  const { index } = setup;
  // A task whose category no ticket of the export carries cannot be found done: not measured.
  const categories = prepared.recorded(options.recorded).categories ?? categoriesOf(data.tickets);
  const unknown = new Set(setup.tasks.filter((task) => task.measured && !task.categories.some((category) => categories.has(category))).map((task) => task.first.id));
  const tasks = setup.tasks.map((task) => (unknown.has(task.first.id) ? { ...task, measured: false, notMeasured: task.notMeasured ?? ('unknown-category' as const) } : task));
  const asOf = prepared.asOf;
  const byTask = new Map<string, PreventiveTaskFigures>();
  for (const task of tasks) {
    const { id, title, every, category, assetType } = task.first;
    const measured = task.measured ? 0 : null;
    byTask.set(id, { title, every, category, assetType, assets: task.assets, due: measured, done: measured, compliance: null, notMeasured: task.notMeasured, assetsNotFound: task.assetsNotFound.slice() });
  }

  const windowsOf = new Map<string, PlanWindows>();
  const schedules: Schedule[] = setup.schedules.filter((schedule) => !unknown.has(schedule.taskId)).map((schedule) => {
    let windows = windowsOf.get(schedule.every);
    if (windows === undefined) {
      windows = planWindows(schedule.every, options.period, timezone);
      windowsOf.set(schedule.every, windows);
    }
    return { ...schedule, windows };
  });
  const typeDue = new Float64Array(setup.typeKeys.length);
  const typeDone = new Float64Array(setup.typeKeys.length);
  const typeSeen = new Uint8Array(setup.typeKeys.length);
  const clientDue = new Float64Array(setup.clientKeys.length);
  const clientDone = new Float64Array(setup.clientKeys.length);
  const clientSeen = new Uint8Array(setup.clientKeys.length);
  let due = 0;
  let done = 0;
  const states: PairState[] = [];
  for (const schedule of schedules) {
    const state = judgeSchedule(schedule, index, setup.runs, asOf, observedStart(options));
    states.push(state);
    const figures = byTask.get(schedule.taskId)!;
    for (let p = 0; p < schedule.rows.length; p++) {
      const row = schedule.rows[p]!;
      const pairDue = state.due[p]!;
      const pairDone = state.done[p]!;
      figures.due! += pairDue;
      figures.done! += pairDone;
      const type = setup.typeGroup[row]!;
      typeDue[type]! += pairDue;
      typeDone[type]! += pairDone;
      typeSeen[type] = 1;
      const client = setup.clientGroup[row]!;
      clientDue[client]! += pairDue;
      clientDone[client]! += pairDone;
      clientSeen[client] = 1;
    }
  }
  const measured = tasks.some((task) => task.measured);
  for (const [id, figures] of byTask) {
    figures.compliance = ratio(figures.done, figures.due);
    if (figures.due !== null) {
      due += figures.due;
      done += figures.done!;
    }
    if (figures.notMeasured !== null) notMeasured.push({ figure: `preventive.byTask.${id}`, reason: figures.notMeasured });
  }
  // No task judged: for want of an asset file, else (every task's category unknown) of tickets.
  if (!measured) notMeasured.push({ figure: 'preventive.compliance', reason: tasks.some((task) => task.notMeasured === 'no-assets') ? 'no-assets' : 'unknown-category' });
  else if (due === 0) notMeasured.push({ figure: 'preventive.compliance', reason: 'nothing-due' });

  const { missed, missedCount, openWindows, openWindowCount, openWindowsDone } = listWindows(schedules, states, index, asOf);
  return {
    due: measured ? due : null,
    done: measured ? done : null,
    compliance: measured ? ratio(done, due) : null,
    byTask: asRecord([...byTask.keys()], byTask),
    byType: groupFigures(setup.typeKeys, setup.typeOrder, typeDue, typeDone, typeSeen),
    byClient: groupFigures(setup.clientKeys, setup.clientOrder, clientDue, clientDone, clientSeen),
    schedules: schedules.map((schedule, s) => scheduleResult(schedule, states[s]!, index)),
    missed,
    missedCount,
    openWindows,
    openWindowCount,
    openWindowsDone,
    effort,
    trend,
    notMeasured,
  };
}

/** One task id across the plans: its first definition, and whether and on how many assets it is judged. */
interface TaskSetup {
  first: PlanTask;
  /** True when at least one plan's definition can be evaluated (by ids, or by type with an asset file). */
  measured: boolean;
  notMeasured: PreventiveReason | null;
  assets: number;
  assetsNotFound: string[];
  /** The task's categories in the plans that judge it, folded. */
  categories: string[];
}

/** The period-independent part of the plan: tasks, schedules with their pairs, runs, group codes. */
interface PlanSetup {
  index: PreparedAssets;
  tasks: TaskSetup[];
  /** The schedules (task id × periodicity) without their windows, in report order. */
  schedules: Array<Omit<Schedule, 'windows'>>;
  runs: Runs;
  /** Group code of each asset row by type and by client (`groupKey`), the keys, and the keys' sorted order. */
  typeGroup: Int32Array;
  typeKeys: string[];
  typeOrder: Int32Array;
  clientGroup: Int32Array;
  clientKeys: string[];
  clientOrder: Int32Array;
}

/** Everything {@link preventiveCompliance} needs that does not depend on the period; null without a plan. */
/** {@link planSetup}, once per preparation. */
const PLAN_SETUP = indexPart('preventive plan setup', planSetup);

function planSetup(prepared: PreparedReview): PlanSetup | null {
  const policy = prepared.policy;
  const { plans, planOfClient } = plansOf(policy);
  if (plans.every((plan) => plan.length === 0)) return null;
  // The assets: the asset file's, and (as reliability counts them) the ids that tickets name but
  // the file lacks, in service throughout, with the most frequent client of their tickets.
  const index = prepared.assetIndex('all');
  const measurable = index.source === 'file';
  // Asset rows in asset-id order: the order of every asset list of the result.
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

  // Every task of every plan, and the scopes of those that can be evaluated.
  const tasks = new Map<string, TaskSetup>();
  const taskIndex = new Map<string, number>();
  const scopes: Scope[] = [];
  const typeBuckets = measurable ? assetsByPlanAndType(index, order, planOf) : new Map<string, number[]>();
  plans.forEach((plan, p) => {
    for (const task of plan) {
      let setup = tasks.get(task.id);
      if (setup === undefined) {
        setup = { first: task, measured: false, notMeasured: null, assets: 0, assetsNotFound: [], categories: [] };
        tasks.set(task.id, setup);
        taskIndex.set(task.id, taskIndex.size);
      }
      let rows: number[];
      if (task.assetType !== null) {
        if (!measurable) {
          setup.notMeasured = 'no-assets';
          continue;
        }
        rows = typeBuckets.get(`${p}\u0000${foldText(task.assetType)}`) ?? [];
      } else {
        rows = [];
        for (const id of task.assetIds!) {
          const row = index.rowOf.get(id);
          if (row === undefined) {
            if (!setup.assetsNotFound.includes(id)) setup.assetsNotFound.push(id);
          } else if (planOf[row] === p) rows.push(row);
        }
        rows.sort((a, b) => rank[a]! - rank[b]!);
      }
      setup.measured = true;
      setup.assets += rows.length;
      setup.categories.push(foldText(task.category));
      scopes.push({ plan: p, task, category: codeOf(task.category), rows });
    }
  });

  const groupsOf = (values: readonly (string | null | undefined)[]) => {
    const keys: string[] = [];
    const codes = new Map<string, number>();
    const group = Int32Array.from(values, (value) => {
      const key = groupKey(value);
      let code = codes.get(key);
      if (code === undefined) {
        code = keys.length;
        codes.set(key, code);
        keys.push(key);
      }
      return code;
    });
    return { group, keys, order: stringOrder(keys) };
  };
  const types = groupsOf(index.types);
  const clients = groupsOf(index.clients);
  return {
    index,
    tasks: [...tasks.values()],
    schedules: schedulesOf(scopes, taskIndex, rank),
    runs: preventiveRuns(prepared, index, categoryCode),
    typeGroup: types.group,
    typeKeys: types.keys,
    typeOrder: types.order,
    clientGroup: clients.group,
    clientKeys: clients.keys,
    clientOrder: clients.order,
  };
}

/** The groups given a pair, in key order, with their compliance. */
function groupFigures(keys: readonly string[], order: Int32Array, due: Float64Array, done: Float64Array, seen: Uint8Array): Record<string, PlanFigures> {
  const out: Record<string, PlanFigures> = {};
  for (let k = 0; k < order.length; k++) {
    const group = order[k]!;
    if (seen[group] === 1) setOwn(out, keys[group]!, { due: due[group]!, done: done[group]!, compliance: ratio(done[group]!, due[group]!) });
  }
  return out;
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

/** A preventive result with nothing to count: no window due, no list, the given effort and trend. */
export function emptyPreventive(
  effort: PreventiveResult['effort'] = { preventiveHours: null, labourHours: null, share: null, correctiveIncidents: null, byType: {} },
  trend: PreventiveResult['trend'] = [],
  notMeasured: PreventiveResult['notMeasured'] = [],
): PreventiveResult {
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
    openWindows: [],
    openWindowCount: 0,
    openWindowsDone: 0,
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
function schedulesOf(scopes: readonly Scope[], taskIndex: Map<string, number>, rank: Int32Array): Array<Omit<Schedule, 'windows'>> {
  const grouped = new Map<string, Scope[]>();
  for (const scope of scopes) {
    const key = `${scope.task.id}\u0000${scope.task.every}`;
    const list = grouped.get(key);
    if (list === undefined) grouped.set(key, [scope]);
    else list.push(scope);
  }
  const out: Array<Omit<Schedule, 'windows'>> = [];
  for (const list of grouped.values()) {
    const { task } = list[0]!;
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
      rows: Int32Array.from(pairOrder, (k) => rows[k]!),
      categories: Int32Array.from(pairOrder, (k) => categories[k]!),
    });
  }
  // Stable: schedules of one task keep their order of first appearance.
  return out.sort((a, b) => a.taskIndex - b.taskIndex);
}

/** The preventive runs: for each (asset row, task category) pair, the opening instants of its preventive tickets, ascending. */
interface Runs {
  /** Opening instants (at the minute) of the runs of pair `row × categories + category`: `opened[start[pair], start[pair + 1])`. */
  start: Int32Array;
  opened: Float64Array;
  categories: number;
}

/**
 * Tickets with `maintenanceType` preventive, an asset of the index, and a category that folds
 * to a task's category, bucketed by (asset, category) and ordered by opening within each bucket.
 */
function preventiveRuns(prepared: PreparedReview, index: PreparedAssets, categoryCode: Map<string, number>): Runs {
  const { codes, values } = prepared.stringCodes('category');
  const codeOfValue = Int32Array.from(values, (value) => categoryCode.get(foldText(value)) ?? -1);
  const { codes: maintenanceCodes, values: maintenanceValues } = prepared.stringCodes('maintenanceType');
  const preventive = maintenanceValues.indexOf('preventive');
  const categories = categoryCode.size;
  const bucketOf = new Int32Array(prepared.rows).fill(-1);
  if (preventive >= 0) {
    for (let row = 0; row < prepared.rows; row++) {
      // A cancelled run was not done (DESIGN §3: cancelled tickets only count in volumes).
      if (maintenanceCodes[row] !== preventive || prepared.cancelled[row] === 1) continue;
      const asset = index.ticketAsset[row]!;
      const value = codes[row]!;
      const category = value < 0 ? -1 : codeOfValue[value]!;
      if (asset >= 0 && category >= 0) bucketOf[row] = asset * categories + category;
    }
  }
  const { start, opened } = prepared.bucketByOpening(bucketOf, index.count * categories);
  return { start, opened, categories };
}

/** Due and done windows of each pair of a schedule. */
function judgeSchedule(schedule: Schedule, index: PreparedAssets, runs: Runs, asOf: number, observedFrom: number): PairState {
  const { starts, ends } = schedule.windows;
  const windows = starts.length;
  const pairs = schedule.rows.length;
  // Windows ending at or before asOf: the only ones that can be due.
  const endedByAsOf = countAtOrBelow(ends, asOf);
  // Windows starting before the data: due only when done.
  const unobserved = countBelow(starts, observedFrom);
  const serviceFrom = new Int32Array(pairs);
  const missFrom = new Int32Array(pairs);
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
    const missable = Math.min(dueEnd, Math.max(from, unobserved));
    serviceFrom[p] = from;
    missFrom[p] = missable;
    serviceTo[p] = to;
    dueTo[p] = dueEnd;
    due[p] = dueEnd - missable;
    dueChange[missable]!++;
    dueChange[dueEnd]!--;
    doneFrom[p] = doneWindows.length;
    const bucket = row * runs.categories + schedule.categories[p]!;
    const runsFrom = runs.start[bucket]!;
    const runsTo = runs.start[bucket + 1]!;
    if (windows > 0 && runsTo > runsFrom) {
      const first = starts[0]!;
      const last = ends[windows - 1]!;
      let previous = -1;
      for (let r = runsFrom; r < runsTo; r++) {
        const at = runs.opened[r]!;
        if (at < first || at >= last) continue;
        const w = countAtOrBelow(starts, at) - 1; // windows are contiguous: at < ends[w]
        if (w === previous) continue;
        previous = w;
        doneWindows.push(w);
        if (w >= from && w < dueEnd) {
          done[p]!++;
          windowDone[w]!++;
          // Before the data, a done window is due because it was done.
          if (w < missable) {
            due[p]!++;
            dueChange[w]!++;
            dueChange[w + 1]!--;
          }
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
  return { serviceFrom, missFrom, serviceTo, dueTo, doneFrom, doneWindows: Int32Array.from(doneWindows), due, done, windowDue, windowDone };
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
        if (w >= state.missFrom[p]! && w < state.dueTo[p]! && !isDone(state, p, w)) missed.push(entry(p, w));
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
  return { missed, missedCount, openWindows: open, openWindowCount: openCount, openWindowsDone: openDone };
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
      else cells += w >= state.missFrom[p]! && w < state.dueTo[p]! ? 'm' : 'n';
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

  /** Adds a ticket's effort and labour class (see {@link ticketClasses}). */
  add(effortMinutes: number, labour: number): void {
    if (effortMinutes > 0) {
      this.labourHours += effortMinutes / 60;
      if (labour === PREVENTIVE) this.preventiveHours += effortMinutes / 60;
    }
    if (labour === CORRECTIVE_INCIDENT) this.correctiveIncidents++;
  }

  figures(): PreventiveEffortFigures {
    return {
      preventiveHours: this.preventiveHours,
      labourHours: this.labourHours,
      share: this.labourHours > 0 ? this.preventiveHours / this.labourHours : null,
      correctiveIncidents: this.correctiveIncidents,
    };
  }
}

/** Labour classes of a ticket: preventive work, a corrective incident, anything else. */
const PREVENTIVE = 1;
const CORRECTIVE_INCIDENT = 2;

/** {@link ticketClasses} in the policy's time zone, once per preparation. */
const TICKET_CLASSES = indexPart('preventive ticket classes', (prepared) => ticketClasses(prepared, prepared.policy.timezone));

/**
 * Per ticket: its labour class (`labourCategory` preventive; corrective and an incident; other)
 * and the asset-type group of its asset (the last group, `(unallocated)`, for a ticket without
 * asset); and the effort sums of each local month of the data.
 */
function ticketClasses(prepared: PreparedReview, timezone: string) {
  const columns = prepared.columns;
  const index = prepared.assetIndex('all');
  // labourCategory: the maintenance type when it is one, else corrective for an incident. So a
  // preventive ticket is preventive work, an evolutive or proactive one neither, and any other
  // (corrective, none, unknown) a corrective incident when it is an incident.
  const { codes: maintenanceCodes, values } = prepared.stringCodes('maintenanceType');
  const neither = values.map((value) => isMaintenanceType(value) && value !== 'corrective' && value !== 'preventive');
  const preventive = values.indexOf('preventive');
  const typeKeys: string[] = [];
  const typeCodes = new Map<string, number>();
  const groupOfAsset = Int32Array.from(index.types, (type) => {
    const key = groupKey(type);
    let code = typeCodes.get(key);
    if (code === undefined) {
      code = typeKeys.length;
      typeCodes.set(key, code);
      typeKeys.push(key);
    }
    return code;
  });
  const unallocated = typeKeys.length;
  typeKeys.push(UNALLOCATED_KEY);
  const labour = new Uint8Array(prepared.rows);
  const typeOf = new Int32Array(prepared.rows);
  // The span of the opening instants, for the months below.
  let first = Infinity;
  let last = -Infinity;
  for (let row = 0; row < prepared.rows; row++) {
    const code = maintenanceCodes[row]!;
    if (code >= 0 && code === preventive) labour[row] = PREVENTIVE;
    else if ((code < 0 || !neither[code]) && prepared.incident[row] === 1) labour[row] = CORRECTIVE_INCIDENT;
    const asset = index.ticketAsset[row]!;
    typeOf[row] = asset < 0 ? unallocated : groupOfAsset[asset]!;
    const opened = prepared.opened[row]!;
    if (opened < first) first = opened;
    if (opened > last) last = opened;
  }
  // Sums per local month, each in table order (as the reference sums one month's tickets): the
  // month of a ticket by a binary search among the month starts of the data's span (a local
  // date per ticket costs ten times more).
  const byMonth = new Map<number, EffortSums>();
  if (first <= last) {
    const firstMonth = monthOf(first, timezone);
    const months = monthOf(last, timezone) - firstMonth + 1;
    const bounds = Float64Array.from({ length: months + 1 }, (_, m) => monthStart(firstMonth + m, timezone));
    const sums = Array.from({ length: months }, () => new EffortSums());
    for (let row = 0; row < prepared.rows; row++) {
      const opened = prepared.opened[row]!;
      if (opened === opened) sums[countAtOrBelow(bounds, opened) - 1]!.add(columns.effortMinutes[row]!, labour[row]!);
    }
    sums.forEach((month, m) => byMonth.set(firstMonth + m, month));
  }
  return { labour, typeOf, typeKeys, byMonth };
}

/** The local month of an instant, as months since January of year 0. */
function monthOf(instant: number, timezone: string): number {
  const { year, month } = civilOfDay(localDay(instant, timezone));
  return year * 12 + month - 1;
}

/** The instant a local month (months since January of year 0) starts. */
function monthStart(month: number, timezone: string): number {
  return dayStart(daysFromCivil(Math.floor(month / 12), (month % 12) + 1, 1), timezone);
}

/**
 * The planned-maintenance share over the period (with its split by the asset type of each
 * ticket's asset) and over each of the 12 months ending with the period's last month.
 */
function effortFigures(prepared: PreparedReview, period: PreventiveOptions['period'], timezone: string): { effort: PreventiveResult['effort']; trend: PreventiveResult['trend'] } {
  const { labour, typeOf, typeKeys, byMonth } = prepared.part(TICKET_CLASSES);
  const effortMinutes = prepared.columns.effortMinutes;
  const total = new EffortSums();
  const preventiveByType = new Float64Array(typeKeys.length);
  const correctiveByType = new Float64Array(typeKeys.length);
  const seen = new Uint8Array(typeKeys.length);
  const inPeriod = prepared.openedIn(period.start, period.end);
  for (let k = 0; k < inPeriod.length; k++) {
    const row = inPeriod[k]!;
    const effort = effortMinutes[row]!;
    const kind = labour[row]!;
    total.add(effort, kind);
    const type = typeOf[row]!;
    seen[type] = 1;
    if (kind === PREVENTIVE && effort > 0) preventiveByType[type]! += effort / 60;
    if (kind === CORRECTIVE_INCIDENT) correctiveByType[type]!++;
  }
  const byType: Record<string, { preventiveHours: number; correctiveIncidents: number }> = {};
  const order = stringOrder(typeKeys);
  for (let k = 0; k < order.length; k++) {
    const type = order[k]!;
    if (seen[type] === 1) setOwn(byType, typeKeys[type]!, { preventiveHours: preventiveByType[type]!, correctiveIncidents: correctiveByType[type]! });
  }

  // The 12 months ending with the month of the period's last instant.
  const last = monthOf(period.end - 1, timezone);
  const trend: PreventiveResult['trend'] = [];
  for (let m = last - (TREND_MONTHS - 1); m <= last; m++) {
    const label = `${String(Math.floor(m / 12)).padStart(4, '0')}-${String((m % 12) + 1).padStart(2, '0')}`;
    trend.push({ month: label, ...(byMonth.get(m) ?? new EffortSums()).figures() });
  }
  return { effort: { ...total.figures(), byType }, trend };
}
