import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readAssets, readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { compactReport } from './compact.js';

const demo = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../fixtures/demo/${name}`, import.meta.url)));

describe('compactReport', () => {
  const policy = parsePolicy(JSON.parse(demo('policy.json').toString('utf8')));
  const tickets = readTickets(demo('tickets.csv'), { timezone: policy.timezone });
  const assets = readAssets(demo('assets.csv'), { timezone: policy.timezone });
  const report = buildReport({ tickets: tickets.table, assets: assets.table, policy }, { period: '2026-Q2' });
  const small = compactReport(report, { maxItems: 5 });

  it('keeps the most telling assets and says how many there were', () => {
    const all = Object.keys(report.reliability.byAsset).length;
    expect(Object.keys(small.reliability.byAsset)).toHaveLength(5);
    expect(small.truncated?.['reliability.byAsset']).toEqual({ kept: 5, total: all });
    // Accelerating assets come first, whatever their failure count.
    const accelerating = Object.entries(report.reliability.byAsset).filter(([, a]) => a.accelerating).map(([id]) => id);
    for (const id of accelerating.slice(0, 5)) expect(small.reliability.byAsset[id]).toBeDefined();
    // The most expensive assets stay in the costs.
    const costliest = Object.entries(report.tco.byAsset).sort(([, a], [, b]) => b.total - a.total)[0]![0];
    expect(small.tco.byAsset[costliest]).toEqual(report.tco.byAsset[costliest]);
  });

  it('leaves every total, count and breakdown as it was', () => {
    expect(small.sla.resolution).toEqual(report.sla.resolution);
    expect(small.sla.byMonth).toEqual(report.sla.byMonth);
    expect(small.reliability.fleet).toEqual(report.reliability.fleet);
    expect(small.tco.total).toBe(report.tco.total);
    expect(small.tco.byCategory).toEqual(report.tco.byCategory);
    expect(small.fleet.outOfWarranty.count).toBe(report.fleet.outOfWarranty.count);
    expect(small.previous.sla).toMatchObject({ response: report.previous.sla.response, resolution: report.previous.sla.resolution });
    expect(small.findings).toEqual(report.findings);
  });

  it('drops the previous period’s drill-down lists and is much smaller', () => {
    expect(small.previous.reliability.byAsset).toEqual({});
    expect(small.previous.sla.breaches).toEqual([]);
    expect(JSON.stringify(small).length).toBeLessThan(JSON.stringify(report).length / 4);
  });

  it('cuts the ids behind the volume and backlog bars and the replacement list, not their counts', () => {
    const incidents = report.volume.byType.groups.find((group) => group.key === 'incident')!;
    const kept = small.volume.byType.groups.find((group) => group.key === 'incident')!;
    expect(kept.tickets).toBe(incidents.tickets);
    expect(kept.ticketIds).toEqual(incidents.ticketIds.slice(0, 5));
    const index = report.volume.byType.groups.indexOf(incidents);
    expect(small.truncated?.[`volume.byType.groups[${index}].ticketIds`]).toEqual({ kept: 5, total: incidents.ticketIds.length });
    expect(small.backlogTrend.months.map(({ opened, closed, open }) => [opened, closed, open])).toEqual(
      report.backlogTrend.months.map(({ opened, closed, open }) => [opened, closed, open]),
    );
    expect(small.backlogTrend.months[0]!.openedIds).toHaveLength(5);
    expect(small.trend).toEqual(report.trend);
    expect(small.replacement.assets).toEqual(report.replacement.assets.slice(0, 5));
    expect(small.replacement.byMonth).toEqual(report.replacement.byMonth);
    expect(small.truncated?.['replacement.assets']).toEqual({ kept: 5, total: report.replacement.assets.length });
  });

  it('with current: keep, leaves the current period whole and compacts only the previous one', () => {
    const kept = compactReport(report, { current: 'keep', maxItems: 5 });
    const { previous, truncated, ...current } = kept;
    const { previous: previousBefore, truncated: _none, ...currentBefore } = report;
    expect(current).toEqual(currentBefore);
    expect(previous.reliability.byAsset).toEqual({});
    expect(previous.sla.breaches).toEqual([]);
    expect(previous.sla.resolution).toEqual(previousBefore.sla.resolution);
    expect(previous.tco.total).toBe(previousBefore.tco.total);
    // The cuts recorded are those of the previous period, the same as compactReport's own.
    const previousCuts = Object.fromEntries(Object.entries(small.truncated ?? {}).filter(([path]) => path.startsWith('previous.')));
    expect(truncated).toEqual(previousCuts);
    expect(Object.keys(truncated ?? {}).length).toBeGreaterThan(0);
    expect(truncated?.['previous.reliability.byAsset']).toEqual({ kept: 0, total: Object.keys(previousBefore.reliability.byAsset).length });
  });
});
