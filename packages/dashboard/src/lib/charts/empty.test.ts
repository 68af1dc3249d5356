import { describe, expect, it } from 'vitest';
import { sampleReport } from '../sample/report.js';
import { breakdownSpec } from './breakdown.js';
import { chartLocale } from './common.js';
import { chartIsEmpty, measureFields } from './empty.js';
import { backlogSpec } from './fleet.js';
import { incidentsByMonthSpec } from './incidents-by-month.js';
import { lostHoursBenchmarkSpec } from './lost-hours-benchmark.js';
import { mtbfSpec } from './mtbf.js';
import { slaByMonthSpec } from './sla-by-month.js';
import { slaByPrioritySpec } from './sla-by-priority.js';

const locale = chartLocale('en', 'EUR', 'Europe/Paris');
const report = sampleReport();
const none = { met: 0, breached: 0, pending: 0, unknown: 0, adherence: null, medianHours: null, p90Hours: null };

describe('chartIsEmpty: SLA rates', () => {
  // trial14: a GLPI list of open tickets only (kpi-core open-only: 6 late, none met, no rate) drew
  // an axis without a point and Vega warned "Infinite extent for field adherence".
  const lateOnly = { met: 0, breached: 6, pending: 2, unknown: 0, adherence: null, medianHours: 141, p90Hours: 207.4 };
  it('months with tickets but no rate: empty', () => {
    expect(chartIsEmpty(slaByMonthSpec([{ month: '2026-02', response: null, resolution: lateOnly }, { month: '2026-03', response: null, resolution: lateOnly }], locale))).toBe(true);
    expect(chartIsEmpty(slaByPrioritySpec({ P2: { response: null, resolution: lateOnly } }, locale))).toBe(true);
  });

  it('a month at 0% (every judged ticket late) is a point to draw, beside another month', () => {
    const allLate = { ...lateOnly, adherence: 0 };
    expect(chartIsEmpty(slaByMonthSpec([{ month: '2026-02', response: null, resolution: allLate }, { month: '2026-03', response: null, resolution: { ...allLate, adherence: 0.5 } }], locale))).toBe(false);
    expect(chartIsEmpty(slaByPrioritySpec({ P2: { response: null, resolution: allLate } }, locale))).toBe(false);
  });
});

describe('chartIsEmpty: a trend of one month', () => {
  it('one month with a rate is one dot, not a trend (trial14 GLPI: March at 42.9% alone)', () => {
    const some = { met: 3, breached: 4, pending: 0, unknown: 0, adherence: 3 / 7, medianHours: 14, p90Hours: 127.8 };
    const none2 = { met: 0, breached: 0, pending: 0, unknown: 0, adherence: null, medianHours: null, p90Hours: null };
    // Response and resolution of the same month: still one month.
    expect(chartIsEmpty(slaByMonthSpec([{ month: '2026-01', response: none2, resolution: none2 }, { month: '2026-03', response: some, resolution: some }], locale))).toBe(true);
    expect(chartIsEmpty(slaByMonthSpec([{ month: '2026-02', response: null, resolution: some }, { month: '2026-03', response: null, resolution: some }], locale))).toBe(false);
  });
});

describe('chartIsEmpty: a chart that would draw a bare axis', () => {
  it('no rows', () => {
    expect(chartIsEmpty(breakdownSpec({}, locale, { groupTitle: 'G', valueTitle: 'V', unit: 'hours', description: 'd' }))).toBe(true);
  });

  it('rows whose figures are all 0: four empty backlog buckets, months without incidents', () => {
    expect(chartIsEmpty(backlogSpec({ open: 0, byAge: {}, oldestHours: null, ticketIds: [] }, locale))).toBe(true);
    expect(chartIsEmpty(incidentsByMonthSpec([{ month: '2026-07', incidents: 0, repeats: 0 }], locale))).toBe(true);
    expect(chartIsEmpty(incidentsByMonthSpec([{ month: '2026-07', incidents: 0, repeats: 0 }, { month: '2026-08', incidents: 1, repeats: 0 }], locale))).toBe(false);
  });

  it('SLA months where nothing was judged (only pending tickets) have no point to draw', () => {
    const pending = { ...none, pending: 4 };
    expect(chartIsEmpty(slaByMonthSpec([{ month: '2026-07', response: pending, resolution: pending }], locale))).toBe(true);
    expect(chartIsEmpty(slaByMonthSpec(report.sla.byMonth, locale))).toBe(false);
  });

  it('the benchmark band alone is not data: scopes without a headcount are left out', () => {
    expect(chartIsEmpty(lostHoursBenchmarkSpec({ perEmployeePerYear: null, perEmployeePerYearByClient: { A: null }, benchmark: { low: 50, high: 100 } }, locale))).toBe(true);
    expect(measureFields({ columns: [{ field: 'a', label: 'A', unit: 'text' }, { field: 'b', label: 'B', unit: 'count' }] })).toEqual(['b']);
  });

  it('MTBF: groups without failure have no MTBF to draw', () => {
    const quiet = { failures: 0, mtbfHours: null, mtbfLowerHours: 1900, mtbfUpperHours: null, availability: 1 };
    expect(chartIsEmpty(mtbfSpec({ tablet: quiet }, locale, { groupTitle: 'T', description: 'd' }))).toBe(true);
    expect(chartIsEmpty(mtbfSpec(report.reliability.byType, locale, { groupTitle: 'T', description: 'd' }))).toBe(false);
  });
});
