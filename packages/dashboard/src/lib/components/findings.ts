/**
 * Which findings a list shows: the most severe first, cut to a few on screen — and how many the
 * cut leaves out, so the page can say so and show them all (the CLI's review lists every one).
 */
import type { Finding, Report } from '@revue/kpi-core';
import type { Language } from '../i18n/index.js';
import { shownFindings } from '../policy/comparison.js';

const ORDER = { high: 0, medium: 1, low: 2 } as const;

/** The findings shown and the number left out. */
export interface FindingsShown {
  shown: Finding[];
  hidden: number;
}

/**
 * The findings by severity (high first, the report's order kept within a severity), the first
 * `limit` of them unless `all`.
 *
 * @example
 * findingsShown(fifteenFindings, 6, false); // → { shown: [the 6 most severe], hidden: 9 }
 */
export function findingsShown(findings: readonly Finding[], limit: number, all: boolean): FindingsShown {
  const ordered = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const shown = all ? ordered : ordered.slice(0, limit);
  return { shown, hidden: ordered.length - shown.length };
}

/**
 * The findings a page in `language` may show, or null when the report is in another language.
 * kpi-core writes each finding's sentence in the report's language (buildReport `language`); after
 * the language is switched, the page's words change at once but the report on screen is still the
 * previous one until the worker has computed the new one (seconds on a large file). Its sentences
 * would then be English on a French page: null instead, and the page says it is analysing. The
 * comparing findings are left out as {@link shownFindings} does.
 *
 * @example
 * findingsInLanguage(sampleReport({ language: 'en' }), 'fr'); // → null
 * findingsInLanguage(sampleReport({ language: 'fr' }), 'fr'); // → the 3 French findings
 */
export function findingsInLanguage(report: Pick<Report, 'language' | 'coverage' | 'previous' | 'findings'>, language: Language): Finding[] | null {
  return report.language === language ? shownFindings(report) : null;
}
