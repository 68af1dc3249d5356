/**
 * Whether a review may compare its period with the previous one (issue 10): only a period the
 * data covers as fully as the other. A period partly covered (the export starts inside it, or it
 * is not over) is compared only with an equally partial one — the same number of covered days
 * out of the same number of days — and otherwise the page says why not, instead of a ▲/▼
 * against figures that count fewer days. Reads kpi-core's `coverage.days`; computes nothing.
 */
import type { Report } from '@revue/kpi-core';

export type Comparison =
  /** Both periods covered alike: changes are shown. */
  | { kind: 'comparable' }
  /** No previous figures at all (not covered, or outside 1970–2100): cards say "no previous value". */
  | { kind: 'none' }
  /** The previous period is partly covered and the current one not alike. */
  | { kind: 'previous-partial'; covered: number; total: number }
  /** The current period is partly covered (not over, or the data starts inside it), the previous one not alike. */
  | { kind: 'current-partial'; covered: number; total: number };

/**
 * How the period of a report compares with the previous one.
 *
 * @example
 * // 2025-10-11..2025-10-31 with data from 1 Oct: the previous 21 days (20 Sep … 10 Oct) hold 10 days of data.
 * comparisonOf(report); // → { kind: 'previous-partial', covered: 10, total: 21 }
 */
export function comparisonOf(report: Pick<Report, 'coverage' | 'previous'>): Comparison {
  const before = report.previous.coverage;
  const now = report.coverage;
  if (before === null || !before.covered || !now.covered) return { kind: 'none' };
  const alike = now.days.covered === before.days.covered && now.days.total === before.days.total;
  if ((!now.partial && !before.partial) || alike) return { kind: 'comparable' };
  if (before.partial) return { kind: 'previous-partial', covered: before.days.covered, total: before.days.total };
  return { kind: 'current-partial', covered: now.days.covered, total: now.days.total };
}

/**
 * True when the previous period's figures may stand beside this period's: both covered alike, or
 * no previous figures at all (nothing is then shown beside them anyway).
 *
 * @example
 * previousComparable(reportOf('2026-Q2')); // → true
 */
export function previousComparable(report: Pick<Report, 'coverage' | 'previous'>): boolean {
  const kind = comparisonOf(report).kind;
  return kind === 'comparable' || kind === 'none';
}

/** The findings that compare the period with the previous one (kpi-core's `sla-slipping`, `preventive-effect`). */
export const COMPARING_FINDINGS: ReadonlySet<string> = new Set(['sla-slipping', 'preventive-effect']);

/**
 * The findings of a report to show: those that compare with the previous period only when the
 * two periods may be compared. kpi-core's `buildFindings` now leaves them out itself by the same
 * rule (its `comparisonOf`, which the Markdown review reads too); this filter stays for reports
 * built before that.
 *
 * @example
 * shownFindings(reportOf('2025-10-11..2025-10-31')); // → the findings without 'sla-slipping'
 */
export function shownFindings(report: Pick<Report, 'coverage' | 'previous' | 'findings'>): Report['findings'] {
  const kind = comparisonOf(report).kind;
  if (kind === 'comparable' || kind === 'none') return report.findings;
  return report.findings.filter((finding) => !COMPARING_FINDINGS.has(finding.kind));
}
