import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { kpiValue, openDemo, screenshot, waitForSection } from './helpers.js';

/** Opens the policy editor from the navigation (the review stays loaded: no page reload). */
async function openEditor(page: Page): Promise<void> {
  await page.getByTestId('nav-policy').click();
  await expect(page.getByTestId('section-policy')).toBeVisible();
  await expect(page.getByTestId('policy-source')).toBeVisible();
}

/** Types a value in a field of the editor and leaves it (the change applies on leaving). */
async function edit(page: Page, field: string, value: string): Promise<void> {
  const box = page.getByTestId(`policy-${field}`);
  await box.fill(value);
  await box.press('Tab');
}

/** Edits a field and waits until the review is computed with it. */
async function apply(page: Page, field: string, value: string): Promise<void> {
  await edit(page, field, value);
  await expect(page.getByTestId('policy-notice')).toBeVisible();
  await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 45_000 });
}

async function goToSection(page: Page, id: string): Promise<void> {
  await page.getByTestId(`nav-${id}`).click();
  await waitForSection(page, id);
}

test.describe('policy editor', () => {
  test('a tighter SLA target lowers the SLA figure, and stays after a reload', async ({ page }) => {
    await openDemo(page, '/sla', '?period=2026-Q2&lang=en');
    const before = await kpiValue(page, 'sla-resolution');
    await openEditor(page);
    // The demo's policy.json is in use: P2 resolution 8h.
    await expect(page.getByTestId('policy-source')).toContainText('policy.json');
    await expect(page.getByTestId('policy-sla-P2-resolution')).toHaveValue('8h');
    await apply(page, 'sla-P2-resolution', '1h');
    await apply(page, 'sla-P3-resolution', '1h');
    await goToSection(page, 'sla');
    const after = await kpiValue(page, 'sla-resolution');
    expect(after).not.toBe(before);
    // Fewer hours to resolve: fewer tickets on time.
    expect(parseFloat(after)).toBeLessThan(parseFloat(before));
    await page.reload();
    await waitForSection(page, 'sla');
    expect(await kpiValue(page, 'sla-resolution')).toBe(after);
    await openEditor(page);
    await expect(page.getByTestId('policy-source')).toContainText('your edited policy');
    await expect(page.getByTestId('policy-sla-P2-resolution')).toHaveValue('1h');
  });

  test('an invalid value gets kpi-core’s message beside the field, in English and French, and is not applied', async ({ page }) => {
    await openDemo(page, '/', '?period=2026-Q2&lang=en');
    await openEditor(page);
    await edit(page, 'sla-P2-response', '8x');
    await expect(page.getByTestId('policy-sla-P2-response-problem')).toHaveText('"8x" is not a duration (use "30m", "4h" or minutes)');
    await expect(page.getByTestId('policy-sla-P2-response')).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByTestId('policy-source')).toContainText('policy.json');
    await edit(page, 'headcount', '0');
    await expect(page.getByTestId('policy-headcount-problem')).toHaveText('0 is not a positive integer or null');

    await openDemo(page, '/', '?period=2026-Q2&lang=fr');
    await openEditor(page);
    await edit(page, 'sla-P2-response', '8x');
    await expect(page.getByTestId('policy-sla-P2-response-problem')).toHaveText('"8x" n’est pas une durée (écrire « 30m », « 4h » ou un nombre de minutes)');
  });

  test('export, reset to defaults, import: the same policy comes back', async ({ page }) => {
    await openDemo(page, '/', '?period=2026-Q2&lang=en');
    await openEditor(page);
    await apply(page, 'headcount', '250');
    const download = page.waitForEvent('download');
    await page.getByTestId('policy-export').click();
    const file = await (await download).path();
    const exported = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    expect(exported.headcount).toBe(250);
    expect(exported.timezone).toBe('Europe/Paris');

    await page.getByTestId('policy-reset').click();
    await expect(page.getByTestId('policy-notice')).toBeVisible();
    await expect(page.getByTestId('policy-headcount')).toHaveValue('');
    // The defaults show in grey, tagged "default"; no rate is assumed.
    await expect(page.getByTestId('policy-sla-P2-resolution')).toHaveAttribute('placeholder', '8h');
    await expect(page.getByTestId('policy-sla-P2-resolution-default')).toBeVisible();
    await expect(page.getByTestId('policy-rates-userHourly')).toHaveValue('');
    await expect(page.getByTestId('policy-timezone')).toHaveAttribute('placeholder', 'UTC');
    await screenshot(page, 'policy-editor-defaults');

    await page.getByTestId('policy-import').setInputFiles({ name: 'policy.json', mimeType: 'application/json', buffer: readFileSync(file) });
    await expect(page.getByTestId('policy-notice')).toHaveText('Policy imported from policy.json.');
    await expect(page.getByTestId('policy-headcount')).toHaveValue('250');
    await expect(page.getByTestId('policy-timezone')).toHaveValue('Europe/Paris');
    await expect(page.getByTestId('policy-sla-P2-resolution')).toHaveValue('8h');

    await page.getByTestId('policy-import').setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') });
    await expect(page.getByTestId('policy-problem')).toHaveText('Not applied: notes.json is not JSON.');
  });

  test('defaults are listed beside the figures; without a rate the costs are not measured, with one they are', async ({ page }) => {
    await openDemo(page, '/lost-hours', '?period=2026-Q2&lang=en');
    // The demo's policy sets every value: nothing to list, the cost is measured.
    await expect(page.getByTestId('notes-lost-hours')).toHaveCount(0);
    expect(await kpiValue(page, 'lost-cost')).toMatch(/€/);
    await openEditor(page);
    await page.getByTestId('policy-reset').click();
    await expect(page.getByTestId('policy-notice')).toBeVisible();
    await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 45_000 });

    await goToSection(page, 'lost-hours');
    await expect(page.getByTestId('kpi-lost-cost-not-measured')).toHaveText('Not measured: the policy gives no hourly rate');
    expect(await kpiValue(page, 'lost-cost')).not.toMatch(/\d/);
    await expect(page.getByTestId('notes-lost-hours-not-measured')).toContainText('Cost of the hours lost: the policy gives no hourly rate');
    await expect(page.getByTestId('notes-lost-hours-assumptions')).toContainText('Impact factor of outage: 1');
    await screenshot(page, 'policy-lost-hours-defaults');
    // No headcount: the benchmark chart says why it is empty.
    await expect(page.getByTestId('no-data-lost-benchmark')).toHaveText('Not measured: the policy gives no headcount');
    // The total without rates says what it leaves out, as the CLI's "68,087 €, excluding technician time and downtime".
    await goToSection(page, 'costs');
    await expect(page.getByTestId('kpi-tco-excluding')).toHaveText(/^Excluding .*downtime$/);
    await goToSection(page, 'sla');
    await expect(page.getByTestId('notes-sla-assumptions')).toContainText('SLA target P2: response 2 h, resolution 8 h (business hours)');
    await page.getByTestId('notes-sla-edit').click();
    await expect(page.getByTestId('section-policy')).toBeVisible();

    await apply(page, 'rates-userHourly', '42');
    await goToSection(page, 'lost-hours');
    await expect(page.getByTestId('kpi-lost-cost-not-measured')).toHaveCount(0);
    expect(await kpiValue(page, 'lost-cost')).toMatch(/€/);
  });

  test('a period is compared only with a period the data covers alike', async ({ page }) => {
    // The demo data starts on 1 Oct 2025: the 21 days before 11 Oct hold 10 days of data.
    await openDemo(page, '/', '?period=2025-10-11..2025-10-31&lang=en');
    await expect(page.getByTestId('comparison')).toHaveText('Previous period not comparable: data covers 10 of 21 days.');
    // The only note: the demo exports paused time as minutes, without when (pause8's assumption) —
    // a rule about the data, apart from the policy's defaults (none here) and with no link to edit the policy.
    await expect(page.getByTestId('notes-summary-assumptions')).toHaveCount(0);
    await expect(page.getByTestId('notes-summary-data-assumptions').locator('li')).toHaveCount(1);
    await expect(page.getByTestId('notes-summary-data-assumptions')).toContainText('Paused time exported as a number of minutes');
    await expect(page.getByTestId('notes-summary')).toContainText('Rules applied where the data does not say (the policy has no setting for them):');
    await expect(page.getByTestId('notes-summary-edit')).toHaveCount(0);
    await expect(page.getByTestId('notes-summary-not-measured')).toHaveCount(0);
    await expect(page.locator('[data-testid$="-delta"]')).toHaveCount(0);
    await expect(page.getByTestId('kpi-incidents')).toContainText('Not comparable with the previous period');

    // 2026-Q3 is not over at the demo's asOf (30 Sep 2026, 20:07): 91 of its 92 days.
    await openDemo(page, '/', '?period=2026-Q3&lang=en');
    await expect(page.getByTestId('comparison')).toHaveText('Not compared with the previous period: data covers 91 of the 92 days of this period.');
    await expect(page.locator('[data-testid$="-delta"]')).toHaveCount(0);

    await openDemo(page, '/', '?period=2026-Q3&lang=fr');
    await expect(page.getByTestId('comparison')).toHaveText('Pas de comparaison avec la période précédente\u202f: les données couvrent 91 des 92 jours de cette période.');

    // Two whole quarters: compared as before.
    await openDemo(page, '/', '?period=2026-Q2&lang=en');
    await expect(page.getByTestId('comparison')).toHaveCount(0);
    await expect(page.locator('[data-testid$="-delta"]').first()).toBeVisible();
  });
});
