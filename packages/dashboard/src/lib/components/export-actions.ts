/**
 * The entries of the header's export menu, each wired to a function of `lib/export` (which owns
 * the file formats). Add an entry here to add it to the menu.
 */
import type { Report } from '@revue/kpi-core';
import { chartsDrawn, csvConvention, deckFileName, exportXlsx, type CsvOptions, type DeckPlanOptions, exportPptx, exportSectionCsv, printReview, saveBlob, safeFileName } from '../export/index.js';
import { sectionTable } from '../export/tables.js';
import { periodName } from '../format/format.js';
import type { MessageKey } from '../i18n/index.js';
import type { Section } from '../sections.js';
import { batchZip } from '../export/batch.js';
import { batchRun } from '../export/batch-run.svelte.js';
import { deckPlan } from '../export/deck.js';
import { deckBytes } from '../export/pptx.js';
import { workbookBytes, workbookSheets } from '../export/xlsx.js';
import { browserStorage } from '../state/deck-settings.svelte.js';
import { loadBranding, loadCommentary } from '../state/deck.js';
import type { Review } from '../state/review.svelte.js';

// localStorage when there is one: one definition, beside the deck settings that read it too.
export { browserStorage };

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

/** `revue-<period>[-<client>][-demo]`: demo data says so in the file name too. */
function baseName(report: Pick<Report, 'period' | 'client'>, demo = false): string {
  return `revue-${report.period.label}${report.client ? `-${report.client}` : ''}${demo ? '-demo' : ''}`;
}

/**
 * The name of a file exported from a review: `revue-<period>[-<client>][-demo]-<suffix>`, made
 * safe for every desktop system (`safeFileName`).
 *
 * @example
 * reviewFileName(report, 'sla-by-month.png'); // → 'revue-2026-Q3-Bistro-sla-by-month.png'
 * reviewFileName(report, 'summary.csv', { demo: true }); // → 'revue-2026-Q3-Bistro-demo-summary.csv'
 */
export function reviewFileName(report: Pick<Report, 'period' | 'client'>, suffix: string, options: { demo?: boolean } = {}): string {
  return safeFileName(`${baseName(report, options.demo)}-${suffix}`);
}

/**
 * The CSV options of the review on screen: the convention of its language (French `;` and a
 * decimal comma), instants in the policy's time zone, and a "Demo data" first column when the
 * figures are the demo's.
 */
export function reviewCsvOptions(review: Pick<Review, 'filters' | 'isDemo' | 't'>, report: Pick<Report, 'timezone'>): CsvOptions {
  return {
    ...csvConvention(review.filters.language, report.timezone),
    ...(review.isDemo ? { demo: { header: review.t('export.dataColumn'), value: review.t('demo.label') } } : {}),
  };
}

/** The document title while printing, which browsers offer as the PDF's file name. */
export function printTitle(report: Report, review: Pick<Review, 'format'>): string {
  return `Revue – ${periodName(report.period.label, review.format)}${report.client ? ` – ${report.client}` : ''}`;
}

/**
 * What a deck of the review on screen carries besides its figures: the page language, the demo
 * label, the branding and the commentary of this client and period (saved in this browser).
 */
export function deckSettings(report: Pick<Report, 'client' | 'period'>, review: Pick<Review, 'filters' | 'isDemo'>): DeckPlanOptions {
  const storage = browserStorage();
  return {
    language: review.filters.language,
    isDemo: review.isDemo,
    branding: loadBranding(storage),
    commentary: loadCommentary(storage, report.client, report.period.label),
  };
}

/**
 * Exports the review of every client of the data, one file each (a deck or a workbook) in one
 * zip, as `revue --by-client` does: each client's report is computed by the worker in turn
 * (same period and language as on screen), with progress and cancel in the export menu. Each
 * file is built from its client's report alone.
 */
export async function exportEveryClient(report: Report, review: Review, kind: 'pptx' | 'xlsx'): Promise<void> {
  const clients = review.loaded?.clients ?? [];
  if (clients.length === 0) {
    batchRun.message = review.t('batch.noClients');
    return;
  }
  const period = review.filters.period ?? report.period.label;
  const language = review.filters.language;
  const demo = review.isDemo;
  const storage = browserStorage();
  const branding = loadBranding(storage);
  const files = review.loaded ? [review.loaded.files.tickets, review.loaded.files.assets ?? '', review.loaded.files.policy ?? ''] : [];
  const zip = await batchRun.run((signal, progress) =>
    batchZip({
      clients,
      signal,
      onProgress: progress,
      report: (client) => review.engine.request({ type: 'report', period, client, language }),
      file: async (clientReport, client) =>
        kind === 'pptx'
          ? { name: deckFileName(clientReport, { demo }), bytes: await deckBytes(deckPlan(clientReport, { language, isDemo: demo, branding, commentary: loadCommentary(storage, client, clientReport.period.label) })) }
          : { name: `${baseName(clientReport, demo)}.xlsx`, bytes: await workbookBytes(workbookSheets(clientReport, { language, isDemo: demo, branding, files })) },
    }),
  );
  if (zip === null) {
    batchRun.message = review.t('batch.cancelled');
    return;
  }
  const name = safeFileName(`revue-${period}-${review.t('filters.allClients')}${demo ? '-demo' : ''}-${kind}.zip`);
  saveBlob(new Blob([zip as BlobPart], { type: 'application/zip' }), name);
  batchRun.message = review.t('batch.done', { count: clients.length, file: name });
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
      exportSectionCsv(table.rows, table.columns, reviewFileName(report, `${table.name}.csv`, { demo: review.isDemo }), reviewCsvOptions(review, report));
    },
  },
  {
    id: 'xlsx',
    label: 'export.xlsx',
    run: async ({ report, review }) => {
      await exportXlsx(report, `${baseName(report, review.isDemo)}.xlsx`, {
        language: review.filters.language,
        isDemo: review.isDemo,
        files: review.loaded ? [review.loaded.files.tickets, review.loaded.files.assets ?? '', review.loaded.files.policy ?? ''] : [],
        branding: loadBranding(browserStorage()),
      });
    },
  },
  {
    id: 'pptx',
    label: 'export.pptx',
    run: async ({ report, review }) => {
      await exportPptx(report, { ...deckSettings(report, review), fileName: deckFileName(report, { demo: review.isDemo }) });
    },
  },
  {
    id: 'batch-pptx',
    label: 'export.batchPptx',
    available: ({ review }) => (review.loaded?.clients.length ?? 0) > 0 && !batchRun.running,
    run: ({ report, review }) => exportEveryClient(report, review, 'pptx'),
  },
  {
    id: 'batch-xlsx',
    label: 'export.batchXlsx',
    available: ({ review }) => (review.loaded?.clients.length ?? 0) > 0 && !batchRun.running,
    run: ({ report, review }) => exportEveryClient(report, review, 'xlsx'),
  },
  {
    id: 'report-json',
    label: 'export.reportJson',
    run: ({ report, review }) => saveBlob(new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }), safeFileName(`${baseName(report, review.isDemo)}.json`)),
  },
];
