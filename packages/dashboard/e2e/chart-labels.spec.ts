import { expect, test, type Page } from '@playwright/test';
import { slideId, startDeck, waitForSlideCharts } from './deck-helpers.js';
import { openDemo, waitForSection } from './helpers.js';
import { analyseTickets, breachingTickets } from './review-helpers.js';

/**
 * The axis labels of every chart drawn on the page that touch each other, measured on the
 * rendered SVG (each label's bounding box on screen, per axis): pairs that overlap by more than
 * half a pixel either way, as "chart: 'Jan' × 'Feb'".
 */
function overlappingLabels(page: Page, scope = 'body'): Promise<string[]> {
  return page.evaluate((scope) => {
    const faults: string[] = [];
    for (const chart of document.querySelectorAll(`${scope} [data-testid^="vega-"]`)) {
      for (const axis of chart.querySelectorAll('g.role-axis')) {
        const labels = [...axis.querySelectorAll('g.role-axis-label text')]
          .filter((t) => (t.textContent ?? '').trim() !== '' && getComputedStyle(t).opacity !== '0' && t.getAttribute('opacity') !== '0')
          .map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const a = labels[i]!.box;
            const b = labels[j]!.box;
            const x = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const y = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (x > 0.5 && y > 0.5) faults.push(`${chart.getAttribute('data-testid')}: '${labels[i]!.text}' × '${labels[j]!.text}'`);
          }
        }
      }
    }
    return faults;
  }, scope);
}

/** The tick labels of the value axis of a chart (the axis whose labels hold digits). */
function axisLabels(page: Page, testId: string, role: 'x' | 'y'): Promise<string[]> {
  return page.evaluate(
    ({ testId, role }) => {
      const chart = document.querySelector(`[data-testid="${testId}"]`)!;
      // Vega draws the x axis labels on one row, the y axis labels in one column.
      for (const axis of chart.querySelectorAll('g.role-axis')) {
        const texts = [...axis.querySelectorAll('g.role-axis-label text')].filter((t) => getComputedStyle(t).opacity !== '0' && t.getAttribute('opacity') !== '0');
        if (texts.length < 2) continue;
        const tops = new Set(texts.map((t) => Math.round(t.getBoundingClientRect().top)));
        const horizontal = tops.size === 1;
        if ((role === 'x') === horizontal) return texts.map((t) => t.textContent ?? '');
      }
      return [];
    },
    { testId, role },
  );
}

test.describe('axis labels that read at a glance', () => {
  for (const width of [1440, 1024]) {
    test(`a year view at ${width} px: month names side by side, money in thousands, no label on another`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      for (const section of ['incidents', 'sla', 'costs', 'lost-hours', 'fleet', 'reliability']) {
        await openDemo(page, `/${section}`, '?lang=fr&period=2026');
        await waitForSection(page, section);
        expect(await overlappingLabels(page), section).toEqual([]);
      }
      await openDemo(page, '/incidents', '?lang=fr&period=2026');
      // Twelve short month names, not "janv. 2026févr. 2026…" (the year is in the axis title).
      const months = await axisLabels(page, 'vega-chart-incidents-by-month', 'x');
      expect(months.length).toBeGreaterThanOrEqual(6);
      for (const month of months) expect(month).not.toMatch(/\d/);
      await openDemo(page, '/costs', '?lang=fr&period=2026');
      // The year's costs run to hundreds of thousands of euros: whole thousands, a handful of ticks.
      for (const chart of ['vega-chart-tco-breakdown', 'vega-chart-tco-by-type', 'vega-chart-tco-top-assets']) {
        const ticks = await axisLabels(page, chart, 'x');
        expect(ticks.length, chart).toBeGreaterThanOrEqual(3);
        expect(ticks.length, chart).toBeLessThanOrEqual(8);
        for (const tick of ticks.slice(1)) expect(tick, chart).toMatch(/^\d[\d\u202f]*(,\d)?\u00a0k€$/);
      }
    });
  }

  test('the slides of a year view: no label on another at 16 px', async ({ page }) => {
    test.setTimeout(120_000);
    await page.setViewportSize({ width: 1280, height: 720 });
    await openDemo(page, '/', '?lang=fr&period=2026');
    await startDeck(page);
    for (let i = 0; i < 40; i++) {
      await waitForSlideCharts(page);
      expect(await overlappingLabels(page, '.deck-stage'), await slideId(page)).toEqual([]);
      if (await page.getByTestId('deck-next').isDisabled()) break;
      await page.keyboard.press('ArrowRight');
    }
  });

  test('a chart without data says so instead of drawing a bare axis; its slide leaves it out', async ({ page }) => {
    await openDemo(page, '/');
    // Tickets only (no asset file, no technician time), all resolved: nothing open, no age, no mix.
    await analyseTickets(page, breachingTickets(12));
    await page.getByTestId('nav-fleet').click();
    await waitForSection(page, 'fleet');
    // Nothing open: no data. No technician time, no asset file: not measured, and why (deck16).
    const said: Record<string, string> = {
      'maintenance-mix': 'Not measured: the file holds no such values',
      'backlog-age': 'No data for this chart.',
      'fleet-ages': 'Not measured: no asset file was given',
    };
    for (const chart of ['maintenance-mix', 'backlog-age', 'fleet-ages']) {
      await expect(page.getByTestId(`no-data-${chart}`), chart).toHaveText(said[chart]!);
      await expect(page.getByTestId(`vega-chart-${chart}`), chart).toHaveCount(0);
    }
    await startDeck(page);
    await page.keyboard.press('End');
    const ids: string[] = [];
    for (let i = 0; i < 40; i++) {
      ids.push(await slideId(page));
      if (await page.getByTestId('deck-previous').isDisabled()) break;
      await page.keyboard.press('ArrowLeft');
    }
    // The fleet keeps its headline figures, without a chart; the ages slide is gone.
    expect(ids).toContain('fleet-health');
    expect(ids).not.toContain('fleet-ages');
    await page.keyboard.press('Home');
    while ((await slideId(page)) !== 'fleet-health') await page.keyboard.press('ArrowRight');
    await expect(page.locator('.deck-stage [data-testid^="slide-chart-"]')).toHaveCount(0);
  });
});
