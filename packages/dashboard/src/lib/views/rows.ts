import type { Report } from '@revue/kpi-core';

/** Rows a long table shows on a presentation slide (1280×720): the top ten. */
export const SLIDE_ROWS = 10;

export interface TableWindowOptions {
  /** Rows the report lists. */
  listed: number;
  /** Rows there are in all (the report may list fewer, e.g. the 500 largest breaches). Default `listed`. */
  total?: number;
  /** Presentation mode: show at most `SLIDE_ROWS` rows and say how many more there are. */
  presenting: boolean;
  /** The user asked for every listed row. */
  expanded?: boolean;
  /** Rows shown on screen before "Show all". Default: every row. */
  limit?: number;
}

export interface TableWindow {
  /** Rows shown (the first ones of the list). */
  shown: number;
  /** On a slide, rows there are beyond those shown (total − shown), for "and N more"; else 0. */
  more: number;
  /** On screen, listed rows not shown yet (listed − shown), for "Show all"; else 0. */
  hidden: number;
  /** The report lists fewer rows than there are (total > listed). */
  capped: boolean;
}

/**
 * Which rows of a long table to show: on a slide the first `SLIDE_ROWS` (10) and the count of
 * the others, all there are (`total − shown`), so that a slide never scrolls; on screen the
 * first `limit` until the user expands the table, then every listed row.
 *
 * @example
 * tableWindow({ listed: 500, total: 1234, presenting: true });
 * // → { shown: 10, more: 1224, hidden: 0, capped: true }
 * tableWindow({ listed: 500, total: 1234, presenting: false, limit: 25 });
 * // → { shown: 25, more: 0, hidden: 475, capped: true }
 */
export function tableWindow(options: TableWindowOptions): TableWindow {
  const listed = Math.max(0, options.listed);
  const total = Math.max(listed, options.total ?? listed);
  const shown = options.presenting ? Math.min(listed, SLIDE_ROWS) : options.expanded || options.limit === undefined ? listed : Math.min(listed, Math.max(0, options.limit));
  return {
    shown,
    more: options.presenting ? total - shown : 0,
    hidden: options.presenting ? 0 : listed - shown,
    capped: total > listed,
  };
}

/**
 * How many entries a list of the report had before `compactReport` shortened it (its
 * `truncated[path].total`), else the length of the list as it is.
 *
 * @example
 * listedTotal(report, 'recurrence.problems', report.recurrence.problems.length); // → 1500 when 1000 were kept of 1500
 */
export function listedTotal(report: Pick<Report, 'truncated'>, path: string, length: number): number {
  const truncation = report.truncated?.[path];
  return truncation ? Math.max(length, truncation.total) : length;
}
