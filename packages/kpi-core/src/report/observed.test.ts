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
const tickets = ticketsFromRows([
  { id: 'R1', type: 'request', openedAt: at('2026-03-01T10:00:00Z'), resolvedAt: at('2026-03-01T11:00:00Z'), priority: 'P2' },
  // Mon 2 March 09:00–11:00: 2 business hours.
  { id: 'I1', type: 'incident', openedAt: at('2026-03-02T09:00:00Z'), resolvedAt: at('2026-03-02T11:00:00Z'), priority: 'P2', assetId: 'PC-1' },
  // Tue 10 March 09:00–13:00: 4 business hours.
  { id: 'I2', type: 'incident', openedAt: at('2026-03-10T09:00:00Z'), resolvedAt: at('2026-03-10T13:00:00Z'), priority: 'P2', assetId: 'PC-2' },
  { id: 'P1', type: 'request', maintenanceType: 'preventive', category: 'Backup', openedAt: at('2026-03-16T10:00:00Z'), resolvedAt: at('2026-03-16T11:00:00Z'), priority: 'P2', assetId: 'SRV-1' },
]);
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
