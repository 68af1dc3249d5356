/**
 * A period that starts before the export: the days before its first ticket are not observed.
 * Counted, they read as failure-free uptime (an MTBF three times too high), as missed preventive
 * windows, and as days over which a yearly rate of lost hours is spread. Each expectation says
 * where it comes from.
 */
import { describe, expect, it } from 'vitest';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';
import { observedDays } from '../kpi/lost-hours/lost-hours.js';
import { parsePeriod } from '../calendar/period.js';

const policy = parsePolicy({
  timezone: 'UTC',
  calendar: { hours: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] }, holidays: { country: null } },
  sla: { P2: { response: '1h', resolution: '8h', clock: '24x7' } },
  priorityImpact: { P1: 1, P2: 0.5, P3: 0.25, P4: 0.1, P5: 0 },
  headcount: 10,
  preventivePlan: [{ id: 'backup', assetType: 'server', category: 'Backup', every: 'month' }],
});

const at = (iso: string) => Date.parse(iso);
// The export starts on Sun 1 March 2026 (a request); two incidents in March; one restore test.
// The four tickets that the figures read.
const read = [
  { id: 'R1', type: 'request', openedAt: at('2026-03-01T10:00:00Z'), resolvedAt: at('2026-03-01T11:00:00Z'), priority: 'P2' },
  // Mon 2 March 09:00–11:00: 2 business hours.
  { id: 'I1', type: 'incident', openedAt: at('2026-03-02T09:00:00Z'), resolvedAt: at('2026-03-02T11:00:00Z'), priority: 'P2', assetId: 'PC-1' },
  // Tue 10 March 09:00–13:00: 4 business hours.
  { id: 'I2', type: 'incident', openedAt: at('2026-03-10T09:00:00Z'), resolvedAt: at('2026-03-10T13:00:00Z'), priority: 'P2', assetId: 'PC-2' },
  { id: 'P1', type: 'request', maintenanceType: 'preventive', category: 'Backup', openedAt: at('2026-03-16T10:00:00Z'), resolvedAt: at('2026-03-16T11:00:00Z'), priority: 'P2', assetId: 'SRV-1' },
];
// An export that starts on 1 March shows it by its density: a request without priority or asset
// every day of March at 08:00 (no SLA target, no lost hour, no run) makes 35 tickets opened over
// 30 days (1 March 08:00 → 31 March 08:00), 1.17 a day: at least 30 and one a day
// (`observedFromSpan`), so the days before 1 March are not observed.
const daily = Array.from({ length: 31 }, (_, d) => ({ id: `D${d + 1}`, type: 'request', openedAt: at(`2026-03-${String(d + 1).padStart(2, '0')}T08:00:00Z`), resolvedAt: at(`2026-03-${String(d + 1).padStart(2, '0')}T08:30:00Z`) }));
const tickets = ticketsFromRows([...read, ...daily]);
const assets = assetsFromRows([
  { id: 'PC-1', type: 'laptop', inServiceDate: '2020-01-01' },
  { id: 'PC-2', type: 'laptop', inServiceDate: '2020-01-01' },
  { id: 'SRV-1', type: 'server', inServiceDate: '2020-01-01' },
]);
const APRIL = '2026-04-01T00:00:00Z';

describe('a period that starts before the export', () => {
  const report = buildReport({ tickets, assets, policy }, { period: '2026-Q1', asOf: APRIL });

  it('is marked partial: 31 of its 90 days covered', () => {
    expect(report.coverage).toMatchObject({ covered: true, partial: true, days: { covered: 31, total: 90 } });
  });

  it('counts uptime from the first day of the data, not from 1 January', () => {
    const fleet = report.reliability.fleet;
    // 3 assets × 31 days (1 March – 1 April) = 3 × 744 h = 2,232 h; down 2 h + 4 h = 6 h.
    expect(fleet.uptimeHours).toBeCloseTo(2226, 9);
    expect(fleet.downtimeHours).toBeCloseTo(6, 9);
    // 2,226 h ÷ 2 failures = 1,113 h (from 1 January it read (6,480 − 6) ÷ 2 = 3,237 h).
    expect(fleet.mtbfHours).toBeCloseTo(1113, 9);
    // 2,226 ÷ 2,232 (from 1 January it read 6,474 ÷ 6,480).
    expect(fleet.availability).toBeCloseTo(2226 / 2232, 12);
  });

  it('spreads the lost hours over the days observed for their yearly rate', () => {
    // Priority P2's impact 0.5, one user each: 2 h × 0.5 + 4 h × 0.5 = 3 h.
    expect(report.lostHours.totalHours).toBeCloseTo(3, 9);
    // 3 h × 365 ÷ 31 days ÷ 10 employees = 3.532… h (÷ 90 days it read 1.22 h).
    expect(report.lostHours.perEmployeePerYear).toBeCloseTo((3 * 365) / 31 / 10, 9);
  });

  it('does not call January and February missed: the export says nothing of them', () => {
    // Only March's window is due (wholly after 1 March 00:00), and it was done on 16 March.
    expect(report.preventive).toMatchObject({ due: 1, done: 1, compliance: 1, missedCount: 0 });
  });

  it('changes nothing for a period the data cover whole', () => {
    const march = buildReport({ tickets, assets, policy }, { period: '2026-03', asOf: APRIL });
    // March 2026 = 744 h per asset: the same figures as the quarter now gives.
    expect(march.coverage.partial).toBe(false);
    expect(march.reliability.fleet.mtbfHours).toBeCloseTo(1113, 9);
    expect(march.lostHours.perEmployeePerYear).toBeCloseTo((3 * 365) / 31 / 10, 9);
    expect(march.preventive).toMatchObject({ due: 1, done: 1 });
  });
});

describe('the same four tickets alone: too few to show where an export starts', () => {
  // 4 tickets (< 30, and 4 over 15 days 1 → 16 March is 0.27 a day): no cut, DESIGN §5's
  // windows from 1 January; the quarter is still marked partial (the data start on 1 March).
  const report = buildReport({ tickets: ticketsFromRows(read), assets, policy }, { period: '2026-Q1', asOf: APRIL });

  it('is still marked partial, 31 of 90 days', () => {
    expect(report.coverage).toMatchObject({ covered: true, partial: true, days: { covered: 31, total: 90 } });
  });

  it('counts uptime, the yearly rate and the due windows over the whole quarter', () => {
    // 3 assets × 90 days × 24 h = 6,480 h, less 6 h down = 6,474 h; ÷ 2 failures = 3,237 h.
    expect(report.reliability.fleet.uptimeHours).toBeCloseTo(6474, 9);
    expect(report.reliability.fleet.mtbfHours).toBeCloseTo(3237, 9);
    // 3 h × 365 ÷ 90 days ÷ 10 employees = 1.2166… h.
    expect(report.lostHours.perEmployeePerYear).toBeCloseTo((3 * 365) / 90 / 10, 9);
    // SRV-1's January, February and March windows are due; only March's was done.
    expect(report.preventive).toMatchObject({ due: 3, done: 1 });
  });
});

describe('observedDays', () => {
  const q1 = parsePeriod('2026-Q1', 'UTC');
  it('is the period’s days when it is over and the data cover it from its start', () => {
    // 31 + 28 + 31 = 90.
    expect(observedDays({ period: q1, asOf: at(APRIL) }, at(APRIL), 'UTC')).toBe(90);
    expect(observedDays({ period: q1, asOf: at(APRIL), observedFrom: at('2025-06-01T00:00:00Z') }, at(APRIL), 'UTC')).toBe(90);
  });
  it('starts at the data’s first day and stops at asOf, whose day counts in part', () => {
    // 2 → 11 March: 9 whole days, then 11 March 00:00 → 12:00: half a day.
    const asOf = at('2026-03-11T12:00:00Z');
    expect(observedDays({ period: q1, asOf, observedFrom: at('2026-03-02T00:00:00Z') }, asOf, 'UTC')).toBe(9.5);
  });
  it('counts the short day of a daylight-saving change as a whole day', () => {
    // Paris, Sun 29 March 2026 lasts 23 h: from 28 March 00:00 to asOf 30 March 00:00 = 2 days.
    const paris = parsePeriod('2026-03', 'Europe/Paris');
    const asOf = at('2026-03-29T22:00:00Z');
    expect(observedDays({ period: paris, asOf, observedFrom: at('2026-03-27T23:00:00Z') }, asOf, 'Europe/Paris')).toBe(2);
  });
  it('is 0 when asOf is at or before the data start', () => {
    expect(observedDays({ period: q1, asOf: at('2026-03-02T00:00:00Z'), observedFrom: at('2026-03-02T00:00:00Z') }, at('2026-03-02T00:00:00Z'), 'UTC')).toBe(0);
  });
});

describe('a small hand-made file whose first ticket falls inside the period (the DESIGN audit)', () => {
  // Open every hour (UTC, no holiday), so an incident's lost hours are its length; headcount 10.
  const open = parsePolicy({
    timezone: 'UTC',
    calendar: { hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00-24:00']])), holidays: { country: null } },
    headcount: 10,
  });
  // A1 and A2 in service since 1 January 2025; 3652 over 120 months (1 Jan 2025 – 1 Jan 2035:
  // 3652 days) is 1 a day of acquisition each, 365 a year 1 a day of contract each.
  const fleet = assetsFromRows(
    ['A1', 'A2'].map((id) => ({ id, type: 'pc', inServiceDate: '2025-01-01', purchaseCost: 3652, usefulLifeMonths: 120, contractCostPerYear: 365 })),
  );
  // Two incidents of A1 only, on 10 and 20 June: 2 h and 1 h, impact outage (factor 1), one user.
  const two = [
    { id: 'T1', type: 'incident', impact: 'outage', assetId: 'A1', openedAt: at('2025-06-10T09:00:00Z'), resolvedAt: at('2025-06-10T11:00:00Z') },
    { id: 'T2', type: 'incident', impact: 'outage', assetId: 'A1', openedAt: at('2025-06-20T09:00:00Z'), resolvedAt: at('2025-06-20T10:00:00Z') },
  ];

  it('counts June from its first day: 2 tickets say nothing of where the export starts', () => {
    const report = buildReport({ tickets: ticketsFromRows(two), assets: fleet, policy: open }, { period: '2025-06', asOf: '2025-06-20T12:00:00Z' });
    // Still marked partial: the data start on 10 June (and June is not over at asOf).
    expect(report.coverage).toMatchObject({ covered: true, partial: true });
    // A2: 1 June 00:00 → asOf 20 June 12:00 = 19.5 days × 24 = 468 h (from 10 June it read 252 h).
    expect(report.reliability.byAsset['A2']).toMatchObject({ failures: 0, uptimeHours: 468 });
    // A1: 468 h less 2 h + 1 h down = 465 h; fleet MTBF (465 + 468) ÷ 2 failures.
    expect(report.reliability.byAsset['A1']).toMatchObject({ failures: 2, uptimeHours: 465 });
    expect(report.reliability.fleet.mtbfHours).toBeCloseTo(933 / 2, 9);
    // The TCO over the period up to asOf (the code's rule for a period not over: asOf's day in
    // part): 19.5 days × 1 a day × 2 assets = 39 of acquisition and 39 of contracts (from 10 June
    // it read 10.5 days: 21 and 21).
    expect(report.tco.byCategory.acquisition).toBeCloseTo(39, 9);
    expect(report.tco.byCategory.contracts).toBeCloseTo(39, 9);
  });

  it('annualises the lost hours over June’s 30 days once June is over', () => {
    const report = buildReport({ tickets: ticketsFromRows(two), assets: fleet, policy: open }, { period: '2025-06', asOf: '2025-07-01T00:00:00Z' });
    // 2 h + 1 h = 3 h; × 365 ÷ 30 days ÷ 10 = 3.65 h (from 10 June: ÷ 21 days, 5.21 h).
    expect(report.lostHours.totalHours).toBeCloseTo(3, 9);
    expect(report.lostHours.perEmployeePerYear).toBeCloseTo((3 * 365) / 30 / 10, 9);
    // June is partial (data from 10 June: 21 of 30 days), and the review says the figures count it
    // from its first day, not "only the time the data cover".
    expect(report.coverage).toMatchObject({ partial: true, days: { covered: 21, total: 30 }, fromPeriodStart: true });
    expect(reportToMarkdown(report)).toContain('Data covers 21 of the 30 days of this period: too few tickets to show that the export starts later, so every figure counts the period from its first day.');
    expect(reportToMarkdown(buildReport({ tickets: ticketsFromRows(two), assets: fleet, policy: open }, { period: '2025-06', asOf: '2025-07-01T00:00:00Z', language: 'fr' }))).toContain(
      'Les données couvrent 21 des 30 jours de cette période\u202f: trop peu de tickets pour montrer que l’export commence plus tard, chaque chiffre porte donc sur la période depuis son premier jour.',
    );
    // 30 days × 24 = 720 h for A2; 30 days × 2 assets = 60 of acquisition and of contracts.
    expect(report.reliability.byAsset['A2']).toMatchObject({ uptimeHours: 720 });
    expect(report.tco.byCategory.acquisition).toBeCloseTo(60, 9);
    expect(report.tco.byCategory.contracts).toBeCloseTo(60, 9);
    // The monthly trend's June reads the same rule (the same observedFromSpan).
    const june = report.trend.months.indexOf('2025-06');
    expect(report.trend.series.mtbfHours[june]).toBeCloseTo((717 + 720) / 2, 9);
  });

  it('still cuts at 10 June when the file is dense enough to show the export starts there', () => {
    // The same two incidents beside requests (no asset, no time lost) at 08:00 and 16:00 every day
    // from 10 to 30 June: 44 tickets over 20 days 8 h (10 June 08:00 → 30 June 16:00), 2.2 a day.
    const requests = Array.from({ length: 21 }, (_, d) => `2025-06-${String(d + 10).padStart(2, '0')}`).flatMap((day) => [
      { id: `R${day}a`, type: 'request', openedAt: at(`${day}T08:00:00Z`), resolvedAt: at(`${day}T08:30:00Z`) },
      { id: `R${day}b`, type: 'request', openedAt: at(`${day}T16:00:00Z`), resolvedAt: at(`${day}T16:30:00Z`) },
    ]);
    const report = buildReport({ tickets: ticketsFromRows([...two, ...requests]), assets: fleet, policy: open }, { period: '2025-06', asOf: '2025-07-01T00:00:00Z' });
    // A2: 10 June 00:00 → 1 July = 21 days × 24 = 504 h; acquisition and contracts 21 × 2 = 42.
    expect(report.reliability.byAsset['A2']).toMatchObject({ uptimeHours: 504 });
    expect(report.tco.byCategory.acquisition).toBeCloseTo(42, 9);
    expect(report.tco.byCategory.contracts).toBeCloseTo(42, 9);
    // 21 days observed: too few for a yearly rate of the 3 h.
    expect(report.lostHours.perEmployeePerYear).toBeNull();
    expect(report.notMeasured).toContainEqual({ figure: 'lostHours.perEmployeePerYear', reason: 'too-few-days' });
    const june = report.trend.months.indexOf('2025-06');
    expect(report.trend.series.mtbfHours[june]).toBeCloseTo((501 + 504) / 2, 9);
    // Counted from 10 June, as the review says.
    expect(report.coverage.fromPeriodStart).toBeUndefined();
    expect(reportToMarkdown(report)).toContain('Data covers 21 of the 30 days of this period: every figure, costs included, counts only the time the data cover.');
  });
});
