import type { Report } from '@revue/kpi-core';

/** A default the report used where the policy says nothing (DESIGN §2: defaults are assumptions). */
export interface Assumption {
  key: string;
  /** The value used, as text (`4h`, `{"mon":["08:00-18:00"]}`). */
  value: string;
  source: string;
}

/** A figure the report could not measure, and why (a reason code such as `no-rate`). */
export interface NotMeasured {
  figure: string;
  reason: string;
}

/** What the appendix "How these figures were computed" lists; null for a list the report lacks. */
export interface ReportAppendix {
  assumptions: Assumption[] | null;
  notMeasured: NotMeasured[] | null;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function records(value: unknown): Array<Record<string, unknown>> | null {
  if (!Array.isArray(value)) return null;
  return value.filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && !Array.isArray(item));
}

/**
 * The report's `assumptions` and `notMeasured` lists (DESIGN §6), read defensively: a report
 * made before they existed has neither (null, so the exports say the report does not list them
 * rather than "nothing was assumed"); entries that are not objects are skipped and values that
 * are not text are written as JSON.
 *
 * @example
 * reportAppendix({ ...report, notMeasured: [{ figure: 'lostHours.cost', reason: 'no-rate' }] }).notMeasured;
 * // → [{ figure: 'lostHours.cost', reason: 'no-rate' }]
 */
export function reportAppendix(report: Report): ReportAppendix {
  const loose = report as unknown as { assumptions?: unknown; notMeasured?: unknown };
  const assumptions = records(loose.assumptions);
  const notMeasured = records(loose.notMeasured);
  return {
    assumptions: assumptions && assumptions.map((a) => ({ key: text(a.key), value: text(a.value), source: text(a.source) })),
    notMeasured: notMeasured && notMeasured.map((n) => ({ figure: text(n.figure), reason: text(n.reason) })),
  };
}
