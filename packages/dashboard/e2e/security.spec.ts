import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, openDemo, recordRequests, SECTIONS, waitForSection } from './helpers.js';

const SCRIPT = '<script>alert(1)</script>';
const IMG = '<img src=x onerror=alert(1)>';
const JS_URL = 'javascript:alert(1)';
const FORMULA = '=HYPERLINK("http://evil.example","x")';

/** RFC 4180 cell: quoted, inner quotes doubled. */
const q = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * A canonical ticket export whose text fields carry HTML/JS payloads: titles, client, category
 * and asset id (they show in tables, chart labels, pickers and findings). Three P1 incidents of
 * one asset and category, each resolved two days later, make a recurring problem and SLA
 * breaches (P1 resolution target 4 h around the clock in policy.json), so the payloads reach the
 * breaches table, the problems table and their charts. The last ticket is on 2026-09-30, the
 * last day of Q3: no quarter has ended at asOf, so the default period is the quarter of asOf,
 * 2026-Q3 (DESIGN §4).
 */
function hostileCsv(): string {
  const header = 'id,openedAt,type,priority,client,category,assetId,title,firstResponseAt,resolvedAt';
  const rows = [
    ['X-1', '2026-09-01T09:00:00+02:00', 'incident', 'P1', SCRIPT, IMG, JS_URL, SCRIPT, '2026-09-01T09:10:00+02:00', '2026-09-03T09:00:00+02:00'],
    ['X-2', '2026-09-08T09:00:00+02:00', 'incident', 'P1', SCRIPT, IMG, JS_URL, IMG, '2026-09-08T09:10:00+02:00', '2026-09-10T09:00:00+02:00'],
    ['X-3', '2026-09-15T09:00:00+02:00', 'incident', 'P1', SCRIPT, IMG, JS_URL, JS_URL, '2026-09-15T09:10:00+02:00', '2026-09-17T09:00:00+02:00'],
    ['X-4', '2026-09-22T09:00:00+02:00', 'incident', 'P1', IMG, SCRIPT, IMG, FORMULA, '2026-09-22T09:10:00+02:00', '2026-09-24T09:00:00+02:00'],
    ['X-5', '2026-09-30T09:00:00+02:00', 'request', 'P3', JS_URL, JS_URL, SCRIPT, `${SCRIPT}${IMG}`, '2026-09-30T09:30:00+02:00', '2026-09-30T12:00:00+02:00'],
  ];
  return [header, ...rows.map((r) => r.map(q).join(','))].join('\n') + '\n';
}

test.describe('security', () => {
  test('the built pages ship a strict Content-Security-Policy', async ({ page }) => {
    await page.goto('/');
    const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
    expect(csp).not.toBeNull();
    const directives = Object.fromEntries(csp!.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name, values]));
    expect(directives['default-src']).toEqual(["'self'"]);
    expect(directives['connect-src']).toEqual(["'self'"]);
    expect(directives['object-src']).toEqual(["'none'"]);
    expect(directives['base-uri']).toEqual(["'self'"]);
    expect(directives['form-action']).toEqual(["'none'"]);
    expect(directives['img-src']).toEqual(["'self'", 'data:', 'blob:']);
    expect(directives['worker-src']).toEqual(["'self'", 'blob:']);
    expect(directives['style-src']).toEqual(["'self'", "'unsafe-inline'"]);
    // script-src: 'self' plus the hashes of SvelteKit's inline bootstrap, and never eval or inline.
    expect(directives['script-src']![0]).toBe("'self'");
    for (const value of directives['script-src']!.slice(1)) expect(value).toMatch(/^'sha256-[A-Za-z0-9+/=]+'$/);
    expect(csp).not.toContain('unsafe-eval');
    expect(directives['script-src']).not.toContain("'unsafe-inline'");
  });

  test('charts render under the CSP without any violation', async ({ page }) => {
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy|unsafe-eval|EvalError/i.test(message.text())) violations.push(message.text());
    });
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
      });
    });
    await openDemo(page, '/reliability');
    await expect(page.locator('[data-testid^="vega-chart-"] svg').first()).toBeVisible();
    expect(violations).toEqual([]);
  });

  test('ticket text holding HTML or JavaScript is shown as text: no dialog, no element, no request', async ({ page, baseURL }) => {
    const dialogs: string[] = [];
    page.on('dialog', async (dialog) => {
      dialogs.push(dialog.message());
      await dialog.dismiss();
    });
    const requests = recordRequests(page, new URL(baseURL!).origin);
    await openDemo(page, '/');

    await page.getByTestId('nav-data').click();
    await page.getByTestId('file-policy').setInputFiles(join(FIXTURES, 'demo', 'policy.json'));
    await page.getByTestId('file-tickets').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(hostileCsv()) });
    await expect(page.getByTestId('inspection-tickets')).toBeVisible();
    await page.getByTestId('analyse').click();
    await expect(page.getByTestId('data-source')).toContainText(/your files/i, { timeout: 45_000 });

    const hostileDom = () =>
      page.evaluate(() => ({
        scripts: [...document.querySelectorAll('script')].filter((s) => s.textContent?.includes('alert(1)')).length,
        images: document.querySelectorAll('img[src="x"], img[onerror], svg image[href="x"]').length,
        handlers: [...document.querySelectorAll('*')].filter((e) => [...e.attributes].some((a) => a.name.startsWith('on'))).length,
        links: document.querySelectorAll('a[href^="javascript:" i], [href^="javascript:" i], [src^="javascript:" i]').length,
      }));

    let sawPayloadText = false;
    for (const section of SECTIONS) {
      await page.getByTestId(`nav-${section.id}`).click();
      await waitForSection(page, section.id);
      // Open every figures table so that its cells are in the DOM too (not the export menu: open,
      // its list would lie over the navigation).
      await page.evaluate(() => document.querySelectorAll('details:not([data-testid="export-menu"])').forEach((d) => ((d as HTMLDetailsElement).open = true)));
      expect(await hostileDom(), `hostile elements in ${section.id}`).toEqual({ scripts: 0, images: 0, handlers: 0, links: 0 });
      if ((await page.getByText(SCRIPT, { exact: false }).count()) > 0 || (await page.getByText(JS_URL).count()) > 0) sawPayloadText = true;
    }
    // The payloads were really displayed, as plain text.
    expect(sawPayloadText).toBe(true);
    // The client picker lists the hostile client names as text.
    const clients = await page.getByTestId('client').locator('option').allInnerTexts();
    expect(clients).toContain(SCRIPT);

    expect(dialogs).toEqual([]);
    expect(requests.outsiders()).toEqual([]);
    expect(requests.dataGets()).toEqual([]);
    expect(requests.all.filter((r) => /\/x$|javascript:/.test(r.url))).toEqual([]);
  });

  test('the CSV export neutralises a formula hidden in a ticket title', async ({ page }) => {
    await openDemo(page, '/');
    await page.getByTestId('nav-data').click();
    await page.getByTestId('file-policy').setInputFiles(join(FIXTURES, 'demo', 'policy.json'));
    await page.getByTestId('file-tickets').setInputFiles({ name: 'hostile.csv', mimeType: 'text/csv', buffer: Buffer.from(hostileCsv()) });
    await expect(page.getByTestId('inspection-tickets')).toBeVisible();
    await page.getByTestId('analyse').click();
    await expect(page.getByTestId('data-source')).toContainText(/your files/i, { timeout: 45_000 });
    await page.getByTestId('nav-sla').click();
    await waitForSection(page, 'sla');
    await page.getByTestId('export-menu').locator('summary').click();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    const text = readFileSync(await download.path(), 'utf8');
    // X-4's title, quoted by RFC 4180 and prefixed by a single quote: never a live formula.
    expect(text).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(text).not.toMatch(/(^|,)"?=HYPERLINK/m);
    // The other payloads are plain text cells.
    expect(text).toContain(SCRIPT);
  });
});
