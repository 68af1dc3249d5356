import { expect, test } from '@playwright/test';
import { kpiValue, openDemo, waitForSection } from './helpers.js';

/** The headline figures of the summary, by KPI id. */
async function figures(page: import('@playwright/test').Page): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const id of ['sla-resolution', 'incidents', 'recurrence-rate', 'mtbf', 'tco']) out[id] = await kpiValue(page, id);
  return out;
}

test.describe('filters', () => {
  test('switching the period changes the figures and the URL', async ({ page }) => {
    await openDemo(page, '/');
    const before = await figures(page);
    const period = page.getByTestId('period');
    const current = await period.inputValue();
    const options = await period.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value));
    const other = options.find((o) => o !== '' && o !== current)!;
    expect(other).toBeTruthy();
    await period.selectOption(other);
    await expect(page).toHaveURL(new RegExp(`period=${other}`));
    await waitForSection(page, 'summary');
    await expect.poll(() => figures(page)).not.toEqual(before);
  });

  test('switching the client changes the figures and the URL, and back', async ({ page }) => {
    await openDemo(page, '/');
    const all = await figures(page);
    const client = page.getByTestId('client');
    const names = await client.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== ''));
    expect(names.length).toBeGreaterThan(1);
    await client.selectOption(names[0]!);
    await expect(page).toHaveURL(new RegExp(`client=${encodeURIComponent(names[0]!).replace(/%20/g, '(\\+|%20)')}`));
    await waitForSection(page, 'summary');
    await expect.poll(() => figures(page)).not.toEqual(all);
    // The client's incidents are a part of all incidents.
    const part = Number((await kpiValue(page, 'incidents')).replace(/\D/g, ''));
    expect(part).toBeLessThan(Number(all.incidents!.replace(/\D/g, '')));
    await client.selectOption('');
    await expect(page).not.toHaveURL(/client=/);
    await waitForSection(page, 'summary');
    await expect.poll(() => figures(page)).toEqual(all);
  });

  test('?client= matches a client as the CLI does, and an unknown client shows a message and no figure', async ({ page }) => {
    // The name as the data writes it, then in lower case: the same client, the same figures.
    await openDemo(page, '/', '?period=2026-Q2&client=Bistro%20Lumi%C3%A8re&lang=en');
    const exact = await figures(page);
    // No period in the URL: the default one, 2026-Q2 (DESIGN §4: Q3 has not ended at the demo's asOf).
    await openDemo(page, '/', '?client=bistro%20lumi%C3%A8re');
    await expect(page).toHaveURL(/client=Bistro(\+|%20)Lumi%C3%A8re/);
    await expect(page.getByTestId('period')).toHaveValue('2026-Q2');
    await expect(page.getByTestId('client')).toHaveValue('Bistro Lumière');
    await expect(page.getByTestId('scope')).toContainText('Bistro Lumière');
    expect(await figures(page)).toEqual(exact);
    // …and not every client's figures: Bistro Lumière's incidents are a part of all incidents.
    await openDemo(page, '/', '?period=2026-Q2&lang=en');
    expect(Number(exact.incidents!.replace(/\D/g, ''))).toBeLessThan(Number((await kpiValue(page, 'incidents')).replace(/\D/g, '')));

    await page.goto('/?client=Nobody');
    const alert = page.getByTestId('client-unknown');
    await expect(alert).toHaveText('No client named “Nobody”. Known clients: Bistro Lumière, Cabinet Martin, Durand Industrie.');
    await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 45_000 });
    await expect(page.locator('[data-testid^="kpi-"]')).toHaveCount(0);
    await expect(page.getByTestId('scope')).toHaveCount(0);
    await expect(page.getByTestId('section-summary').locator('.placeholder')).toHaveCount(0);
    // In French, with French typography (narrow no-break spaces).
    await page.getByTestId('language').selectOption('fr');
    await expect(alert).toHaveText('Aucun client nommé «\u202fNobody\u202f». Clients connus\u202f: Bistro Lumière, Cabinet Martin, Durand Industrie.');
    await expect(page.locator('[data-testid^="kpi-"]')).toHaveCount(0);
  });

  test('a shared URL opens on its filters', async ({ page }) => {
    await openDemo(page, '/', '?period=2026-Q1&lang=en');
    await expect(page.getByTestId('period')).toHaveValue('2026-Q1');
    await expect(page.getByTestId('scope')).toContainText('2026');
  });

  test('French / English switch translates the page and the number formats', async ({ page }) => {
    await openDemo(page, '/');
    await expect(page.getByTestId('nav-costs')).toHaveText('Costs');
    const tcoEn = await kpiValue(page, 'tco');
    await page.getByTestId('language').selectOption('fr');
    await expect(page).toHaveURL(/lang=fr/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await expect(page.getByTestId('nav-costs')).toHaveText('Coûts');
    await waitForSection(page, 'summary');
    // Same amount, French format: the euro sign after the number (fr-FR), not before (en-GB).
    await expect.poll(() => kpiValue(page, 'tco')).toMatch(/€$/);
    expect(tcoEn.startsWith('€')).toBe(true);
    await page.getByTestId('language').selectOption('en');
    await expect(page.getByTestId('nav-costs')).toHaveText('Costs');
    await expect(page).toHaveURL(/lang=en/);
  });

  test('presentation mode keeps the filters: the slides show the client and period chosen, and Esc comes back to them', async ({ page }) => {
    await openDemo(page, '/', '?period=2026-Q2&lang=en');
    const client = page.getByTestId('client');
    const name = (await client.locator('option').evaluateAll((list) => list.map((o) => (o as HTMLOptionElement).value).filter((v) => v !== '')))[0]!;
    await client.selectOption(name);
    await waitForSection(page, 'summary');
    await page.getByTestId('present').click();
    await expect(page.locator('nav.sections')).toHaveCount(0);
    await expect(page.getByTestId('title-client')).toHaveText(name);
    await expect(page.getByTestId('title-period')).toHaveText('Q2 2026');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect(page.getByTestId('slide-summary-figures')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('deck')).toHaveCount(0);
    await expect(page.getByTestId('nav-sla')).toBeVisible();
    await expect(page).toHaveURL(/period=2026-Q2/);
    await expect(page.getByTestId('client')).toHaveValue(name);
  });
});
