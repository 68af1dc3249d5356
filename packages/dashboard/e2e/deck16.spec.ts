import { expect, test, type Page } from '@playwright/test';
import { strFromU8, unzipSync } from 'fflate';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, waitForSection } from './helpers.js';

/**
 * deck16: an account manager's French review of a GLPI export read alone (fixtures/real-formats/
 * glpi/glpi-10-fr.csv: tickets of 2–24 March 2026, no asset file, no policy), through the data
 * page to the PowerPoint. What was wrong: the fleet cards counted 0 out of warranty of assets
 * nobody listed, incidents by month drew January and February at 0, empty charts said "no data"
 * where the figure is not measured, and the PowerPoint said « Comparé à T4 2025 » on every slide
 * with speaker notes « SLA résolution: 42,9 % » and a bare « n.d. ».
 */
const GLPI = join(FIXTURES, 'real-formats', 'glpi', 'glpi-10-fr.csv');

async function load(page: Page) {
  await page.goto('/data?lang=fr');
  await expect(page.getByTestId('section-data')).toBeVisible();
  await page.getByTestId('file-tickets').setInputFiles(GLPI);
  await expect(page.getByTestId('analyse')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('data-source')).toContainText(/vos fichiers/i, { timeout: 45_000 });
}

test('a French GLPI export alone: honest fleet, months, empty charts and PowerPoint', async ({ page }) => {
  test.setTimeout(120_000);
  await load(page);

  await page.getByTestId('nav-fleet').click();
  await waitForSection(page, 'fleet');
  for (const id of ['out-of-warranty', 'past-useful-life', 'warranty-soon']) {
    await expect(page.getByTestId(`kpi-${id}-value`)).toHaveText('n.d.');
    await expect(page.getByTestId(`kpi-${id}`)).toContainText('Non mesuré\u202f: aucun fichier d’équipements fourni');
  }
  await expect(page.getByTestId('warranty-soon')).toContainText('Non mesuré\u202f: aucun fichier d’équipements fourni');
  await expect(page.getByTestId('warranty-soon')).not.toContainText('Aucune garantie');
  // GLPI's export has no technician time: the mix says so, not "no data".
  await expect(page.getByTestId('no-data-maintenance-mix')).toContainText('Non mesuré\u202f: le fichier ne contient pas ces valeurs');

  await page.getByTestId('nav-incidents').click();
  await waitForSection(page, 'incidents');
  const months = await page.getByTestId('vega-chart-incidents-by-month').locator('svg text').allTextContents();
  expect(months).toContain('mars');
  expect(months).not.toContain('janv.');
  expect(months).not.toContain('févr.');

  await page.getByTestId('nav-summary').click();
  await waitForSection(page, 'summary');
  await page.getByTestId('export-menu').locator('summary').click();
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByTestId('export-pptx').click()]);
  const parts = unzipSync(readFileSync(await download.path()));
  const text = (name: string) => strFromU8(parts[name]!);
  const slides = Object.keys(parts).filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name));
  for (const name of slides) expect(text(name), name).not.toContain('Comparé à');
  expect(text('ppt/slides/slide1.xml')).toContain('Les données couvrent 22 des 90 jours de cette période');
  const notes = text('ppt/notesSlides/notesSlide2.xml');
  expect(notes).toContain('SLA résolution\u202f: 42,9\u202f%');
  expect(notes).toContain('MTBF du parc\u202f: n.d. — Non mesuré\u202f: aucun fichier d’équipements fourni');
});
