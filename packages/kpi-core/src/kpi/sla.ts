/**
 * SLA adherence (DESIGN §5): for each ticket in scope whose priority has a target, the response
 * and resolution outcomes (met / breached / pending) and their elapsed times.
 */
import { quantileSorted } from 'simple-statistics';
import { calendarResolver } from '../calendar/calendar.js';
import type { BusinessCalendar } from '../calendar/types.js';
import { monthKey, monthsOfPeriod } from '../calendar/local.js';
import { RevueError } from '../internal/errors.js';
import { floorToMinute, HOUR_MS, MINUTE_MS } from '../internal/time.js';
import type { Priority } from '../model/fields.js';
import { policyFor } from '../policy/parse.js';
import type { Policy, SlaTarget } from '../policy/types.js';
import type { SlaBreach, SlaPair, SlaResult } from '../report/types.js';
import { assertKpiOptions, groupKey, isoOrNull, resolutionAt, setOwn } from './common.js';
import { preparedFor } from './prepared.js';
import type { KpiOptions, ReviewData, SlaOutcome } from './types.js';

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
const MET = 1;
const BREACHED = 2;
const PENDING = 3;
type Outcome = typeof NONE | typeof MET | typeof BREACHED | typeof PENDING;

interface Tally {
  met: number;
  breached: number;
  pending: number;
  /** Elapsed minutes of met and breached tickets. */
  elapsed: number[];
}
interface PairTally {
  response: Tally;
  resolution: Tally;
}

function newTally(): Tally {
  return { met: 0, breached: 0, pending: 0, elapsed: [] };
}
function newPair(): PairTally {
  return { response: newTally(), resolution: newTally() };
}

function count(tally: Tally, outcome: Outcome, elapsedMinutes: number): void {
  if (outcome === MET) {
    tally.met++;
    tally.elapsed.push(elapsedMinutes);
  } else if (outcome === BREACHED) {
    tally.breached++;
    tally.elapsed.push(elapsedMinutes);
  } else if (outcome === PENDING) {
    tally.pending++;
  }
}

function outcomeOf(tally: Tally): SlaOutcome {
  const judged = tally.met + tally.breached;
  let medianHours: number | null = null;
  let p90Hours: number | null = null;
  if (tally.elapsed.length > 0) {
    const sorted = Float64Array.from(tally.elapsed).sort() as unknown as number[];
    medianHours = quantileSorted(sorted, 0.5) / 60;
    p90Hours = quantileSorted(sorted, 0.9) / 60;
  }
  return {
    met: tally.met,
    breached: tally.breached,
    pending: tally.pending,
    adherence: judged > 0 ? tally.met / judged : null,
    medianHours,
    p90Hours,
  };
}

function pairOf(pair: PairTally): SlaPair {
  return { response: outcomeOf(pair.response), resolution: outcomeOf(pair.resolution) };
}

function pairIn(map: Map<string, PairTally>, key: string): PairTally {
  let pair = map.get(key);
  if (pair === undefined) {
    pair = newPair();
    map.set(key, pair);
  }
  return pair;
}

function recordOf(map: Map<string, PairTally>): Record<string, SlaPair> {
  const out: Record<string, SlaPair> = {};
  for (const key of [...map.keys()].sort()) setOwn(out, key, pairOf(map.get(key)!));
  return out;
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
 * Judges one target. `reached` is the response or resolution instant (NaN when none); an instant
 * after `asOf` counts as not reached. `pause` is subtracted from the elapsed time (resolution
 * only), never below 0. `due` is the source tool's due date (NaN to use the target).
 */
function judge(
  clock: (a: number, b: number) => number,
  opened: number,
  reached: number,
  asOf: number,
  pause: number,
  targetMinutes: number,
  due: number,
): Judgement {
  const done = !Number.isNaN(reached) && reached <= asOf;
  const end = done ? reached : asOf;
  const elapsed = end > opened ? Math.max(0, clock(opened, end) - pause) : 0;
  let outcome: Outcome;
  let overrunHours: number;
  if (!Number.isNaN(due)) {
    outcome = end <= due ? (done ? MET : PENDING) : BREACHED;
    overrunHours = (end - due) / HOUR_MS;
  } else {
    outcome = elapsed <= targetMinutes ? (done ? MET : PENDING) : BREACHED;
    overrunHours = (elapsed - targetMinutes) / 60;
  }
  return { outcome, elapsed, overrunHours, open: !done };
}

const TARGETS = ['response', 'resolution'] as const;

function wallMinutes(a: number, b: number): number {
  return b > a ? (b - a) / MINUTE_MS : 0;
}

/**
 * SLA adherence: the share of tickets that met their response and resolution targets.
 *
 * Scope: tickets opened in `[period.start, period.end)` (or, with `attribution: 'completion'`,
 * whose resolution instant — `resolvedAt`, else `closedAt` — is in the period), of any type.
 * A ticket whose priority has no target under its client's policy ({@link slaTargetFor}) is
 * counted in `withoutTarget`; a target left null (e.g. no response target) is skipped for that
 * target only. All instants, `asOf` included, are taken at the minute.
 *
 * For each target:
 * - response elapsed = clock time from `openedAt` to `firstResponseAt`, or to the resolution
 *   instant when no first response was recorded;
 * - resolution elapsed = clock time from `openedAt` to the resolution instant, minus
 *   `pausedMinutes` (missing or negative counts as 0), never below 0;
 * - the clock is the business time of the ticket's client calendar, or wall time when the target's
 *   clock is `24x7`;
 * - met: elapsed ≤ target; breached: elapsed > target. An instant after `asOf` counts as not yet
 *   reached: the elapsed time then runs up to `asOf` — breached when already over the target,
 *   pending otherwise;
 * - adherence = met ÷ (met + breached), null when both are 0.
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
 * result.resolution; // => { met: 1, breached: 0, pending: 0, adherence: 1, medianHours: 6, p90Hours: 6 }
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
  const columns = prepared.columns;
  const openedAt = prepared.opened;
  const resolution = prepared.resolution;
  // Rows that can be in scope, in table order: opened in the period, or (by completion) every row.
  const scope: ArrayLike<number> = byCompletion ? allRows(prepared.rows) : prepared.openedIn(period.start, period.end);
  const { codes: clientCodes } = prepared.clients();
  const policies = prepared.clientPolicies();

  const total = newPair();
  const byPriority = new Map<string, PairTally>();
  const byClient = new Map<string, PairTally>();
  const byCategory = new Map<string, PairTally>();
  const byMonth = new Map<string, PairTally>();
  for (const month of monthsOfPeriod(period, timezone)) byMonth.set(month, newPair());
  // Breaches as parallel arrays: only the listed ones become objects.
  const breachRows: number[] = [];
  const breachKinds: (typeof TARGETS)[number][] = [];
  const breachOverrun: number[] = [];
  const breachElapsed: number[] = [];
  const breachOpen: boolean[] = [];
  const ids = { response: { breached: [] as string[], pending: [] as string[] }, resolution: { breached: [] as string[], pending: [] as string[] } };

  // Business clock of each client code (index code + 1; 0: no client).
  const businessClocks: ((a: number, b: number) => number)[] = [];
  let tickets = 0;
  let withoutTarget = 0;

  for (let k = 0; k < scope.length; k++) {
    const i = scope[k]!;
    const opened = openedAt[i]!;
    if (Number.isNaN(opened)) continue;
    const resolved = resolution[i]!;
    const anchor = byCompletion ? resolved : opened;
    if (!(anchor >= period.start && anchor < period.end)) continue;
    tickets++;

    const client = columns.client[i] ?? null;
    const clientSlot = clientCodes[i]! + 1;
    const policy = policies[clientSlot]!;
    const priority = columns.priority[i] ?? null;
    const target = priority !== null && Object.hasOwn(policy.sla, priority) ? policy.sla[priority as Priority] : undefined;
    if (target === undefined || (target.response === null && target.resolution === null)) {
      withoutTarget++;
      continue;
    }

    let clock: (a: number, b: number) => number;
    if (target.clock === '24x7') {
      clock = wallMinutes;
    } else {
      let business = businessClocks[clientSlot];
      if (business === undefined) {
        const calendar = calendars(client);
        business = (a, b) => calendar.businessMinutes(a, b);
        businessClocks[clientSlot] = business;
      }
      clock = business;
    }

    const id = columns.id[i] ?? '';
    const groups = [
      total,
      pairIn(byPriority, priority!),
      pairIn(byClient, groupKey(client)),
      pairIn(byCategory, groupKey(columns.category[i])),
      pairIn(byMonth, monthKey(anchor, timezone)),
    ];

    for (const kind of TARGETS) {
      const targetMinutes = target[kind];
      if (targetMinutes === null) continue;
      let judgement: Judgement;
      if (kind === 'response') {
        const first = floorToMinute(columns.firstResponseAt[i]!);
        const due = useDue ? floorToMinute(columns.slaResponseDueAt[i]!) : NaN;
        judgement = judge(clock, opened, Number.isNaN(first) ? resolved : first, asOf, 0, targetMinutes, due);
      } else {
        const paused = columns.pausedMinutes[i]!;
        const pause = paused > 0 ? paused : 0;
        const due = useDue ? floorToMinute(columns.slaResolutionDueAt[i]!) : NaN;
        judgement = judge(clock, opened, resolved, asOf, pause, targetMinutes, due);
      }
      for (const group of groups) count(group[kind], judgement.outcome, judgement.elapsed);
      if (judgement.outcome === BREACHED) {
        ids[kind].breached.push(id);
        breachRows.push(i);
        breachKinds.push(kind);
        breachOverrun.push(judgement.overrunHours);
        breachElapsed.push(judgement.elapsed);
        breachOpen.push(judgement.open);
      } else if (judgement.outcome === PENDING) {
        ids[kind].pending.push(id);
      }
    }
  }

  const order = breachRows.map((_, k) => k);
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
    const target = policyFor(data.policy, client).sla[priority as Priority]!;
    const targetMinutes = target[kind]!;
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
    tickets,
    withoutTarget,
    ...pairOf(total),
    byPriority: recordOf(byPriority),
    byClient: recordOf(byClient),
    byCategory: recordOf(byCategory),
    byMonth: [...byMonth.keys()].sort().map((month) => ({ month, ...pairOf(byMonth.get(month)!) })),
    breaches,
    breachCount: breachRows.length,
    ticketIds: ids,
    elapsedHistogram: {
      bucketsHours: [...ELAPSED_BUCKETS_HOURS],
      response: histogram(total.response.elapsed),
      resolution: histogram(total.resolution.elapsed),
    },
  };
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
function histogram(elapsedMinutes: readonly number[]): number[] {
  const counts = new Array<number>(ELAPSED_BUCKETS_HOURS.length + 1).fill(0);
  for (const minutes of elapsedMinutes) {
    const hours = minutes / 60;
    let bucket = 0;
    while (bucket < ELAPSED_BUCKETS_HOURS.length && hours >= ELAPSED_BUCKETS_HOURS[bucket]!) bucket++;
    counts[bucket]! += 1;
  }
  return counts;
}
