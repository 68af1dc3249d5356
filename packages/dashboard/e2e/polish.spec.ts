import { expect, test, type Page } from '@playwright/test';
import { openDemo, SECTIONS, waitForSection } from './helpers.js';

const menuOpen = (page: Page) => page.getByTestId('export-menu').evaluate((menu) => (menu as HTMLDetailsElement).open);

test.describe('export menu', () => {
  test('closes on Esc (focus back on its button), on a click outside, and after changing section', async ({ page }) => {
    await openDemo(page, '/sla');
    const summary = page.getByTestId('export-menu').locator('summary');

    await summary.click();
    await expect(page.getByTestId('export-csv')).toBeVisible();
    await page.getByTestId('export-csv').focus();
    await page.keyboard.press('Escape');
    expect(await menuOpen(page)).toBe(false);
    await expect(page.getByTestId('export-csv')).toBeHidden();
    await expect(summary).toBeFocused();

    await summary.click();
    expect(await menuOpen(page)).toBe(true);
    await page.locator('main').click({ position: { x: 20, y: 20 } });
    expect(await menuOpen(page)).toBe(false);

    // Clicking another section is a click outside; a navigation without one (Back) closes it too.
    await summary.click();
    await page.getByTestId('nav-incidents').click();
    await waitForSection(page, 'incidents');
    expect(await menuOpen(page)).toBe(false);
    await summary.click();
    expect(await menuOpen(page)).toBe(true);
    await page.goBack();
    await waitForSection(page, 'sla');
    expect(await menuOpen(page)).toBe(false);

    // Keyboard only: open with Enter, Tab out of it, and it closes.
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await menuOpen(page)).toBe(true);
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('export-print')).toBeFocused();
    // Past its last entry (as many as the menu has), the focus leaves it and it closes.
    const entries = await page.getByTestId('export-menu').locator('ul button').count();
    for (let i = 0; i < entries; i++) await page.keyboard.press('Tab');
    expect(await menuOpen(page)).toBe(false);
  });
});

test.describe('headings', () => {
  test('every page has exactly one <h1>, naming the page', async ({ page }) => {
    await openDemo(page, '/', '?lang=fr');
    const pages: Array<{ path: string; title: RegExp }> = [
      ...SECTIONS.map((s) => ({ path: s.path, title: /\S/ })),
      { path: '/data', title: /^Données$/ },
      { path: '/settings', title: /^Réglages de présentation$/ },
      { path: '/print', title: /Revue/ },
    ];
    for (const { path, title } of pages) {
      await page.goto(`${path}?lang=fr&period=2026-Q3`);
      const section = SECTIONS.find((s) => s.path === path);
      if (section) await waitForSection(page, section.id);
      else await expect(page.locator('h1')).toHaveCount(1, { timeout: 30_000 });
      await expect(page.locator('h1'), path).toHaveCount(1);
      await expect(page.locator('h1'), path).toHaveText(title);
    }
    // A section page's <h1> is the section's title.
    await page.goto('/costs?lang=fr');
    await waitForSection(page, 'costs');
    await expect(page.locator('h1')).toHaveText('Coût total de possession');
  });
});

test.describe('phone', () => {
  test('at 375×667 the header takes at most a fifth of the screen; the filters fold into a menu', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 667 });
    await openDemo(page, '/', '?lang=fr');
    const header = await page.evaluate(() => {
      const top = document.querySelector('.top')!.getBoundingClientRect();
      const nav = document.querySelector('nav.sections')!.getBoundingClientRect();
      return { bottom: Math.max(top.bottom, nav.bottom), width: document.documentElement.scrollWidth };
    });
    // 20 % of 667 px = 133 px, the navigation included.
    expect(header.bottom).toBeLessThanOrEqual(0.2 * 667);
    // Nothing wider than the screen.
    expect(header.width).toBeLessThanOrEqual(375);
    await expect(page.getByTestId('period')).toBeHidden();
    const toggle = page.getByTestId('filters-toggle');
    await expect(toggle).toHaveText(/Filtres/);
    await expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await toggle.click();
    await expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await expect(page.getByTestId('period')).toBeVisible();
    await expect(page.getByTestId('client')).toBeVisible();
    await page.getByTestId('client').selectOption({ index: 1 });
    await expect(page).toHaveURL(/client=/);
    await toggle.click();
    await expect(page.getByTestId('period')).toBeHidden();
    // The sections are in one row that scrolls sideways: every link reachable.
    await page.getByTestId('nav-fleet').click();
    await waitForSection(page, 'fleet');
  });

  test('on a desktop the filters are in the header, without the phone\'s menu button', async ({ page }) => {
    await openDemo(page, '/');
    await expect(page.getByTestId('filters-toggle')).toBeHidden();
    await expect(page.getByTestId('period')).toBeVisible();
  });
});

test.describe('language', () => {
  test.describe('a browser set to French', () => {
    test.use({ locale: 'fr-FR' });
    test('opens in French; the URL\'s lang still wins', async ({ page }) => {
      await page.goto('/');
      await waitForSection(page, 'summary');
      await expect(page).toHaveURL(/lang=fr/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
      await expect(page.getByTestId('nav-costs')).toHaveText('Coûts');
      await page.goto('/?lang=en');
      await waitForSection(page, 'summary');
      await expect(page.getByTestId('nav-costs')).toHaveText('Costs');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    });
  });

  test.describe('a browser set to German', () => {
    test.use({ locale: 'de-DE' });
    test('opens in English', async ({ page }) => {
      await page.goto('/');
      await waitForSection(page, 'summary');
      await expect(page).toHaveURL(/lang=en/);
      await expect(page.getByTestId('nav-costs')).toHaveText('Costs');
    });
  });
});
