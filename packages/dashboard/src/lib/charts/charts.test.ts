import type { TopLevelSpec } from 'vega-lite';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileWarnings, schemaProblems } from './spec-check.test-support.js';
import { sampleReport } from '../sample/report.js';
import { breakdownSpec } from './breakdown.js';
import { chartLocale, numberLocale, specNote, specRows, specTable } from './common.js';
import { backlogSpec, fleetAgesSpec, maintenanceMixSpec } from './fleet.js';
import { incidentsByMonthSpec } from './incidents-by-month.js';
import { KPIS } from '../kpis.js';
import { lostHoursBenchmarkSpec } from './lost-hours-benchmark.js';
import { logDomain, logTicks, mtbfSpec } from './mtbf.js';
import { preventiveByTaskSpec, preventiveHeatmapSpec, preventiveTrendSpec, windowLabel } from './preventive.js';
import { recurringProblemsSpec } from './recurring-problems.js';
import { slaByMonthSpec } from './sla-by-month.js';
import { slaByPrioritySpec } from './sla-by-priority.js';
import { slaDistributionSpec } from './sla-distribution.js';
import { tcoBreakdownSpec } from './tco-breakdown.js';
import { tcoStackedSpec } from './tco-stacked.js';


const report = sampleReport();

function allSpecs(language: 'en' | 'fr'): Record<string, TopLevelSpec> {
  const locale = chartLocale(language, report.currency, report.timezone);
  return {
    slaByMonth: slaByMonthSpec(report.sla.byMonth, locale),
    slaByPriority: slaByPrioritySpec(report.sla.byPriority, locale),
    slaByMonthReference: slaByMonthSpec(report.sla.byMonth, locale, { reference: { period: 'Q2 2026', pair: report.previous.sla } }),
    slaByPriorityReference: slaByPrioritySpec(report.sla.byPriority, locale, { reference: { period: 'Q2 2026', byPriority: report.previous.sla.byPriority } }),
    slaDistribution: slaDistributionSpec(report.sla.elapsedHistogram, locale),
    incidentsByMonth: incidentsByMonthSpec(report.recurrence.byMonth, locale),
    recurringProblems: recurringProblemsSpec(report.recurrence.problems, locale),
    mtbfByType: mtbfSpec(report.reliability.byType, locale, { groupTitle: 'Type', description: 'MTBF by type' }),
    mtbfByAsset: mtbfSpec(report.reliability.byAsset, locale, { groupTitle: 'Asset', description: 'MTBF by asset', log: true }),
    mtbfNone: mtbfSpec({ '(none)': report.reliability.byType.printer!, ...report.reliability.byType }, locale, { groupTitle: 'Type', description: 'MTBF by type', dimension: 'type' }),
    tcoByTypeNone: tcoStackedSpec({ '(none)': report.tco.byType.server!, ...report.tco.byType }, locale, { groupTitle: 'Type', description: 'Cost by type', dimension: 'costType', legendColumns: 5 }),
    lostByClient: breakdownSpec(report.lostHours.byClient, locale, { groupTitle: 'Client', valueTitle: 'Hours', unit: 'hours', description: 'Lost hours by client' }),
    lostBenchmark: lostHoursBenchmarkSpec(report.lostHours, locale),
    tcoBreakdown: tcoBreakdownSpec(report.tco.byCategory, locale),
    tcoByType: tcoStackedSpec(report.tco.byType, locale, { groupTitle: 'Type', description: 'Cost by type' }),
    maintenanceMix: maintenanceMixSpec(report.fleet, locale),
    backlog: backlogSpec(report.fleet.backlog, locale),
    fleetAges: fleetAgesSpec(report.fleet.ages, locale),
    preventiveByTask: preventiveByTaskSpec(report.preventive.byTask, locale),
    preventiveTrend: preventiveTrendSpec(report.preventive.trend, locale),
    preventiveHeatmapMonths: preventiveHeatmapSpec(report.preventive.schedules[0]!, locale, { timezone: report.timezone }),
    preventiveHeatmapWeeks: preventiveHeatmapSpec(report.preventive.schedules[1]!, locale, { timezone: report.timezone }),
  };
}

describe('every chart spec', () => {
  for (const language of ['en', 'fr'] as const) {
    for (const [name, spec] of Object.entries(allSpecs(language))) {
      it(`${name} (${language}) is valid against the Vega-Lite schema and compiles`, () => {
        const { valid, located } = schemaProblems(spec);
        expect(located, name).toEqual([]);
        expect(valid).toBe(true);
        expect(compileWarnings(spec), name).toEqual([]);
      });

      it(`${name} (${language}) is JSON data only and its table columns exist in the rows`, () => {
        expect(JSON.parse(JSON.stringify(spec))).toEqual(spec);
        const rows = specRows(spec);
        const { columns } = specTable(spec);
        expect(columns.length).toBeGreaterThan(0);
        for (const row of rows) for (const column of columns) expect(row, `${name}.${column.field}`).toHaveProperty(column.field);
      });
    }
  }
});

describe('chart data', () => {
  const locale = chartLocale('en', 'EUR', 'Europe/Paris');

  it('SLA by month: one row per month and target, adherence copied from the report', () => {
    const rows = specRows(slaByMonthSpec(report.sla.byMonth, locale));
    // 3 months × 2 targets.
    expect(rows).toHaveLength(6);
    expect(rows[1]).toMatchObject({ month: 'Jul 2026', target: 'Resolution', adherence: report.sla.byMonth[0]!.resolution!.adherence });
  });

  it('SLA distribution: one bar per histogram bucket, labelled by its bounds', () => {
    const histogram = { bucketsHours: [1, 2, 4, 8, 24, 48, 72], response: [1, 2, 0, 0, 0, 0, 0, 1], resolution: [0, 0, 0, 0, 1, 0, 0, 1] };
    const rows = specRows(slaDistributionSpec(histogram, locale));
    const count = (target: string, bucket: string) => rows.find((r) => r.target === target && r.bucket === bucket)?.count;
    // 8 buckets per target: < 1 h, 1–2 h, …, 48–72 h, ≥ 72 h (no-break spaces), counts taken as given.
    expect(rows).toHaveLength(16);
    expect(count('Response', '<\u00a01\u00a0h')).toBe(1);
    expect(count('Response', '1–2\u00a0h')).toBe(2);
    expect(count('Response', '≥\u00a072\u00a0h')).toBe(1);
    expect(count('Resolution', '8–24\u00a0h')).toBe(1);
    expect(count('Resolution', '≥\u00a072\u00a0h')).toBe(1);
  });

  it('SLA distribution: the axis reads the bounds without the unit, the title carries "(h)"', () => {
    const histogram = { bucketsHours: [1, 2, 4, 8, 24, 48, 72], response: [1, 2, 0, 0, 0, 0, 0, 1], resolution: [0, 0, 0, 0, 1, 0, 0, 1] };
    const spec = slaDistributionSpec(histogram, locale) as unknown as { encoding: { x: { field: string; title: string; axis: { labelOverlap: boolean } } } };
    expect(specRows(spec as never).slice(0, 8).map((r) => r.bounds)).toEqual(['<\u00a01', '1–2', '2–4', '4–8', '8–24', '24–48', '48–72', '≥\u00a072']);
    expect(spec.encoding.x).toMatchObject({ field: 'bounds', title: 'Elapsed (h)', axis: { labelOverlap: true } });
  });

  it('SLA distribution: French bucket labels use the decimal comma', () => {
    const rows = specRows(slaDistributionSpec({ bucketsHours: [0.5, 1], response: [1, 1, 1], resolution: [0, 0, 0] }, chartLocale('fr')));
    expect(rows.slice(0, 3).map((r) => r.bucket)).toEqual(['<\u00a00,5\u00a0h', '0,5–1\u00a0h', '≥\u00a01\u00a0h']);
  });

  it('incidents by month: first occurrences = incidents − repeats', () => {
    const rows = specRows(incidentsByMonthSpec([{ month: '2026-07', incidents: 45, repeats: 6 }], locale));
    expect(rows).toEqual([
      { month: 'Jul 2026', label: 'Jul', kind: 'First occurrence', order: 0, count: 39, total: 45 },
      { month: 'Jul 2026', label: 'Jul', kind: 'Repeat', order: 1, count: 6, total: 45 },
    ]);
  });

  it('preventive trend: only the months the data covers; the by-task legend one key a line', () => {
    // Demo Q2 2026 slide: the 12 months from July 2025 drew July–September empty (data from
    // October 2025), and « 90 % ou plus » ran past the by-task chart's right edge.
    const months = ['2025-07', '2025-08', '2025-09', '2025-10', '2025-11'].map((month, i) => ({ month, labourHours: i < 3 ? 0 : 10, preventiveHours: i < 3 ? 0 : 2, share: i < 3 ? null : 0.2, correctiveIncidents: i < 3 ? 0 : 5 }));
    const data = { coverage: { ...report.coverage, firstOpenedAt: '2025-10-01T06:12:00.000Z' }, asOf: '2026-09-30T16:42:00.000Z', timezone: 'Europe/Paris' };
    expect(specRows(preventiveTrendSpec(months as never, chartLocale('fr'), data)).map((r) => r.month)).toEqual(['oct. 2025', 'nov. 2025']);
    // The title says « 12 derniers mois »: the note says why fewer are drawn.
    expect(specNote(preventiveTrendSpec(months as never, chartLocale('fr'), data))).toBe('Les données commencent en oct. 2025\u202f: 2 des 5 mois.');
    expect(specNote(preventiveTrendSpec(months as never, chartLocale('fr')))).toBeNull();
    expect(specRows(preventiveTrendSpec(months as never, chartLocale('fr')))).toHaveLength(5);
    const byTask = preventiveByTaskSpec(report.preventive.byTask, chartLocale('fr')) as { encoding: { color: { legend: { columns: number } } } };
    expect(byTask.encoding.color.legend.columns).toBe(1);
  });

  it('maintenance mix: its hours (all tickets) are not named like the lost-hours card (incidents only)', () => {
    // Demo Q2 2026: the card read « Temps technicien 392 h » and this axis « Temps technicien (h) »
    // over about 620 h of all tickets — two figures under one name. kpi-core: lostHours.effortHours
    // sums incidents, fleet.maintenanceHours every ticket type (kpi/fleet/fleet.ts).
    const axisTitle = (language: 'en' | 'fr') => (maintenanceMixSpec(report.fleet, chartLocale(language)) as { encoding: { x: { title: string } } }).encoding.x.title;
    expect(axisTitle('fr')).toBe('Temps technicien, tous tickets (h)');
    expect(axisTitle('en')).toBe('Technician time, all tickets (h)');
    expect(chartLocale('fr').t(KPIS.effort.label)).toBe('Temps technicien sur les incidents');
    expect(chartLocale('en').t(KPIS.effort.label)).toBe('Technician time on incidents');
  });

  it('incidents by month: only the months the data covers, not a 0 before the file starts', () => {
    // A GLPI export of March 2026 read for Q1 (fixtures/real-formats/glpi/glpi-10-fr.csv: first
    // ticket 2 March, data up to 24 March): kpi-core lists January to March, and January and
    // February have 0 incidents because nothing was exported then.
    const quarter = [
      { month: '2026-01', incidents: 0, repeats: 0 },
      { month: '2026-02', incidents: 0, repeats: 0 },
      { month: '2026-03', incidents: 6, repeats: 0 },
    ];
    const glpi = { coverage: { ...report.coverage, firstOpenedAt: '2026-03-02T09:10:00.000Z', lastOpenedAt: '2026-03-23T16:00:00.000Z' }, asOf: '2026-03-24T00:00:00.000Z', timezone: 'UTC' };
    expect(specRows(incidentsByMonthSpec(quarter, locale, glpi)).map((r) => r.label)).toEqual(['Mar', 'Mar']);
    // Local months: 28 Feb 23:30 UTC is 1 March 00:30 in Paris, so February is still not covered.
    const paris = { ...glpi, coverage: { ...glpi.coverage, firstOpenedAt: '2026-02-28T23:30:00.000Z' }, timezone: 'Europe/Paris' };
    expect(specRows(incidentsByMonthSpec(quarter, locale, paris)).map((r) => r.month)).toEqual(['Mar 2026', 'Mar 2026']);
    // A quiet month inside the data stays, at 0: data up to 30 Sept covers all of Q3.
    const q3 = [
      { month: '2026-07', incidents: 4, repeats: 1 },
      { month: '2026-08', incidents: 0, repeats: 0 },
      { month: '2026-09', incidents: 2, repeats: 0 },
    ];
    expect(specRows(incidentsByMonthSpec(q3, locale, report)).filter((r) => r.order === 0).map((r) => r.count)).toEqual([3, 0, 2]);
    // …and a month after the data's end (asOf 24 March) is left out like the ones before it.
    expect(specRows(incidentsByMonthSpec([...quarter, { month: '2026-04', incidents: 0, repeats: 0 }], locale, glpi)).map((r) => r.label)).toEqual(['Mar', 'Mar']);
    // The last month is that of the last opened ticket, as kpi-core's trend counts covered months:
    // a data date set in April by a resolution draws no April at 0 (the review of 2026-12-05).
    const resolvedLater = { ...glpi, asOf: '2026-04-05T10:00:00.000Z' };
    expect(specRows(incidentsByMonthSpec([...quarter, { month: '2026-04', incidents: 0, repeats: 0 }], locale, resolvedLater)).map((r) => r.label)).toEqual(['Mar', 'Mar']);
  });

  it('MTBF: failure-free groups are in the table with a null MTBF and filtered from the marks', () => {
    const spec = mtbfSpec(report.reliability.byType, locale, { groupTitle: 'Type', description: 'x' });
    const tablet = specRows(spec).find((r) => r.group === 'tablet');
    expect(tablet).toMatchObject({ mtbf: null, lower: 1918, upper: null, failures: 0 });
    expect(JSON.stringify(spec)).toContain('isValid(datum.mtbf)');
    // Shortest MTBF first: printer 13 150 / 19 ≈ 692 h is the least reliable type of the sample.
    expect(specRows(spec)[0]!.group).toBe('printer');
  });

  it('breakdown: largest first, shares of the total', () => {
    const rows = specRows(breakdownSpec({ a: 10, b: 30, c: 60 }, locale, { groupTitle: 'G', valueTitle: 'V', unit: 'hours', description: 'd' }));
    // Shares: 60/100, 30/100, 10/100.
    expect(rows).toEqual([
      { group: 'c', value: 60, share: 0.6 },
      { group: 'b', value: 30, share: 0.3 },
      { group: 'a', value: 10, share: 0.1 },
    ]);
  });

  it('lost hours benchmark: overall first, clients without headcount left out', () => {
    const rows = specRows(lostHoursBenchmarkSpec({ perEmployeePerYear: 69, perEmployeePerYearByClient: { B: 120, A: null }, benchmark: { low: 50, high: 100 } }, locale));
    expect(rows).toEqual([
      { scope: 'Overall', hours: 69, low: 50, high: 100 },
      { scope: 'B', hours: 120, low: 50, high: 100 },
    ]);
  });

  it('TCO breakdown: every category in order, shares summing to 1', () => {
    const rows = specRows(tcoBreakdownSpec(report.tco.byCategory, locale));
    expect(rows.map((r) => r.category)).toEqual(['Acquisition', 'Contracts', 'Licences', 'Preventive', 'Corrective', 'Evolutionary', 'Proactive', 'Unclassified', 'Downtime']);
    expect(rows.reduce((s, r) => s + Number(r.share), 0)).toBeCloseTo(1, 10);
  });

  it('TCO stacked: the stacked amounts of a group add up to its total', () => {
    const rows = specRows(tcoStackedSpec(report.tco.byType, locale, { groupTitle: 'Type', description: 'x' }));
    const server = rows.filter((r) => r.group === 'server');
    expect(server.reduce((s, r) => s + Number(r.amount), 0)).toBeCloseTo(report.tco.byType.server!.total, 6);
  });

  it('fleet ages: assets counted per whole year, unknown ages left out', () => {
    const rows = specRows(fleetAgesSpec([{ id: 'a', type: 'laptop', ageMonths: 14 }, { id: 'b', type: 'laptop', ageMonths: 23.9 }, { id: 'c', type: null, ageMonths: 80 }, { id: 'd', type: 'x', ageMonths: null }], locale));
    // 14 and 23.9 months → year 1 (1–2); 80 months → 6 years and more. Known types are named
    // in the UI language ("laptop" → "Laptop", "Ordinateur portable" in French).
    expect(rows).toEqual([
      { age: '1–2', order: 1, type: 'Laptop', count: 2 },
      { age: '≥ 6', order: 6, type: 'Unknown type', count: 1 },
    ]);
  });

  it('backlog: the four age buckets in order', () => {
    const rows = specRows(backlogSpec(report.fleet.backlog, locale));
    expect(rows.map((r) => r.count)).toEqual([3, 5, 3, 1]);
  });
});

describe('chart fixes (review of the screenshots)', () => {
  const locale = chartLocale('en', 'EUR', 'Europe/Paris');
  const fr = chartLocale('fr', 'EUR', 'Europe/Paris');
  const problem = (key: string, count: number) => ({ key, keyFields: {}, count, first: '2026-07-01T08:00:00Z', last: '2026-08-01T08:00:00Z', ticketIds: [] });

  it('recurring problems: the report order is kept, ties included, so the chart matches the table', () => {
    // kpi-core lists DUR-NET-07 before BIS-NET-02 at 4 incidents each; an alphabetical tie-break
    // would swap them.
    const problems = [problem('BIS-NET-01 · Réseau > Accès Internet', 9), problem('DUR-NET-07 · Supervision > Alerte', 4), problem('BIS-NET-02 · Réseau > Accès Internet', 4)];
    expect(specRows(recurringProblemsSpec(problems, locale)).map((r) => r.key)).toEqual(problems.map((p) => p.key));
    // At most `limit`, the first ones of the report's list.
    expect(specRows(recurringProblemsSpec(problems, locale, 2)).map((r) => r.key)).toEqual(problems.slice(0, 2).map((p) => p.key));
  });

  it('recurring problems: one bar per chain, two chains of one key told apart by their dates (issue 10)', () => {
    // BIS-LAP-02 had a chain of 7 (Jan–Mar) and, after a quiet month, a chain of 6 (May–Jun): in
    // /incidents?period=2026 they showed as one bar of 13. Each chain is its own row and label.
    const key = 'BIS-LAP-02 · Matériel > Poste de travail';
    const problems = [
      { key, keyFields: {}, count: 7, first: '2026-01-05T08:00:00Z', last: '2026-03-02T08:00:00Z', ticketIds: [] },
      { key, keyFields: {}, count: 6, first: '2026-05-04T08:00:00Z', last: '2026-06-29T08:00:00Z', ticketIds: [] },
      problem('DUR-SRV-03 · Serveur > Sauvegarde', 5),
    ];
    const rows = specRows(recurringProblemsSpec(problems, locale));
    expect(rows.map((r) => [r.label, r.count])).toEqual([
      // The dates on a second line, which the ellipsis of a long key cannot cut (review: two bars
      // read "DUR-SRV-03 · Serveur > Sauvegarde …" at 1280 px).
      [`${key}\n5 Jan 2026 – 2 Mar 2026`, 7],
      [`${key}\n4 May 2026 – 29 Jun 2026`, 6],
      // A key with one chain keeps its plain label.
      ['DUR-SRV-03 · Serveur > Sauvegarde', 5],
    ]);
    // The bars are drawn per label, so no two rows share a band.
    const spec = recurringProblemsSpec(problems, locale) as unknown as { encoding: { y: { field: string; axis: { labelExpr: string } } } };
    expect(spec.encoding.y.field).toBe('label');
    expect(spec.encoding.y.axis.labelExpr).toBe("split(datum.label, '\\n')");
    expect(new Set(rows.map((r) => r.label)).size).toBe(rows.length);
  });

  it('recurring problems: long keys get up to 45 % of the width (120–340 px) before an ellipsis', () => {
    const spec = recurringProblemsSpec([problem('BIS-NET-01 · Réseau > Accès Internet', 9)], locale) as unknown as { encoding: { y: { axis: { labelLimit: unknown } } } };
    expect(spec.encoding.y.axis.labelLimit).toEqual({ expr: 'clamp(containerSize()[0] * 0.45, 120, 340)' });
  });

  it("kpi-core's (none) key reads as what is missing, in each chart that shows breakdown keys", () => {
    // tco.byType files the assets without a type under '(none)' and the cost tied to no asset under '(unallocated)'.
    const byType = { '(none)': { total: 5, byCategory: { ...report.tco.byCategory, acquisition: 5 } }, '(unallocated)': { total: 7, byCategory: { ...report.tco.byCategory, acquisition: 7 } } };
    expect(specRows(tcoStackedSpec(byType, locale, { groupTitle: 'T', description: 'd', dimension: 'costType' })).map((r) => r.group)).toEqual(expect.arrayContaining(['No type', 'Not tied to an asset']));
    expect(specRows(tcoStackedSpec(byType, fr, { groupTitle: 'T', description: 'd', dimension: 'costType' })).map((r) => r.group)).toEqual(expect.arrayContaining(['Sans type', 'Sans équipement']));
    expect(specRows(breakdownSpec({ '(none)': 3, Bistro: 5 }, locale, { groupTitle: 'C', valueTitle: 'h', unit: 'hours', description: 'd', dimension: 'client' })).map((r) => r.group)).toEqual(['Bistro', 'No client']);
    expect(specRows(breakdownSpec({ '(none)': 3 }, fr, { groupTitle: 'C', valueTitle: 'h', unit: 'hours', description: 'd', dimension: 'category' })).map((r) => r.group)).toEqual(['Sans catégorie']);
    expect(specRows(mtbfSpec({ '(none)': report.reliability.byType.printer! }, locale, { groupTitle: 'T', description: 'd', dimension: 'type' }))[0]!.group).toBe('No type');
    const pair = report.sla.byPriority.P1!;
    // '(none)' sorts last, after P1…P4, and reads "No priority".
    expect(specRows(slaByPrioritySpec({ '(none)': pair, P1: pair }, locale)).map((r) => r.priority)).toEqual(['P1', 'P1', 'No priority', 'No priority']);
    // Without a dimension the key is shown as is (asset ids are never '(none)' in byAsset charts).
    expect(specRows(breakdownSpec({ '(none)': 3 }, locale, { groupTitle: 'C', valueTitle: 'h', unit: 'hours', description: 'd' })).map((r) => r.group)).toEqual(['(none)']);
  });

  it('MTBF on a log axis: a 1-2-5 domain around the data and ticks that cannot overlap', () => {
    // 130 h … 1 480 h → [100, 2 000], ticks 100, 200, 500, 1 000, 2 000 (no "400500").
    expect(logDomain(130, 1480)).toEqual([100, 2000]);
    expect(logTicks(100, 2000)).toEqual([100, 200, 500, 1000, 2000]);
    expect(logDomain(200, 10_000)).toEqual([200, 10_000]);
    expect(logDomain(0, 10)).toBeNull();
    // 1 h … 1 000 000 h: 1-2-5 gives 19 ticks, 1-5 gives 13, decades 7 ≤ 7.
    expect(logTicks(1, 1_000_000)).toEqual([1, 10, 100, 1000, 10_000, 100_000, 1_000_000]);
    expect(logTicks(150, 12_000, 4)).toEqual([500, 1000, 5000, 10_000]);
    const assets = { a: { failures: 3, mtbfHours: 300, mtbfLowerHours: 130, mtbfUpperHours: 900, availability: 0.99 }, b: { failures: 2, mtbfHours: 700, mtbfLowerHours: 250, mtbfUpperHours: 1480, availability: 0.98 } };
    const spec = mtbfSpec(assets, locale, { groupTitle: 'Asset', description: 'd', log: true }) as unknown as { layer: Array<{ encoding: { x: { scale: unknown; axis: { values: number[]; labelOverlap: string } } } }> };
    expect(spec.layer[1]!.encoding.x.scale).toEqual({ type: 'log', domain: [100, 2000], nice: false });
    expect(spec.layer[1]!.encoding.x.axis).toMatchObject({ values: [100, 200, 500, 1000, 2000], labelOverlap: 'greedy' });
  });

  it('log ticks: increasing, inside the range, 1-2-5 × 10^k, at most `max`', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e7, noNaN: true }), fc.double({ min: 1, max: 1e4, noNaN: true }), fc.integer({ min: 2, max: 10 }), (low, factor, max) => {
        const high = low * factor;
        const ticks = logTicks(low, high, max);
        expect(ticks.length).toBeLessThanOrEqual(max);
        for (const [i, tick] of ticks.entries()) {
          expect(tick).toBeGreaterThanOrEqual(low);
          expect(tick).toBeLessThanOrEqual(high);
          if (i > 0) expect(tick).toBeGreaterThan(ticks[i - 1]!);
          const mantissa = Number((tick / 10 ** Math.floor(Math.log10(tick) + 1e-9)).toPrecision(6));
          expect([1, 2, 5]).toContain(mantissa);
        }
        const domain = logDomain(low, high)!;
        expect(domain[0]).toBeLessThanOrEqual(low);
        expect(domain[1]).toBeGreaterThanOrEqual(high);
      }),
    );
  });
});

describe('SLA reference: the previous period', () => {
  const locale = chartLocale('en', 'EUR', 'Europe/Paris');
  const outcome = (met: number, breached: number) => ({ met, breached, pending: 0, unknown: 0, adherence: met + breached > 0 ? met / (met + breached) : null, medianHours: null, p90Hours: null });
  type Layered = { layer: Array<{ data?: { values: unknown[] }; mark: { type: string } }>; usermeta: { note?: string } };

  it('by month: a dashed rule per target at the previous adherence, named in the note', () => {
    // Previous period: response 19 / 20 = 95 %, resolution 7 / 8 = 87.5 %.
    const pair = { response: outcome(19, 1), resolution: outcome(7, 1) };
    const spec = slaByMonthSpec(report.sla.byMonth, locale, { reference: { period: 'Q2 2026', pair } }) as unknown as Layered;
    expect(spec.layer[1]!.mark).toMatchObject({ type: 'rule', strokeDash: [6, 4] });
    expect(spec.layer[1]!.data!.values).toEqual([
      { target: 'Response', adherence: 0.95 },
      { target: 'Resolution', adherence: 0.875 },
    ]);
    expect(spec.usermeta.note).toBe('Dashed lines: the previous period, Q2 2026 (response 95%, resolution 87.5%)');
  });

  it('by month: no line and no note when the previous period judged no ticket', () => {
    const pair = { response: outcome(0, 0), resolution: outcome(0, 0) };
    const spec = slaByMonthSpec(report.sla.byMonth, locale, { reference: { period: 'Q2 2026', pair } }) as unknown as Layered;
    expect(spec.layer).toHaveLength(1);
    expect(spec.usermeta.note).toBeUndefined();
  });

  it('by priority: a mark per bar that has a previous figure, in French with a narrow space before the colon', () => {
    const fr = chartLocale('fr', 'EUR', 'Europe/Paris');
    const current = { P1: { response: outcome(3, 1), resolution: outcome(2, 2) }, P2: { response: outcome(5, 0), resolution: outcome(0, 0) } };
    // P1 had figures before; P2 resolution has no bar now (no judged ticket): no mark there; P3 is not on the chart.
    const previous = { P1: { response: outcome(1, 1), resolution: outcome(1, 0) }, P2: { response: outcome(0, 0), resolution: outcome(4, 0) }, P3: { response: outcome(1, 0), resolution: outcome(1, 0) } };
    const spec = slaByPrioritySpec(current, fr, { reference: { period: 'T2 2026', byPriority: previous } }) as unknown as Layered;
    expect(spec.layer[1]!.mark.type).toBe('tick');
    expect(spec.layer[1]!.data!.values).toEqual([
      { priority: 'P1', target: 'Prise en charge', adherence: 0.5 },
      { priority: 'P1', target: 'Résolution', adherence: 1 },
    ]);
    expect(spec.usermeta.note).toBe('Traits foncés\u202f: la période précédente, T2 2026');
  });
});

describe('recurring problems with one key twice', () => {
  it('are two bars, each labelled with its dates', () => {
    const locale = chartLocale('fr', 'EUR', 'Europe/Paris');
    const chain = (count: number, first: string) => ({ key: 'BIS-LAP-02 · Matériel > Poste de travail', keyFields: {}, count, first, last: first, ticketIds: [] });
    const rows = specRows(recurringProblemsSpec([chain(7, '2025-11-24T09:00:00Z'), chain(6, '2026-03-20T09:00:00Z'), { ...chain(5, '2026-01-05T09:00:00Z'), key: 'DUR-SRV-01' }], locale));
    expect(rows.map((r) => r.label)).toEqual(['BIS-LAP-02 · Matériel > Poste de travail\n24 nov. 2025 – 24 nov. 2025', 'BIS-LAP-02 · Matériel > Poste de travail\n20 mars 2026 – 20 mars 2026', 'DUR-SRV-01']);
  });
});

describe('Vega number locale', () => {
  it('follows Intl for separators and the currency position', () => {
    // fr-FR: decimal comma, U+202F groups, euro after a no-break space; en-GB: € before.
    // French % after U+202F as kpi-core writes it (Intl's fr-FR has U+00A0 there).
    expect(numberLocale('fr', 'EUR')).toMatchObject({ decimal: ',', thousands: '\u202f', currency: ['', '\u00a0€'], percent: '\u202f%' });
    expect(numberLocale('en', 'EUR')).toMatchObject({ decimal: '.', thousands: ',', currency: ['€', ''], percent: '%' });
  });
});

describe('preventive plan charts', () => {
  const locale = chartLocale('en', 'EUR', 'Europe/Paris');
  const french = chartLocale('fr', 'EUR', 'Europe/Paris');

  it('heat map: one cell per asset and window, in the report order, with its state in words', () => {
    // The sample's restore test: SRV-02 (cells d, m, d) then SRV-01 (d, d, d), July–September 2026.
    const rows = specRows(preventiveHeatmapSpec(report.preventive.schedules[0]!, locale, { timezone: 'Europe/Paris' }));
    expect(rows.map((r) => [r.asset, r.window, r.state])).toEqual([
      ['SRV-02', 'Jul 2026', 'Done'],
      ['SRV-02', 'Aug 2026', 'Missed'],
      ['SRV-02', 'Sept 2026', 'Done'],
      ['SRV-01', 'Jul 2026', 'Done'],
      ['SRV-01', 'Aug 2026', 'Done'],
      ['SRV-01', 'Sept 2026', 'Done'],
    ]);
    // A slide keeps the first rows only.
    expect(specRows(preventiveHeatmapSpec(report.preventive.schedules[0]!, locale, { timezone: 'Europe/Paris', rows: 1 }))).toHaveLength(3);
  });

  it('window names: weeks by their Monday, months, quarters and half-years in each language', () => {
    expect(windowLabel('2026-08-02T22:00:00.000Z', 'week', locale, 'Europe/Paris')).toBe('3 Aug 2026');
    expect(windowLabel('2026-03-31T22:00:00.000Z', 'quarter', locale, 'Europe/Paris')).toBe('Q2 2026');
    expect(windowLabel('2026-03-31T22:00:00.000Z', 'quarter', french, 'Europe/Paris')).toBe('T2 2026');
    expect(windowLabel('2026-06-30T22:00:00.000Z', 'half', french, 'Europe/Paris')).toBe('S2 2026');
    expect(windowLabel('2025-12-31T23:00:00.000Z', 'year', locale, 'Europe/Paris')).toBe('2026');
  });

  it('compliance by task: worst first, tasks with nothing due left out', () => {
    // Sample: restore 5/6 = 0.833, review 11/12 = 0.917.
    const rows = specRows(preventiveByTaskSpec(report.preventive.byTask, locale));
    expect(rows.map((r) => [r.task, r.compliance])).toEqual([['Restore test', 5 / 6], ['Firewall rules review', 11 / 12]]);
    expect(specRows(preventiveByTaskSpec({ x: { ...report.preventive.byTask.restore!, due: 0, done: 0, compliance: null } }, locale))).toEqual([]);
  });

  it('compliance by task: the two colours have a legend, the task names room to read', () => {
    const spec = preventiveByTaskSpec(report.preventive.byTask, locale) as unknown as { encoding: { y: { axis: { labelLimit: unknown } }; color: { scale: { domain: string[] }; legend: unknown } } };
    // Restore test 5/6 = 83 % is under the 90 % target, the review 11/12 = 92 % on it.
    expect(specRows(preventiveByTaskSpec(report.preventive.byTask, locale)).map((r) => r.state)).toEqual(['Below 90% of windows', '90% or more']);
    expect(spec.encoding.color.scale.domain).toEqual(['Below 90% of windows', '90% or more']);
    expect(spec.encoding.color.legend).toEqual({ orient: 'bottom', columns: 1 });
    expect(spec.encoding.y.axis.labelLimit).toEqual({ expr: 'clamp(containerSize()[0] * 0.45, 120, 340)' });
  });

  it('trend: a legend says which is the line (planned share) and which the bars (corrective incidents)', () => {
    const spec = preventiveTrendSpec(report.preventive.trend, french) as unknown as { layer: Array<{ mark: { type: string }; transform: Array<{ calculate: string }>; encoding: { color: { field: string; scale: { domain: string[] } } } }> };
    expect(spec.layer.map((l) => [l.mark.type, l.transform[0]!.calculate, l.encoding.color.field])).toEqual([['bar', '"Incidents correctifs"', 'series'], ['line', '"Part planifiée du travail"', 'series']]);
    expect(spec.layer[0]!.encoding.color.scale.domain).toEqual(['Part planifiée du travail', 'Incidents correctifs']);
  });

  it('trend: twelve months, the share and the corrective incidents side by side', () => {
    const rows = specRows(preventiveTrendSpec(report.preventive.trend, locale));
    expect(rows).toHaveLength(12);
    expect(rows[0]).toEqual({ month: 'Oct 2025', label: 'Oct 25', share: 0.1, corrective: 60, preventiveHours: 10 });
  });
});
