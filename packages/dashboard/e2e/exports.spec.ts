import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { openDemo, recordRequests, SCREENSHOTS, SECTIONS, waitForCharts, waitForSection } from './helpers.js';

/** The printed sections are kept beside the screenshots, to be looked at (git-ignored). */
const PDF_DIR = join(SCREENSHOTS, 'pdf');

/** Runs an entry of the header's export menu and returns the file it downloads. */
async function exportFromMenu(page: Page, id: string): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export-menu').locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId(`export-${id}`).click()]);
  const path = await download.path();
  return { download, bytes: readFileSync(path) };
}

test.describe('exports', () => {
  test('print stylesheet: chrome hidden, cards and charts never split (long tables between rows only) nor wider than their card', async ({ page }) => {
    await openDemo(page, '/sla');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByTestId('export-menu')).toBeHidden();
    await expect(page.getByTestId('present')).toBeHidden();
    await expect(page.locator('nav.sections')).toBeHidden();
    const layout = await page.evaluate(() => {
      const cards = [...document.querySelectorAll('.card, figure')];
      return {
        // A card holding a table may be longer than a page: it breaks between rows, never inside one.
        unsplittable: cards.every((card) => getComputedStyle(card).breakInside === 'avoid' || (card.querySelector('table') !== null && [...card.querySelectorAll('tr')].every((row) => getComputedStyle(row).breakInside === 'avoid'))),
        chartsFit: [...document.querySelectorAll('[data-testid^="vega-chart-"] svg')].every((svg) => svg.getBoundingClientRect().width <= (svg.closest('figure') ?? svg).getBoundingClientRect().width + 1),
      };
    });
    expect(layout).toEqual({ unsplittable: true, chartsFit: true });
  });

  test('print → PDF: each section prints as a valid PDF, the review as one page or more per section', async ({ page }) => {
    let pages = 0;
    await openDemo(page, '/');
    const query = new URL(page.url()).search;
    for (const section of SECTIONS) {
      await page.emulateMedia({ media: 'screen' });
      await page.goto(`${section.path}${query}`);
      await waitForSection(page, section.id);
      await page.emulateMedia({ media: 'print' });
      await waitForCharts(page);
      const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
      expect(pdf.subarray(0, 5).toString('latin1'), section.id).toBe('%PDF-');
      const document = await PDFDocument.load(pdf);
      // print.css asks for A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
      const { width, height } = document.getPage(0).getSize();
      expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
      pages += document.getPageCount();
      mkdirSync(PDF_DIR, { recursive: true });
      writeFileSync(join(PDF_DIR, `${section.id}.pdf`), pdf);
    }
    expect(pages).toBeGreaterThanOrEqual(SECTIONS.length);
  });

  test('PowerPoint: a .pptx zip with a title slide, one slide per section and a closing slide, charts native', async ({ page, baseURL }) => {
    await openDemo(page, '/');
    const requests = recordRequests(page, new URL(baseURL!).origin);
    const { download, bytes } = await exportFromMenu(page, 'pptx');
    expect(download.suggestedFilename()).toMatch(/\.pptx$/);
    // A zip starts with 'PK\x03\x04' (local file header, APPNOTE.TXT §4.3.7).
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
    const files = unzipSync(new Uint8Array(bytes));
    const slides = Object.keys(files).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    // Each section's slide, some followed by detail slides (the volume, missed windows, assets to replace).
    expect(slides.length).toBeGreaterThanOrEqual(SECTIONS.length + 2);
    for (let i = 1; i <= slides.length; i++) expect(files[`ppt/slides/slide${i}.xml`]).toBeDefined();
    // Charts are native chart parts (editable in PowerPoint), not pictures.
    const charts = Object.keys(files).filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
    expect(charts.length).toBeGreaterThanOrEqual(SECTIONS.length - 1);
    expect(Object.keys(files).filter((n) => /^ppt\/media\/.+\.png$/.test(n))).toEqual([]);
    // Slide 1 is the cover, 2 the summary, 3 the activity, 4 its volume by category and priority.
    expect(strFromU8(files['ppt/slides/slide3.xml']!)).toContain('Ticket activity');
    expect(strFromU8(files['ppt/slides/slide4.xml']!)).toContain('Tickets opened in the period');
    // Building the deck loads code from the app's origin only and sends nothing.
    expect(requests.outsiders()).toEqual([]);
  });

  test('CSV of a section: UTF-8 with BOM, a header line and one line per row', async ({ page }) => {
    await openDemo(page, '/incidents');
    const { download, bytes } = await exportFromMenu(page, 'csv');
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).split('\r\n').filter((l) => l !== '');
    // Demo data: a first column says so on every line (csv.ts `demo`).
    expect(lines[0]).toBe('Data,Key,Incidents,First,Last,Tickets');
    expect(lines.length).toBeGreaterThan(1);
  });
});
