/**
 * SLA adherence (DESIGN §5): for each ticket in scope whose priority has a target, the response
 * and resolution outcomes (met / breached / pending) and their elapsed times.
 */
import { quantileSorted } from 'simple-statistics';
import { calendarResolver } from '../../calendar/calendar.js';
import type { BusinessCalendar } from '../../calendar/types.js';
import { monthKey, monthsOfPeriod } from '../../calendar/local.js';
import { RevueError } from '../../internal/errors.js';
import { ascendingOrder } from '../../internal/order.js';
import { floorToMinute, HOUR_MS, MINUTE_MS } from '../../internal/time.js';
import type { Priority } from '../../model/fields.js';
import { policyFor } from '../../policy/parse.js';
import type { Policy, SlaTarget } from '../../policy/types.js';
import type { SlaPair } from '../types.js';
import type { SlaBreach, SlaResult, SourceSla } from './types.js';
import { assertKpiOptions, isoOrNull, NONE_KEY, setOwn } from '../common.js';
import { preparedFor, type PreparedReview } from '../prepared.js';
import { BREACHED, fileTarget, MET, onTarget, PENDING, wallMinutes } from './outcome.js';
import { elapsedOnClock, PAUSE_INTERVALS } from './pauses.js';
import type { KpiOptions, ReviewData, SlaOutcome } from '../types.js';
import { priorityIndex, SLA_KEYS } from '../usage.js';

/** Options of {@link slaAdherence}. */
export interface SlaOptions extends KpiOptions {
  /**
   * Which tickets are in scope: `opened` (default) — opened in `[period.start, period.end)`;
   * `completion` — whose resolution instant is in the period.
   */
  attribution?: 'opened' | 'completion';
  /**
   * Judge each target against the due date exported by the source tool (`slaResponseDueAt`,
   * `slaResolutionDueAt`) instead of the policy's target; tickets without that due date fall
   * back to the policy's target. Default false.
   */
  useSourceDueDates?: boolean;
  /** The business calendar of a client; default `calendarResolver(data.policy)`. */
  calendars?: (client: string | null) => BusinessCalendar;
  /**
   * Whether the export has a first-response time. Default: `recorded.firstResponseAt`, else
   * {@link hasFirstResponse} of `data.tickets` (`buildReport` passes the answer for the whole
   * export, before any client filter). When false, response is not measured: every response
   * figure is null or empty.
   */
  responseMeasured?: boolean;
}

/**
 * Whether a ticket table tells first-response times: at least one ticket has `firstResponseAt`.
 * A table without one has no first-response column worth the name (absent, or empty in every
 * row), so response is not measured (DESIGN §5) rather than read as the resolution.
 *
 * @example
 * hasFirstResponse(ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T09:00Z' }])); // => false
 */
export function hasFirstResponse(tickets: PreparedReview['tickets']): boolean {
  const column = tickets.column('firstResponseAt') as unknown as ArrayLike<number> | undefined;
  if (column === undefined) return false;
  for (let row = 0; row < column.length; row++) if (column[row] === column[row]) return true; // not NaN
  return false;
}

/** Longest title kept in a breach record (the full title stays in the ticket table). */
const BREACH_TITLE_LENGTH = 80;
/** The report lists at most this many breaches (the largest overruns); counts and ids stay whole. */
export const MAX_LISTED_BREACHES = 500;
/** Upper bounds (hours, exclusive) of the elapsed-time histogram; the last bucket is open. */
export const ELAPSED_BUCKETS_HOURS = [1, 2, 4, 8, 24, 48, 72] as const;

/**
 * The SLA target of a priority under a client's contract: `policyFor(policy, client).sla[priority]`,
 * or null when the priority is missing or the contract sets no target for it.
 *
 * @example
 * slaTargetFor(policy, 'Bistro', 'P1'); // => { response: 30, resolution: 240, clock: '24x7' }
 * slaTargetFor(policy, 'Bistro', 'P5'); // => null
 */
export function slaTargetFor(policy: Policy, client: string | null, priority: string | null): SlaTarget | null {
  if (priority === null) return null;
  const sla = policyFor(policy, client).sla;
  if (!Object.hasOwn(sla, priority)) return null;
  return sla[priority as Priority] ?? null;
}

// ── Tallies ─────────────────────────────────────────────────────────────────────────────────

const NONE = 0;
/** Closed at an unknown time: the elapsed time cannot be measured (DESIGN §3). */
const UNKNOWN = 4;
type Outcome = typeof NONE | typeof MET | typeof BREACHED | typeof PENDING | typeof UNKNOWN;

interface Tally {
  met: number;
  breached: number;
  pending: number;
  unknown: number;
  /**
   * Elapsed minutes of the met and breached tickets, sorted: set by `sortElapsed` once every
   * ticket is counted.
   */
  elapsed: Float64Array;
}
interface PairTally {
  response: Tally;
  resolution: Tally;
}

const NO_ELAPSED = new Float64Array(0);

function newTally(): Tally {
  return { met: 0, breached: 0, pending: 0, unknown: 0, elapsed: NO_ELAPSED };
}
function newPair(): PairTally {
  return { response: newTally(), resolution: newTally() };
}

function count(tally: Tally, outcome: Outcome): void {
  if (outcome === MET) tally.met++;
  else if (outcome === BREACHED) tally.breached++;
  else if (outcome === PENDING) tally.pending++;
  else if (outcome === UNKNOWN) tally.unknown++;
}

function outcomeOf(tally: Tally): SlaOutcome {
  const judged = tally.met + tally.breached;
  let medianHours: number | null = null;
  let p90Hours: number | null = null;
  if (tally.elapsed.length > 0) {
    const sorted = tally.elapsed as unknown as number[];
    medianHours = quantileSorted(sorted, 0.5) / 60;
    p90Hours = quantileSorted(sorted, 0.9) / 60;
  }
  return {
    met: tally.met,
    breached: tally.breached,
    pending: tally.pending,
    unknown: tally.unknown,
    adherence: judged > 0 ? tally.met / judged : null,
    medianHours,
    p90Hours,
  };
}

function pairOf(pair: PairTally, responseMeasured: boolean): SlaPair {
  return { response: responseMeasured ? outcomeOf(pair.response) : null, resolution: outcomeOf(pair.resolution) };
}

/** The tallies of one breakdown (priority, client, category or month) by group number, each made on first use. */
class Breakdown {
  readonly pairs: (PairTally | undefined)[] = [];
  /** The key of each group. */
  readonly keys: readonly string[];

  constructor(keys: readonly string[]) {
    this.keys = keys;
  }

  pair(group: number): PairTally {
    let pair = this.pairs[group];
    if (pair === undefined) {
      pair = newPair();
      this.pairs[group] = pair;
    }
    return pair;
  }

  /** The groups that have a tally, by key. */
  entries(): [string, PairTally][] {
    const out: [string, PairTally][] = [];
    this.pairs.forEach((pair, group) => {
      if (pair !== undefined) out.push([this.keys[group]!, pair]);
    });
    // Keys are distinct: the same order as `[...keys].sort()`.
    return out.sort(([a], [b]) => (a < b ? -1 : 1));
  }

  record(responseMeasured: boolean): Record<string, SlaPair> {
    const out: Record<string, SlaPair> = {};
    for (const [key, pair] of this.entries()) setOwn(out, key, pairOf(pair, responseMeasured));
    return out;
  }
}

/** The met and breached judgements of one target, in the order they were made. */
class Judged {
  count = 0;
  /** Elapsed minutes. */
  elapsed: Float64Array = new Float64Array(1024);
  /** The group of each judgement in each breakdown. */
  priority: Int32Array = new Int32Array(1024);
  client: Int32Array = new Int32Array(1024);
  category: Int32Array = new Int32Array(1024);
  month: Int32Array = new Int32Array(1024);

  add(elapsed: number, priority: number, client: number, category: number, month: number): void {
    const k = this.count++;
    if (k === this.elapsed.length) this.#grow();
    this.elapsed[k] = elapsed;
    this.priority[k] = priority;
    this.client[k] = client;
    this.category[k] = category;
    this.month[k] = month;
  }

  #grow(): void {
    const size = 2 * this.elapsed.length;
    const elapsed = new Float64Array(size);
    elapsed.set(this.elapsed);
    this.elapsed = elapsed;
    this.priority = grown(this.priority, size);
    this.client = grown(this.client, size);
    this.category = grown(this.category, size);
    this.month = grown(this.month, size);
  }
}

function grown(from: Int32Array, size: number): Int32Array {
  const to = new Int32Array(size);
  to.set(from);
  return to;
}

/**
 * Sets the sorted `elapsed` of the `kind` tallies: of `total`, and of each group of each
 * breakdown (given with the group of each judged entry). The entries are sorted once; then, taken
 * in that order, each breakdown's groups are laid out side by side in one array, so each group's
 * part comes out sorted: the same values, sorted, as a sort per group would give.
 */
function sortElapsed(kind: (typeof TARGETS)[number], judged: Judged, total: PairTally, breakdowns: [Breakdown, Int32Array][]): void {
  const elapsed = judged.elapsed.subarray(0, judged.count);
  const order = ascendingOrder(elapsed);
  const entries = order.length;
  const sorted = new Float64Array(entries);
  for (let k = 0; k < entries; k++) sorted[k] = elapsed[order[k]!]!;
  total[kind].elapsed = sorted;
  for (const [breakdown, groupOf] of breakdowns) {
    const groups = breakdown.pairs.length;
    const start = new Int32Array(groups + 1);
    for (let e = 0; e < entries; e++) start[groupOf[e]! + 1]!++;
    for (let g = 0; g < groups; g++) start[g + 1]! += start[g]!;
    const values = new Float64Array(entries);
    const fill = start.slice(0, groups);
    for (let k = 0; k < entries; k++) values[fill[groupOf[order[k]!]!]!++] = sorted[k]!;
    for (let g = 0; g < groups; g++) {
      const pair = breakdown.pairs[g];
      if (pair !== undefined && start[g + 1]! > start[g]!) pair[kind].elapsed = values.subarray(start[g]!, start[g + 1]!);
    }
  }
}

// ── One target of one ticket ────────────────────────────────────────────────────────────────

interface Judgement {
  outcome: Outcome;
  /** Clock minutes from opening to the reached instant (or to asOf when not reached). */
  elapsed: number;
  /** Hours past the target (or past the due date), for ordering breaches. */
  overrunHours: number;
  /** True when the instant was not reached by asOf. */
  open: boolean;
}

/**
 * Judges one target into `out` (one object reused for every ticket). `reached` is the response or
 * resolution instant (NaN when none); an instant after `asOf` counts as not reached. The paused
 * time (resolution only) is subtracted from the elapsed time, never below 0: the clock time of
 * the pause `intervals` inside the elapsed span when the ticket has them, else `pause` minutes as
 * exported. `due` is the source tool's due date (NaN to use the target).
 */
function judge(
  out: Judgement,
  clock: (a: number, b: number) => number,
  opened: number,
  reached: number,
  asOf: number,
  pause: number,
  intervals: Float64Array | null,
  targetMinutes: number,
  due: number,
): Judgement {
  const done = !Number.isNaN(reached) && reached <= asOf;
  const end = done ? reached : asOf;
  const elapsed = elapsedOnClock(clock, opened, end, pause, intervals);
  if (!Number.isNaN(due)) {
    out.outcome = end <= due ? (done ? MET : PENDING) : BREACHED;
    out.overrunHours = (end - due) / HOUR_MS;
  } else {
    out.outcome = onTarget(elapsed, targetMinutes, done);
    out.overrunHours = (elapsed - targetMinutes) / 60;
  }
  out.elapsed = elapsed;
  out.open = !done;
  return out;
}

const TARGETS = ['response', 'resolution'] as const;

/**
 * SLA adherence: the share of tickets that met their response and resolution targets.
 *
 * Scope: tickets opened in `[period.start, period.end)` (or, with `attribution: 'completion'`,
 * whose resolution instant — `resolvedAt`, else `closedAt` — is in the period), of any type.
 * A ticket whose priority has no target under its client's policy ({@link slaTargetFor}) is
 * counted in `withoutTarget`; a target left null (e.g. no response target) is skipped for that
 * target only. All instants, `asOf` included, are taken at the minute.
 *
 * Cancelled tickets (`statusClass` cancelled) are left out and counted in `cancelled`.
 *
 * For each target:
 * - response elapsed = clock time from `openedAt` to `firstResponseAt`, or to the resolution
 *   instant when no first response was recorded — only when the export has first-response times
 *   (`responseMeasured`, see {@link hasFirstResponse}); without them every response figure is
 *   null (`response: null`) and no response breach is listed;
 * - resolution elapsed = clock time from `openedAt` to the resolution instant (or `asOf`), minus
 *   the paused time, never below 0. The paused time is the clock time of the ticket's `pauses`
 *   intervals inside that span when it has them (an event log's status history: a pause still on
 *   at `asOf` counts up to `asOf`), else its `pausedMinutes` as exported (missing or negative
 *   counts as 0; marked as the assumption `pausedMinutes` on `usage`);
 * - the clock is the business time of the ticket's client calendar, or wall time when the target's
 *   clock is `24x7`;
 * - met: elapsed ≤ target; breached: elapsed > target. An instant after `asOf` counts as not yet
 *   reached: the elapsed time then runs up to `asOf` — breached when already over the target,
 *   pending otherwise;
 * - unknown: a ticket closed at an unknown time (DESIGN §3) — its elapsed time cannot be
 *   measured — is counted in `unknown`, outside adherence (its response too, unless it has a
 *   first response);
 * - adherence = met ÷ (met + breached), null when both are 0.
 *
 * `source` holds the source tool's own figure for each target over the same tickets (its verdict
 * column `slaResponseVerdict`/`slaResolutionVerdict`, else its due date), with the number of
 * tickets where the tool and Revue disagree (both judged met or breached, differently).
 *
 * The file's own targets: a ticket with `slaResolutionTargetMinutes` (or, response measured,
 * `slaResponseTargetMinutes`) above 0 is judged on it for that kind instead of its priority's
 * target, even when the policy sets none for its priority. Such a target runs on calendar time
 * (24x7) from the opening, whatever the policy's clock: its due date is opening + the duration
 * (later by the paused time, subtracted as for any target), and the ticket's own due date
 * (`slaResolutionDueAt`, `slaResponseDueAt`), when the export gives one, wins over it. Calendar
 * time is what the exports that write a target in hours beside each ticket count in (the
 * published `sla_hours` file judges its own `sla_met` that way on every ticket), and a duration
 * read against the contract's business hours would move every due date a reader can compute by
 * hand. `fileTargets` counts these judgements; the usage key `slaTargetsFromFile` is marked.
 *
 * With `useSourceDueDates`, a target with a due date is met when its instant ≤ the due date,
 * breached when the instant (or `asOf`, while not reached) is after it, pending otherwise. The
 * scope is unchanged: a due date only counts for a target the policy sets; elapsed times are still
 * measured on the clock (for the distribution), and `overrunHours` is wall time past the due date.
 *
 * Median and p90 are over the elapsed hours of met and breached tickets (breached open tickets
 * with their elapsed time up to `asOf`), using simple-statistics `quantileSorted`: linear
 * interpolation between order statistics (R type 7, numpy's default).
 *
 * Breakdowns by priority, client, category (missing values under `(none)`) and month — one entry
 * per calendar month of the period in the policy time zone, by month of `openedAt` (of the
 * resolution instant with `attribution: 'completion'`, so the months always add up to the total).
 * `breaches` lists every breached target, largest overrun first (ties by id, then response
 * before resolution); `open` there means the target's instant was not reached by `asOf`.
 *
 * @throws {RevueError} when the period or asOf is not valid
 * @example
 * // P2: resolution target 8 business hours; opened Mon 09:00, resolved Mon 16:00, 1 h paused
 * const result = slaAdherence(data, { period, asOf });
 * result.resolution; // => { met: 1, breached: 0, pending: 0, unknown: 0, adherence: 1, medianHours: 6, p90Hours: 6 }
 */
export function slaAdherence(data: ReviewData, options: SlaOptions): SlaResult {
  assertKpiOptions(options, 'slaAdherence');
  const { period } = options;
  const asOf = floorToMinute(options.asOf);
  const byCompletion = options.attribution === 'completion';
  if (options.attribution !== undefined && options.attribution !== 'opened' && !byCompletion) {
    throw new RevueError('invalid-option', `slaAdherence: unknown attribution ${String(options.attribution)}`);
  }
  const useDue = options.useSourceDueDates === true;
  const calendars = options.calendars ?? calendarResolver(data.policy);
  const timezone = data.policy.timezone;
  const prepared = preparedFor(data, options.asOf, options.prepared);
  const responseMeasured = options.responseMeasured ?? prepared.recorded(options.recorded).firstResponseAt;
  const columns = prepared.columns;
  const openedAt = prepared.opened;
  const resolution = prepared.resolution;
  const endUnknown = prepared.endUnknown;
  const cancelledRows = prepared.cancelled;
  // Rows that can be in scope, in table order: opened in the period, or (by completion) every row.
  const scope: ArrayLike<number> = byCompletion ? allRows(prepared.rows) : prepared.openedIn(period.start, period.end);
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();

  const total = newPair();
  const priorities = prepared.stringCodes('priority');
  const clientGroups = prepared.groups('client');
  const categoryGroups = prepared.groups('category');
  // A ticket without a priority is judged only on the file's own target; it goes under NONE_KEY.
  const priorityKeys = [...priorities.values];
  let noPriorityGroup = -1;
  const byPriority = new Breakdown(priorityKeys);
  const byClient = new Breakdown(clientGroups.keys);
  const byCategory = new Breakdown(categoryGroups.keys);
  // Every month of the period has an entry, even an empty one.
  const months = monthsOfPeriod(period, timezone);
  const monthGroup = new Map(months.map((month, group) => [month, group]));
  const byMonth = new Breakdown(months); // a month found outside the list is added to it
  for (let group = 0; group < months.length; group++) byMonth.pair(group);
  const judged = { response: new Judged(), resolution: new Judged() };
  const judgement: Judgement = { outcome: NONE, elapsed: 0, overrunHours: 0, open: false };
  // Breaches as parallel arrays: only the listed ones become objects.
  const breachRows: number[] = [];
  const breachKinds: (typeof TARGETS)[number][] = [];
  const breachOverrun: number[] = [];
  const breachElapsed: number[] = [];
  const breachOpen: boolean[] = [];
  const breachTarget: number[] = [];
  // Judgements made on the file's own targets, by kind.
  const fileJudged = { response: 0, resolution: 0 };
  const ids = { response: { breached: [] as string[], pending: [] as string[] }, resolution: { breached: [] as string[], pending: [] as string[] } };
  const source = { response: new SourceTally(), resolution: new SourceTally() };
  const verdictColumns = { response: columns.slaResponseVerdict, resolution: columns.slaResolutionVerdict };
  const dueColumns = { response: columns.slaResponseDueAt, resolution: columns.slaResolutionDueAt };

  // Business clock of each client code (index code + 1; 0: no client).
  const businessClocks: ((a: number, b: number) => number)[] = [];
  // What the figures used of each client's policy: the SLA entry of each priority (index slot × 5
  // + priority) and the business calendar (index slot).
  const targetUsed = new Uint8Array(policies.length * 5);
  const calendarUsed = new Uint8Array(policies.length);
  // Slots where a paused time given only as a number of minutes was subtracted.
  const pausedAsNumber = new Uint8Array(policies.length);
  const pauseIntervals = prepared.part(PAUSE_INTERVALS);
  const priorityIndexOfCode = Int8Array.from(priorities.values, (value) => priorityIndex(value));
  let tickets = 0;
  let withoutTarget = 0;
  let cancelled = 0;

  for (let k = 0; k < scope.length; k++) {
    const i = scope[k]!;
    const opened = openedAt[i]!;
    if (Number.isNaN(opened)) continue;
    const resolved = resolution[i]!;
    const anchor = byCompletion ? resolved : opened;
    if (!(anchor >= period.start && anchor < period.end)) continue;
    if (cancelledRows[i] === 1) {
      cancelled++;
      continue;
    }
    tickets++;
    const unknownEnd = endUnknown[i] === 1;
    const first = floorToMinute(columns.firstResponseAt[i]!);
    // The instant each target was reached: the response falls back on the resolution (DESIGN §5).
    const responseReached = Number.isNaN(first) ? resolved : first;
    const responseUnknown = unknownEnd && Number.isNaN(first);
    const id = columns.id[i] ?? '';

    // The source tool's verdicts, whatever Revue's targets.
    for (let t = 0; t < TARGETS.length; t++) {
      const kind = TARGETS[t]!;
      const verdict = verdictColumns[kind][i];
      const reached = kind === 'response' ? responseReached : resolved;
      const due = floorToMinute(dueColumns[kind][i]!);
      const unknown = kind === 'response' ? responseUnknown || toolResponseUnknown(responseMeasured, first, resolved, due, asOf) : unknownEnd;
      source[kind].see(verdict, due, reached, unknown, asOf);
    }

    const clientSlot = clientCodes[i]! + 1;
    const policy = policies[clientSlot]!;
    const priority = columns.priority[i] ?? null;
    const target = priority !== null && Object.hasOwn(policy.sla, priority) ? policy.sla[priority as Priority] : undefined;
    // The targets the file gives this ticket (NaN: none); each replaces the policy's for its kind.
    const ownResponse = responseMeasured ? fileTarget(columns.slaResponseTargetMinutes[i]!) : NaN;
    const ownResolution = fileTarget(columns.slaResolutionTargetMinutes[i]!);
    const policyResponse = responseMeasured && ownResponse !== ownResponse && target !== undefined && target.response !== null;
    const policyResolution = ownResolution !== ownResolution && target !== undefined && target.resolution !== null;
    const ownAny = ownResponse === ownResponse || ownResolution === ownResolution;
    const priorityCode = priorities.codes[i]!;
    const slot = priorityCode < 0 ? -1 : priorityIndexOfCode[priorityCode]!;
    // The policy's entry is used unless the file's own targets stand in for everything it would judge.
    if (slot >= 0 && (policyResponse || policyResolution || !ownAny)) targetUsed[clientSlot * 5 + slot] = 1;
    if (!ownAny && (target === undefined || (target.resolution === null && (target.response === null || !responseMeasured)))) {
      withoutTarget++;
      source.response.unjudged();
      source.resolution.unjudged();
      continue;
    }

    let clock: (a: number, b: number) => number;
    if (target === undefined || target.clock === '24x7' || !(policyResponse || policyResolution)) {
      clock = wallMinutes;
    } else {
      calendarUsed[clientSlot] = 1;
      let business = businessClocks[clientSlot];
      if (business === undefined) {
        const calendar = calendars(columns.client[i] ?? null);
        business = (a, b) => calendar.businessMinutes(a, b);
        businessClocks[clientSlot] = business;
      }
      clock = business;
    }

    const month = monthKey(anchor, timezone);
    let monthOf = monthGroup.get(month);
    if (monthOf === undefined) {
      monthOf = months.length;
      monthGroup.set(month, monthOf);
      months.push(month);
    }
    let priorityGroup = priorityCode;
    if (priorityGroup < 0) {
      if (noPriorityGroup < 0) {
        noPriorityGroup = priorityKeys.length;
        priorityKeys.push(NONE_KEY);
      }
      priorityGroup = noPriorityGroup;
    }
    const clientGroup = clientGroups.ofRow[i]!;
    const categoryGroup = categoryGroups.ofRow[i]!;
    const priorityPair = byPriority.pair(priorityGroup);
    const clientPair = byClient.pair(clientGroup);
    const categoryPair = byCategory.pair(categoryGroup);
    const monthPair = byMonth.pair(monthOf);

    for (let t = 0; t < TARGETS.length; t++) {
      const kind = TARGETS[t]!;
      const own = kind === 'response' ? ownResponse : ownResolution;
      const fromFile = own === own;
      const targetMinutes = fromFile ? own : target === undefined ? null : target[kind];
      if (targetMinutes === null || (kind === 'response' && !responseMeasured)) {
        source[kind].unjudged();
        continue;
      }
      if (fromFile) fileJudged[kind]++;
      // The file's own target runs on calendar time (see the doc above), its own due date winning.
      const targetClock = fromFile ? wallMinutes : clock;
      const useDueHere = useDue || fromFile;
      if (kind === 'response') {
        if (responseUnknown) judgement.outcome = UNKNOWN;
        else {
          const due = useDueHere ? floorToMinute(columns.slaResponseDueAt[i]!) : NaN;
          judge(judgement, targetClock, opened, responseReached, asOf, 0, null, targetMinutes, due);
        }
      } else if (unknownEnd) {
        judgement.outcome = UNKNOWN;
      } else {
        const intervals = pauseIntervals === null ? null : pauseIntervals[i]!;
        const paused = columns.pausedMinutes[i]!;
        const pause = paused > 0 ? paused : 0;
        // A number of paused minutes without its intervals is subtracted as exported: an assumption.
        if (intervals === null && pause > 0) pausedAsNumber[clientSlot] = 1;
        const due = useDueHere ? floorToMinute(columns.slaResolutionDueAt[i]!) : NaN;
        judge(judgement, targetClock, opened, resolved, asOf, pause, intervals, targetMinutes, due);
      }
      const outcome = judgement.outcome;
      source[kind].judged(outcome === MET ? 1 : outcome === BREACHED ? 2 : 0, id);
      count(total[kind], outcome);
      count(priorityPair[kind], outcome);
      count(clientPair[kind], outcome);
      count(categoryPair[kind], outcome);
      count(monthPair[kind], outcome);
      if (outcome === MET || outcome === BREACHED) {
        judged[kind].add(judgement.elapsed, priorityGroup, clientGroup, categoryGroup, monthOf);
      }
      if (outcome === BREACHED) {
        ids[kind].breached.push(id);
        breachRows.push(i);
        breachKinds.push(kind);
        breachOverrun.push(judgement.overrunHours);
        breachElapsed.push(judgement.elapsed);
        breachOpen.push(judgement.open);
        breachTarget.push(targetMinutes);
      } else if (outcome === PENDING) {
        ids[kind].pending.push(id);
      }
    }
  }

  if (options.usage !== undefined) {
    // How the file's own targets were counted is a rule about the data, stated once.
    if (fileJudged.response + fileJudged.resolution > 0) options.usage.mark(data.policy, 'slaTargetsFromFile', 'sla');
    for (let clientSlot = 0; clientSlot < policies.length; clientSlot++) {
      const policy = policies[clientSlot]!;
      for (let p = 0; p < 5; p++) if (targetUsed[clientSlot * 5 + p] === 1) options.usage.mark(policy, SLA_KEYS[p]!);
      if (pausedAsNumber[clientSlot] === 1) options.usage.mark(policy, 'pausedMinutes');
      if (calendarUsed[clientSlot] === 1) {
        options.usage.mark(policy, 'calendar.hours', 'sla');
        options.usage.mark(policy, 'calendar.holidays', 'sla');
        options.usage.mark(policy, 'timezone', 'sla');
      }
    }
  }

  // The elapsed times of each tally, sorted for the quantiles.
  for (const kind of TARGETS) {
    const entries = judged[kind];
    sortElapsed(kind, entries, total, [
      [byPriority, entries.priority],
      [byClient, entries.client],
      [byCategory, entries.category],
      [byMonth, entries.month],
    ]);
  }

  // Only the MAX_LISTED_BREACHES largest overruns are listed: sort the breaches from the cut on
  // (ties at the cut included), not all of them.
  let cut = -Infinity;
  if (breachOverrun.length > MAX_LISTED_BREACHES) {
    const overruns = new Float64Array(breachOverrun).sort();
    cut = overruns[overruns.length - MAX_LISTED_BREACHES]!;
  }
  const order: number[] = [];
  for (let k = 0; k < breachOverrun.length; k++) if (breachOverrun[k]! >= cut) order.push(k);
  order.sort(
    (a, b) =>
      breachOverrun[b]! - breachOverrun[a]! ||
      compareIds(columns.id[breachRows[a]!] ?? '', columns.id[breachRows[b]!] ?? '') ||
      (breachKinds[a] === breachKinds[b] ? 0 : breachKinds[a] === 'response' ? -1 : 1),
  );
  const breaches: SlaBreach[] = order.slice(0, MAX_LISTED_BREACHES).map((k) => {
    const row = breachRows[k]!;
    const title = columns.title[row] ?? null;
    const kind = breachKinds[k]!;
    const priority = columns.priority[row] ?? null;
    const client = columns.client[row] ?? null;
    const targetMinutes = breachTarget[k]!;
    return {
      id: columns.id[row] ?? '',
      priority,
      client,
      category: columns.category[row] ?? null,
      title: title !== null && title.length > BREACH_TITLE_LENGTH ? `${title.slice(0, BREACH_TITLE_LENGTH - 1)}…` : title,
      target: kind,
      openedAt: isoOrNull(floorToMinute(columns.openedAt[row]!))!,
      elapsedHours: breachElapsed[k]! / 60,
      targetHours: targetMinutes / 60,
      overrunHours: breachOverrun[k]!,
      open: breachOpen[k]!,
    };
  });

  return {
    responseMeasured,
    tickets,
    withoutTarget,
    cancelled,
    // Only where the file gave targets: a report without them keeps its shape.
    ...(fileJudged.response + fileJudged.resolution > 0 ? { fileTargets: { response: responseMeasured ? fileJudged.response : null, resolution: fileJudged.resolution } } : {}),
    ...pairOf(total, responseMeasured),
    source: { response: source.response.result(), resolution: source.resolution.result() },
    byPriority: byPriority.record(responseMeasured),
    byClient: byClient.record(responseMeasured),
    byCategory: byCategory.record(responseMeasured),
    byMonth: byMonth.entries().map(([month, pair]) => ({ month, ...pairOf(pair, responseMeasured) })),
    breaches,
    breachCount: breachRows.length,
    ticketIds: ids,
    elapsedHistogram: {
      bucketsHours: [...ELAPSED_BUCKETS_HOURS],
      response: responseMeasured ? histogram(total.response.elapsed) : null,
      resolution: histogram(total.resolution.elapsed),
    },
  };
}

/**
 * Whether the tool's response verdict from its due date cannot be told. An export with no
 * first-response column says nothing of when a ticket was answered: the resolution is only an
 * upper bound. A resolution by the due date shows the response was on time; a ticket still open
 * (or resolved later) past its response due date may well have been answered in time — GLPI's
 * `Time to own` is met by the assignment, for one — so it is neither breached nor met.
 */
function toolResponseUnknown(responseMeasured: boolean, first: number, resolved: number, due: number, asOf: number): boolean {
  if (responseMeasured || !Number.isNaN(first) || Number.isNaN(due)) return false;
  return !(resolved <= asOf && resolved <= due);
}

/**
 * The source tool's verdicts on one target, over the tickets in scope, and how often they
 * disagree with Revue's. For each ticket, {@link SourceTally.see} reads the tool's verdict (its
 * verdict column, else its due date), then Revue's outcome is given by `judged` or `unjudged`.
 */
class SourceTally {
  fromVerdicts = 0;
  fromDueDates = 0;
  met = 0;
  breached = 0;
  pending = 0;
  compared = 0;
  disagreements = 0;
  comparedMetByRevue = 0;
  comparedMetBySource = 0;
  readonly disagreeingIds: string[] = [];
  /** The tool's verdict on the current ticket: 0 none (or pending, or unknown), 1 met, 2 breached. */
  #current = 0;

  /**
   * The tool's verdict on a ticket: `verdict` (`met` | `breached`) when given, else the due date
   * against the instant the target was reached (NaN: not reached by asOf; a reached instant after
   * asOf counts as not reached): met when reached ≤ due, breached when reached (or asOf, while
   * not reached) is after it, pending otherwise; nothing for a ticket closed at an unknown time.
   */
  see(verdict: string | null | undefined, due: number, reached: number, unknown: boolean, asOf: number): void {
    this.#current = 0;
    if (verdict === 'met' || verdict === 'breached') {
      this.fromVerdicts++;
      this.#current = verdict === 'met' ? 1 : 2;
    } else if (!Number.isNaN(due)) {
      if (unknown) return;
      this.fromDueDates++;
      const done = reached <= asOf; // NaN: not reached
      const end = done ? reached : asOf;
      if (end > due) this.#current = 2;
      else if (done) this.#current = 1;
      else this.pending++;
    } else return;
    if (this.#current === 1) this.met++;
    else if (this.#current === 2) this.breached++;
  }

  /** Revue's outcome on the same ticket: 1 met, 2 breached, 0 neither (pending, unknown). */
  judged(outcome: number, id: string): void {
    if (this.#current === 0 || outcome === 0) return;
    this.compared++;
    if (outcome === 1) this.comparedMetByRevue++;
    if (this.#current === 1) this.comparedMetBySource++;
    if (outcome !== this.#current) {
      this.disagreements++;
      if (this.disagreeingIds.length < MAX_LISTED_BREACHES) this.disagreeingIds.push(id);
    }
  }

  /** Revue has no outcome for this target of the ticket (no target, or response not measured). */
  unjudged(): void {
    this.#current = 0;
  }

  result(): SourceSla | null {
    if (this.fromVerdicts + this.fromDueDates === 0) return null;
    const judged = this.met + this.breached;
    return {
      fromVerdicts: this.fromVerdicts,
      fromDueDates: this.fromDueDates,
      met: this.met,
      breached: this.breached,
      pending: this.pending,
      adherence: judged > 0 ? this.met / judged : null,
      compared: this.compared,
      disagreements: this.disagreements,
      comparedMetByRevue: this.comparedMetByRevue,
      comparedMetBySource: this.comparedMetBySource,
      disagreeingIds: this.disagreeingIds,
    };
  }
}

/** 0, 1, …, n − 1. */
function allRows(n: number): Int32Array {
  const rows = new Int32Array(n);
  for (let i = 0; i < n; i++) rows[i] = i;
  return rows;
}

function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Counts of elapsed minutes per ELAPSED_BUCKETS_HOURS bucket. */
function histogram(elapsedMinutes: ArrayLike<number>): number[] {
  const counts = new Array<number>(ELAPSED_BUCKETS_HOURS.length + 1).fill(0);
  for (let k = 0; k < elapsedMinutes.length; k++) {
    const hours = elapsedMinutes[k]! / 60;
    let bucket = 0;
    while (bucket < ELAPSED_BUCKETS_HOURS.length && hours >= ELAPSED_BUCKETS_HOURS[bucket]!) bucket++;
    counts[bucket]! += 1;
  }
  return counts;
}
