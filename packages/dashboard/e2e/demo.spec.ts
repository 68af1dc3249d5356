import { expect, test } from '@playwright/test';
import { openDemo, recordRequests, screenshot, SECTIONS, waitForSection } from './helpers.js';

test.describe('demo review', () => {
  test('loads with every section rendered, without a request carrying data', async ({ page, baseURL }) => {
    const requests = recordRequests(page, new URL(baseURL!).origin);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await openDemo(page, '/');
    await expect(page).toHaveURL(/period=/);
    for (const section of SECTIONS) {
      await page.getByTestId(`nav-${section.id}`).click();
      await waitForSection(page, section.id);
      const cards = page.getByTestId(`section-${section.id}`).locator('[data-testid^="kpi-"][data-testid$="-value"]');
      expect(await cards.count(), `KPI cards in ${section.id}`).toBeGreaterThan(0);
      for (const text of await cards.allInnerTexts()) expect(text.trim()).not.toBe('');
    }
    expect(requests.outsiders()).toEqual([]);
    expect(requests.dataGets()).toEqual([]);
    // No CSP violation or script error while rendering the charts.
    expect(errors).toEqual([]);
  });

  for (const size of [
    { name: 'desktop', width: 1440, height: 900 },
    { name: 'projector', width: 1280, height: 720 },
  ]) {
    test(`screenshots of each section at ${size.width}×${size.height}`, async ({ page }) => {
      await page.setViewportSize({ width: size.width, height: size.height });
      await openDemo(page, '/');
      for (const section of SECTIONS) {
        await page.getByTestId(`nav-${section.id}`).click();
        await waitForSection(page, section.id);
        await screenshot(page, `${size.name}-${section.id}`);
      }
    });
  }
});
