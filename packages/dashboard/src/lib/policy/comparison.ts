/**
 * Whether a review may compare its period with the previous one (issue 10), by kpi-core's one
 * rule (`comparisonOf` in `@revue/kpi-core/report`, which the Markdown review and the findings
 * read too): only a period the data covers as fully as the other. A period partly covered (the
 * export starts inside it, or it is not over) is compared only with an equally partial one — the
 * same number of covered days out of the same number of days — and otherwise the page says why
 * not, in kpi-core's catalogue's words (the CLI's sentence), instead of a ▲/▼ against figures
 * that count fewer days. Nothing is decided here.
 */
import type { Report } from '@revue/kpi-core';
import { CATALOGUES, comparisonOf, formatter, type Comparison } from '@revue/kpi-core/report';
import type { Language } from '../i18n/index.js';

export type { Comparison };

/**
 * How the period of a report compares with the previous one (kpi-core's `comparisonOf` over the
 * two periods' coverage).
 *
 * @example
 * // 2025-10-11..2025-10-31 with data from 1 Oct: the previous 21 days (20 Sep … 10 Oct) hold 10 days of data.
 * reportComparison(report); // → { kind: 'previous-partial', covered: 10, total: 21 }
 */
export function reportComparison(report: Pick<Report, 'coverage' | 'previous'> & Partial<Pick<Report, 'openOnly'>>): Comparison {
  return comparisonOf(report.coverage, report.previous.coverage, report.openOnly === true);
}

/**
 * Why the period is not compared with the previous one, in the language on screen — the sentence
 * `revue report --format md` writes under the title — or null when it is compared (or there is
 * nothing to compare with).
 *
 * @example
 * comparisonNote(reportOf('2016-Q2'), 'en'); // → 'Previous period not comparable: data covers 32 of 91 days.'
 */
export function comparisonNote(report: Pick<Report, 'coverage' | 'previous' | 'currency' | 'timezone'> & Partial<Pick<Report, 'openOnly'>>, language: Language): string | null {
  return CATALOGUES[language].comparison(reportComparison(report), formatter(language, report.currency, report.timezone));
}

/**
 * How much of a partly covered period the figures count, in the language on screen — the
 * sentence `revue report --format md` writes after the comparison's — or null for a whole period
 * (or when {@link comparisonNote} already gives the days).
 *
 * @example
 * coverageNote(reportOf('2025-H2'), 'en');
 * // → 'Data covers 92 of the 184 days of this period: every figure, costs included, counts only the time the data cover.'
 */
export function coverageNote(report: Pick<Report, 'coverage' | 'previous' | 'currency' | 'timezone'> & Partial<Pick<Report, 'openOnly'>>, language: Language): string | null {
  return CATALOGUES[language].partialCoverage(report.coverage, reportComparison(report), formatter(language, report.currency, report.timezone));
}

/**
 * True when the previous period's figures may stand beside this period's: both covered alike, or
 * no previous figures at all (nothing is then shown beside them anyway).
 *
 * @example
 * previousComparable(reportOf('2026-Q2')); // → true
 */
export function previousComparable(report: Pick<Report, 'coverage' | 'previous'> & Partial<Pick<Report, 'openOnly'>>): boolean {
  const kind = reportComparison(report).kind;
  return kind === 'comparable' || kind === 'none';
}

/** The findings that compare the period with the previous one (kpi-core's `sla-slipping`, `preventive-effect`). */
export const COMPARING_FINDINGS: ReadonlySet<string> = new Set(['sla-slipping', 'preventive-effect']);

/**
 * The findings of a report to show: those that compare with the previous period only when the
 * two periods may be compared. kpi-core's `buildFindings` leaves them out itself by the same
 * rule; this filter stays for reports built before that (kept in the browser).
 *
 * @example
 * shownFindings(reportOf('2025-10-11..2025-10-31')); // → the findings without 'sla-slipping'
 */
export function shownFindings(report: Pick<Report, 'coverage' | 'previous' | 'findings'> & Partial<Pick<Report, 'openOnly'>>): Report['findings'] {
  if (previousComparable(report)) return report.findings;
  return report.findings.filter((finding) => !COMPARING_FINDINGS.has(finding.kind));
}
