/**
 * The figures that Revue and the DuckDB peer both compute (the "comparable subset"), and the
 * check that they agree. Definitions are DESIGN §5 restricted to what SQL does simply; each is
 * written out in bench/duckdb.ts beside its query.
 */

export const SLA_PRIORITIES = ['P1', 'P2', 'P3', 'P4', 'P5'] as const;
export const LABOUR_CATEGORIES = ['preventive', 'corrective', 'evolutive', 'proactive', 'unclassified'] as const;

export interface SlaCounts {
  met: number;
  breached: number;
  pending: number;
  /** met / (met + breached), null when both are 0. */
  adherence: number | null;
}

export interface ComparableFigures {
  /** (a) Wall-clock resolution adherence by priority, tickets opened in the period. */
  sla: Record<string, SlaCounts>;
  /** (b) Repeats by (assetId, category) within the window, over incidents opened in the period. */
  // Revue's figures are null for a period the data does not cover (never the case here): the
  // agreement table then shows the difference rather than hiding it.
  recurrence: { incidents: number | null; withKey: number | null; repeats: number | null; rate: number | null; problems: number };
  /** (c) Pooled fleet MTBF = Σ uptime / Σ failures, outages merged per asset. */
  reliability: { failures: number | null; uptimeHours: number | null; downtimeHours: number | null; mtbfHours: number | null };
  /** (d) Σ (effortMinutes / 60 × technician rate + cost) by maintenance type, tickets opened in the period. */
  labour: Record<string, number | null>;
}

/**
 * Every figure under one dotted name, for the agreement table.
 *
 * @example
 * flatten(figures).get('reliability.fleet.mtbfHours'); // → 6724.29…
 */
export function flatten(figures: ComparableFigures): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const [priority, counts] of Object.entries(figures.sla)) {
    for (const [name, value] of Object.entries(counts)) out.set(`sla.resolution.${priority}.${name}`, value);
  }
  for (const [name, value] of Object.entries(figures.recurrence)) out.set(`recurrence.${name}`, value);
  for (const [name, value] of Object.entries(figures.reliability)) out.set(`reliability.fleet.${name}`, value);
  for (const [name, value] of Object.entries(figures.labour)) out.set(`tco.labour.${name}`, value);
  return out;
}

export interface Agreement {
  figure: string;
  revue: number | null;
  duckdb: number | null;
  ok: boolean;
}

/**
 * True when two figures agree: both null, or |a − b| ≤ tolerance × max(|a|, |b|) (relative), with
 * an absolute floor of `tolerance` so that 0 and 1e-12 agree.
 *
 * @example
 * agrees(100, 100.00000001, 1e-6); // → true
 * agrees(0, null, 1e-6);           // → false
 */
export function agrees(a: number | null, b: number | null, tolerance: number): boolean {
  if (a === null || b === null) return a === b;
  if (!Number.isFinite(a) || !Number.isFinite(b)) return false;
  return Math.abs(a - b) <= tolerance * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Compares every figure that either side reports, by name; a figure present on one side only
 * counts as a disagreement.
 *
 * @example
 * compareFigures(revue, duckdb).every((row) => row.ok); // → true when they agree
 */
export function compareFigures(revue: ComparableFigures, duckdb: ComparableFigures, tolerance = 1e-6): Agreement[] {
  const left = flatten(revue);
  const right = flatten(duckdb);
  const names = [...new Set([...left.keys(), ...right.keys()])];
  return names.map((figure) => {
    const a = left.has(figure) ? left.get(figure)! : undefined;
    const b = right.has(figure) ? right.get(figure)! : undefined;
    const ok = a !== undefined && b !== undefined && agrees(a, b, tolerance);
    return { figure, revue: a ?? null, duckdb: b ?? null, ok };
  });
}
