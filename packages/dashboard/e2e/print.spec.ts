import { expect, test } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';
import { openDemo, SECTIONS, waitForCharts } from './helpers.js';
import { PRINT_PAGE } from './review-helpers.js';

declare global {
  interface Window {
    /** What the stubbed window.print saw each time it was called. */
    __prints: Array<{ title: string; charts: number; drawn: number; path: string; search: string }>;
  }
}

test.describe('whole-review print / PDF', () => {
  test('the export menu opens /print with the filters and prints once every chart is drawn', async ({ page }) => {
    // window.print() would open a dialog: record what the page looks like when it is called.
    await page.addInitScript(() => {
      window.__prints = [];
      window.print = () => {
        const charts = [...document.querySelectorAll('[data-testid^="vega-chart-"]')];
        window.__prints.push({ title: document.title, charts: charts.length, drawn: charts.filter((c) => c.querySelector('svg, canvas')).length, path: location.pathname, search: location.search });
      };
    });
    // The demo's 2026-Q3, whose charts and title these tests pin (the default period is 2026-Q2).
    await openDemo(page, '/sla', '?period=2026-Q3&lang=fr');
    const search = new URL(page.url()).search;
    expect(search).toMatch(/period=2026-Q3/);
    await page.getByTestId('export-menu').locator('summary').click();
    await page.getByTestId('export-print').click();

    await expect(page).toHaveURL(/\/print\?/);
    await expect.poll(() => page.evaluate(() => window.__prints.length), { timeout: 45_000 }).toBe(1);
    const [printed] = await page.evaluate(() => window.__prints);
    // Same filters (period, language) as the page the menu was used on.
    expect(printed!.path).toBe('/print');
    expect(new URLSearchParams(printed!.search).get('period')).toBe('2026-Q3');
    expect(new URLSearchParams(printed!.search).get('lang')).toBe('fr');
    // Every chart of every section was on the page, and drawn, when print() ran: the 26 chart
    // cards of the 10 section pages (activity 3, SLA 3, incidents 2, reliability 2, lost hours 3,
    // costs 3, fleet 3, preventive 6: by task, trend, the heat maps of the 4 tasks with windows in
    // 2026-Q3, replacement plan 1).
    expect(printed!.charts).toBe(26);
    expect(printed!.drawn).toBe(26);
    // The title is the PDF's default name while printing ("Revue – T3 2026" in French), restored after.
    expect(printed!.title).toMatch(/^Revue – T3 2026/);
    await expect(page).not.toHaveTitle(/^Revue – T3 2026/);
    // Printed once only.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.__prints.length)).toBe(1);
  });

  test('/print: the cover, then every section in order, each chart within one A4 page', async ({ page }) => {
    await openDemo(page, '/', '?period=2026-Q3');
    const query = new URL(page.url()).search;
    await page.goto(`/print${query}`);
    const view = page.getByTestId('print-view');
    await expect(view).toBeVisible();
    await expect(view.locator('[data-testid^="kpi-"]').first()).toBeVisible({ timeout: 45_000 });
    await waitForCharts(page);

    // Cover: client, period, data up to (the demo review: all clients, Q3 2026, 30 Sept 2026).
    await expect(page.getByTestId('print-client')).toHaveText('All clients');
    await expect(page.getByTestId('print-period')).toHaveText('Q3 2026');
    await expect(page.getByTestId('print-as-of')).toHaveText('30 Sept 2026');
    // Every section, in presentation order, directly inside the print view.
    const ids = await view.locator(':scope > section[data-testid^="section-"]').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-testid')));
    expect(ids).toEqual(SECTIONS.map((s) => `section-${s.id}`));
    // The same content as the section pages: e.g. the breaches table and the problems table.
    await expect(view.getByTestId('sla-breaches')).toBeVisible();
    await expect(view.getByTestId('recurring-problems')).toBeVisible();

    // Print layout at the width of the printable box of an A4 landscape page.
    await page.setViewportSize({ width: Math.round(PRINT_PAGE.width), height: Math.round(PRINT_PAGE.height) });
    await page.emulateMedia({ media: 'print' });
    await waitForCharts(page);
    const layout = await page.evaluate(() => {
      const sections = [...document.querySelectorAll('.print-view > section')];
      return {
        charts: [...document.querySelectorAll('[data-testid^="chart-"]')].map((chart) => {
          const box = chart.getBoundingClientRect();
          return { id: chart.getAttribute('data-testid'), height: box.height, width: box.width, breakInside: getComputedStyle(chart).breakInside, display: getComputedStyle(chart).display };
        }),
        // The cover, then each section and the appendix start a page.
        breaks: sections.map((s) => getComputedStyle(s).breakBefore),
        cards: [...document.querySelectorAll('.print-view .card')].every((card) => getComputedStyle(card).breakInside === 'avoid' || card.querySelector('table')),
        header: getComputedStyle(document.querySelector('.top')!).display,
        controls: [...document.querySelectorAll('.print-view button, .print-view .chart-actions')].every((e) => (e as HTMLElement).offsetParent === null),
      };
    });
    const cards = layout.charts.filter((c) => c.display !== 'none');
    // The 26 chart cards of the 10 sections (as in the test above).
    expect(cards.length).toBe(26);
    for (const chart of cards) {
      // A chart kept whole (break-inside: avoid) and no taller than a page is never cut across two.
      expect(chart.breakInside, chart.id!).toBe('avoid');
      expect(chart.height, chart.id!).toBeLessThanOrEqual(PRINT_PAGE.height);
      expect(chart.width, chart.id!).toBeLessThanOrEqual(PRINT_PAGE.width + 1);
    }
    expect(layout.breaks).toEqual(['auto', ...Array(SECTIONS.length).fill('page'), 'page']);
    // Cards are never split, except those holding a long table (split between rows).
    expect(layout.cards).toBe(true);
    // Screen chrome and per-chart buttons are not printed.
    expect(layout.header).toBe('none');
    expect(layout.controls).toBe(true);

    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const document = await PDFDocument.load(pdf);
    // The cover, one section per page at least, the appendix: 7 sections → 9 pages or more.
    expect(document.getPageCount()).toBeGreaterThanOrEqual(SECTIONS.length + 2);
    // A4 landscape: 297 × 210 mm = 841.9 × 595.3 pt.
    const { width, height } = document.getPage(0).getSize();
    expect([Math.round(width), Math.round(height)]).toEqual([842, 595]);
  });
});
