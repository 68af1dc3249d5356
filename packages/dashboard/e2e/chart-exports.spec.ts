import { expect, test } from '@playwright/test';
import { openDemo, PNG_MAGIC, recordRequests, waitForSection } from './helpers.js';
import { analyseTickets, breachingTickets, downloadOf, formulaSafe, parseCsv } from './review-helpers.js';

const FORMULA = '=HYPERLINK("http://evil.example","x")';

test.describe('per-chart downloads', () => {
  test('PNG, SVG and CSV of one chart: a real PNG, a script-free SVG, a BOM-prefixed formula-safe CSV', async ({ page, baseURL }) => {
    // The demo's 2026-Q3, whose figures these tests pin (the default period is 2026-Q2 since DESIGN §4).
    await openDemo(page, '/incidents', '?period=2026-Q3');
    const requests = recordRequests(page, new URL(baseURL!).origin);
    const card = page.getByTestId('chart-recurring-problems');
    await expect(card.getByRole('button')).toHaveCount(3);

    const png = await downloadOf(page, 'chart-recurring-problems-png');
    // Demo data says so in the file name (export-actions.ts reviewFileName).
    expect(png.download.suggestedFilename()).toBe('revue-2026-Q3-demo-recurring-problems.png');
    // PNG signature (PNG specification §5.2), and a picture rather than an empty canvas.
    expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
    expect(png.bytes.length).toBeGreaterThan(2000);

    const svg = await downloadOf(page, 'chart-recurring-problems-svg');
    expect(svg.download.suggestedFilename()).toBe('revue-2026-Q3-demo-recurring-problems.svg');
    const svgText = svg.bytes.toString('utf8');
    expect(svgText.startsWith('<svg') || svgText.startsWith('<?xml')).toBe(true);
    expect(svgText).toContain('<svg');
    expect(svgText).not.toMatch(/<script/i);
    expect(svgText).toContain('BIS-NET-01');

    const csv = await downloadOf(page, 'chart-recurring-problems-csv');
    expect(csv.download.suggestedFilename()).toBe('revue-2026-Q3-demo-recurring-problems.csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = parseCsv(text);
    // The chart's figures table: a first column marking demo data, its columns, then its 10 bars
    // (the first 10 problems of the report), dates as the chart shows them.
    expect(lines[0]).toEqual(['Data', 'Key', 'Incidents', 'First', 'Last']);
    expect(lines).toHaveLength(11);
    expect(lines[1]).toEqual(['Demo data', 'BIS-NET-01 · Réseau > Accès Internet', '9', '26 May 2026', '19 Sept 2026']);
    for (const cell of lines.flat()) expect(formulaSafe(cell), cell).toBe(true);

    // Nothing was sent anywhere to make the files.
    expect(requests.outsiders()).toEqual([]);
  });

  test('the CSV of a chart neutralises a formula hidden in ticket data', async ({ page }) => {
    await openDemo(page, '/');
    // Three incidents of asset "=HYPERLINK(…)", category "@SUM(1+1)": a recurring problem whose key starts with "=".
    await analyseTickets(page, breachingTickets(3, { assetId: FORMULA, category: '@SUM(1+1)' }), 'hostile.csv');
    await page.getByTestId('nav-incidents').click();
    await waitForSection(page, 'incidents');
    const csv = await downloadOf(page, 'chart-recurring-problems-csv');
    const text = csv.bytes.toString('utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = parseCsv(text);
    // The key cell got a leading single quote (exports/csv.ts, OWASP "CSV Injection").
    expect(lines[1]![0]).toBe(`'${FORMULA} · @SUM(1+1)`);
    for (const cell of lines.flat()) expect(formulaSafe(cell), cell).toBe(true);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });

  test('the buttons are small, reachable from the keyboard, named in the page language, and hidden in print and presentation', async ({ page }) => {
    await openDemo(page, '/incidents', '?lang=fr');
    const png = page.getByTestId('chart-incidents-by-month-png');
    await expect(png).toHaveAttribute('aria-label', 'Télécharger «\u202fIncidents par mois\u202f» en PNG');
    await expect(page.getByRole('button', { name: 'Télécharger les chiffres de «\u202fIncidents par mois\u202f» en CSV' })).toBeVisible();
    // Keyboard: focus the PNG button and press Enter → a download.
    await png.focus();
    await expect(png).toBeFocused();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/\.png$/);
    // Tab moves on to the SVG button.
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('chart-incidents-by-month-svg')).toBeFocused();
    // Small: no taller than a line of text.
    const box = (await png.boundingBox())!;
    expect(box.height).toBeLessThanOrEqual(28);

    await page.emulateMedia({ media: 'print' });
    await expect(png).toBeHidden();
    await page.emulateMedia({ media: 'screen' });
    await page.getByTestId('present').click();
    await expect(png).toBeHidden();
    await page.keyboard.press('Escape');
  });
});

test.describe('breached tickets', () => {
  test('when the report lists only the 500 largest, the card says "500 largest of N"', async ({ page }) => {
    await openDemo(page, '/');
    // 600 P1 incidents each resolved two days late: 600 resolution breaches, the report lists 500.
    await analyseTickets(page, breachingTickets(600), 'breaches.csv');
    await page.getByTestId('nav-sla').click();
    await waitForSection(page, 'sla');
    const card = page.getByTestId('sla-breaches');
    await expect(card.getByTestId('sla-breaches-capped')).toHaveText('The 500 largest of 600 breaches');
    // 25 rows on screen, the rest of the 500 behind a button.
    await expect(card.getByTestId('breach-row')).toHaveCount(25);
    await expect(card.getByTestId('sla-breaches-showing')).toContainText('Showing 25 of 500');
    await card.getByTestId('sla-breaches-all').click();
    await expect(card.getByTestId('breach-row')).toHaveCount(500);

    await page.getByTestId('language').selectOption('fr');
    await expect(card.getByTestId('sla-breaches-capped')).toHaveText('Les 500 plus gros dépassements sur 600');
  });

  test('when every breach is listed, no cap is announced', async ({ page }) => {
    await openDemo(page, '/sla', '?period=2026-Q3');
    const card = page.getByTestId('sla-breaches');
    await expect(card.getByTestId('breach-row')).toHaveCount(25);
    await expect(card.getByTestId('sla-breaches-capped')).toHaveCount(0);
    // The demo's 67 breaches are all listed: "Showing 25 of 67".
    await expect(card.getByTestId('sla-breaches-showing')).toContainText('Showing 25 of 67');
  });
});
