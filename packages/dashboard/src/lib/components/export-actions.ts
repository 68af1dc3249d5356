/**
 * The entries of the header's export menu, each wired to a function of `lib/export` (which owns
 * the file formats). Add an entry here to add it to the menu.
 */
import type { Report } from '@revue/kpi-core';
import { chartsDrawn, exportPptx, exportSectionCsv, printReview, saveBlob, safeFileName } from '../export/index.js';
import { sectionTable } from '../export/tables.js';
import { periodName } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import type { Section } from '../sections.js';
import type { Review } from '../state/review.svelte.js';

export interface ExportContext {
  report: Report;
  review: Review;
  /** The section on screen, or null on other pages (the data page, the print view). */
  section: Section['id'] | null;
  /**
   * Shows the whole review on one page (the `/print` route, keeping the filters in the URL) and
   * resolves once it is on screen with the report of those filters.
   */
  openPrintView: () => Promise<void>;
}

export interface ExportAction {
  id: string;
  label: MessageKey;
  /** False when the action does not apply on this page. */
  available?: (context: ExportContext) => boolean;
  run: (context: ExportContext) => void | Promise<void>;
}

function baseName(report: Report): string {
  return `revue-${report.period.label}${report.client ? `-${report.client}` : ''}`;
}

/**
 * The name of a file exported from a review: `revue-<period>[-<client>]-<suffix>`, made safe for
 * every desktop system (`safeFileName`).
 *
 * @example
 * reviewFileName(report, 'sla-by-month.png'); // → 'revue-2026-Q3-Bistro-sla-by-month.png'
 */
export function reviewFileName(report: Report, suffix: string): string {
  return safeFileName(`${baseName(report)}-${suffix}`);
}

/** The document title while printing, which browsers offer as the PDF's file name. */
export function printTitle(report: Report, review: Pick<Review, 'format'>): string {
  return `Revue – ${periodName(report.period.label, review.format)}${report.client ? ` – ${report.client}` : ''}`;
}

/** The export menu, in order. */
export const EXPORT_ACTIONS: readonly ExportAction[] = [
  {
    id: 'print',
    label: 'export.print',
    // The whole review: every section on one page (/print), each on its own sheet (print.css),
    // printed once its charts are drawn.
    run: async ({ report, review, openPrintView }) => {
      await openPrintView();
      await printReview({ title: printTitle(review.report ?? report, review), prepare: () => chartsDrawn() });
    },
  },
  {
    id: 'csv',
    label: 'export.csv',
    available: ({ section }) => section !== null,
    run: ({ report, review, section }) => {
      if (section === null) return;
      const table = sectionTable(report, section, review.filters.language);
      exportSectionCsv(table.rows, table.columns, `${baseName(report)}-${table.name}.csv`);
    },
  },
  {
    id: 'pptx',
    label: 'export.pptx',
    run: async ({ report, review }) => {
      await exportPptx(report, { language: review.filters.language });
    },
  },
  {
    id: 'report-json',
    label: 'export.reportJson',
    run: ({ report }) => saveBlob(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }), safeFileName(`${baseName(report)}.json`)),
  },
];
