import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { goToSlide, slideId, slideOverflow, startDeck, waitForSlideCharts } from './deck-helpers.js';
import { FIXTURES, openDemo, waitForSection } from './helpers.js';

/**
 * trial14's defects, as a new user meets them: look-alike exports of fixtures/real-formats loaded
 * through the data page, in French. The summary slide must fit (its second row ran under the
 * footer, the total cost past its card), a chart without a rate must say why instead of drawing
 * a bare axis (and Vega warning of an infinite extent), and a replacement cost not known must
 * say why in words on the page, not in a tooltip.
 */
const REAL = join(FIXTURES, 'real-formats');

async function load(page: Page, files: { tickets: string; assets?: string }, lang = 'fr') {
  await page.goto(`/data?lang=${lang}`);
  await expect(page.getByTestId('section-data')).toBeVisible();
  if (files.assets) await page.getByTestId('file-assets').setInputFiles(files.assets);
  await page.getByTestId('file-tickets').setInputFiles(files.tickets);
  await expect(page.getByTestId('analyse')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('data-source')).toContainText(/vos fichiers|your files/i, { timeout: 45_000 });
}

/** Every KPI figure of the slide on screen that leaves its card (a clipped "Coût total"). */
function figuresOutsideCards(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('.deck-stage .kpi-card')].flatMap((card) => {
      const box = card.getBoundingClientRect();
      const figure = card.querySelector('.kpi-value')!.getBoundingClientRect();
      return figure.right > box.right + 1 || figure.bottom > box.bottom + 1 ? [card.getAttribute('data-testid') ?? '?'] : [];
    }),
  );
}

/** The summary slides fit at the deck's two usual window sizes. */
async function expectSummaryFits(page: Page) {
  for (const size of [{ width: 1440, height: 900 }, { width: 1280, height: 720 }]) {
    await page.setViewportSize(size);
    await startDeck(page);
    await goToSlide(page, 'summary-figures');
    for (let i = 0; i < 2; i++) {
      const id = await slideId(page);
      if (!id.startsWith('summary-figures')) break;
      await waitForSlideCharts(page);
      expect(await slideOverflow(page), `${id} at ${size.width}×${size.height}`).toEqual([]);
      expect(await figuresOutsideCards(page), `${id} at ${size.width}×${size.height}`).toEqual([]);
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('deck')).toHaveCount(0);
  }
}

test.describe('trial14: look-alike exports, mostly in French', () => {
  const cases = [
    { name: 'GLPI 10 with its computers', tickets: join(REAL, 'glpi', 'glpi-10-fr.csv'), assets: join(REAL, 'glpi-assets', 'glpi-10-fr-computers.csv') },
    { name: 'ServiceNow', tickets: join(REAL, 'servicenow', 'servicenow-incident-fr.csv') },
    { name: 'Zammad', tickets: join(REAL, 'zammad', 'zammad-report.xlsx') },
  ];
  for (const files of cases) {
    for (const lang of ['fr', 'en']) {
      test(`the summary slides fit at 1440×900 and 1280×720: ${files.name} (${lang})`, async ({ page }) => {
        test.setTimeout(120_000);
        await load(page, files, lang);
        await page.goto(`/${new URL(page.url()).search}`);
        await waitForSection(page, 'summary');
        await expectSummaryFits(page);
      });
    }
  }

  test('the summary slide fits on the demo data, its total cost inside its card', async ({ page }) => {
    test.setTimeout(120_000);
    await openDemo(page, '/', '?lang=fr');
    await expectSummaryFits(page);
    // The demo says little under its figures: the eight stay on one slide.
    await startDeck(page);
    await goToSlide(page, 'summary-figures');
    await expect(page.locator('.deck-stage .kpi-card')).toHaveCount(8);
  });

  test('a list of open tickets only: the SLA charts say why there is no rate, and Vega warns of nothing', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (message) => {
      if (message.type() === 'warning' || message.type() === 'error') warnings.push(message.text());
    });
    await load(page, { tickets: join(REAL, 'glpi', 'glpi-10-en-us-open-list-resaved.csv') });
    await page.goto(`/sla${new URL(page.url()).search}`);
    await waitForSection(page, 'sla');
    await expect(page.getByTestId('no-data-sla-by-month')).toContainText('Aucun mois n’a de ticket jugé');
    await expect(page.getByTestId('no-data-sla-by-month')).toContainText('Non mesuré');
    await expect(page.getByTestId('no-data-sla-by-priority')).toContainText('Aucune priorité n’a de ticket jugé');
    // No 12-month line beside a resolution SLA not measured.
    await expect(page.getByTestId('kpi-sla-resolution-value')).toHaveText('n.d.');
    await expect(page.getByTestId('kpi-sla-resolution-trend')).toHaveCount(0);
    expect(warnings.filter((text) => /infinite extent/i.test(text))).toEqual([]);
  });

  test('GLPI: one month with an SLA rate is no trend; a replacement cost not measured says why under the table, in words', async ({ page }) => {
    await load(page, { tickets: join(REAL, 'glpi', 'glpi-10-fr.csv'), assets: join(REAL, 'glpi-assets', 'glpi-10-fr-computers.csv') });
    // Seven tickets judged, all in March: a dot on a 12-month axis said nothing the card does not.
    await page.goto(`/sla${new URL(page.url()).search}`);
    await waitForSection(page, 'sla');
    await expect(page.getByTestId('no-data-sla-by-month')).toContainText('Un seul mois a des tickets jugés');
    await expect(page.getByTestId('chart-sla-by-priority').locator('svg')).toHaveCount(1);
    await page.goto(`/replacement${new URL(page.url()).search}`);
    await waitForSection(page, 'replacement');
    const row = page.getByTestId('replacement-row').first();
    await expect(row).toContainText('non mesuré¹');
    await expect(row.locator('[title]')).toHaveCount(0);
    await expect(page.getByTestId('replacement-cost-note').first()).toHaveText(/^¹ \S/);
  });
});
