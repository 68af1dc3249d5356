/**
 * Findings: the few plain sentences a review should open with, each with the figures behind it.
 * Thresholds are named here so that a test and a reader can see why a finding fires.
 */
import type { PeriodKind } from '../calendar/types.js';
import type { Formatter } from './format.js';
import { CATALOGUES } from './messages.js';
import type { Finding, KpiSet } from './types.js';
import type { SlaOutcome } from '../kpi/types.js';
import { preventiveFindings } from './findings-preventive.js';

/** An SLA adherence drop of at least this many points (0.05 = 5 points) is "slipping". */
export const SLA_SLIP_POINTS = 0.05;
/** Below this many judged tickets in either period, an adherence change (or level) says nothing. */
export const SLA_MIN_TICKETS = 5;
/**
 * An SLA finding is high only on at least this many judged tickets (in each period it compares):
 * below, one ticket moves the rate by more than 5 points, so a rate of 3 on time out of 7 is a
 * reason to look (medium), not a headline.
 */
export const SLA_HIGH_MIN_TICKETS = 20;
/** This many points (0.1 = 10 points) or more under the target make an `sla-below-target` finding high. */
export const SLA_FAR_BELOW_POINTS = 0.1;
/** Corrective spend in the period, as a share of purchase cost, that makes an old asset "costly". */
export const COSTLY_SHARE_OF_PURCHASE = 0.2;
/** …or, without a purchase cost, at least this amount in the policy currency. */
export const COSTLY_MIN_AMOUNT = 500;
/**
 * When Revue and the source tool judge at least this share of the same tickets differently (and
 * at least `SLA_MIN_TICKETS` of them), a `sla-source-disagrees` finding says that the targets are
 * probably not the tool's: one ticket in five is no rounding or clock difference.
 */
export const SOURCE_DISAGREEMENT_SHARE = 0.2;
/** Tickets open at asOf for at least this many days (the backlog's oldest age band) make a `backlog-aged` finding. */
export const BACKLOG_AGED_DAYS = 30;
/** Laplace U above this: failures come significantly faster (one-sided 5 %). */
export const LAPLACE_CRITICAL = 1.645;
/**
 * At most this many findings of one kind are listed one by one; the rest are summed up in one
 * more sentence, so the review opens on what matters most and stays readable aloud.
 */
export const MAX_PER_KIND = 3;

const SEVERITY_RANK = { high: 0, medium: 1, low: 2 } as const;
/** Within a severity, the contract first, then what breaks, then what it costs. */
const KIND_RANK: Record<Finding['kind'], number> = {
  'sla-slipping': 0,
  'sla-below-target': 0.25,
  // Before the SLA's own findings would be better, but they are figures and this is a doubt on
  // them: right after, so a reader meets the figure first and the caution next.
  'sla-source-disagrees': 0.3,
  // The preventive plan is in the contract too; its good news comes last.
  'preventive-missed': 0.5,
  'preventive-effect': 6,
  'accelerating-failures': 1,
  'recurring-problem': 2,
  'lost-hours-above-benchmark': 3,
  'past-useful-life-costly': 4,
  'warranty-expiring': 5,
  // A state at asOf rather than the period's: after what broke, before what it cost.
  'backlog-aged': 2.5,
};

export interface FindingsInput {
  current: KpiSet;
  /** The previous period's figures; null when it has none (not covered, or outside 1970–2100): nothing is compared with it. */
  previous: KpiSet | null;
  previousLabel: string | null;
  /**
   * False when the data cover the two periods differently (see `comparableCoverage`). No finding
   * then compares with the previous period: not the counts (preventive hours, corrective
   * incidents: a period partly covered counts fewer days), nor a slip of SLA adherence — a share
   * over a few days of a period is not the share of the period either, and the dashboard and the
   * Markdown show no previous value then. Default true.
   */
  comparable?: boolean;
  /** The kind of the period (`quarter`…), for "this quarter" in the sentences. */
  periodKind: PeriodKind | string;
  /**
   * The policy's `slaAdherenceTarget`: the share of judged tickets on time the contract promises.
   * Unlike `sla-slipping`, the finding it makes needs no previous period.
   */
  slaAdherenceTarget: number;
  /**
   * Which of the SLA's judges are Revue's defaults rather than the policy's: the targets the
   * figures used (`sla.P…` assumptions) and the goal (`slaAdherenceTarget`). The "below target"
   * sentence says so: it opens the review, and a client reading it should not take a default for
   * the contract. Default: neither.
   */
  slaDefaults?: { targets: boolean; goal: boolean };
  /** The policy's `recurrence.minOccurrences`: a chain twice that long is a high-severity finding. */
  minOccurrences: number;
  /** The policy's `recurrence.windowDays`, said in the recurring-problem sentence. */
  windowDays: number;
  /** Purchase cost per asset id, for the "past useful life and costly" rule. */
  purchaseCost: ReadonlyMap<string, number>;
  format: Formatter;
  /** The policy's time zone, to name the windows of the preventive plan ("May 2026"). Default UTC. */
  timezone?: string;
  /**
   * The data date (asOf, ISO): the instant the fleet's state (past useful life, warranties) is
   * judged at, which the findings name so that a quarter's review does not read as the quarter's.
   */
  asOf?: string;
}

interface Ranked extends Finding {
  weight: number;
}

/**
 * Builds the ranked findings of a report: recurring problems, accelerating failures, SLA
 * slipping against the previous period (only when it has figures, covered alike), SLA adherence
 * under the policy's `slaAdherenceTarget` (whatever the previous period), assets past
 * useful life with high corrective cost, lost hours above the 50–100 h/employee/year benchmark,
 * warranties expiring within 90 days, preventive tasks not kept and preventive work up while
 * corrective incidents fall (`findings-preventive.ts`). Sorted by severity, then by kind (SLA,
 * failures, recurrence, lost hours, costs, warranties), then by the size of the problem. The
 * sentences come from the language's catalogue (`messages.ts`); the statistics behind them
 * (Laplace U, Crow-AMSAA β) stay in `evidence`.
 */
export function buildFindings(input: FindingsInput): Finding[] {
  const { current, previous, format } = input;
  const text = CATALOGUES[format.language];
  const period = text.thisPeriod(input.periodKind);
  const out: Ranked[] = [];

  for (const problem of current.recurrence.problems) {
    out.push({
      kind: 'recurring-problem',
      severity: problem.count >= 2 * input.minOccurrences ? 'high' : 'medium',
      weight: problem.count,
      message: text.recurringProblem(
        { key: problem.key, count: problem.count, first: format.date(problem.first), last: format.date(problem.last), windowDays: input.windowDays },
        format,
      ),
      evidence: { key: problem.keyFields, count: problem.count, first: problem.first, last: problem.last, ticketIds: problem.ticketIds },
    });
  }

  // Keys, then a lookup per asset: `Object.entries` would build a pair for each of ~100k assets.
  const reliabilityByAsset = current.reliability.byAsset;
  for (const assetId of Object.keys(reliabilityByAsset)) {
    const asset = reliabilityByAsset[assetId]!;
    if (!asset.accelerating || asset.laplaceU === null) continue;
    const failures = asset.failures ?? 0;
    out.push({
      kind: 'accelerating-failures',
      severity: 'high',
      weight: asset.laplaceU,
      message: text.acceleratingFailures(
        { assetId, failures, period, gap: asset.lastGapHours === null ? null : text.gap(asset.lastGapHours, format) },
        format,
      ),
      evidence: {
        assetId,
        failures,
        laplaceU: asset.laplaceU,
        laplaceCritical: LAPLACE_CRITICAL,
        crowBeta: asset.crowBeta,
        mtbfHours: asset.mtbfHours,
        lastGapHours: asset.lastGapHours,
        ticketIds: asset.ticketIds,
      },
    });
  }

  for (const target of ['response', 'resolution'] as const) {
    if (previous === null || input.previousLabel === null || input.comparable === false) break;
    const now = current.sla[target];
    const before = previous.sla[target];
    if (now === null || before === null || now.adherence === null || before.adherence === null) continue;
    if (!judgedEnough(current, now) || !judgedEnough(previous, before)) continue;
    const drop = before.adherence - now.adherence;
    if (drop < SLA_SLIP_POINTS) continue;
    out.push({
      kind: 'sla-slipping',
      severity: manyJudged(now) && manyJudged(before) ? 'high' : 'medium',
      weight: drop * 100,
      message: text.slaSlipping({ target, now: now.adherence, before: before.adherence, previousLabel: input.previousLabel }, format),
      evidence: {
        target,
        adherence: now.adherence,
        previousAdherence: before.adherence,
        breached: now.breached,
        ticketIds: current.sla.ticketIds[target].breached,
      },
    });
  }

  for (const target of slaJudgedAgainstTarget(current)) {
    const now = current.sla[target]!;
    const adherence = now.adherence!;
    const goal = input.slaAdherenceTarget;
    if (adherence >= goal) continue;
    out.push({
      kind: 'sla-below-target',
      severity: goal - adherence >= SLA_FAR_BELOW_POINTS && manyJudged(now) ? 'high' : 'medium',
      weight: (goal - adherence) * 100,
      message: text.slaBelowTarget({ target, adherence, goal, breached: now.breached, period, defaults: input.slaDefaults ?? { targets: false, goal: false } }, format),
      evidence: {
        target,
        adherence,
        goal,
        met: now.met,
        breached: now.breached,
        ticketIds: current.sla.ticketIds[target].breached,
      },
    });
  }

  for (const target of ['response', 'resolution'] as const) {
    const ours = current.sla[target];
    const theirs = current.sla.source[target];
    if (ours === null || theirs === null || ours.adherence === null || theirs.adherence === null) continue;
    if (theirs.compared < SLA_MIN_TICKETS || theirs.disagreements < SOURCE_DISAGREEMENT_SHARE * theirs.compared) continue;
    // Both rates on the tickets both judged: Revue's over all it judged and the tool's over all
    // it judged are two sets (the tool may judge only the tickets it had a target for).
    const adherence = theirs.comparedMetByRevue / theirs.compared;
    const sourceAdherence = theirs.comparedMetBySource / theirs.compared;
    const gap = Math.abs(adherence - sourceAdherence);
    out.push({
      kind: 'sla-source-disagrees',
      severity: gap >= SLA_FAR_BELOW_POINTS && theirs.compared >= SLA_HIGH_MIN_TICKETS ? 'high' : 'medium',
      weight: (theirs.disagreements / theirs.compared) * 100,
      message: text.slaSourceDisagrees(
        { target, disagreements: theirs.disagreements, compared: theirs.compared, adherence, sourceAdherence, defaultTargets: input.slaDefaults?.targets ?? false },
        format,
      ),
      evidence: {
        target,
        adherence,
        sourceAdherence,
        compared: theirs.compared,
        disagreements: theirs.disagreements,
        ticketIds: theirs.disagreeingIds,
      },
    });
  }

  for (const assetId of current.fleet.pastUsefulLife.assetIds) {
    const corrective = current.tco.byAsset[assetId]?.byCategory.corrective ?? 0;
    const purchase = input.purchaseCost.get(assetId);
    const costly = purchase !== undefined && purchase > 0 ? corrective >= COSTLY_SHARE_OF_PURCHASE * purchase : corrective >= COSTLY_MIN_AMOUNT;
    if (!costly || corrective <= 0) continue;
    out.push({
      kind: 'past-useful-life-costly',
      severity: 'medium',
      weight: corrective,
      message: text.pastUsefulLifeCostly({ assetId, corrective, period, asOf: input.asOf === undefined ? null : format.date(input.asOf) }, format),
      evidence: { assetId, correctiveCost: corrective, purchaseCost: purchase ?? null, pastUsefulLifeAt: input.asOf ?? null },
    });
  }

  const lost = current.lostHours;
  if (lost.perEmployeePerYear !== null && lost.perEmployeePerYear > lost.benchmark.high) {
    out.push(lostHoursFinding(null, lost.perEmployeePerYear, lost.totalHours, format));
  }
  const clients = Object.entries(lost.perEmployeePerYearByClient);
  if (clients.length > 1) {
    for (const [client, value] of clients) {
      if (value !== null && value > lost.benchmark.high) {
        out.push(lostHoursFinding(client, value, lost.byClient[client] ?? null, format));
      }
    }
  }

  const backlog = current.fleet.backlog;
  const aged = backlog.byAge['>30d'] ?? 0;
  if (aged > 0 && backlog.oldestHours !== null) {
    // ticketIds are the backlog's, oldest first: the first `aged` are those open 30 days or more.
    const oldestDays = Math.floor(backlog.oldestHours / 24);
    out.push({
      kind: 'backlog-aged',
      severity: 'medium',
      weight: aged,
      message: text.backlogAged({ count: aged, oldestId: backlog.ticketIds[0] ?? '', oldestDays, days: BACKLOG_AGED_DAYS, asOf: input.asOf === undefined ? null : format.date(input.asOf) }, format),
      evidence: { count: aged, days: BACKLOG_AGED_DAYS, oldestHours: backlog.oldestHours, ticketIds: backlog.ticketIds.slice(0, aged) },
    });
  }

  const expiring = current.fleet.warrantyExpiringSoon;
  if (expiring.count > 0) {
    const ids = expiring.assets.map((asset) => asset.id);
    const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? '…' : '');
    out.push({
      kind: 'warranty-expiring',
      severity: 'low',
      weight: expiring.count,
      message: text.warrantyExpiring({ count: expiring.count, shown }, format),
      evidence: { count: expiring.count, assets: expiring.assets },
    });
  }

  out.push(...preventiveFindings(current, input.comparable === false ? null : previous, input.previousLabel ?? '', format, input.timezone ?? 'UTC'));

  return capPerKind(out.sort(byRank), format).map(({ weight: _weight, ...finding }) => finding);
}

/** Keeps the first MAX_PER_KIND findings of each kind and sums the rest up in one sentence. */
function capPerKind(sorted: Ranked[], format: Formatter): Ranked[] {
  const byKind = new Map<string, Ranked[]>();
  for (const finding of sorted) {
    const list = byKind.get(finding.kind) ?? [];
    list.push(finding);
    byKind.set(finding.kind, list);
  }
  const kept: Ranked[] = [];
  for (const list of byKind.values()) {
    kept.push(...list.slice(0, MAX_PER_KIND));
    const rest = list.slice(MAX_PER_KIND);
    if (rest.length === 0) continue;
    kept.push({
      kind: rest[0]!.kind,
      severity: 'low',
      weight: 0,
      message: CATALOGUES[format.language].more(rest[0]!.kind, rest.length, format),
      evidence: { more: rest.map((finding) => finding.evidence) },
    });
  }
  return kept.sort(byRank);
}

function byRank(a: Ranked, b: Ranked): number {
  return (
    SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
    KIND_RANK[a.kind] - KIND_RANK[b.kind] ||
    b.weight - a.weight ||
    a.message.localeCompare(b.message)
  );
}

function lostHoursFinding(client: string | null, perEmployee: number, hours: number | null, format: Formatter): Ranked {
  return {
    kind: 'lost-hours-above-benchmark',
    severity: 'high',
    weight: perEmployee,
    message: CATALOGUES[format.language].lostHoursAboveBenchmark({ client, perEmployeePerYear: perEmployee }, format),
    evidence: { client, perEmployeePerYear: perEmployee, lostHours: hours, benchmark: { low: 50, high: 100 } },
  };
}

/**
 * The SLA targets (response, resolution) whose adherence this period is judged against the
 * policy's `slaAdherenceTarget`: measured, over at least {@link SLA_MIN_TICKETS} judged tickets,
 * and over more judged tickets than tickets closed at an unknown time. When most tickets that
 * ended have no end instant, the judged ones are mostly those still open and already late (an
 * open ticket can only be judged once late): their rate is not the period's, and opening the
 * review on it would blame the team for the export's gap. The summary still shows the rate with
 * its counts (`0% (0/7, 472 closed at an unknown time)`), so nothing is hidden. Nor when the
 * tickets without a target for their priority outnumber the judged ones (see `judgedEnough`).
 * The report lists a default target as an assumption exactly when this is not empty.
 *
 * @example
 * slaJudgedAgainstTarget(kpis); // => ['resolution'] (no first-response column: response is not measured)
 */
export function slaJudgedAgainstTarget(current: KpiSet): ('response' | 'resolution')[] {
  return (['response', 'resolution'] as const).filter((target) => {
    const now = current.sla[target];
    if (now === null || now.adherence === null) return false;
    return judgedEnough(current, now);
  });
}

/**
 * Whether an SLA rate rests on enough of its period's tickets to open a review on: at least
 * `SLA_MIN_TICKETS` judged, more than were closed at an unknown time, and at least as many as
 * the tickets whose priority has no target. A published GLPI export whose priority words Revue did
 * not know opened on "33.3% resolved on time: 4 late", a rate of 6 tickets beside 924 without a
 * target; the summary cell keeps the rate with its counts.
 */
function manyJudged(outcome: SlaOutcome): boolean {
  return outcome.met + outcome.breached >= SLA_HIGH_MIN_TICKETS;
}

function judgedEnough(current: KpiSet, outcome: SlaOutcome): boolean {
  const judged = outcome.met + outcome.breached;
  return judged >= SLA_MIN_TICKETS && judged > outcome.unknown && judged >= (current.sla.withoutTarget ?? 0);
}
