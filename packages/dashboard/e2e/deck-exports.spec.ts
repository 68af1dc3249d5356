/**
 * Exports ready to send (issue 12): each export is opened and inspected as a person would —
 * the PDF's text page by page, the PowerPoint's chart parts, the workbook's cells, the CSV's
 * separators — plus the data kept across a reload, the demo label and the per-client batch.
 */
import { expect, test, type Download, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { drawingTexts, partText, readCharts, readXlsx, unzipParts } from '../src/lib/export/testing/ooxml.js';
import { openDemo, SCREENSHOTS, SECTIONS, waitForCharts, waitForSection } from './helpers.js';
import { pdfPages } from './pdf-text.js';
import { analyseTickets, breachingTickets, parseCsv } from './review-helpers.js';

const OUT = join(SCREENSHOTS, 'exports');

/** Runs an entry of the header's export menu and returns the file it downloads. */
async function exportFromMenu(page: Page, id: string, timeout = 60_000): Promise<{ download: Download; bytes: Buffer }> {
  await page.getByTestId('export-menu').locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout }), page.getByTestId(`export-${id}`).click()]);
  return { download, bytes: readFileSync(await download.path()) };
}

function keep(name: string, bytes: Uint8Array): void {
  mkdirSync(OUT, { recursive: true });
  writeFileSync(join(OUT, name), bytes);
}

/** Branding and commentary as the settings screens save them (state/deck.ts keys). */
async function storeDeckSettings(page: Page): Promise<void> {
  await page.addInitScript(() => {
    localStorage.setItem('revue.branding.v1', JSON.stringify({ mspName: 'Infogérance Durand', primaryColor: '#224466' }));
    localStorage.setItem('revue.commentary.v1:*|2026-Q3', JSON.stringify({ sections: { sla: 'Two P1 outages in August, both on the old router.' }, nextSteps: 'Replace the core router\nReview the P2 targets' }));
  });
}

const normalise = (text: string) => text.normalize('NFKC').replace(/\s+/g, ' ');

test.describe('PDF (print view)', () => {
  test('cover, footer and "Page n of N" on every page, whole tables, no controls, commentary and appendix', async ({ page }) => {
    await storeDeckSettings(page);
    await openDemo(page, '/sla', '?period=2026-Q3');
    // On screen the breaches table shows 25 rows of the listed ones.
    const showing = await page.getByTestId('sla-breaches-showing').innerText();
    const listed = Number(/of ([\d,]+)/.exec(showing)![1]!.replace(/,/g, ''));
    expect(listed).toBeGreaterThan(25);

    const query = new URL(page.url()).search;
    await page.goto(`/print${query}`);
    const view = page.getByTestId('print-view');
    await expect(view.locator('[data-testid^="kpi-"]').first()).toBeVisible({ timeout: 45_000 });
    await waitForCharts(page);
    // Whole tables: every listed breach, no "Showing 25 of", no button, no drill-down toggle.
    await expect(view.getByTestId('breach-row')).toHaveCount(listed);
    const ids = await view.getByTestId('breach-row').locator('td:first-child').allInnerTexts();
    await page.emulateMedia({ media: 'print' });
    await waitForCharts(page);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    keep('review-en.pdf', pdf);

    const count = (await PDFDocument.load(pdf)).getPageCount();
    const pages = (await pdfPages(new Uint8Array(pdf))).map(normalise);
    expect(pages.length).toBe(count);
    expect(count).toBeGreaterThanOrEqual(SECTIONS.length + 2);
    const generated = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date());
    pages.forEach((text, i) => {
      // Footer and page number on every page, the demo label too.
      expect(text, `page ${i + 1}`).toContain(`Page ${i + 1} of ${count}`);
      expect(text, `page ${i + 1}`).toContain(`Infogérance Durand · All clients · Q3 2026 · Generated on ${generated}`);
      expect(text, `page ${i + 1}`).toContain('Demo data');
      // No page holds the footer only.
      const body = text.replace(/Page \d+ of \d+/, '').replace(/Infogérance Durand · All clients · Q3 2026 · Generated on [^·]+?\d{4}/, '').replace('Demo data', '').trim();
      expect(body.length, `page ${i + 1} is blank`).toBeGreaterThan(20);
    });
    // The cover: branding, client, period in words, dates, demo warning.
    expect(pages[0]).toContain('IT service review');
    expect(pages[0]).toContain('All clients');
    expect(pages[0]).toContain('Q3 2026 July – September 2026');
    expect(pages[0]).toContain('Data up to 30 Sept 2026');
    expect(pages[0]).toContain('Fictitious figures from the demo data');
    const all = pages.join('\n');
    // No interactive leftovers, nothing hidden.
    for (const leftover of ['Showing 25 of', 'Show all', 'Show the', 'PNG SVG CSV', 'Figures behind']) expect(all).not.toContain(leftover);
    for (const id of ids) expect(all, `breach ${id}`).toContain(id);
    // Commentary under its section, the next steps, the appendix.
    // (The section's commentary card, as on the whole-review page: "Comment", then the text.)
    expect(all).toContain('Comment Two P1 outages in August, both on the old router.');
    expect(all).toContain('Next steps 1. Replace the core router 2. Review the P2 targets');
    expect(all).toContain('How these figures were computed');
    expect(all).toMatch(/Assumptions: defaults used where the policy says nothing/);
    expect(all).toMatch(/Figures not measured, and why/);
  });

  test('in French: "Page n sur N", the period "T3 2026 juillet – septembre 2026"', async ({ page }) => {
    await openDemo(page, '/', '?lang=fr&period=2026-Q3');
    const query = new URL(page.url()).search;
    await page.goto(`/print${query}`);
    await expect(page.getByTestId('print-view').locator('[data-testid^="kpi-"]').first()).toBeVisible({ timeout: 45_000 });
    await waitForCharts(page);
    await page.emulateMedia({ media: 'print' });
    await waitForCharts(page);
    const pdf = await page.pdf({ printBackground: true, preferCSSPageSize: true });
    keep('review-fr.pdf', pdf);
    const pages = (await pdfPages(new Uint8Array(pdf))).map(normalise);
    pages.forEach((text, i) => expect(text).toContain(`Page ${i + 1} sur ${pages.length}`));
    expect(pages[0]).toContain('Revue du service informatique');
    expect(pages[0]).toContain('T3 2026 juillet – septembre 2026');
    expect(pages[0]).toContain('Données de démonstration');
  });
});

test.describe('CSV in the user’s convention', () => {
  test('French: ";" and a decimal comma, local dates, rounded hours, "-demo" and a demo column', async ({ page }) => {
    await openDemo(page, '/sla', '?lang=fr&period=2026-Q3');
    const { download, bytes } = await exportFromMenu(page, 'csv');
    expect(download.suggestedFilename()).toBe('revue-2026-Q3-demo-sla-breaches.csv');
    const text = bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const rows = parseCsv(text, ';');
    expect(rows[0]!.slice(0, 3)).toEqual(['Données', 'Ticket', 'Titre']);
    expect(rows[0]).toContain('Ouvert le');
    const opened = rows[0]!.indexOf('Ouvert le');
    const overrun = rows[0]!.findIndex((h) => h.startsWith('Dépassement'));
    for (const row of rows.slice(1)) {
      expect(row.length).toBe(rows[0]!.length);
      expect(row[0]).toBe('Données de démonstration');
      // A local date and time (Europe/Paris), and hours with at most one decimal after a comma.
      expect(row[opened]).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/);
      expect(row[overrun]).toMatch(/^\d+(,\d)?$/);
    }
    expect(text).not.toMatch(/\d\.\d{3,}/);
  });

  test('English: "," and a decimal point; percentages with one decimal', async ({ page }) => {
    await openDemo(page, '/', '?lang=en&period=2026-Q3');
    const { bytes } = await exportFromMenu(page, 'csv');
    const rows = parseCsv(bytes.toString('utf8'), ',');
    // The "Note" column: what a partial cost total leaves out, why a figure is not measured.
    expect(rows[0]).toEqual(['Data', 'Figure', 'Q3 2026', 'Q2 2026', 'Unit', 'Note']);
    const resolution = rows.find((r) => r[1] === 'SLA resolution')!;
    expect(resolution[2]).toMatch(/^\d{1,3}(\.\d)?$/);
    expect(resolution[4]).toBe('%');
    // Open tickets are counted at asOf: no previous value.
    expect(rows.find((r) => r[1] === 'Open tickets')![3]).toBe('');
  });
});

test.describe('XLSX workbook', () => {
  test('one sheet per table, real numbers and dates, frozen header, no formula, "Demo data" first', async ({ page }) => {
    await openDemo(page, '/sla', '?period=2026-Q3');
    const { download, bytes } = await exportFromMenu(page, 'xlsx');
    expect(download.suggestedFilename()).toBe('revue-2026-Q3-demo.xlsx');
    keep('review.xlsx', bytes);
    const sheets = readXlsx(new Uint8Array(bytes));
    expect(sheets.map((s) => s.name)).toEqual([
      'About', 'Summary', 'Activity', 'Activity by month', 'SLA by priority', 'SLA by client', 'SLA by category', 'SLA by month', 'SLA breaches', 'Recurring problems',
      'Reliability by type', 'Reliability by asset', 'Lost hours', 'Costs by category', 'Costs by type', 'Costs by asset', 'Fleet',
      'Preventive plan by task', 'Missed windows', 'Replacement plan', 'Data quality', 'Assumptions', 'Not measured',
    ]);
    // The preventive plan and the replacement plan hold rows (the demo has a plan and assets to replace).
    for (const name of ['Activity by month', 'Preventive plan by task', 'Missed windows', 'Replacement plan']) expect(sheets.find((s) => s.name === name)!.cells.some((c) => /^A2$/.test(c.ref)), name).toBe(true);
    expect(sheets[0]!.at('A2')!.text).toBe('Demo data');
    for (const sheet of sheets) expect(sheet.xml, sheet.name).not.toMatch(/<f[\s>]/);
    const breaches = sheets.find((s) => s.name === 'SLA breaches')!;
    expect(breaches.xml).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
    const header = breaches.cells.filter((c) => /^[A-Z]+1$/.test(c.ref)).map((c) => c.text);
    const column = (label: string) => String.fromCharCode(65 + header.indexOf(label));
    const opened = breaches.at(`${column('Opened')}2`)!;
    // A date cell: a number (no t="s"), with a date format, between 1 Jul and 1 Oct 2026 (serials 46204–46296).
    expect(opened.type === null || opened.type === 'n').toBe(true);
    expect(opened.format).toBe('yyyy-mm-dd hh:mm');
    expect(Number(opened.raw)).toBeGreaterThan(46000);
    const overrun = breaches.at(`${column('Over target (h)')}2`)!;
    expect(overrun.type === null || overrun.type === 'n').toBe(true);
    expect(overrun.format).toBe('#,##0.0');
    expect(Number(overrun.raw) * 10).toBe(Math.round(Number(overrun.raw) * 10));
    const summary = sheets.find((s) => s.name === 'Summary')!;
    expect(summary.cells.filter((c) => c.ref.startsWith('B') && c.ref !== 'B1').every((c) => c.type === null || c.type === 'n')).toBe(true);
  });
});

test.describe('PowerPoint', () => {
  test('native charts with the report’s values, no picture, "Demo data" on every slide, no fake comparison', async ({ page }) => {
    await storeDeckSettings(page);
    await openDemo(page, '/', '?period=2026-Q3');
    const { download, bytes } = await exportFromMenu(page, 'pptx');
    expect(download.suggestedFilename()).toBe('revue-2026-Q3-demo.pptx');
    keep('review.pptx', bytes);
    const parts = unzipParts(new Uint8Array(bytes));
    const slides = Object.keys(parts).filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n));
    const slide = (n: number) => partText(parts, `ppt/slides/slide${n}.xml`);
    // Title, the 10 sections (the demo has a preventive plan) each with its detail slides, next steps.
    const titles = slides.map((_, i) => drawingTexts(slide(i + 1))[0]);
    const at = (title: string) => titles.indexOf(title) + 1;
    expect(slides.length).toBeGreaterThanOrEqual(SECTIONS.length + 2 + 3);
    expect(Object.keys(parts).filter((n) => /^ppt\/media\/.+\.\w+$/.test(n))).toEqual([]);
    for (const name of slides) {
      expect(partText(parts, name), name).not.toContain('<p:pic>');
      expect(drawingTexts(partText(parts, name)), name).toContain('Demo data');
    }
    const charts = readCharts(parts);
    expect(charts.length).toBeGreaterThanOrEqual(SECTIONS.length - 1);
    for (const chart of charts) {
      // One kind, or bars with a line on their own axis (the backlog, the planned share).
      expect(chart.kinds.length === 1 || chart.kinds.join() === 'barChart,lineChart', chart.path).toBe(true);
      expect(chart.series.length, chart.path).toBeGreaterThan(0);
      // No empty chart: some value is not zero.
      expect(chart.series.some((s) => s.values.some((v) => v !== null && v !== 0)), chart.path).toBe(true);
    }
    // The SLA line chart: three months (Jul–Sept 2026), adherence ratios.
    const sla = charts.find((c) => c.kinds[0] === 'lineChart')!;
    expect(sla.series[0]!.categories).toEqual(['Jul 2026', 'Aug 2026', 'Sept 2026']);
    for (const value of sla.series.flatMap((s) => s.values)) if (value !== null) expect(value).toBeLessThanOrEqual(1);
    // Cover with branding; SLA slide with its commentary; closing slide with the next steps.
    expect(drawingTexts(slide(1))).toEqual(expect.arrayContaining(['Infogérance Durand', 'All clients', 'Q3 2026', 'July – September 2026']));
    // Slide 2 the summary, 3 the activity, then its volume slides, then the SLA.
    expect(titles.slice(1, 3)).toEqual(['Summary', 'Ticket activity']);
    const slaSlide = at('SLA adherence');
    expect(drawingTexts(slide(slaSlide))).toContain('Two P1 outages in August, both on the old router.');
    expect(drawingTexts(slide(slides.length))).toEqual(expect.arrayContaining(['Next steps', 'Replace the core router', 'Review the P2 targets']));
    // No fake comparison: the demo's Q3 2026 is partly covered (the data stop on 30 Sept, a day not
    // over: kpi-core coverage.ts) and Q2 is whole, so no slide shows a previous value (issue 10;
    // pptx.test.ts 'colours changes green or red…' pins a real comparison). Fleet figures, counted
    // at asOf, and the plan of the next 12 months never have one.
    for (const name of slides) expect(drawingTexts(partText(parts, name)).join(' '), name).not.toMatch(/Previous/);

    // Issue 12: what the slides, the PDF and the workbook had and the deck did not.
    // The volume by category, priority and site: native bar charts on the slides after the activity's, top 8 and "Others".
    const volume = at('Tickets opened in the period');
    expect(volume).toBe(4);
    expect(slide(volume)).not.toContain('<a:tbl>');
    const volumeRels = partText(parts, `ppt/slides/_rels/slide${volume}.xml.rels`);
    const volumeCharts = [...volumeRels.matchAll(/Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/g)].map((m) => charts.find((c) => c.path === `ppt/charts/${m[1]}`)!);
    expect(volumeCharts.length).toBe(2);
    for (const chart of volumeCharts) {
      expect(chart.kinds).toEqual(['barChart']);
      expect(chart.series[0]!.categories.length).toBeLessThanOrEqual(9);
    }
    // The assets to replace: a native table (<a:tbl>) after the replacement plan's slide, the last before the next steps.
    const assets = slides.length - 1;
    expect(titles[assets - 1]).toBe('Assets to replace, most urgent first');
    expect(slide(assets)).toContain('<a:tbl>');
    const assetTexts = drawingTexts(slide(assets));
    expect(assetTexts).toEqual(expect.arrayContaining(['Asset', 'Type', 'Client', 'Why', 'Due', 'Replacement cost', 'Corrective cost in the period']));
    const rows = (slide(assets).match(/<a:tr /g) ?? []).length - 1;
    expect(rows).toBeGreaterThan(0);
    expect(rows).toBeLessThanOrEqual(10);
    // More assets than rows: said, with where they all are.
    if (rows === 10) expect(assetTexts.join(' ')).toMatch(/and [\d,]+ more(, all in the workbook| ?; the workbook)/);
    // The missed windows: a native table after the preventive plan's slide.
    const missed = at('Missed windows');
    expect(missed).toBe(at('Preventive plan') + 1);
    expect(slide(missed)).toContain('<a:tbl>');
    expect(drawingTexts(slide(missed))).toEqual(expect.arrayContaining(['Task', 'Asset', 'Window']));
  });
});

test.describe('data that stays', () => {
  test('a reload shows the uploaded files again, until they are forgotten; the demo is labelled on every page', async ({ page }) => {
    await openDemo(page, '/');
    for (const section of SECTIONS) {
      await page.getByTestId(`nav-${section.id}`).click();
      await waitForSection(page, section.id);
      await expect(page.getByTestId('demo-label'), section.id).toHaveText('Demo data');
    }
    await analyseTickets(page, breachingTickets(12), 'kept-tickets.csv');
    await expect(page.getByTestId('demo-label')).toHaveCount(0);
    await expect(page.getByTestId('kept-files')).toContainText('kept-tickets.csv');

    await page.reload();
    await expect(page.getByTestId('data-source')).toContainText(/your files/i, { timeout: 45_000 });
    await expect(page.getByTestId('demo-label')).toHaveCount(0);
    await page.getByTestId('nav-sla').click();
    await waitForSection(page, 'sla');
    // The 12 breaching tickets of the kept file, not the demo's.
    await expect(page.getByTestId('sla-breaches').getByTestId('breach-row')).toHaveCount(12);

    await page.getByTestId('forget-files-header').click();
    await expect(page.getByTestId('demo-label')).toHaveText('Demo data', { timeout: 45_000 });
    await page.reload();
    await waitForSection(page, 'sla');
    await expect(page.getByTestId('demo-label')).toHaveText('Demo data');
    await page.getByTestId('nav-data').click();
    await expect(page.getByTestId('kept-files')).toHaveCount(0);
  });

  test('"Use the demo data" keeps the files for later; a reload then shows the demo', async ({ page }) => {
    await openDemo(page, '/');
    await analyseTickets(page, breachingTickets(4), 'later.csv');
    await page.getByTestId('use-demo').click();
    await expect(page.getByTestId('data-source')).toContainText(/demo/i, { timeout: 45_000 });
    await page.reload();
    await expect(page.getByTestId('data-source')).toContainText(/demo/i, { timeout: 45_000 });
    await expect(page.getByTestId('kept-files')).toContainText('later.csv');
    await page.getByTestId('reopen-files').click();
    await expect(page.getByTestId('data-source')).toContainText(/your files/i, { timeout: 45_000 });
  });
});

test.describe('every client at once', () => {
  test('one deck per client in a zip, each naming its own client only', async ({ page }) => {
    await openDemo(page, '/', '?period=2026-Q3');
    const clients = (await page.getByTestId('client').locator('option').allInnerTexts()).slice(1);
    expect(clients.length).toBeGreaterThan(1);
    const { download, bytes } = await exportFromMenu(page, 'batch-pptx', 180_000);
    expect(download.suggestedFilename()).toMatch(/^revue-2026-Q3-All clients-demo-pptx\.zip$/);
    await expect(page.getByTestId('batch-message')).toContainText(`${clients.length} files`);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files).sort()).toEqual(clients.map((client) => `revue-2026-Q3-${client}-demo.pptx`).sort());
    for (const client of clients) {
      const parts = unzipSync(files[`revue-2026-Q3-${client}-demo.pptx`]!);
      const text = Object.entries(parts)
        .filter(([name]) => /\.(xml|rels)$/.test(name))
        .map(([, part]) => strFromU8(part))
        .join('\n');
      expect(drawingTexts(partText(parts, 'ppt/slides/slide1.xml')), client).toContain(client);
      for (const other of clients.filter((c) => c !== client)) expect(text, `${other} inside ${client}'s deck`).not.toContain(other);
    }
  });
});
