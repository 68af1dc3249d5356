/**
 * The words beside the Activity section's "Open at period end" card: when the tickets are
 * counted — the end of the period's last month ("at the end of June 2026"), not the instant after
 * it (1 July) — and how many were open at the end of the previous period when the two compare,
 * in kpi-core's catalogue's words (the CLI's review says the same: `backlogWhen`, `backlogBefore`).
 */
import type { Report } from '@revue/kpi-core';
import { backlogWhen, CATALOGUES, formatter } from '@revue/kpi-core/report';
import { periodName, type Format } from '../format/format.js';
import type { Language } from '../i18n/index.js';
import { previousComparable } from '../policy/comparison.js';

/** The card's two lines: when the count is taken, and the previous period's count (or null). */
export interface BacklogNotes {
  when: string | null;
  before: string | null;
}

/** A sentence fragment as a line of its own: "at the end…" → "At the end…". */
function capitalised(text: string, locale: string): string {
  return text.charAt(0).toLocaleUpperCase(locale) + text.slice(1);
}

/**
 * When the last month's open tickets are counted, and the previous period's count when the data
 * cover both periods alike (never against a date before the data).
 *
 * @example
 * backlogNotes(demo2026Q2, 'en', format); // → { when: 'At the end of June 2026', before: '23 at the end of Q1 2026' }
 */
export function backlogNotes(
  report: Pick<Report, 'backlogTrend' | 'asOf' | 'previous' | 'coverage' | 'currency' | 'timezone'>,
  language: Language,
  format: Format,
): BacklogNotes {
  const catalogue = CATALOGUES[language];
  const f = formatter(language, report.currency, report.timezone);
  const last = report.backlogTrend.months.at(-1);
  const atStart = report.backlogTrend.openAtPeriodStart;
  const previous = report.previous.period;
  return {
    // No count (the export says nothing of how tickets ended): the card says why, not when.
    when: last === undefined || last.open === null ? null : capitalised(catalogue.backlogWhen(backlogWhen(last, report.asOf, f)), format.locale),
    before:
      previous === null || atStart === null || atStart === undefined || !previousComparable(report)
        ? null
        : catalogue.backlogBefore(f.number(atStart, 0), periodName(previous.label, format)),
  };
}
