import { expect, test } from '@playwright/test';
import { join } from 'node:path';
import { FIXTURES, kpiValue, openDemo, screenshot, waitForSection } from './helpers.js';

const DEMO = join(FIXTURES, 'demo');

test.describe('preventive plan', () => {
  test('the demo plan in 2026-Q2: kept 91.7 %, 11 missed windows, a heat map per task, in English and French', async ({ page }) => {
    // Figures of the demo's 2026-Q2 (packages/kpi-core golden demo-2026-Q2.json, preventive):
    // 121 of 132 due windows done; 11 missed (3 restore tests in May, 8 firewall reviews).
    await openDemo(page, '/preventive', '?period=2026-Q2&lang=en');
    const section = page.getByTestId('section-preventive');
    await expect(section.getByRole('heading', { level: 1 })).toHaveText('Preventive plan');
    expect(await kpiValue(page, 'plan-kept')).toBe('91.7%');
    expect(await kpiValue(page, 'missed-windows')).toBe('11');
    // Heat maps of the tasks with windows in a quarter: restore tests, patching, printer servicing
    // (quarterly at Durand Industrie), firewall reviews.
    await expect(section.locator('[data-testid^="chart-preventive-heatmap-"][data-testid$="-png"]')).toHaveCount(4);
    await expect(section.getByTestId('missed-row')).toHaveCount(11);
    await expect(section.getByTestId('missed-row').first()).toContainText('Test de restauration des sauvegardes');
    await expect(section.getByTestId('missed-row').first()).toContainText('1 May 2026 – 31 May 2026');
    await screenshot(page, 'preventive-2026-Q2');

    await page.getByTestId('language').selectOption('fr');
    await waitForSection(page, 'preventive');
    await expect(section.getByRole('heading', { level: 1 })).toHaveText('Plan de maintenance préventive');
    expect(await kpiValue(page, 'plan-kept')).toMatch(/^91,7\s%$/);
  });

  test('a plan CSV loaded on the Data page replaces the policy\'s plan', async ({ page }) => {
    await openDemo(page, '/');
    await page.getByTestId('nav-data').click();
    await page.getByTestId('file-assets').setInputFiles(join(DEMO, 'assets.csv'));
    await page.getByTestId('file-policy').setInputFiles(join(DEMO, 'policy.json'));
    await page.getByTestId('file-plan').setInputFiles({
      name: 'plan.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('id;title;assetType;assetIds;category;every\nrestore;Restore test;server;;Serveur > Test de restauration;month\n'),
    });
    await page.getByTestId('file-tickets').setInputFiles(join(DEMO, 'tickets.csv'));
    await expect(page.getByTestId('inspection-tickets')).toBeVisible();
    await page.getByTestId('analyse').click();
    await expect(page.getByTestId('data-source')).toContainText(/your files/i, { timeout: 45_000 });
    await page.getByTestId('nav-preventive').click();
    await waitForSection(page, 'preventive');
    // Only the file's task: one bar in the by-task chart, one heat map.
    const section = page.getByTestId('section-preventive');
    await expect(section.locator('[data-testid^="chart-preventive-heatmap-"][data-testid$="-png"]')).toHaveCount(1);
    await expect(section.getByTestId('chart-preventive-heatmap-0')).toContainText('Restore test');
  });
});
