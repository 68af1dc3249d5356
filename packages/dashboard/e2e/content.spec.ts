/**
 * The review content of issue 12 on the demo data (2026-Q3, asOf 2026-09-30): the Activity
 * section's charts with the figures kpi-core computes (volume, requests vs incidents, opened vs
 * closed and the backlog), drill-down from a bar to its tickets (mouse and keyboard), the
 * 12-month sparklines of the KPI cards, and the replacement plan (its own section, after the fleet).
 * Expected figures: the demo report of kpi-core for 2026-Q3 (its golden tests pin the engine).
 */
import { expect, test, type Page } from '@playwright/test';
import { kpiValue, openDemo, waitForSection } from './helpers.js';

const QUERY = '?period=2026-Q3&lang=en';

/** The rows of a chart's figures table (its text alternative), as cell texts. */
async function figures(page: Page, id: string): Promise<string[][]> {
  return page.locator(`table#figures-${id} tbody tr`).evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));
}

test.describe('review content', () => {
  test('the Activity section shows the volume, the requests and the backlog of the quarter', async ({ page }) => {
    await openDemo(page, '/activity', QUERY);
    // 827 tickets opened in 2026-Q3, 339 of them requests (the preventive plan's tickets among them); 19 still open at asOf.
    expect(await kpiValue(page, 'tickets-opened')).toBe('827');
    expect(await kpiValue(page, 'requests')).toBe('339');
    expect(await kpiValue(page, 'open-at-end')).toBe('19');
    // How the file's ticket types were read, in words (kpi-core's catalogue): the demo has all four.
    await expect(page.getByTestId('notes-activity-types')).toContainText(/^Ticket types read in the file: incident [\d,]+, request [\d,]+, change [\d,]+, problem [\d,]+\.$/);

    // Largest category first.
    const byCategory = await figures(page, 'volume-breakdown');
    expect(byCategory[0]!.slice(0, 2)).toEqual(['Matériel > Poste de travail', '125']);
    // The selector switches the same chart to priorities, in priority order.
    await page.getByTestId('volume-dimension').getByText('Priority', { exact: true }).click();
    await expect(page.getByTestId('chart-volume-breakdown').locator('h3')).toHaveText('Tickets opened by priority');
    await expect.poll(async () => (await figures(page, 'volume-breakdown')).map((row) => row.slice(0, 2))).toEqual([
      ['P1', '18'],
      ['P2', '64'],
      ['P3', '279'],
      ['P4', '413'],
      ['P5', '53'],
    ]);

    // Requests vs incidents, July 2026: 168 incidents of 289 tickets.
    const types = await figures(page, 'ticket-types');
    expect(types).toContainEqual(['Jul 2026', 'Incidents', '168']);
    // Opened vs closed and the backlog, October 2025 – September 2026 (the whole demo year).
    const flow = await figures(page, 'backlog-trend');
    expect(flow).toHaveLength(12);
    expect(flow[0]).toEqual(['Oct 2025', '338', '322', '16']);
    expect(flow.at(-1)).toEqual(['Sept 2026', '330', '328', '19']);
  });

  test('a bar opens the list of its tickets, with the mouse and with the keyboard', async ({ page }) => {
    await openDemo(page, '/activity', QUERY);
    const panel = page.getByTestId('tickets-panel');

    // Click the largest category's bar: its 125 tickets (all listed: fewer than 200).
    const bars = page.locator('[data-testid="vega-chart-volume-breakdown"] .drillable');
    await expect(bars.first()).toBeVisible();
    await bars.first().click();
    await expect(panel).toBeVisible();
    await expect(panel.getByRole('heading')).toHaveText('Matériel > Poste de travail: 125 tickets');
    await expect(panel.getByTestId('tickets-panel-table').locator('tbody tr')).toHaveCount(125);
    await expect(panel.getByTestId('tickets-panel-capped')).toHaveCount(0);
    const first = panel.getByTestId('tickets-panel-table').locator('tbody tr').first().locator('td');
    await expect(first.nth(0)).toHaveText(/^\d+$/);
    await expect(first.nth(1)).not.toHaveText('');
    // Esc closes it and gives the focus back to the bar.
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    expect(await page.evaluate(() => document.activeElement?.classList.contains('drillable'))).toBe(true);

    // Keyboard: the bars are buttons; focus September's "opened" bar and press Enter.
    const flowBars = page.locator('[data-testid="vega-chart-backlog-trend"] .drillable');
    const september = flowBars.and(page.locator('[aria-label="Sept 2026, Opened: 330 tickets"]'));
    await expect(september).toHaveCount(1);
    await expect(september).toHaveAttribute('role', 'button');
    await september.focus();
    await page.keyboard.press('Enter');
    await expect(panel.getByRole('heading')).toHaveText('Sept 2026, Opened: 330 tickets');
    // The report lists the first 200 ids of a bar; the panel says so.
    await expect(panel.getByTestId('tickets-panel-capped')).toHaveText('The first 200 of 330 tickets.');
    await expect(panel.getByTestId('tickets-panel-table').locator('tbody tr')).toHaveCount(200);
    await panel.getByTestId('tickets-panel-close').click();
    await expect(panel).toBeHidden();
  });

  test('in French: the section, the figures and the panel speak French', async ({ page }) => {
    await openDemo(page, '/activity', '?period=2026-Q3&lang=fr');
    await expect(page.getByTestId('section-activity').locator('h1')).toHaveText('Activité des tickets');
    expect(await kpiValue(page, 'tickets-opened')).toBe('827');
    expect(await figures(page, 'backlog-trend')).toContainEqual(['sept. 2026', '330', '328', '19']);
    await page.locator('[data-testid="vega-chart-volume-breakdown"] .drillable').first().click();
    // A narrow no-break space before the colon.
    await expect(page.getByTestId('tickets-panel').getByRole('heading')).toHaveText('Matériel > Poste de travail\u202f: 125 tickets');
    await expect(page.getByTestId('tickets-panel-close')).toHaveText('Fermer');
  });

  test('ticket text in the panel stays text', async ({ page }) => {
    await openDemo(page, '/activity', QUERY);
    await page.locator('[data-testid="vega-chart-ticket-types"] .drillable').first().click();
    const panel = page.getByTestId('tickets-panel');
    await expect(panel.getByTestId('tickets-panel-table').locator('tbody tr').first()).toBeVisible();
    // Titles are cells of text: no element inside a title cell.
    expect(await panel.locator('tbody td:nth-child(2) *').count()).toBe(0);
  });

  test('each headline KPI card has its 12-month sparkline', async ({ page }) => {
    await openDemo(page, '/', QUERY);
    for (const id of ['sla-resolution', 'sla-response', 'incidents', 'recurrence-rate', 'mtbf', 'availability', 'lost-per-employee', 'tco']) {
      const trend = page.getByTestId(`kpi-${id}-trend`);
      await expect(trend, id).toBeVisible();
      await expect(trend.locator('svg'), id).toHaveCount(1, { timeout: 15_000 });
      await expect(trend.getByTestId(/^vega-spark-/), id).toHaveAttribute('aria-label', /^12-month trend of /);
      // The demo's policy sets its targets and calendar, its tickets their type and users: no card rests on a default.
      await expect(page.getByTestId(`kpi-${id}-default`), id).toHaveCount(0);
    }
  });

  test('the Plan section shows the replacement plan and its 12-month budget', async ({ page }) => {
    await openDemo(page, '/replacement', QUERY);
    await waitForSection(page, 'replacement');
    // 174 assets, 277,950 €, every one with a purchase cost; 109 past their useful life, budgeted in September 2026 (asOf's month).
    expect(await kpiValue(page, 'replacement-budget')).toBe('€277,950');
    const budget = await figures(page, 'replacement-budget');
    expect(budget).toHaveLength(12);
    expect(budget[0]!.slice(0, 3)).toEqual(['Sept 2026', '109', '€168,670']);
    const rows = page.getByTestId('replacement-row');
    await expect(rows).toHaveCount(25);
    await expect(rows.first().locator('td').first()).toContainText('CAB-DSK-07');
    await expect(rows.first()).toContainText('Past useful life');
    await page.getByTestId('replacement-plan-all').click();
    await expect(rows).toHaveCount(174);
  });
});
