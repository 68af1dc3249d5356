/**
 * The charts of the review content (volume, requests vs incidents, opened vs closed and the
 * backlog, the replacement budget, the KPI sparklines): valid Vega-Lite that compiles without
 * warnings, JSON only, and figures copied from the report — with the drill key of each bar.
 */
import type { TopLevelSpec } from 'vega-lite';
import { describe, expect, it } from 'vitest';
import { compileWarnings, schemaProblems } from './spec-check.test-support.js';
import { drillKey, drillTarget } from '../drill.js';
import { sampleReport } from '../sample/report.js';
import { backlogTrendSpec } from './backlog-trend.js';
import { chartLocale, specRows, specTable } from './common.js';
import { replacementBudgetSpec } from './replacement-budget.js';
import { sparklineSpec } from './sparkline.js';
import { ticketTypesSpec } from './ticket-types.js';
import { volumeBreakdownSpec } from './volume-breakdown.js';


const report = sampleReport();

function specs(language: 'en' | 'fr'): Record<string, TopLevelSpec> {
  const locale = chartLocale(language, report.currency, report.timezone);
  return {
    volumeByCategory: volumeBreakdownSpec(report.volume.byCategory, locale, { dimension: 'category' }),
    volumeByPriority: volumeBreakdownSpec(report.volume.byPriority, locale, { dimension: 'priority' }),
    volumeBySite: volumeBreakdownSpec(report.volume.bySite, locale, { dimension: 'site', limit: 2 }),
    ticketTypes: ticketTypesSpec(report.volume.byMonth, locale),
    backlogTrend: backlogTrendSpec(report.backlogTrend.months, locale),
    replacementBudget: replacementBudgetSpec(report.replacement.byMonth, locale),
    sparkline: sparklineSpec(report.trend.months, [null, null, ...report.trend.series.slaResolution.slice(2)], locale, { unit: 'percent', label: 'SLA' }),
  };
}

describe('every content chart spec', () => {
  for (const language of ['en', 'fr'] as const) {
    for (const [name, spec] of Object.entries(specs(language))) {
      it(`${name} (${language}) is valid against the Vega-Lite schema, compiles, and its table columns exist`, () => {
        const { valid, located } = schemaProblems(spec);
        expect(located, name).toEqual([]);
        expect(valid).toBe(true);
        expect(compileWarnings(spec), name).toEqual([]);
        expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
        const { columns } = specTable(spec);
        expect(columns.length).toBeGreaterThan(0);
        for (const row of specRows(spec)) for (const column of columns) expect(row, `${name}.${column.field}`).toHaveProperty(column.field);
      });
    }
  }
});

describe('content chart data', () => {
  const locale = chartLocale('en', 'EUR', 'Europe/Paris');
  const fr = chartLocale('fr', 'EUR', 'Europe/Paris');

  it('volume by category: the listed groups with their drill keys, then the others summed', () => {
    const rows = specRows(volumeBreakdownSpec(report.volume.byCategory, locale, { dimension: 'category' }));
    // Five groups listed by kpi-core, and 23 more (436 tickets) it left out.
    expect(rows.map((row) => [row.group, row.tickets, row.drill])).toEqual([
      ['Hardware > Workstation', 125, drillKey('category', 'Hardware > Workstation')],
      ['Software > Mail', 46, drillKey('category', 'Software > Mail')],
      ['Account > Password', 45, drillKey('category', 'Account > Password')],
      ['Network > Wi-Fi', 40, drillKey('category', 'Network > Wi-Fi')],
      ['No category', 12, drillKey('category', '(none)')],
      ['Others (23)', 436, null],
    ]);
    // Share of all 704 tickets.
    expect(rows[0]!.share).toBeCloseTo(125 / 704, 12);
    expect(rows[0]!.aria).toBe('Hardware > Workstation: 125 tickets');
  });

  it('volume by priority: in priority order; by site: the groups beyond the limit join the others', () => {
    expect(specRows(volumeBreakdownSpec(report.volume.byPriority, locale, { dimension: 'priority' })).map((row) => row.group)).toEqual(['P1', 'P2', 'P3', 'P4', 'P5']);
    const sites = specRows(volumeBreakdownSpec(report.volume.bySite, fr, { dimension: 'site', limit: 2 }));
    // Largest first, as kpi-core lists them; the third joins the others.
    expect(sites.map((row) => [row.group, row.tickets])).toEqual([
      ['Lyon', 314],
      ['Sans site', 259],
      ['Autres (1)', 131],
    ]);
    expect(sites[0]!.aria).toBe('Lyon\u202f: 314 tickets');
  });

  it('requests vs incidents: one row per month and type, with the month × type drill key', () => {
    const rows = specRows(ticketTypesSpec(report.volume.byMonth, locale));
    expect(rows.filter((row) => row.month === 'Jul 2026').map((row) => [row.type, row.tickets, row.total])).toEqual([
      ['Incidents', 174, 249],
      ['Requests', 66, 249],
      ['Changes', 9, 249],
    ]);
    expect(rows[1]!.drill).toBe(drillKey('month-type', '2026-07', 'request'));
    expect(rows.reduce((sum, row) => sum + (row.tickets as number), 0)).toBe(report.volume.tickets);
  });

  it('opened vs closed: the 12 months, the backlog at each month end, and both drill keys', () => {
    const rows = specRows(backlogTrendSpec(report.backlogTrend.months, locale));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ month: 'Oct 2025', opened: 281, closed: 267, open: 14, openedDrill: drillKey('opened', '2025-10'), closedDrill: drillKey('closed', '2025-10') });
    expect(rows.at(-1)).toMatchObject({ month: 'Sept 2026', open: report.backlogTrend.months.at(-1)!.open });
  });

  it('replacement budget: a row per month with its cost, assets and those without a cost', () => {
    const rows = specRows(replacementBudgetSpec(report.replacement.byMonth, locale));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toMatchObject({ month: 'Sept 2026', assets: 1, cost: 1800, withoutCost: 0, 'past-useful-life': 1800 });
    expect(rows[7]).toMatchObject({ month: 'Apr 2027', assets: 1, cost: 0, withoutCost: 1 });
    expect(rows.reduce((sum, row) => sum + (row.cost as number), 0)).toBe(report.replacement.cost);
  });

  it('sparkline: one point per month, null where the month has no value, the last marked', () => {
    const rows = specRows(sparklineSpec(['2026-07', '2026-08', '2026-09'], [null, 0.9, 0.95], locale, { unit: 'percent', label: 'SLA' }));
    expect(rows).toEqual([
      { month: 'Jul 2026', order: 0, value: null, last: false },
      { month: 'Aug 2026', order: 1, value: 0.9, last: false },
      { month: 'Sept 2026', order: 2, value: 0.95, last: true },
    ]);
  });

  it('sparkline: a month not measured in the middle (lost hours, lengths-unknown) is a gap, not a zero', () => {
    // January 8 h, February not measured (no more incidents of known length than closed at an unknown time), March 2 h.
    const spec = sparklineSpec(['2026-01', '2026-02', '2026-03'], [8, null, 2], locale, { unit: 'hours', label: 'Hours lost' });
    expect(specRows(spec).map((row) => row.value)).toEqual([8, null, 2]);
    // The line breaks at the null (no segment drawn from 8 h to 2 h across February, no point at 0).
    const line = (spec as { layer: Array<{ mark: { type: string; invalid?: string } }> }).layer.find((layer) => layer.mark.type === 'line');
    expect(line?.mark.invalid).toBe('break-paths-filter-domains');
  });
});

describe('drill-down keys', () => {
  it('find the ids behind each kind of bar, with the whole count', () => {
    expect(drillTarget(report, drillKey('category', 'Software > Mail'))).toEqual({ ids: report.volume.byCategory.groups[1]!.ticketIds, total: 46 });
    expect(drillTarget(report, drillKey('priority', 'P1'))?.total).toBe(18);
    expect(drillTarget(report, drillKey('site', '(none)'))?.total).toBe(259);
    expect(drillTarget(report, drillKey('type', 'request'))?.total).toBe(202);
    expect(drillTarget(report, drillKey('month-type', '2026-09', 'problem'))).toEqual({ ids: ['M93-10000', 'M93-10001'], total: 2 });
    const september = report.backlogTrend.months.at(-1)!;
    expect(drillTarget(report, drillKey('opened', '2026-09'))).toEqual({ ids: september.openedIds, total: 291 });
    expect(drillTarget(report, drillKey('closed', '2026-09'))?.total).toBe(289);
    // 291 tickets, the report lists the first 200.
    expect(drillTarget(report, drillKey('opened', '2026-09'))?.ids).toHaveLength(200);
  });

  it('are null for a key the report does not have, or not a key at all', () => {
    expect(drillTarget(report, drillKey('category', 'Nope'))).toBeNull();
    expect(drillTarget(report, drillKey('opened', '1999-01'))).toBeNull();
    expect(drillTarget(report, '["unknown","x"]')).toBeNull();
    expect(drillTarget(report, 'not json')).toBeNull();
    expect(drillTarget(report, '[1,2]')).toBeNull();
  });
});
