/**
 * Figures of incident lengths with no more incidents of known length than closed at an unknown
 * time (lengths-unknown.ts): no hours, the counts kept, the reason said; and the monthly SLA series
 * without a rate where the period's rule would have none (`ends-unknown`). Hand-built: the
 * calendar open every hour, targets on the wall clock, UTC, one user per incident, impact outage
 * (factor 1), so an incident's lost hours are its length in hours.
 */
import { describe, expect, it } from 'vitest';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';
import { lostHoursMostlyUnknown, outagesMostlyUnknown } from './lengths-unknown.js';

const policy = parsePolicy({
  timezone: 'UTC',
  calendar: { hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00-24:00']])) },
  sla: { P2: { response: '1h', resolution: '8h', clock: '24x7' } },
  rates: { userHourly: 40, currency: 'EUR' },
});
const options = { period: '2026-03', asOf: '2026-04-01T00:00Z' } as const;
// Both servers in service all March, to asOf (1 April): 31 days = 744 h of window each. A handful
// of tickets is too few to say the export starts on 2 March (`observedFromSpan`), so DESIGN §5's
// window opens at the period's start.
const assets = assetsFromRows([
  { id: 'SRV-1', type: 'server', inServiceDate: '2025-01-01' },
  { id: 'SRV-2', type: 'server', inServiceDate: '2025-01-01' },
]);

const incident = (id: string, assetId: string | null, openedAt: string, resolvedAt: string | null) => ({
  id,
  assetId,
  type: 'incident',
  priority: 'P2',
  impact: 'outage',
  openedAt: Date.parse(openedAt),
  resolvedAt: resolvedAt === null ? null : Date.parse(resolvedAt),
  statusClass: resolvedAt === null ? 'closed' : 'resolved',
});
// SRV-1: K1 3 h (2 March 09:00–12:00), K2 5 h (10 March 09:00–14:00), both resolved within the
// 8 h target; U1 closed with no date (16 March). In January, outside both periods (March and its
// previous, February): J1 resolved in 1 h, J2 closed with no date, on no asset.
const K1 = incident('K1', 'SRV-1', '2026-03-02T09:00Z', '2026-03-02T12:00Z');
const K2 = incident('K2', 'SRV-1', '2026-03-10T09:00Z', '2026-03-10T14:00Z');
const U1 = incident('U1', 'SRV-1', '2026-03-16T09:00Z', null);
const U2 = incident('U2', 'SRV-1', '2026-03-20T09:00Z', null);
const K3 = incident('K3', 'SRV-2', '2026-03-12T09:00Z', '2026-03-12T11:00Z');
const J1 = incident('J1', null, '2026-01-12T09:00Z', '2026-01-12T10:00Z');
const J2 = incident('J2', null, '2026-01-14T09:00Z', null);

// Ten requests beside them (no incident, no target: no figure here counts them), so that the file
// holds the 10 tickets from which Revue judges whether most ends are unknown (EVIDENCE_MIN_TICKETS);
// on the data's first day, so the window still starts on 2 March.
const requests = Array.from({ length: 10 }, (_, i) => ({
  id: `Q${i}`,
  type: 'request',
  priority: 'P9',
  openedAt: Date.parse('2026-03-02T08:00Z'),
  resolvedAt: Date.parse('2026-03-02T08:30Z'),
  statusClass: 'resolved',
}));
const review = (rows: ReturnType<typeof incident>[], language: 'en' | 'fr' = 'en') =>
  buildReport({ tickets: ticketsFromRows([...rows, ...requests]), assets, policy }, { ...options, language });

describe('figures of incident lengths where most ends are unknown', () => {
  it('keeps them beside fewer incidents closed at an unknown time: 8 h lost, 8 h down, MTTR 4 h', () => {
    const report = review([K1, K2, U1]);
    // Lost hours: 3 h + 5 h = 8 h from the 2 incidents of known length, U1 counted apart (2 > 1).
    expect(report.lostHours).toMatchObject({ totalHours: 8, incidents: 2, unknownDuration: 1, cost: 320 });
    // Failures 3 (U1 a failure at its opening, of unknown length); downtime 3 + 5 = 8 h; MTTR (3 + 5) / 2 = 4 h;
    // uptime 2 × 744 − 8 = 1480 h; MTBF 1480 / 3; availability 1480 / 1488.
    const fleet = report.reliability.fleet;
    expect(fleet).toMatchObject({ failures: 3, unknownDurations: 1, downtimeHours: 8, mttrHours: 4, uptimeHours: 1480 });
    expect(fleet.mtbfHours).toBeCloseTo(1480 / 3, 9);
    expect(fleet.availability).toBeCloseTo(1480 / 1488, 12);
    // The TCO's downtime: 8 h × 40 € = 320 €.
    expect(report.tco.byCategory.downtime).toBe(320);
    expect(report.notMeasured.some((entry) => entry.reason === 'lengths-unknown')).toBe(false);
    expect(reportToMarkdown(report)).toContain('| Hours lost by staff | 8 h (€320; ');
  });

  it('has none beside as many closed at an unknown time, keeps the counts and says why, en and fr', () => {
    const rows = [K1, K2, U1, U2];
    const report = review(rows);
    // 2 incidents of known length, 2 closed at an unknown time: 2 is not more than 2.
    expect(report.lostHours).toMatchObject({ totalHours: null, perEmployeePerYear: null, cost: null, incidents: 2, unknownDuration: 2, byClient: {}, byAsset: {} });
    const fleet = report.reliability.fleet;
    // Failures 4, 2 of unknown length: the hours rest on the other 2 alone.
    expect(fleet).toMatchObject({ failures: 4, unknownDurations: 2, downtimeHours: null, uptimeHours: null, mttrHours: null, mtbfHours: null, availability: null, mtbsiHours: null });
    expect(report.reliability.byAsset['SRV-1']).toMatchObject({ failures: 4, unknownDurations: 2, downtimeHours: null, mttrHours: null });
    // SRV-2 failed not at all: its 744 h stand.
    expect(report.reliability.byAsset['SRV-2']).toMatchObject({ failures: 0, downtimeHours: 0, uptimeHours: 744 });
    expect(report.tco.byCategory.downtime).toBeNull();
    expect(report.tco.excluded).toContainEqual({ part: 'downtime', reason: 'lengths-unknown', hours: null });
    // Nothing else is priced (no asset cost, no effort): no total, and no group keeps the 320 € of
    // downtime in its own total (it did, beside a null downtime category, before withoutDowntime's fix).
    expect(report.tco.total).toBeNull();
    expect(Object.values(report.tco.byType).map((group) => group.total)).toEqual(Object.values(report.tco.byType).map(() => 0));
    expect(Object.values(report.tco.byAsset).map((group) => group.total)).toEqual(Object.values(report.tco.byAsset).map(() => 0));
    expect(Object.keys(report.tco.byType).length).toBeGreaterThan(0);
    for (const figure of ['lostHours', 'reliability.fleet.availability', 'reliability.fleet.mtbfHours', 'reliability.fleet.mttrHours', 'tco.byCategory.downtime']) {
      expect(report.notMeasured).toContainEqual({ figure, reason: 'lengths-unknown' });
    }
    const en = reportToMarkdown(report);
    expect(en).toContain('| Hours lost by staff | not measured (2 incidents measured, 2 closed at an unknown time) |');
    expect(en).toContain('| Availability | not measured (2 outages of known length, 2 of unknown length) |');
    expect(en).toContain('no more incidents have a known length than were closed without a resolution date');
    const fr = reportToMarkdown(review(rows, 'fr'));
    expect(fr).toContain('non mesurées (2 incidents mesurés, 2 clos à une date inconnue)');
    expect(fr).toContain('non mesurée (2 pannes de durée connue, 2 de durée inconnue)');
    expect(fr).toContain('pas plus d’incidents de durée connue que d’incidents clos sans date de résolution');
  });

  it('judges each asset alone: SRV-1 has no hours, SRV-2 and the fleet keep theirs', () => {
    const report = review([K1, K2, U1, U2, K3]);
    // Lost hours: 3 incidents of known length (3 + 5 + 2 = 10 h) against 2 unknown.
    expect(report.lostHours).toMatchObject({ totalHours: 10, incidents: 3, unknownDuration: 2 });
    // Fleet: 5 failures, 2 unknown, 3 known > 2: downtime 10 h, MTTR (3 + 5 + 2) / 3 h.
    expect(report.reliability.fleet).toMatchObject({ failures: 5, unknownDurations: 2, downtimeHours: 10 });
    expect(report.reliability.fleet.mttrHours).toBeCloseTo(10 / 3, 12);
    expect(report.reliability.byType.server).toMatchObject({ failures: 5, downtimeHours: 10 });
    // SRV-1: 2 known, 2 unknown: null. SRV-2: K3 alone, 2 h down, 744 − 2 = 742 h up.
    expect(report.reliability.byAsset['SRV-1']).toMatchObject({ failures: 4, unknownDurations: 2, downtimeHours: null, mttrHours: null, availability: null });
    expect(report.reliability.byAsset['SRV-2']).toMatchObject({ failures: 1, unknownDurations: 0, downtimeHours: 2, mttrHours: 2, uptimeHours: 742 });
    expect(report.notMeasured.some((entry) => entry.reason === 'lengths-unknown')).toBe(false);
  });

  it('needs some incident closed at an unknown time', () => {
    expect(lostHoursMostlyUnknown({ incidents: 0, unknownDuration: 0 })).toBe(false);
    expect(lostHoursMostlyUnknown({ incidents: 18, unknownDuration: 472 })).toBe(true);
    expect(lostHoursMostlyUnknown({ incidents: null, unknownDuration: null })).toBe(false);
    expect(outagesMostlyUnknown({ failures: 3, unknownDurations: 1 })).toBe(false);
    expect(outagesMostlyUnknown({ failures: 2, unknownDurations: 1 })).toBe(true);
    expect(outagesMostlyUnknown({ failures: 0, unknownDurations: 0 })).toBe(false);
  });
});

describe('the monthly SLA series where most ends are unknown', () => {
  it('has no rate for a month with as many closed at an unknown time as judged, as the period', () => {
    // March: K1 and K2 met (3 h, 5 h ≤ 8 h), U1 and U2 unknown: 2 judged, 2 unknown → no rate,
    // read from the period's own SLA. January (outside both periods, judged by the trend itself):
    // J1 met, J2 unknown → 1 judged, 1 unknown → no rate. February: nothing opened, no rate.
    const report = review([J1, J2, K1, K2, U1, U2]);
    expect(report.sla.resolution).toMatchObject({ met: 2, breached: 0, unknown: 2, adherence: null });
    const { months, series, notMeasured } = report.trend;
    expect(series.slaResolution[months.indexOf('2026-03')]).toBeNull();
    expect(series.slaResolution[months.indexOf('2026-01')]).toBeNull();
    expect(notMeasured).toContainEqual({ figure: 'slaResolution', reason: 'ends-unknown' });
  });
  it('keeps it where more are judged', () => {
    // March: 2 met against 1 unknown → 2/2 = 100 %. January: J1 met alone → 100 %.
    const report = review([J1, K1, K2, U1]);
    const { months, series, notMeasured } = report.trend;
    expect(series.slaResolution[months.indexOf('2026-03')]).toBe(1);
    expect(series.slaResolution[months.indexOf('2026-01')]).toBe(1);
    expect(notMeasured.some((entry) => entry.reason === 'ends-unknown')).toBe(false);
  });
});

describe('the monthly lost hours, MTBF and availability where most lengths are unknown', () => {
  // January, outside both periods (the trend counts it itself), on SRV-2: L1 resolved in 2 h
  // (12 January 09:00–11:00), L2 and L3 closed with no date (14 and 15 January).
  const L1 = incident('L1', 'SRV-2', '2026-01-12T09:00Z', '2026-01-12T11:00Z');
  const L2 = incident('L2', 'SRV-2', '2026-01-14T09:00Z', null);
  const L3 = incident('L3', 'SRV-2', '2026-01-15T09:00Z', null);

  it('keeps a month with more of known length (March: 3 h + 5 h beside 1 unknown → 8 h) and leaves a gap in one with fewer (January: 2 h beside 2 → none)', () => {
    const report = review([L1, L2, L3, K1, K2, U1]);
    const { months, series, notMeasured, costExcluded } = report.trend;
    const at = (month: string) => months.indexOf(month);
    // March, read from the period's own lost hours: K1 3 h + K2 5 h (calendar open every hour, 1 user, factor 1).
    expect(series.lostHours[at('2026-03')]).toBe(8);
    // January: 1 incident of known length (L1), 2 closed at an unknown time → not measured, not 2 h.
    expect(series.lostHours[at('2026-01')]).toBeNull();
    // February: nothing opened, nothing open: a true 0 h, not a gap.
    expect(series.lostHours[at('2026-02')]).toBe(0);
    // The fleet in March: SRV-1 3 failures (1 of unknown length), SRV-2 none; both observed the
    // whole month (the data start on 12 January): 2 × 744 h = 1,488 h, 8 h down, 1,480 h up.
    expect(series.availability[at('2026-03')]).toBeCloseTo(1480 / 1488, 12);
    expect(series.mtbfHours[at('2026-03')]).toBeCloseTo(1480 / 3, 9);
    // January: SRV-2's 3 failures, 2 of unknown length → 1 known ≤ 2 → no MTBF, no availability.
    expect(series.availability[at('2026-01')]).toBeNull();
    expect(series.mtbfHours[at('2026-01')]).toBeNull();
    for (const figure of ['lostHours', 'mtbfHours', 'availability'] as const) expect(notMeasured).toContainEqual({ figure, reason: 'lengths-unknown' });
    // The month's cost leaves its downtime out for the same reason (as the period's TCO); March prices it: 8 h × 40 €.
    expect(costExcluded).toContainEqual({ part: 'downtime', reason: 'lengths-unknown', months: ['2026-01'] });
    expect(series.cost[at('2026-03')]).toBe(320);
  });

  it('leaves a gap in a month of the period whose own hours are not measured (March: 2 beside 2), read from the period', () => {
    const report = review([K1, K2, U1, U2]);
    expect(report.lostHours.totalHours).toBeNull();
    const { months, series, notMeasured } = report.trend;
    expect(series.lostHours[months.indexOf('2026-03')]).toBeNull();
    // SRV-1: 4 failures in March, 2 of unknown length.
    expect(series.mtbfHours[months.indexOf('2026-03')]).toBeNull();
    expect(series.availability[months.indexOf('2026-03')]).toBeNull();
    expect(notMeasured).toContainEqual({ figure: 'lostHours', reason: 'lengths-unknown' });
  });

  it('says nothing where every month has more of known length', () => {
    const report = review([L1, K1, K2, U1]);
    const { months, series, notMeasured } = report.trend;
    // January: L1 alone, 2 h.
    expect(series.lostHours[months.indexOf('2026-01')]).toBe(2);
    expect(series.lostHours[months.indexOf('2026-03')]).toBe(8);
    expect(notMeasured.some((entry) => entry.reason === 'lengths-unknown')).toBe(false);
  });
});

describe('MTTR judged on its repairs: open outages have a length to asOf, but no repair time', () => {
  const open = (id: string, assetId: string, openedAt: string) => ({ ...incident(id, assetId, openedAt, null), statusClass: 'open' });
  // Still open at asOf (1 April 00:00): O1 since 30 March 09:00 (39 h), O2 since 30 March 12:00 (36 h).
  const O1 = open('O1', 'SRV-1', '2026-03-30T09:00Z');
  const O2 = open('O2', 'SRV-2', '2026-03-30T12:00Z');

  it('is not measured on 1 repair beside 2 outages of unknown length, though the downtime is', () => {
    const report = review([K1, U1, U2, O1, O2]);
    const fleet = report.reliability.fleet;
    // Failures 5, 2 of unknown length: 3 of known length (K1 and the open O1, O2) > 2, so the
    // downtime stands: 3 + 39 + 36 = 78 h. MTTR would be K1's 3 h alone, the only repair of the 3
    // outages that ended: 1 ≤ 2, not measured.
    expect(fleet).toMatchObject({ failures: 5, unknownDurations: 2, repairs: 1, mttrHours: null, mtbsiHours: null });
    expect(fleet.downtimeHours).toBeCloseTo(78, 9);
    expect(report.notMeasured).toContainEqual({ figure: 'reliability.fleet.mttrHours', reason: 'lengths-unknown' });
    // SRV-1 alone: K1 the one repair beside U1 and U2 of unknown length.
    expect(report.reliability.byAsset['SRV-1']).toMatchObject({ failures: 4, repairs: 1, mttrHours: null });
  });

  it('is measured on 3 repairs beside 2 of unknown length, the open ones not averaged in', () => {
    const report = review([K1, K2, K3, U1, U2, O1, O2]);
    // (3 + 5 + 2) / 3 repairs; the open O1 and O2 (39 h and 36 h to asOf) are not in it.
    expect(report.reliability.fleet).toMatchObject({ failures: 7, unknownDurations: 2, repairs: 3 });
    expect(report.reliability.fleet.mttrHours).toBeCloseTo(10 / 3, 9);
    expect(report.notMeasured.map((entry) => entry.figure)).not.toContain('reliability.fleet.mttrHours');
  });
});

describe('lost hours by client, category and asset: each row judged alone on its own counts', () => {
  const of = (row: ReturnType<typeof incident>, client: string, assetId: string) => ({ ...row, client, assetId });
  // Acme: K1 3 h and K2 5 h on SRV-1. Bistro: K3 2 h on SRV-2, and U1, U2 on SRV-2 closed at an unknown time.
  const rows = [of(K1, 'Acme', 'SRV-1'), of(K2, 'Acme', 'SRV-1'), of(K3, 'Bistro', 'SRV-2'), of(U1, 'Bistro', 'SRV-2'), of(U2, 'Bistro', 'SRV-2')];

  it('leaves out a row whose hours would be a floor, while the total stands', () => {
    const report = review(rows);
    // The total: 3 incidents of known length > 2 closed at an unknown time: 3 + 5 + 2 = 10 h.
    expect(report.lostHours).toMatchObject({ totalHours: 10, incidents: 3, unknownDuration: 2 });
    // Bistro (and SRV-2): 1 incident of known length, 2 unknown: its 2 h would read as Bistro's hours.
    expect(report.lostHours.byClient).toEqual({ Acme: 8 });
    expect(report.lostHours.byAsset).toEqual({ 'SRV-1': 8 });
    // No category on any: the one row is the total's, 3 > 2.
    expect(report.lostHours.byCategory).toEqual({ '(none)': 10 });
    expect(report.lostHours.unknownRows).toEqual({
      byClient: { Bistro: { incidents: 1, unknownDuration: 2 } },
      byCategory: { '(none)': { incidents: 3, unknownDuration: 2 } },
      byAsset: { 'SRV-2': { incidents: 1, unknownDuration: 2 } },
    });
  });

  it('leaves the downtime of those rows out of the TCO by client and by asset, the total keeping it as the lost hours do', () => {
    const owned = assetsFromRows([
      { id: 'SRV-1', type: 'server', client: 'Acme', inServiceDate: '2025-01-01' },
      { id: 'SRV-2', type: 'server', client: 'Bistro', inServiceDate: '2025-01-01' },
    ]);
    const tco = buildReport({ tickets: ticketsFromRows([...rows, ...requests]), assets: owned, policy }, options).tco;
    // Downtime = lost hours × 40 €/h (no other cost is measured: no price, no effort): total
    // 10 h → 400 €; Acme's 8 h → 320 €; Bistro's 2 h are the floor its lost hours leave out.
    expect(tco.total).toBe(400);
    expect(tco.byCategory.downtime).toBe(400);
    expect(tco.byClient.Acme).toMatchObject({ total: 320, byCategory: { downtime: 320 } });
    expect(tco.byClient.Bistro).toMatchObject({ total: 0, byCategory: { downtime: null } });
    expect(tco.byAsset['SRV-1']).toMatchObject({ total: 320, byCategory: { downtime: 320 } });
    expect(tco.byAsset['SRV-2']).toMatchObject({ total: 0, byCategory: { downtime: null } });
    // The type has no lost-hours row to leave out: 10 h, whole.
    expect(tco.byType.server).toMatchObject({ total: 400, byCategory: { downtime: 400 } });
    // Without an unknown length, Bistro's 2 h are priced: 80 €.
    const whole = buildReport({ tickets: ticketsFromRows([...rows.slice(0, 3), ...requests]), assets: owned, policy }, options).tco;
    expect(whole.byClient.Bistro).toMatchObject({ total: 80, byCategory: { downtime: 80 } });
  });

  it('keeps every row without an unknown length, and leaves out one with as many unknown as known (the rule of the total)', () => {
    expect(review(rows.slice(0, 3)).lostHours.byClient).toEqual({ Acme: 8, Bistro: 2 });
    // Bistro: K3 of known length, U1 unknown: 1 ≤ 1, left out; the total 3 > 1 stands (10 h).
    const report = review(rows.slice(0, 4));
    expect(report.lostHours.totalHours).toBe(10);
    expect(report.lostHours.byClient).toEqual({ Acme: 8 });
  });
});
