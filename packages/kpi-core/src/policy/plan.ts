/**
 * The preventive maintenance plan (DESIGN §2 `preventivePlan`): validation of the policy's JSON
 * tasks, the plan as a small CSV file, and a policy whose plan is replaced by another.
 */
import { decodeBytes } from '../ingest/decode.js';
import { detectDelimiter, parseCsv } from '../ingest/csv.js';
import { RevueError } from '../internal/errors.js';
import { PLAN_PERIODICITIES, type PlanPeriodicity, type PlanTask, type Policy } from './types.js';

const TASK_KEYS = ['id', 'title', 'assetType', 'assetIds', 'category', 'every'] as const;
const EVERY_HINT = `use ${PLAN_PERIODICITIES.slice(0, -1).join(', ')} or ${PLAN_PERIODICITIES.at(-1)}`;

function show(value: unknown): string {
  if (value === undefined) return 'undefined';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function isPeriodicity(value: unknown): value is PlanPeriodicity {
  return (PLAN_PERIODICITIES as readonly unknown[]).includes(value);
}

/** One problem of a task: the field it is in (null for the task as a whole) and the message. */
interface TaskProblem {
  field: (typeof TASK_KEYS)[number] | null;
  message: string;
}

/**
 * The checks a task passes, whether it came from JSON or from a CSV row: a non-empty id and
 * category, a known periodicity, and exactly one scope (an asset type, or a non-empty list of
 * asset ids). Returns the task, or the first problem.
 */
function checkTask(given: {
  id: unknown;
  title: unknown;
  assetType: unknown;
  assetIds: unknown;
  category: unknown;
  every: unknown;
}): PlanTask | TaskProblem {
  const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() !== '' ? value.trim() : null);
  /** Why a required text is unusable: missing, empty, or not text. */
  const why = (value: unknown, hint = ''): string =>
    (value === undefined ? 'is missing' : typeof value === 'string' ? 'is empty' : `${show(value)} is not a non-empty string`) + hint;
  const id = text(given.id);
  if (id === null) return { field: 'id', message: why(given.id) };
  const category = text(given.category);
  if (category === null) return { field: 'category', message: why(given.category, ' (the category of the preventive tickets that record a run)') };
  const every = typeof given.every === 'string' ? given.every.trim().toLowerCase() : given.every;
  if (!isPeriodicity(every)) {
    const raw = given.every;
    const message = raw === undefined || (typeof raw === 'string' && raw.trim() === '') ? `${why(raw)} (${EVERY_HINT})` : `${show(raw)} is not a periodicity (${EVERY_HINT})`;
    return { field: 'every', message };
  }
  let title = id;
  if (given.title !== undefined && given.title !== null) {
    if (typeof given.title !== 'string') return { field: 'title', message: `${show(given.title)} is not a string` };
    if (given.title.trim() !== '') title = given.title.trim();
  }
  const hasType = given.assetType !== undefined && given.assetType !== null && !(typeof given.assetType === 'string' && given.assetType.trim() === '');
  const hasIds = given.assetIds !== undefined && given.assetIds !== null;
  if (hasType && hasIds) return { field: null, message: 'has both assetType and assetIds: give one of them' };
  if (!hasType && !hasIds) return { field: null, message: 'has no scope: give assetType (every asset of a type) or assetIds (a list of assets)' };
  if (hasType) {
    const assetType = text(given.assetType);
    if (assetType === null) return { field: 'assetType', message: why(given.assetType) };
    return { id, title, assetType, assetIds: null, category, every };
  }
  if (!Array.isArray(given.assetIds)) return { field: 'assetIds', message: `${show(given.assetIds)} is not a list of asset ids` };
  const assetIds: string[] = [];
  for (const [i, value] of given.assetIds.entries()) {
    const assetId = text(value);
    if (assetId === null) return { field: 'assetIds', message: `item ${i + 1} ${why(value)}` };
    if (!assetIds.includes(assetId)) assetIds.push(assetId);
  }
  if (assetIds.length === 0) return { field: 'assetIds', message: 'is empty: name at least one asset, or use assetType' };
  return { id, title, assetType: null, assetIds, category, every };
}

function isProblem(value: PlanTask | TaskProblem): value is TaskProblem {
  return 'message' in value;
}

/**
 * Validates the `preventivePlan` of a policy document (the tasks as JSON), naming the path of
 * the first problem, e.g. `policy.preventivePlan[2].every: "fortnight" is not a periodicity (use
 * week, month, quarter, half or year)`.
 *
 * @throws RevueError (code `policy`)
 * @example
 * planAt([{ id: 'fw', assetIds: ['FW-0'], category: 'Security', every: 'week' }], 'policy.preventivePlan');
 * // [{ id: 'fw', title: 'fw', assetType: null, assetIds: ['FW-0'], category: 'Security', every: 'week' }]
 */
export function planAt(value: unknown, path: string): PlanTask[] {
  const fail = (where: string, message: string): never => {
    throw new RevueError('policy', `${where}: ${message}`);
  };
  if (!Array.isArray(value)) fail(path, `${show(value)} is not a list of tasks`);
  const tasks: PlanTask[] = [];
  const firstOf = new Map<string, number>();
  (value as unknown[]).forEach((item, i) => {
    const where = `${path}[${i}]`;
    if (item === null || typeof item !== 'object' || Array.isArray(item)) fail(where, `${show(item)} is not a task object`);
    const object = item as Record<string, unknown>;
    const unknown = Object.keys(object).filter((key) => !(TASK_KEYS as readonly string[]).includes(key));
    if (unknown.length > 0) {
      fail(where, `unknown key${unknown.length > 1 ? 's' : ''} ${unknown.map((k) => `"${k}"`).join(', ')} (known: ${TASK_KEYS.join(', ')})`);
    }
    const task = checkTask(object as Parameters<typeof checkTask>[0]);
    if (isProblem(task)) fail(task.field === null ? where : `${where}.${task.field}`, task.message);
    const checked = task as PlanTask;
    const first = firstOf.get(checked.id);
    if (first !== undefined) fail(`${where}.id`, `"${checked.id}" is already the id of ${path}[${first}] (task ids must be unique)`);
    firstOf.set(checked.id, i);
    tasks.push(checked);
  });
  return tasks;
}

/** Options of {@link parsePlanCsv}. */
export interface ParsePlanCsvOptions {
  /** The file name, named by every error (`RevueError.file`). Default `plan.csv`. */
  fileName?: string;
}

/**
 * Reads a preventive plan from a small CSV file with the columns of a task: `id`, `title`,
 * `assetType`, `assetIds`, `category`, `every` (header names in any order and case; `title` and
 * one of `assetType` / `assetIds` may be left out). Delimiter `,`, `;` or tab (detected), UTF-8
 * or Windows-1252 when given bytes, blank lines skipped. `assetIds` lists asset ids separated by
 * `|` (then spaces belong to the ids: `PC Accueil|PC Direction`), else by spaces
 * (`FW-01 FW-02`). Each row passes the same checks as a task of the policy JSON.
 *
 * @throws RevueError (code `plan`) naming the file, the row (the file's line, header = 1) and
 *   the column, e.g. `plan.csv, row 3, every: "fortnight" is not a periodicity (use week, month,
 *   quarter, half or year)`.
 * @example
 * parsePlanCsv('id,title,assetType,assetIds,category,every\nrestore,Restore test,server,,Backup,month\n');
 * // [{ id: 'restore', title: 'Restore test', assetType: 'server', assetIds: null, category: 'Backup', every: 'month' }]
 */
export function parsePlanCsv(input: string | Uint8Array, options: ParsePlanCsvOptions = {}): PlanTask[] {
  const file = options.fileName ?? 'plan.csv';
  const text = (typeof input === 'string' ? input : decodeBytes(input, { fileName: file }).text).replace(/^\uFEFF/, '');
  const fail = (message: string, row?: number, column?: string): never => {
    throw new RevueError('plan', message, { file, ...(row !== undefined ? { row } : {}), ...(column !== undefined ? { column } : {}) });
  };
  const records = parseCsv(text, { delimiter: detectDelimiter(text) }).records.filter((record) => record.cells.some((cell) => cell.trim() !== ''));
  if (records.length === 0) fail('the plan file is empty (expected a header: id,title,assetType,assetIds,category,every)');
  const header = records[0]!;
  const columnOf = new Map<(typeof TASK_KEYS)[number], number>();
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    const key = TASK_KEYS.find((known) => known.toLowerCase() === name.toLowerCase());
    if (key === undefined) fail(`unknown column "${name}" (known: ${TASK_KEYS.join(', ')})`, header.line);
    if (columnOf.has(key!)) fail(`column "${name}" appears twice`, header.line);
    columnOf.set(key!, index);
  });
  for (const required of ['id', 'category', 'every'] as const) {
    if (!columnOf.has(required)) fail(`no "${required}" column (expected: id,title,assetType,assetIds,category,every)`, header.line);
  }
  if (!columnOf.has('assetType') && !columnOf.has('assetIds')) fail('no "assetType" or "assetIds" column: a task needs a scope', header.line);

  const tasks: PlanTask[] = [];
  const firstRow = new Map<string, number>();
  for (const record of records.slice(1)) {
    const cell = (key: (typeof TASK_KEYS)[number]): string | undefined => {
      const index = columnOf.get(key);
      return index === undefined ? undefined : (record.cells[index] ?? '').trim();
    };
    const ids = cell('assetIds');
    const task = checkTask({
      id: cell('id') ?? '',
      title: cell('title'),
      assetType: cell('assetType') || undefined,
      assetIds: ids ? splitAssetIds(ids) : undefined,
      category: cell('category') ?? '',
      every: cell('every') ?? '',
    });
    if (isProblem(task)) fail(task.field === null ? `task "${cell('id')}" ${task.message}` : task.message, record.line, task.field ?? undefined);
    const checked = task as PlanTask;
    const first = firstRow.get(checked.id);
    if (first !== undefined) fail(`"${checked.id}" is already the id of the task on row ${first} (task ids must be unique)`, record.line, 'id');
    firstRow.set(checked.id, record.line);
    tasks.push(checked);
  }
  return tasks;
}

/** `A|B C|D` → `['A', 'B C', 'D']`; without a `|`, ids are separated by spaces. */
function splitAssetIds(cell: string): string[] {
  const parts = cell.includes('|') ? cell.split('|') : cell.split(/\s+/);
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}

/**
 * The policy with another preventive plan, for every client: `plan` replaces the base plan and
 * each client's own plan (a plan file given on its own, as `--plan` in the CLI, is the whole
 * plan). Nothing else changes; the policy given is not modified.
 *
 * @example
 * const policy = withPreventivePlan(parsePolicy(json), parsePlanCsv(planCsv, { fileName: 'plan.csv' }));
 * policy.clients.Bistro.preventivePlan === policy.preventivePlan; // true
 */
export function withPreventivePlan(policy: Policy, plan: readonly PlanTask[]): Policy {
  const clients: Record<string, Policy> = {};
  for (const [name, client] of Object.entries(policy.clients)) {
    Object.defineProperty(clients, name, { value: { ...client, preventivePlan: plan }, enumerable: true, writable: true, configurable: true });
  }
  return { ...policy, preventivePlan: plan, clients };
}
