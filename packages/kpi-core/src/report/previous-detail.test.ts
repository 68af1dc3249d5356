import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { propertyRuns, reviewIn, TIME_ZONES } from '../../test/review-arbitrary.js';
import { readAssets, readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport, type BuildReportOptions, type ReportData } from './build.js';
import { compactReport } from './compact.js';

const demo = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../fixtures/demo/${name}`, import.meta.url)));

// The second implementation the compact build is checked against: compactReport of the full report.
describe("buildReport's previousDetail 'compact'", () => {
  const policy = parsePolicy(JSON.parse(demo('policy.json').toString('utf8')));
  const tickets = readTickets(demo('tickets.csv'), { timezone: policy.timezone }).table;
  const assets = readAssets(demo('assets.csv'), { timezone: policy.timezone }).table;
  const cases: [string, ReportData, BuildReportOptions][] = [
    ['a quarter with an asset file', { tickets, assets, policy }, { period: '2026-Q2' }],
    ['a month', { tickets, assets, policy }, { period: '2026-03', language: 'fr' }],
    ['the default period', { tickets, assets, policy }, {}],
    ['without an asset file', { tickets, assets: null, policy }, { period: '2026-Q2' }],
    ['one client', { tickets, assets, policy }, { period: '2026-Q2', client: 'Durand Industrie' }],
    ['a previous period before the data', { tickets, assets, policy }, { period: '2025-01' }],
  ];

  it.each(cases)('writes what compactReport leaves of the full report: %s', (_, data, options) => {
    const full = buildReport(data, options);
    const compact = buildReport(data, { ...options, previousDetail: 'compact' });
    // JSON text, not toEqual: the order of the keys (of `truncated` too) is part of the file.
    expect(JSON.stringify(compact)).toBe(JSON.stringify(compactReport(full, { current: 'keep' })));
  });

  it('leaves the per-asset maps out and notes their sizes where compactReport does', () => {
    const full = buildReport({ tickets, assets, policy }, { period: '2026-Q2' });
    const compact = buildReport({ tickets, assets, policy }, { period: '2026-Q2', previousDetail: 'compact' });
    const sizes = Object.keys(full.previous.reliability.byAsset).length;
    expect(sizes).toBeGreaterThan(0);
    expect(compact.previous.reliability.byAsset).toEqual({});
    expect(compact.truncated?.['previous.reliability.byAsset']).toEqual({ kept: 0, total: sizes });
    expect(compact.truncated?.['previous.tco.byAsset']).toEqual({ kept: 0, total: Object.keys(full.previous.tco.byAsset).length });
    expect(compact.truncated?.['previous.lostHours.byAsset']).toEqual({ kept: 0, total: Object.keys(full.previous.lostHours.byAsset).length });
    // The current period stays whole.
    expect(compact.reliability).toEqual(full.reliability);
  });
});

describe("previousDetail 'compact' on random reviews", () => {
  for (const timezone of TIME_ZONES) {
    it(`is compactReport of the full report, to the byte, in ${timezone}`, () => {
      fc.assert(
        fc.property(reviewIn(timezone), ({ data, period, asOf }) => {
          const full = buildReport(data, { period, asOf });
          const compact = buildReport(data, { period, asOf, previousDetail: 'compact' });
          expect(JSON.stringify(compact)).toBe(JSON.stringify(compactReport(full, { current: 'keep' })));
        }),
        { numRuns: propertyRuns(15) },
      );
    });
  }
});
