import { expect, test, type Page } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { goToSlide, slideId, startDeck, svgLogo, waitForSlideCharts } from './deck-helpers.js';
import { HERE, openDemo, SCREENSHOTS, waitForSection } from './helpers.js';

/**
 * The screenshots of the dashboard README: the title slide and content slides of the demo
 * review in French at 1280×720, dressed with a fictitious MSP's branding and commentary. They
 * are written to e2e/screenshots/ on every run, and to docs/ (committed) with
 * `REVUE_DOCS_SCREENSHOTS=1`.
 */
const DOCS = join(HERE, '..', 'docs');

async function shoot(page: Page, name: string) {
  await waitForSlideCharts(page);
  // Vega finishes drawing after its SVG appears; the controls and the hint are off screen.
  await page.waitForTimeout(400);
  for (const dir of process.env.REVUE_DOCS_SCREENSHOTS ? [SCREENSHOTS, DOCS] : [SCREENSHOTS]) {
    mkdirSync(dir, { recursive: true });
    await page.screenshot({ path: join(dir, `${name}.png`) });
  }
}

test('README screenshots: the French deck of the demo review at 1280×720', async ({ page }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.goto('/settings?lang=fr');
  await expect(page.getByTestId('settings-preview')).toBeVisible({ timeout: 45_000 });
  await page.getByTestId('settings-msp-name').fill('Infogérance Azur');
  await page.getByTestId('settings-msp-logo').setInputFiles(svgLogo('IA', '#0b5394'));
  await page.getByTestId('settings-client-logo').setInputFiles(svgLogo('BL', '#8a3b12'));
  await expect(page.getByTestId('settings-client-logo-image')).toBeVisible();

  await openDemo(page, '/sla', '?lang=fr&client=Bistro%20Lumi%C3%A8re&period=2026-Q3');
  await page.getByTestId('commentary-sla-add').click();
  await page.getByTestId('commentary-sla-text').fill('Résolution en net progrès.\nLe creux d’août vient de deux coupures réseau au Canal Saint-Martin, réglées par le remplacement du commutateur.');
  await page.getByTestId('nav-summary').click();
  await waitForSection(page, 'summary');
  await page.getByTestId('commentary-summary-add').click();
  await page.getByTestId('commentary-summary-text').fill('Un trimestre plus stable\u202f: moins d’incidents répétés et des délais de résolution tenus.');
  await page.getByTestId('commentary-next-steps').fill('Remplacer les deux caisses de plus de six ans\nDoubler l’accès Internet de Bastille\nRevue des sauvegardes en octobre');

  await startDeck(page);
  await expect(page.getByTestId('title-client')).toHaveText('Bistro Lumière');
  await expect(page.getByTestId('title-period')).toHaveText('T3 2026');
  await expect(page.getByTestId('title-msp-name')).toHaveText('Infogérance Azur');
  // The hint is shown once on the title slide; let it go before the picture.
  await expect(page.getByTestId('deck-hint')).toHaveCount(0, { timeout: 12_000 });
  await shoot(page, 'slide-title-fr');

  await goToSlide(page, 'sla-adherence');
  await expect(page.getByTestId('slide-aside')).toBeVisible();
  await shoot(page, 'slide-sla-fr');
  await goToSlide(page, 'costs-total');
  await shoot(page, 'slide-costs-fr');
  await page.keyboard.press('End');
  expect(await slideId(page)).toBe('closing');
  await shoot(page, 'slide-closing-fr');
});
