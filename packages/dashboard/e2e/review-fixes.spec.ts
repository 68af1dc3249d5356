import { expect, test, type Page } from '@playwright/test';
import { join } from 'node:path';
import { FIXTURES, openDemo, PNG_MAGIC, waitForSection } from './helpers.js';
import { downloadOf } from './review-helpers.js';

/**
 * Faults a reviewer reproduced in Chromium at 1280×720, each checked where it was seen: a Jira
 * Cloud export with repeated headers crashed the data page, an empty file was taken for one
 * without a header, the quality report named formats `glpi+mapping`, the mapping table left its
 * examples ~80 px, two recurring-problem bars read the same, a neutral change was read "()", and
 * French percentages carried U+00A0.
 */
test.use({ viewport: { width: 1280, height: 720 } });

async function openData(page: Page, lang: 'fr' | 'en'): Promise<string[]> {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await openDemo(page, '/', `?lang=${lang}`);
  await page.getByTestId('nav-data').click();
  await expect(page.getByTestId('section-data')).toBeVisible();
  return errors;
}

test.describe('the data page', () => {
  // The first of the two label columns holds "printer" / "etage2" on the first row, the second nothing.
  for (const [file, lang, detected, withMapping, label, first] of [
    ['jira-cloud-fr.csv', 'fr', 'Format détecté', 'lu avec votre correspondance de colonnes', 'Étiquettes', 'etage2'],
    ['jira-cloud-en.csv', 'en', 'Detected format', 'read with your column mapping', 'Labels', 'printer'],
  ] as const) {
    test(`a Jira Cloud "all fields" export with repeated headers (${file}): the mapping screen, each column once, no crash`, async ({ page }) => {
      const errors = await openData(page, lang);
      await page.getByTestId('file-tickets').setInputFiles(join(FIXTURES, 'real-formats', 'jira', file));
      await expect(page.getByTestId('preset-tickets')).toContainText(detected, { timeout: 30_000 });
      await expect(page.getByTestId('preset-tickets')).toContainText('Jira');
      await expect(page.getByTestId('mapping-tickets')).toBeAttached();
      // `Labels` / `Étiquettes` is written twice in the header row, offered once.
      const options = await page.getByTestId('map-tickets-id').locator('option').allTextContents();
      const labels = options.filter((o) => o === label || o.startsWith(`${label} — `));
      expect(labels).toHaveLength(1);
      // With the samples of its first column, the one kpi-core reads.
      expect(labels[0]).toContain(first);

      // Analysed, the quality report names the tool in words, never kpi-core's `jira+mapping`.
      await page.getByTestId('analyse').click();
      const quality = page.getByTestId('quality-tickets');
      await expect(quality).toContainText(withMapping, { timeout: 45_000 });
      await expect(quality).toContainText('Jira Service Management');
      await expect(quality).not.toContainText('+mapping');
      expect(errors).toEqual([]);
    });
  }

  for (const [lang, said] of [
    ['fr', 'empty.csv est vide\u202f: il ne contient aucune ligne'],
    ['en', 'empty.csv is empty: it holds no row'],
  ] as const) {
    test(`an empty file (0 bytes) is said to be empty, not a file without a header (${lang})`, async ({ page }) => {
      const errors = await openData(page, lang);
      await page.getByTestId('file-tickets').setInputFiles(join(FIXTURES, 'bad', 'empty.csv'));
      await expect(page.getByTestId('empty-tickets')).toContainText(said, { timeout: 30_000 });
      await expect(page.getByTestId('mapping-tickets')).toHaveCount(0);
      await expect(page.getByTestId('proposal-tickets')).toHaveCount(0);
      await expect(page.getByTestId('analyse')).toBeDisabled();
      expect(errors).toEqual([]);
    });
  }

  test('an export no preset knows: the mapping table spans the card and its examples read on a line or two', async ({ page }) => {
    await openData(page, 'fr');
    // French headers of a helpdesk of its own (written for this test).
    const csv = [
      'Numéro de demande;Ouverte le;Objet de la demande;Situation;Urgence;Service demandeur',
      '1001;02/03/2026 09:15;Imprimante du deuxième étage bloquée sur un bourrage papier;Ouverte;Haute;Comptabilité',
      '1002;02/03/2026 10:40;Accès VPN refusé depuis le portable du directeur commercial;Close;Moyenne;Direction',
      '1003;03/03/2026 08:05;Écran noir au démarrage du poste de l’accueil;En attente;Basse;Accueil',
    ].join('\n');
    await page.getByTestId('file-tickets').setInputFiles({ name: 'demandes.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await expect(page.getByTestId('proposal-tickets')).toBeVisible({ timeout: 30_000 });
    const sizes = await page.getByTestId('mapping-tickets').evaluate((mapping) => {
      const table = mapping.querySelector('table.mapping-table')!;
      const evidence = [...table.querySelectorAll('td.evidence')].filter((td) => (td.textContent ?? '').trim() !== '');
      return {
        card: mapping.getBoundingClientRect().width,
        table: table.getBoundingClientRect().width,
        evidence: Math.min(...evidence.map((td) => td.getBoundingClientRect().width)),
        lines: Math.max(...evidence.map((td) => Math.round(td.getBoundingClientRect().height / parseFloat(getComputedStyle(td).lineHeight || '20')))),
      };
    });
    expect(sizes.table / sizes.card).toBeGreaterThan(0.95);
    // Was ~80 px at 1280×720, one word a line.
    expect(sizes.evidence).toBeGreaterThan(250);
  });
});

test('an export with one ticket id twice (kpi-core keeps both): its recurring problem lists the id twice, no crash', async ({ page }) => {
  const errors = await openData(page, 'en');
  // Four incidents of one server and category in ten days, I2 written twice (written for this test).
  const csv = [
    'id,openedAt,resolvedAt,type,priority,assetId,category,title',
    'I1,2026-03-02 08:00,2026-03-02 10:00,incident,P2,SRV-1,Server > Backup,Backup failed',
    'I2,2026-03-04 08:00,2026-03-04 09:00,incident,P2,SRV-1,Server > Backup,Backup failed again',
    'I2,2026-03-06 08:00,2026-03-06 09:30,incident,P2,SRV-1,Server > Backup,Backup failed (copy)',
    'I3,2026-03-09 08:00,2026-03-09 11:00,incident,P2,SRV-1,Server > Backup,Backup failed once more',
  ].join('\n');
  await page.getByTestId('file-tickets').setInputFiles({ name: 'duplicate-ids.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('preset-tickets')).toBeVisible({ timeout: 30_000 });
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('quality-tickets')).toContainText('duplicate-ids.csv', { timeout: 45_000 });
  await page.getByTestId('nav-incidents').click();
  await waitForSection(page, 'incidents');
  const ids = page.getByTestId('problem-row').first().locator('ul.ids li');
  await expect(ids).toHaveText(['I1', 'I2', 'I2', 'I3']);
  expect(errors).toEqual([]);
});

test('two chains of one recurring problem: two bars whose labels differ where they show (demo, Incidents, Q2 2026)', async ({ page }) => {
  await openDemo(page, '/incidents', '?lang=fr&period=2026-Q2');
  await waitForSection(page, 'incidents');
  const labels = await page.getByTestId('chart-recurring-problems').evaluate((chart) =>
    [...chart.querySelectorAll('g.role-axis-label text')].map((text) => {
      const lines = [...text.querySelectorAll('tspan')].map((t) => t.textContent ?? '');
      return lines.length > 0 ? lines : [text.textContent ?? ''];
    }),
  );
  const twice = labels.filter((lines) => lines.length === 2);
  expect(twice.length).toBeGreaterThanOrEqual(2);
  // The dates, on their own line, are whole (no ellipsis) and tell the bars apart.
  for (const lines of twice) expect(lines[1]).toMatch(/^\d+(er)? \S+ 2026 – \d+(er)? \S+ 2026$/);
  const shown = labels.map((lines) => lines.join(' / '));
  expect(new Set(shown).size).toBe(shown.length);
});

test('a change that is neither better nor worse is not read "()" by screen readers; French percentages carry U+202F', async ({ page }) => {
  await openDemo(page, '/', '?lang=fr');
  const hidden = await page.locator('[data-testid$="-delta"] .visually-hidden').allTextContents();
  for (const text of hidden) expect(text).not.toBe('()');
  const deltas = await page.locator('[data-testid$="-delta"]').allTextContents();
  for (const text of deltas) expect(text).not.toContain('()');
  const main = (await page.locator('main').textContent()) ?? '';
  expect(main).toMatch(/\d\u202f%/);
  expect(main).not.toMatch(/\d[\u00a0 ]%/);
});

test('an exported chart image carries its title, period and client (demo label too)', async ({ page }) => {
  await openDemo(page, '/incidents', '?period=2026-Q3');
  const svg = (await downloadOf(page, 'chart-recurring-problems-svg')).bytes.toString('utf8');
  expect(svg).toContain('>Largest recurring problems</text>');
  expect(svg).toContain('>Q3 2026 · Demo data</text>');
  expect(svg).toContain('BIS-NET-01');
  const png = await downloadOf(page, 'chart-recurring-problems-png');
  expect([...png.bytes.subarray(0, 8)]).toEqual(PNG_MAGIC);
  // IHDR height (bytes 20–23): the chart's own height at scale 2 plus the caption's 36 + 17 px.
  const card = await page.getByTestId('vega-chart-recurring-problems').locator('svg').first().boundingBox();
  expect(png.bytes.readUInt32BE(20)).toBeGreaterThan(Math.round(card!.height * 2) + 90);
});
