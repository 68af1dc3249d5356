import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { chartLibraries, escapeHtml, MISSING_CHART_LIBRARIES } from './html.js';

function moduleNotFound(name: string): Error {
  // What Node's ESM loader throws for a package that is not installed.
  return Object.assign(new Error(`Cannot find package '${name}' imported from /x/dist/cli/html.js`), { code: 'ERR_MODULE_NOT_FOUND' });
}

describe('chartLibraries (vega and vega-lite, optional peer dependencies)', () => {
  it('turns a missing vega into one RevueError that says how to install it', async () => {
    const error = await chartLibraries(() => Promise.reject(moduleNotFound('vega'))).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RevueError);
    expect((error as RevueError).code).toBe('missing-dependency');
    expect((error as RevueError).message).toBe(MISSING_CHART_LIBRARIES);
    expect(MISSING_CHART_LIBRARIES).toContain('npm install vega@^6.4.0 vega-lite@^6.4.3');
    expect(MISSING_CHART_LIBRARIES).toContain('--format md');
  });

  it('keeps any other failure as it is', async () => {
    const broken = new TypeError('vega exploded');
    await expect(chartLibraries(() => Promise.reject(broken))).rejects.toBe(broken);
  });

  it('loads the installed libraries once', async () => {
    const first = chartLibraries();
    expect(chartLibraries()).toBe(first);
    const { vega, vegaLite } = await first;
    expect(typeof vega.View).toBe('function');
    expect(typeof vegaLite.compile).toBe('function');
  });
});

describe('escapeHtml', () => {
  it('escapes the five HTML-special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe('&#60;a href=&#34;x&#34;&#62;&#39;&#38;&#39;&#60;/a&#62;');
  });
});

describe('reportToHtml against a previous period the data cover otherwise', () => {
  it('prints the Markdown review’s rule: no previous column, the reason once', async () => {
    const { buildReport } = await import('../report/build.js');
    const { ticketsFromRows } = await import('../model/tables.js');
    const { parsePolicy } = await import('../policy/parse.js');
    const { reportToHtml } = await import('./html.js');
    // Incidents from 2 Feb 2026 (2026-Q1 covered 58 of 90 days) to June; 2026-Q2 is over at asOf.
    const rows = ['2026-02-02', '2026-03-02', '2026-04-02', '2026-05-04', '2026-06-01'].map((day, i) => ({
      id: `I${i}`,
      openedAt: `${day}T09:00:00Z`,
      resolvedAt: `${day}T11:00:00Z`,
      type: 'incident',
    }));
    const report = buildReport({ tickets: ticketsFromRows(rows), policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-Q2', asOf: '2026-07-15T00:00:00Z' });
    const html = await reportToHtml(report);
    expect(html).toContain('Previous period not comparable: data covers 58 of 90 days.');
    expect(html).toContain('<thead><tr><th>Figure</th><th>This period</th></tr></thead>');
    expect(html).not.toContain('Previous period</th>');
  });
});

describe('reportToHtml in French', () => {
  it('names the cost categories and writes numbers in French in its charts', async () => {
    const { buildReport } = await import('../report/build.js');
    const { assetsFromRows, ticketsFromRows } = await import('../model/tables.js');
    const { parsePolicy } = await import('../policy/parse.js');
    const { reportToHtml } = await import('./html.js');
    // One asset bought 1,461,000 over 48 months (1,461 days): 1,000 a day, 31,000 in March; a
    // contract of 365,000 a year: 31,000 in March. Large enough for the axis to group thousands.
    const tickets = ticketsFromRows([{ id: 'I1', openedAt: '2026-03-01T09:00:00Z', resolvedAt: '2026-03-01T11:00:00Z', type: 'incident', assetId: 'A' }]);
    const assets = assetsFromRows([{ id: 'A', purchaseCost: 1_461_000, contractCostPerYear: 365_000, inServiceDate: '2026-01-01' }]);
    const report = buildReport({ tickets, assets, policy: parsePolicy({ timezone: 'UTC' }) }, { period: '2026-03', asOf: '2026-04-02T00:00:00Z', language: 'fr' });
    const html = await reportToHtml(report);
    expect(html).toContain('Acquisition (amortissement)');
    expect(html).toContain('Contrats');
    expect(html).not.toMatch(/>acquisition</);
    // The ticket names no client: its hours are 'sans client', not the internal '(none)'.
    expect(html).toContain('sans client');
    expect(html).not.toContain('(none)');
    // The cost axis groups thousands with a narrow no-break space, as the review's tables do.
    expect(html).toMatch(/>\d{1,3}\u202f000</);
    expect(html).not.toMatch(/>\d{1,3},000</);
  });
});
