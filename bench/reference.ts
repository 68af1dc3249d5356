/**
 * A deliberately naive second implementation of the comparable subset (bench/comparable.ts),
 * over plain rows, used by the tests to check the DuckDB SQL: quadratic where that is simpler,
 * no window functions, no shared code with bench/duckdb.ts.
 */
import { LABOUR_CATEGORIES, SLA_PRIORITIES, type ComparableFigures, type SlaCounts } from './comparable.js';
import type { PeerParameters } from './duckdb.js';

export interface RefTicket {
  id: string;
  openedAt: number;
  type: string | null;
  maintenanceType: string | null;
  priority: string | null;
  category: string | null;
  assetId: string | null;
  resolvedAt: number | null;
  closedAt: number | null;
  pausedMinutes: number | null;
  effortMinutes: number | null;
  cost: number | null;
}

export interface RefAsset {
  id: string;
  /** Epoch ms of local midnight of inServiceDate, else of purchaseDate, else null. */
  inService: number | null;
  retired: number | null;
}

const isIncident = (t: RefTicket) => t.type === null || t.type === 'incident';

/**
 * The four comparable figures computed row by row (same definitions as bench/duckdb.ts).
 *
 * @example
 * compareFigures(referenceFigures(tickets, assets, p), duckdbSide).every((f) => f.ok); // → true
 */
export function referenceFigures(tickets: readonly RefTicket[], assets: readonly RefAsset[] | null, p: PeerParameters): ComparableFigures {
  const inPeriod = (ms: number) => ms >= p.period.start && ms < p.period.end;

  const sla: Record<string, SlaCounts> = {};
  for (const priority of SLA_PRIORITIES) {
    const target = p.resolutionTargetMinutes[priority];
    if (target === undefined) continue;
    let met = 0;
    let breached = 0;
    let pending = 0;
    for (const t of tickets) {
      if (t.priority !== priority || !inPeriod(t.openedAt)) continue;
      const resolution = t.resolvedAt ?? t.closedAt;
      if (resolution === null) {
        if ((p.asOf - t.openedAt) / 60000 > target) breached++;
        else pending++;
      } else {
        const elapsed = Math.max(0, (resolution - t.openedAt) / 60000 - (t.pausedMinutes ?? 0));
        if (elapsed <= target) met++;
        else breached++;
      }
    }
    sla[priority] = { met, breached, pending, adherence: met + breached === 0 ? null : met / (met + breached) };
  }

  const windowMs = p.windowDays * 86_400_000;
  const incidents = tickets.filter((t) => isIncident(t) && t.openedAt < p.period.end);
  const keyed = incidents.filter((t) => t.assetId !== null && t.category !== null);
  const sameKey = (a: RefTicket, b: RefTicket) => a.assetId === b.assetId && a.category === b.category;
  // Previous incident of the same key: the latest one opened no later, earlier in a stable order.
  const ordered = [...keyed].sort((a, b) => a.openedAt - b.openedAt);
  const isRepeat = new Map<RefTicket, boolean>();
  ordered.forEach((t, i) => {
    let previous: RefTicket | null = null;
    for (let j = i - 1; j >= 0; j--) {
      if (sameKey(ordered[j]!, t)) {
        previous = ordered[j]!;
        break;
      }
    }
    isRepeat.set(t, previous !== null && t.openedAt - previous.openedAt <= windowMs);
  });
  const chains: RefTicket[][] = [];
  for (const t of ordered) {
    const chain = chains.find((c) => sameKey(c[0]!, t) && c[c.length - 1] !== undefined && isRepeat.get(t) && isLast(c, t, ordered));
    if (chain) chain.push(t);
    else chains.push([t]);
  }
  const problems = chains.filter((c) => c.length >= p.minOccurrences && c.some((t) => inPeriod(t.openedAt))).length;
  const periodIncidents = incidents.filter((t) => inPeriod(t.openedAt));
  const periodKeyed = periodIncidents.filter((t) => t.assetId !== null && t.category !== null);
  const repeats = periodKeyed.filter((t) => isRepeat.get(t)).length;

  const windowEnd = Math.min(p.period.end, p.asOf);
  const failures = tickets.filter((t) => isIncident(t) && t.assetId !== null && t.openedAt < windowEnd);
  const fleet = new Map<string, [number, number]>();
  if (assets === null) {
    for (const t of failures) fleet.set(t.assetId!, [p.period.start, windowEnd]);
  } else {
    for (const a of assets) {
      fleet.set(a.id, [Math.max(p.period.start, a.inService ?? p.period.start), Math.min(windowEnd, a.retired ?? windowEnd)]);
    }
    for (const t of failures) if (!fleet.has(t.assetId!)) fleet.set(t.assetId!, [p.period.start, windowEnd]);
  }
  let uptime = 0;
  let downtime = 0;
  let failureCount = 0;
  for (const [id, [ws, we]] of fleet) {
    if (we <= ws) continue;
    const intervals = failures
      .filter((t) => t.assetId === id)
      .map((t) => [t.openedAt, t.resolvedAt ?? t.closedAt ?? p.asOf] as [number, number]);
    // Merge by repeated absorption until nothing overlaps (closed intervals: touching merges).
    let merged = intervals;
    let changed = true;
    while (changed) {
      changed = false;
      const next: [number, number][] = [];
      for (const iv of merged) {
        const host = next.find(([s, e]) => iv[0] <= e && s <= iv[1]);
        if (host) {
          host[0] = Math.min(host[0], iv[0]);
          host[1] = Math.max(host[1], iv[1]);
          changed = true;
        } else next.push([iv[0], iv[1]]);
      }
      merged = next;
    }
    let down = 0;
    for (const [s, e] of merged) {
      down += Math.max(0, Math.min(e, we) - Math.max(s, ws));
      if (s >= ws && s < we) failureCount++;
    }
    downtime += down;
    uptime += we - ws - down;
  }

  const labour: Record<string, number> = Object.fromEntries(LABOUR_CATEGORIES.map((c) => [c, 0]));
  for (const t of tickets) {
    if (!inPeriod(t.openedAt)) continue;
    const kind =
      t.maintenanceType !== null && ['preventive', 'corrective', 'evolutive', 'proactive'].includes(t.maintenanceType)
        ? t.maintenanceType
        : isIncident(t)
          ? 'corrective'
          : 'unclassified';
    labour[kind] = labour[kind]! + ((t.effortMinutes ?? 0) / 60) * p.technicianHourly + (t.cost ?? 0);
  }

  return {
    sla,
    recurrence: {
      incidents: periodIncidents.length,
      withKey: periodKeyed.length,
      repeats,
      rate: periodKeyed.length === 0 ? null : repeats / periodKeyed.length,
      problems,
    },
    reliability: {
      failures: failureCount,
      uptimeHours: uptime / 3_600_000,
      downtimeHours: downtime / 3_600_000,
      mtbfHours: failureCount === 0 ? null : uptime / 3_600_000 / failureCount,
    },
    labour,
  };
}

/** True when the chain's last incident is the previous incident of t's key. */
function isLast(chain: RefTicket[], t: RefTicket, ordered: RefTicket[]): boolean {
  const last = chain[chain.length - 1]!;
  const at = ordered.indexOf(t);
  for (let j = at - 1; j >= 0; j--) {
    const candidate = ordered[j]!;
    if (candidate.assetId === t.assetId && candidate.category === t.category) return candidate === last;
  }
  return false;
}
