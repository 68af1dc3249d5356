/**
 * Which findings a list shows: the most severe first, cut to a few on screen — and how many the
 * cut leaves out, so the page can say so and show them all (the CLI's review lists every one).
 */
import type { Finding } from '@revue/kpi-core';

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
