import { expect, type Download, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES } from './helpers.js';

/**
 * A4 landscape as print.css asks (`@page { size: A4 landscape; margin: 12mm 12mm 14mm }`), in
 * CSS pixels (96 per inch, 25.4 mm per inch): the printable box is 297 − 2 × 12 = 273 mm wide
 * and 210 − 12 − 14 = 184 mm high.
 */
export const PRINT_PAGE = { width: (273 * 96) / 25.4, height: (184 * 96) / 25.4 } as const;

/** RFC 4180 cell: quoted, inner quotes doubled. */
const q = (value: string) => `"${value.replace(/"/g, '""')}"`;

/**
 * A canonical ticket export of `count` P1 incidents in September 2026 (Q3, the default period:
 * the last ticket is on 2026-09-30), each answered in 10 minutes (target 30 min) and resolved
 * two days later (target 4 h around the clock in fixtures/demo/policy.json): `count` resolution
 * breaches and no response breach. `key` sets the asset id and category of the first three, so
 * they form one recurring problem.
 */
export function breachingTickets(count: number, key: { assetId: string; category: string } = { assetId: 'PRN-01', category: 'Printer' }): string {
  const header = 'id,openedAt,type,priority,client,category,assetId,title,firstResponseAt,resolvedAt';
  const minute = 60_000;
  const iso = (ms: number) => new Date(ms).toISOString();
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    // Opened between 1 and 28 September 2026 (08:00–15:59 Paris time), so resolved by the 30th.
    const opened = Date.UTC(2026, 8, 1 + (i % 28), 6, 0) + (i % 480) * minute;
    const special = i < 3;
    const cells = [`B-${i + 1}`, iso(opened), 'incident', 'P1', 'Bistro', special ? key.category : 'Network', special ? key.assetId : `NET-${i + 10}`, `Breach ${i + 1}`, iso(opened + 10 * minute), iso(opened + 2 * 24 * 60 * minute)];
    rows.push(cells.map(q).join(','));
  }
  // A request on the last day of Q3 makes it the default period (as in security.spec.ts).
  rows.push(['B-last', '2026-09-30T09:00:00+02:00', 'request', 'P3', 'Bistro', 'Network', 'NET-1', 'Last', '2026-09-30T09:30:00+02:00', '2026-09-30T12:00:00+02:00'].map(q).join(','));
  return [header, ...rows].join('\n') + '\n';
}

/** Loads a generated ticket file (with the demo policy) on the data page and analyses it. */
export async function analyseTickets(page: Page, csv: string, name = 'tickets.csv'): Promise<void> {
  await page.getByTestId('nav-data').click();
  await page.getByTestId('file-policy').setInputFiles(join(FIXTURES, 'demo', 'policy.json'));
  await page.getByTestId('file-tickets').setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await expect(page.getByTestId('inspection-tickets')).toBeVisible();
  await page.getByTestId('analyse').click();
  await expect(page.getByTestId('data-source')).toContainText(/your files/i, { timeout: 45_000 });
}

/** Clicks an element that starts a download and returns the file with its bytes. */
export async function downloadOf(page: Page, testId: string): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 45_000 }), page.getByTestId(testId).click()]);
  return { download, bytes: readFileSync(await download.path()) };
}

/**
 * The cells of a CSV text (RFC 4180: quoted cells may hold the delimiter, quotes doubled), one
 * array per line, the BOM left out. `delimiter`: `;` for the French convention.
 */
export function parseCsv(text: string, delimiter = ','): string[][] {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const lines: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i]!;
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === delimiter) {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && body[i + 1] === '\n') {
      cells.push(cell);
      lines.push(cells);
      cells = [];
      cell = '';
      i++;
    } else cell += c;
  }
  if (cell !== '' || cells.length > 0) {
    cells.push(cell);
    lines.push(cells);
  }
  return lines;
}

/**
 * True when a CSV cell cannot run as a spreadsheet formula: it does not start with `=`, `+`,
 * `-`, `@`, a tab or a carriage return (OWASP "CSV Injection"), or it is a plain number
 * (a negative figure is data).
 */
export function formulaSafe(cell: string): boolean {
  return !/^[=+\-@\t\r]/.test(cell) || /^-\d+(\.\d+)?(e[+-]?\d+)?$/i.test(cell);
}
