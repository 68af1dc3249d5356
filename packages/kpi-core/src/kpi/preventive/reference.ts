/**
 * Preventive plan compliance, plainly (DESIGN §5 "Preventive plan"): every asset, every task of
 * its plan, every window, every ticket — no index, no cache. Windows come from `@date-fns/tz`'s
 * local calendar, apart from the fast path's day arithmetic. Tests check that
 * `preventiveCompliance` gives exactly these figures.
 */
import { TZDate } from '@date-fns/tz';
import type { Period } from '../../calendar/types.js';
import { foldText } from '../../internal/fold.js';
import { MAINTENANCE_TYPES } from '../../model/fields.js';
import { assetRows, ticketRows } from '../../model/tables.js';
import { policyFor } from '../../policy/parse.js';
import type { PlanPeriodicity, PlanTask } from '../../policy/types.js';
import { NONE_KEY, UNALLOCATED_KEY } from '../common.js';
import type { RecordedColumns, ReviewData } from '../types.js';
import { MAX_LISTED_MISSES, MAX_LISTED_OPEN_WINDOWS, PREVENTIVE_HEATMAP_ROWS, TREND_MONTHS, plansOf } from './preventive.js';
import type { PreventiveResult } from './types.js';

const MONTHS = { month: 1, quarter: 3, half: 6, year: 12 } as const;

/**
 * The windows `[start, end)` of a periodicity wholly inside the period, from the local calendar
 * of `@date-fns/tz`: window k starts at the local midnight of its first day, built from the date
 * (`new TZDate(year, month, day, zone)`, which rolls days and months over as `Date` does).
 */
export function referenceWindows(every: PlanPeriodicity, period: Period, timezone: string): Array<[number, number]> {
  const first = new TZDate(period.start, timezone);
  const [year, month, date] = [first.getFullYear(), first.getMonth(), first.getDate()];
  // The window containing (or starting at) the period's first local day, then the next ones.
  const startOf = (k: number): number =>
    every === 'week'
      ? new TZDate(year, month, date - ((first.getDay() + 6) % 7) + 7 * k, timezone).getTime()
      : new TZDate(year, month - (month % MONTHS[every]) + MONTHS[every] * k, 1, timezone).getTime();
  const windows: Array<[number, number]> = [];
  let k = startOf(0) < period.start ? 1 : 0;
  for (; startOf(k + 1) <= period.end; k++) windows.push([startOf(k), startOf(k + 1)]);
  return windows;
}

const key = (value: string | null | undefined) => (value === null || value === undefined || value === '' ? NONE_KEY : value);
const ratio = (done: number, due: number) => (due === 0 ? null : done / due);
const iso = (ms: number) => new Date(ms).toISOString();
const minute = (ms: number) => Math.floor(ms / 60_000) * 60_000;

/** {@link preventiveCompliance}, row by row: the same result object. */
export function referencePreventiveCompliance(data: ReviewData, options: { period: Period; asOf: number; observedFrom?: number; recorded?: RecordedColumns }): PreventiveResult {
  const { period } = options;
  const asOf = minute(options.asOf);
  const timezone = data.policy.timezone;
  const tickets = ticketRows(data.tickets);
  // The review's assets: the asset file (first row of each id), and the asset ids of the tickets
  // that it lacks (all of them without a file), untyped and in service throughout.
  const file = data.assets !== null && data.assets !== undefined;
  const seen = new Set<string>();
  const fromTickets = [...new Set(tickets.map((t) => t.assetId).filter((id) => id))].map((id) => ({ id, type: null, client: mostFrequentClient(tickets, id!), inServiceDate: null, purchaseDate: null, retiredDate: null }));
  const assets = [...(file ? assetRows(data.assets!) : []), ...fromTickets]
    .filter((a) => a.id && !seen.has(a.id) && seen.add(a.id))
    .sort((a, b) => (a.id! < b.id! ? -1 : a.id! > b.id! ? 1 : 0));

  const result = { ...emptyFigures(), ...effortOf(tickets, assets, period, timezone) } as PreventiveResult;
  // Without a maintenance type on any ticket of the export, preventive work cannot be told apart.
  const typed = options.recorded?.maintenanceType ?? tickets.some((t) => t.maintenanceType !== null && t.maintenanceType !== '');
  if (!typed) {
    result.effort.share = null;
    result.trend = result.trend.map((month) => ({ ...month, share: null }));
    result.notMeasured.push({ figure: 'preventive.effort.share', reason: 'not-recorded' });
  } else if (result.effort.share === null) result.notMeasured.push({ figure: 'preventive.effort.share', reason: 'no-effort' });
  const { plans } = plansOf(data.policy);
  if (plans.every((plan) => plan.length === 0)) {
    result.notMeasured.unshift({ figure: 'preventive', reason: 'no-plan' });
    return result;
  }
  // Every task of every plan, in order; a schedule per task id and periodicity that can be evaluated.
  const tasks = plans.flat();
  const taskIds = [...new Set(tasks.map((t) => t.id))];
  // A task is judged with an asset file (or its own asset ids) and when some ticket of the export
  // carries its category; otherwise the export cannot show it done.
  const known = options.recorded?.categories ?? new Set(tickets.filter((t) => t.category !== null && t.category !== '').map((t) => foldText(t.category!)));
  const categorySeen = (id: string) => tasks.some((t) => t.id === id && (t.assetType === null || file) && known.has(foldText(t.category)));
  const measurable = (t: PlanTask) => (t.assetType === null || file) && categorySeen(t.id);
  const schedules = tasks
    .filter((t, i) => measurable(t) && tasks.findIndex((u) => measurable(u) && u.id === t.id && u.every === t.every) === i)
    .sort((a, b) => taskIds.indexOf(a.id) - taskIds.indexOf(b.id));
  const measured = new Set(tasks.filter(measurable).map((t) => t.id));
  for (const task of tasks) {
    result.byTask[task.id] ??= { title: task.title, every: task.every, category: task.category, assetType: task.assetType, assets: 0, due: null, done: null, compliance: null, notMeasured: null, assetsNotFound: [] };
    const figures = result.byTask[task.id]!;
    // Without the asset file a task by type says so first; else an unknown category says why.
    if (!(task.assetType === null || file)) figures.notMeasured = 'no-assets';
    else if (!categorySeen(task.id) && figures.notMeasured === null) figures.notMeasured = 'unknown-category';
    if (!categorySeen(task.id)) {
      // Not judged, but the assets it applies to are still counted (each definition of the id in an asset's plan).
      figures.assets = assets.reduce((sum, asset) => sum + policyFor(data.policy, asset.client).preventivePlan.filter((t) => t.id === task.id && applies(t, asset, file)).length, 0);
    }
    if (measured.has(task.id)) [figures.due, figures.done] = [0, 0];
    for (const id of task.assetIds ?? []) if (!assets.some((a) => a.id === id) && !figures.assetsNotFound.includes(id)) figures.assetsNotFound.push(id);
  }
  for (const { id: taskId, every, title } of schedules) {
    const windows = referenceWindows(every, period, timezone);
    const observedFrom = options.observedFrom ?? -Infinity;
    const schedule = { taskId, title, every, windows: windows.map(([s, e]) => ({ start: iso(s), end: iso(e), due: 0, done: 0 })), assetCount: 0, assetsWithMisses: 0, assets: [] as PreventiveResult['schedules'][number]['assets'] };
    const misses: PreventiveResult['missed'] = [];
    const open: PreventiveResult['openWindows'] = [];
    for (const asset of assets) {
      const task = policyFor(data.policy, asset.client).preventivePlan.find((t) => t.id === taskId && t.every === every);
      if (task === undefined || !applies(task, asset, file)) continue;
      const inService = asset.inServiceDate ?? asset.purchaseDate ?? -Infinity;
      const retired = asset.retiredDate ?? Infinity;
      let cells = '';
      let due = 0;
      let done = 0;
      windows.forEach(([start, end], w) => {
        const run = tickets.some((t) => t.maintenanceType === 'preventive' && t.statusClass !== 'cancelled' && t.assetId === asset.id && t.category !== null && foldText(t.category) === foldText(task.category) && t.openedAt !== null && minute(t.openedAt) >= start && minute(t.openedAt) < end);
        const entry = { taskId, assetId: asset.id!, client: asset.client, windowStart: iso(start), windowEnd: iso(end) };
        if (!(inService <= start && end <= retired)) return void (cells += 'o');
        if (start <= asOf && asOf < end) open.push({ ...entry, done: run });
        if (end > asOf) return void (cells += run ? 'd' : 'n');
        // A window that starts before the data is judged only by a run in it: the export cannot
        // say that it was missed, but a run it holds is evidence that it was done.
        if (start < observedFrom && !run) return void (cells += 'n');
        due++;
        schedule.windows[w]!.due++;
        if (run) {
          done++;
          schedule.windows[w]!.done++;
        } else misses.push(entry);
        cells += run ? 'd' : 'm';
      });
      schedule.assetCount++;
      if (due > done) schedule.assetsWithMisses++;
      schedule.assets.push({ assetId: asset.id!, client: asset.client, type: asset.type, due, done, cells });
      for (const [groups, group] of [[result.byType, key(asset.type)], [result.byClient, key(asset.client)]] as const) {
        groups[group] ??= { due: 0, done: 0, compliance: null };
        groups[group].due += due;
        groups[group].done += done;
      }
      result.byTask[taskId]!.assets++;
      result.byTask[taskId]!.due! += due;
      result.byTask[taskId]!.done! += done;
    }
    // Most misses first, then asset id (the assets' order).
    schedule.assets = schedule.assets.map((row, order) => ({ row, order })).sort((a, b) => b.row.due - b.row.done - (a.row.due - a.row.done) || a.order - b.order).map(({ row }) => row).slice(0, PREVENTIVE_HEATMAP_ROWS);
    result.schedules.push(schedule);
    // Misses and open windows by window, then asset id (stable sort: the assets were visited in id order).
    const byWindow = (a: { windowStart: string }, b: { windowStart: string }) => (a.windowStart < b.windowStart ? -1 : a.windowStart > b.windowStart ? 1 : 0);
    result.missedCount += misses.length;
    result.missed.push(...misses.sort(byWindow));
    result.openWindowCount += open.length;
    result.openWindowsDone += open.filter((o) => o.done).length;
    result.openWindows.push(...open);
  }
  result.missed = result.missed.slice(0, MAX_LISTED_MISSES);
  result.openWindows = result.openWindows.slice(0, MAX_LISTED_OPEN_WINDOWS);

  for (const [id, figures] of Object.entries(result.byTask)) {
    figures.compliance = figures.due === null ? null : ratio(figures.done!, figures.due);
    if (figures.notMeasured !== null) result.notMeasured.push({ figure: `preventive.byTask.${id}`, reason: figures.notMeasured });
  }
  for (const group of [...Object.values(result.byType), ...Object.values(result.byClient)]) group.compliance = ratio(group.done, group.due);
  result.byType = sortedRecord(result.byType);
  result.byClient = sortedRecord(result.byClient);
  const dues = Object.values(result.byTask).filter((t) => t.due !== null);
  if (dues.length > 0) {
    result.due = dues.reduce((sum, t) => sum + t.due!, 0);
    result.done = dues.reduce((sum, t) => sum + t.done!, 0);
    result.compliance = ratio(result.done, result.due);
  }
  if (dues.length === 0) result.notMeasured.push({ figure: 'preventive.compliance', reason: tasks.some((t) => !(t.assetType === null || file)) ? 'no-assets' : 'unknown-category' });
  else if (result.due === 0) result.notMeasured.push({ figure: 'preventive.compliance', reason: 'nothing-due' });
  return result;
}

/** A task applies to an asset of its type (ignoring case and accents; needs the asset file) or that it names. */
function applies(task: PlanTask, asset: { id: string | null; type: string | null }, file: boolean): boolean {
  if (task.assetType !== null) return file && asset.type !== null && foldText(asset.type) === foldText(task.assetType);
  return task.assetIds!.includes(asset.id!);
}

function mostFrequentClient(tickets: ReturnType<typeof ticketRows>, assetId: string): string | null {
  const counts = new Map<string, number>();
  for (const t of tickets) if (t.assetId === assetId && t.client) counts.set(t.client, (counts.get(t.client) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? null;
}

function sortedRecord<V>(record: Record<string, V>): Record<string, V> {
  return Object.fromEntries(Object.entries(record).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

function emptyFigures(): Omit<PreventiveResult, 'effort' | 'trend'> {
  return { due: null, done: null, compliance: null, byTask: {}, byType: {}, byClient: {}, schedules: [], missed: [], missedCount: 0, openWindows: [], openWindowCount: 0, openWindowsDone: 0, notMeasured: [] };
}

/** Preventive hours, all labour hours and corrective incidents of the tickets opened in the period and in each of the 12 months. */
function effortOf(tickets: ReturnType<typeof ticketRows>, assets: Array<{ id: string | null; type: string | null }>, period: Period, timezone: string) {
  const category = (t: (typeof tickets)[number]) =>
    (MAINTENANCE_TYPES as readonly (string | null)[]).includes(t.maintenanceType) ? t.maintenanceType : t.type === null || t.type === 'incident' ? 'corrective' : 'unclassified';
  const isIncident = (t: (typeof tickets)[number]) => t.type === null || t.type === 'incident';
  const figures = (from: number, to: number) => {
    const inRange = tickets.filter((t) => t.openedAt !== null && minute(t.openedAt) >= from && minute(t.openedAt) < to);
    const preventiveHours = inRange.reduce((sum, t) => (category(t) === 'preventive' && t.effortMinutes! > 0 ? sum + t.effortMinutes! / 60 : sum), 0);
    const labourHours = inRange.reduce((sum, t) => (t.effortMinutes! > 0 ? sum + t.effortMinutes! / 60 : sum), 0);
    const correctiveIncidents = inRange.filter((t) => category(t) === 'corrective' && isIncident(t)).length;
    return { inRange, figures: { preventiveHours, labourHours, share: labourHours > 0 ? preventiveHours / labourHours : null, correctiveIncidents } };
  };
  const { inRange, figures: total } = figures(period.start, period.end);
  const byType: PreventiveResult['effort']['byType'] = {};
  for (const t of inRange) {
    // The type of the ticket's asset: (unallocated) without an asset, (none) when untyped or not in the asset file.
    const group = t.assetId === null || t.assetId === '' ? UNALLOCATED_KEY : key(assets.find((a) => a.id === t.assetId)?.type);
    byType[group] ??= { preventiveHours: 0, correctiveIncidents: 0 };
    if (category(t) === 'preventive' && t.effortMinutes! > 0) byType[group].preventiveHours += t.effortMinutes! / 60;
    if (category(t) === 'corrective' && isIncident(t)) byType[group].correctiveIncidents = (byType[group].correctiveIncidents ?? 0) + 1;
  }
  const last = new TZDate(period.end - 1, timezone);
  const trend = Array.from({ length: TREND_MONTHS }, (_, m) => {
    const start = new TZDate(last.getFullYear(), last.getMonth() + m - (TREND_MONTHS - 1), 1, timezone);
    const end = new TZDate(last.getFullYear(), last.getMonth() + m - (TREND_MONTHS - 1) + 1, 1, timezone);
    const month = `${start.getFullYear()}-${String(start.getMonth() + 1).padStart(2, '0')}`;
    return { month, ...figures(start.getTime(), end.getTime()).figures };
  });
  return { effort: { ...total, byType: sortedRecord(byType) }, trend };
}
