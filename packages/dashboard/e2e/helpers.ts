import { expect, type Page, type Request } from '@playwright/test';
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const HERE = dirname(fileURLToPath(import.meta.url));
export const FIXTURES = join(HERE, '..', '..', '..', 'fixtures');
export const SCREENSHOTS = join(HERE, 'screenshots');

/** The review sections, in presentation order, with their route (mirrors src/lib/sections.ts). */
export const SECTIONS = [
  { id: 'summary', path: '/' },
  { id: 'activity', path: '/activity' },
  { id: 'sla', path: '/sla' },
  { id: 'incidents', path: '/incidents' },
  { id: 'reliability', path: '/reliability' },
  { id: 'lost-hours', path: '/lost-hours' },
  { id: 'costs', path: '/costs' },
  { id: 'fleet', path: '/fleet' },
  { id: 'preventive', path: '/preventive' },
  { id: 'replacement', path: '/replacement' },
] as const;

/** Every request the page makes, with what makes one carry data out. */
export interface RecordedRequest {
  method: string;
  url: string;
  resourceType: string;
  hasBody: boolean;
}

/**
 * Records every request of a page (and of its workers). Call before the first navigation.
 * `outsiders()` lists the requests that are not a plain GET of the app's own origin; data URLs
 * and blob URLs never leave the browser and are ignored.
 */
export function recordRequests(page: Page, origin: string) {
  const all: RecordedRequest[] = [];
  const record = (request: Request) => {
    all.push({ method: request.method(), url: request.url(), resourceType: request.resourceType(), hasBody: request.postDataBuffer() !== null });
  };
  page.on('request', record);
  return {
    all,
    /** Requests that could carry data: another origin, a method other than GET, or a body. */
    outsiders(): RecordedRequest[] {
      return all.filter((r) => {
        if (r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
        return new URL(r.url).origin !== origin || r.method !== 'GET' || r.hasBody;
      });
    },
    /** Same-origin GETs that are not for the app's static files (a query string or an API path). */
    dataGets(): RecordedRequest[] {
      return all.filter((r) => {
        if (r.url.startsWith('data:') || r.url.startsWith('blob:')) return false;
        const url = new URL(r.url);
        if (url.origin !== origin) return false;
        // The app's own pages carry the filters in the query string (period, client, lang) only.
        const params = [...url.searchParams.keys()].filter((k) => !['period', 'client', 'lang'].includes(k));
        return params.length > 0 || url.pathname.startsWith('/api');
      });
    },
    clear() {
      all.length = 0;
    },
  };
}

/** Waits until the report is shown: a section rendered with its KPI values and every chart drawn. */
export async function waitForSection(page: Page, id: string): Promise<void> {
  const section = page.getByTestId(`section-${id}`);
  await expect(section).toBeVisible();
  await expect(page.getByTestId('progress')).toHaveCount(0, { timeout: 45_000 });
  await expect(section.locator('.placeholder')).toHaveCount(0, { timeout: 45_000 });
  await waitForCharts(page);
}

/** Waits until every chart on the page has drawn its SVG or canvas. */
export async function waitForCharts(page: Page): Promise<void> {
  await expect
    .poll(
      async () =>
        page.evaluate(() => {
          const charts = [...document.querySelectorAll('[data-testid^="vega-chart-"]')];
          return charts.filter((c) => !c.querySelector('svg, canvas')).length;
        }),
      { timeout: 30_000 },
    )
    .toBe(0);
}

/** Opens the review on the demo data at a path and waits for the section to be drawn. */
export async function openDemo(page: Page, path = '/', query = ''): Promise<void> {
  await page.goto(`${path}${query}`);
  const section = SECTIONS.find((s) => s.path === path);
  await waitForSection(page, section ? section.id : 'summary');
}

/** The text of a KPI card's value. */
export async function kpiValue(page: Page, id: string): Promise<string> {
  return (await page.getByTestId(`kpi-${id}-value`).innerText()).trim();
}

/** Saves a full-page screenshot under e2e/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** The magic bytes of a PNG file (PNG specification §5.2). */
export const PNG_MAGIC = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
