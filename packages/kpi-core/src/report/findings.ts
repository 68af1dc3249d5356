/**
 * Findings: the few plain sentences a review should open with, each with the figures behind it.
 * Thresholds are named here so that a test and a reader can see why a finding fires.
 */
import type { Finding, KpiSet } from './types.js';
import type { Formatter } from './format.js';
import { preventiveFindings } from './findings-preventive.js';

/** An SLA adherence drop of at least this many points (0.05 = 5 points) is "slipping". */
export const SLA_SLIP_POINTS = 0.05;
/** Below this many judged tickets in either period, an adherence change says nothing. */
export const SLA_MIN_TICKETS = 5;
/** Corrective spend in the period, as a share of purchase cost, that makes an old asset "costly". */
export const COSTLY_SHARE_OF_PURCHASE = 0.2;
/** …or, without a purchase cost, at least this amount in the policy currency. */
export const COSTLY_MIN_AMOUNT = 500;
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
  // The preventive plan is in the contract too; its good news comes last.
  'preventive-missed': 0.5,
  'preventive-effect': 6,
  'accelerating-failures': 1,
  'recurring-problem': 2,
  'lost-hours-above-benchmark': 3,
  'past-useful-life-costly': 4,
  'warranty-expiring': 5,
};

export interface FindingsInput {
  current: KpiSet;
  previous: KpiSet;
  previousLabel: string;
  /** The policy's `recurrence.minOccurrences`: a chain twice that long is a high-severity finding. */
  minOccurrences: number;
  /** Purchase cost per asset id, for the "past useful life and costly" rule. */
  purchaseCost: ReadonlyMap<string, number>;
  format: Formatter;
  /** The policy's time zone, to name the windows of the preventive plan ("May 2026"). Default UTC. */
  timezone?: string;
}

interface Ranked extends Finding {
  weight: number;
}

/**
 * Builds the ranked findings of a report: recurring problems, accelerating failures, SLA
 * slipping against the previous period, assets past useful life with high corrective cost,
 * lost hours above the 50–100 h/employee/year benchmark, warranties expiring within 90 days,
 * preventive tasks not kept and preventive work up while corrective incidents fall
 * (`findings-preventive.ts`).
 * Sorted by severity, then by kind (SLA, failures, recurrence, lost hours, costs, warranties),
 * then by the size of the problem.
 */
export function buildFindings(input: FindingsInput): Finding[] {
  const { current, previous, format } = input;
  const fr = format.language === 'fr';
  const out: Ranked[] = [];

  for (const problem of current.recurrence.problems) {
    out.push({
      kind: 'recurring-problem',
      severity: problem.count >= 2 * input.minOccurrences ? 'high' : 'medium',
      weight: problem.count,
      message: fr
        ? `${problem.key} : ${problem.count} incidents à répétition entre le ${format.date(problem.first)} et le ${format.date(problem.last)}.`
        : `${problem.key}: ${problem.count} repeated incidents between ${format.date(problem.first)} and ${format.date(problem.last)}.`,
      evidence: { key: problem.keyFields, count: problem.count, first: problem.first, last: problem.last, ticketIds: problem.ticketIds },
    });
  }

  // Keys, then a lookup per asset: `Object.entries` would build a pair for each of ~100k assets.
  const reliabilityByAsset = current.reliability.byAsset;
  for (const assetId of Object.keys(reliabilityByAsset)) {
    const asset = reliabilityByAsset[assetId]!;
    if (!asset.accelerating || asset.laplaceU === null) continue;
    const beta = asset.crowBeta === null ? '' : `, β = ${format.number(asset.crowBeta, 2)}`;
    out.push({
      kind: 'accelerating-failures',
      severity: 'high',
      weight: asset.laplaceU,
      message: fr
        ? `${assetId} tombe en panne de plus en plus souvent : ${asset.failures} pannes sur la période (test de Laplace U = ${format.number(asset.laplaceU, 2)} > ${format.number(LAPLACE_CRITICAL, 3)}${beta}).`
        : `${assetId} is failing more and more often: ${asset.failures} failures in the period (Laplace U = ${format.number(asset.laplaceU, 2)} > ${format.number(LAPLACE_CRITICAL, 3)}${beta}).`,
      evidence: { assetId, failures: asset.failures, laplaceU: asset.laplaceU, crowBeta: asset.crowBeta, mtbfHours: asset.mtbfHours, ticketIds: asset.ticketIds },
    });
  }

  for (const target of ['response', 'resolution'] as const) {
    const now = current.sla[target];
    const before = previous.sla[target];
    if (now.adherence === null || before.adherence === null) continue;
    if (now.met + now.breached < SLA_MIN_TICKETS || before.met + before.breached < SLA_MIN_TICKETS) continue;
    const drop = before.adherence - now.adherence;
    if (drop < SLA_SLIP_POINTS) continue;
    const what = fr ? (target === 'response' ? 'de prise en charge' : 'de résolution') : target;
    out.push({
      kind: 'sla-slipping',
      severity: 'high',
      weight: drop * 100,
      message: fr
        ? `Le respect du SLA ${what} recule de ${format.percent(before.adherence)} à ${format.percent(now.adherence)} (${format.points(-drop)} par rapport à ${input.previousLabel}).`
        : `The ${what} SLA met fell from ${format.percent(before.adherence)} to ${format.percent(now.adherence)} (${format.points(-drop)} against ${input.previousLabel}).`,
      evidence: {
        target,
        adherence: now.adherence,
        previousAdherence: before.adherence,
        breached: now.breached,
        ticketIds: current.sla.ticketIds[target].breached,
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
      message: fr
        ? `${assetId} a dépassé sa durée de vie utile et a coûté ${format.money(corrective)} en maintenance corrective sur la période : à remplacer ?`
        : `${assetId} is past its useful life and cost ${format.money(corrective)} in corrective maintenance this period: time to replace it?`,
      evidence: { assetId, correctiveCost: corrective, purchaseCost: purchase ?? null },
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

  const expiring = current.fleet.warrantyExpiringSoon;
  if (expiring.count > 0) {
    const ids = expiring.assets.map((asset) => asset.id);
    const shown = ids.slice(0, 5).join(', ') + (ids.length > 5 ? '…' : '');
    out.push({
      kind: 'warranty-expiring',
      severity: 'low',
      weight: expiring.count,
      message: fr
        ? `${expiring.count} équipement${expiring.count > 1 ? 's' : ''} sort${expiring.count > 1 ? 'ent' : ''} de garantie dans les 90 jours (${shown}).`
        : `${expiring.count} asset${expiring.count > 1 ? 's' : ''} leave${expiring.count > 1 ? '' : 's'} warranty within 90 days (${shown}).`,
      evidence: { count: expiring.count, assets: expiring.assets },
    });
  }

  out.push(...preventiveFindings(current, previous, input.previousLabel, format, input.timezone ?? 'UTC'));

  return capPerKind(
    out.sort(byRank),
    format,
  ).map(({ weight: _weight, ...finding }) => finding);
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
    const fr = format.language === 'fr';
    const noun = fr ? MORE_FR[rest[0]!.kind] : MORE_EN[rest[0]!.kind];
    kept.push({
      kind: rest[0]!.kind,
      severity: 'low',
      weight: 0,
      message: fr ? `Et ${rest.length} autre${rest.length > 1 ? 's' : ''} ${noun}.` : `And ${rest.length} more ${noun}.`,
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

const MORE_EN: Record<string, string> = {
  'recurring-problem': 'recurring problem(s)',
  'accelerating-failures': 'asset(s) failing faster and faster',
  'sla-slipping': 'SLA target(s) slipping',
  'past-useful-life-costly': 'asset(s) past their useful life with corrective costs',
  'lost-hours-above-benchmark': 'client(s) above the lost-hours benchmark',
  'warranty-expiring': 'warranty expiries',
  'preventive-missed': 'preventive task(s) not kept',
  'preventive-effect': 'asset type(s) where preventive work rose and corrective incidents fell',
};
const MORE_FR: Record<string, string> = {
  'recurring-problem': 'problème(s) récurrent(s)',
  'accelerating-failures': 'équipement(s) aux pannes de plus en plus fréquentes',
  'sla-slipping': 'SLA en recul',
  'past-useful-life-costly': 'équipement(s) en fin de vie avec des coûts de maintenance corrective',
  'lost-hours-above-benchmark': 'client(s) au-dessus du repère d’heures perdues',
  'warranty-expiring': 'fin(s) de garantie',
  'preventive-missed': 'tâche(s) préventive(s) non tenue(s)',
  'preventive-effect': 'type(s) d’équipement où le préventif augmente et les incidents correctifs baissent',
};

function lostHoursFinding(client: string | null, perEmployee: number, hours: number | null, format: Formatter): Ranked {
  const fr = format.language === 'fr';
  const who = client === null ? (fr ? 'Les utilisateurs' : 'Staff') : client;
  return {
    kind: 'lost-hours-above-benchmark',
    severity: 'high',
    weight: perEmployee,
    message: fr
      ? `${who} perd${client === null ? 'ent' : ''} ${format.number(perEmployee, 0)} h par salarié et par an à cause des incidents (repère : 50 à 100 h).`
      : `${who} ${client === null ? 'lose' : 'loses'} ${format.number(perEmployee, 0)} h per employee per year to incidents (benchmark: 50–100 h).`,
    evidence: { client, perEmployeePerYear: perEmployee, lostHours: hours, benchmark: { low: 50, high: 100 } },
  };
}
