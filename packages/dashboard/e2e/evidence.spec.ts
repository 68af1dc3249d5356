import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { FIXTURES, openDemo, waitForSection } from './helpers.js';

/**
 * The dashboard shows what the CLI's review says about evidence (the reviewer's reproductions on
 * the demo and on format samples): coverage of a partial period, what a partial cost total
 * leaves out, why a figure is not measured, the source tool's SLA, French read errors, the
 * backlog's date, and every finding.
 */

/** Loads a tickets file on the data page and runs the analysis with the proposed mapping. */
async function analyse(page: Page, tickets: string) {
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('section-data')).toBeVisible();
  await page.getByTestId('file-tickets').setInputFiles(tickets);
  await expect(page.getByTestId('analyse')).toBeEnabled({ timeout: 30_000 });
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('data-source')).not.toContainText(/démo|demo/i, { timeout: 45_000 });
}

test.describe('evidence the CLI gives, on the page', () => {
  test('a partly covered period says how many of its days the figures count (2025-H2, French)', async ({ page }) => {
    await openDemo(page, '/', '?period=2025-H2&lang=fr');
    await expect(page.getByTestId('coverage')).toHaveText(
      'Les données couvrent 92 des 184 jours de cette période\u202f: chaque chiffre, coûts compris, ne porte que sur le temps couvert par les données.',
    );
    // The year 2026 too (not only "previous period not comparable").
    await openDemo(page, '/', '?period=2026&lang=en');
    await expect(page.getByTestId('coverage')).toContainText(/Data covers \d+ of the 365 days of this period/);
  });

  test('open tickets at the end of Q2 2026 are counted at 30 June, with the end of Q1 beside them', async ({ page }) => {
    await openDemo(page, '/activity', '?period=2026-Q2');
    const card = page.getByTestId('kpi-open-at-end');
    await expect(card).toContainText('At the end of June 2026');
    await expect(card).not.toContainText('1 Jul');
    await expect(page.getByTestId('kpi-open-at-end-compare')).toHaveText(/^\d+ at the end of Q1 2026$/);
  });

  test('the summary says how many findings are left out and shows them all on demand', async ({ page }) => {
    await openDemo(page, '/');
    const more = page.getByTestId('findings-more');
    await expect(more).toBeVisible();
    const shown = await page.locator('[data-testid="findings"] li').count();
    const hidden = Number((await more.textContent())!.match(/And (\d+) more/)![1]);
    await page.getByTestId('findings-all').click();
    await expect(page.locator('[data-testid="findings"] li')).toHaveCount(shown + hidden);
  });

  test('GLPI without an asset file: every "n.d." of the costs says why', async ({ page }) => {
    await openDemo(page, '/', '?lang=fr');
    await analyse(page, join(FIXTURES, 'real-formats', 'glpi', 'glpi-10-fr.csv'));
    await page.getByTestId('nav-costs').click();
    await waitForSection(page, 'costs');
    for (const id of ['tco', 'unallocated']) {
      await expect(page.getByTestId(`kpi-${id}-not-measured`)).toContainText(/Non mesuré\u202f: .+/);
    }
  });

  test('Zammad: the source tool\'s SLA verdict beside Revue\'s, with the disagreements (French)', async ({ page }) => {
    await openDemo(page, '/', '?lang=fr');
    await analyse(page, join(FIXTURES, 'real-formats', 'zammad', 'zammad-report.xlsx'));
    await page.getByTestId('nav-sla').click();
    await waitForSection(page, 'sla');
    // The CLI's row for the same report (kpi-core's sourceSla): the tool's 1 met of 5 judged, one still
    // pending at the data date, and 1 ticket Revue judged otherwise.
    await expect(page.getByTestId('sla-source-resolution')).toHaveText(
      /^SLA de résolution respecté, selon l’outil source\u202f: 20\u202f% \(1 sur 5 tickets jugés par l’outil(, \d+ en cours)?\u202f; 1 ticket jugé autrement par Revue\)$/,
    );
  });

  test('a file that is not a CSV is refused in French on the French page', async ({ page }) => {
    await openDemo(page, '/', '?lang=fr');
    await page.getByTestId('nav-data').click();
    await page.getByTestId('file-tickets').setInputFiles(join(FIXTURES, 'bad', 'binary-garbage.csv'));
    const alert = page.getByRole('alert').first();
    await expect(alert).toBeVisible({ timeout: 30_000 });
    await expect(alert).toContainText('binary-garbage.csv n’est pas un fichier texte CSV (données binaires\u202f: il contient des octets NUL)');
    await expect(alert).not.toContainText('is not a CSV');
  });
});
