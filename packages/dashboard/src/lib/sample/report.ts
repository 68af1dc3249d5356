/**
 * A hand-written review report for unit tests and for rendering the UI when the analysis engine
 * is not available. Dev-only: nothing in it is computed from data; the figures are plausible and
 * internally consistent (adherence = met / (met + breached), Σ byCategory = total, …) so that
 * charts and cards have realistic input.
 */
import type { FleetResult, KpiSet, PreventiveResult, Report, SlaOutcome, SlaPair, TcoBreakdown } from '@revue/kpi-core';
import { sampleContent, sampleVolume } from './content.js';

function outcome(met: number, breached: number, pending: number, medianHours: number | null = null, p90Hours: number | null = null): SlaOutcome {
  return { met, breached, pending, unknown: 0, adherence: met + breached === 0 ? null : met / (met + breached), medianHours, p90Hours };
}

function pair(response: [number, number, number], resolution: [number, number, number]): SlaPair {
  return { response: outcome(...response, 0.4, 1.6), resolution: outcome(...resolution, 5.5, 21) };
}

/** Every category measured (a number): the sample stands for a complete TCO. */
type Measured = Record<keyof TcoBreakdown, number>;

function breakdown(values: Partial<Measured>): Measured {
  return { acquisition: 0, contracts: 0, licences: 0, preventive: 0, corrective: 0, evolutive: 0, proactive: 0, unclassified: 0, downtime: 0, ...values };
}

function sum(b: Measured): number {
  return Object.values(b).reduce((a, v) => a + v, 0);
}

const FLEET_AGES: FleetResult['ages'] = [
  { id: 'LAP-001', type: 'laptop', ageMonths: 14 },
  { id: 'LAP-002', type: 'laptop', ageMonths: 29 },
  { id: 'LAP-003', type: 'laptop', ageMonths: 41 },
  { id: 'SRV-01', type: 'server', ageMonths: 52 },
  { id: 'SRV-02', type: 'server', ageMonths: 8 },
  { id: 'PRN-01', type: 'printer', ageMonths: 63 },
  { id: 'NET-01', type: 'network', ageMonths: 30 },
  { id: 'DSK-010', type: null, ageMonths: null },
];

/** A preventive plan of two tasks over 2026-Q3: monthly restore tests on 2 servers, a weekly firewall review. */
function preventive(scale: number): PreventiveResult {
  const months = ['2026-06-30T22:00:00.000Z', '2026-07-31T22:00:00.000Z', '2026-08-31T22:00:00.000Z', '2026-09-30T22:00:00.000Z'];
  const weeks = Array.from({ length: 13 }, (_, w) => new Date(Date.parse('2026-07-05T22:00:00.000Z') + w * 7 * 86_400_000).toISOString());
  const restoreDone = scale === 1 ? 5 : 6;
  const reviewDone = scale === 1 ? 11 : 9;
  return {
    due: 6 + 12,
    done: restoreDone + reviewDone,
    compliance: (restoreDone + reviewDone) / 18,
    byTask: {
      restore: { title: 'Restore test', every: 'month', category: 'Backup', assetType: 'server', assets: 2, due: 6, done: restoreDone, compliance: restoreDone / 6, notMeasured: null, assetsNotFound: [] },
      'fw-review': { title: 'Firewall rules review', every: 'week', category: 'Security', assetType: null, assets: 1, due: 12, done: reviewDone, compliance: reviewDone / 12, notMeasured: null, assetsNotFound: ['FW-9'] },
    },
    byType: { network: { due: 12, done: reviewDone, compliance: reviewDone / 12 }, server: { due: 6, done: restoreDone, compliance: restoreDone / 6 } },
    byClient: { Bistro: { due: 18, done: restoreDone + reviewDone, compliance: (restoreDone + reviewDone) / 18 } },
    schedules: [
      {
        taskId: 'restore',
        title: 'Restore test',
        every: 'month',
        windows: months.slice(0, 3).map((start, m) => ({ start, end: months[m + 1]!, due: 2, done: m === 1 && scale === 1 ? 1 : 2 })),
        assetCount: 2,
        assetsWithMisses: scale === 1 ? 1 : 0,
        assets: [
          { assetId: 'SRV-02', client: 'Bistro', type: 'server', due: 3, done: scale === 1 ? 2 : 3, cells: scale === 1 ? 'dmd' : 'ddd' },
          { assetId: 'SRV-01', client: 'Bistro', type: 'server', due: 3, done: 3, cells: 'ddd' },
        ],
      },
      {
        taskId: 'fw-review',
        title: 'Firewall rules review',
        every: 'week',
        windows: weeks.slice(0, 12).map((start, w) => ({ start, end: weeks[w + 1]!, due: 1, done: w === 4 ? 0 : 1 })),
        assetCount: 1,
        assetsWithMisses: 1,
        assets: [{ assetId: 'NET-01', client: 'Bistro', type: 'network', due: 12, done: reviewDone, cells: 'ddddmddddddd'.slice(0, 12) }],
      },
    ],
    missed: [
      { taskId: 'restore', assetId: 'SRV-02', client: 'Bistro', windowStart: months[1]!, windowEnd: months[2]! },
      { taskId: 'fw-review', assetId: 'NET-01', client: 'Bistro', windowStart: weeks[4]!, windowEnd: weeks[5]! },
    ],
    missedCount: 18 - restoreDone - reviewDone,
    openWindows: [],
    openWindowCount: 0,
    openWindowsDone: 0,
    effort: {
      preventiveHours: 66.8 * scale,
      labourHours: 318 * scale,
      share: 66.8 / 318,
      correctiveIncidents: Math.round(140 * scale),
      byType: { server: { preventiveHours: 30 * scale, correctiveIncidents: Math.round(12 * scale) }, printer: { preventiveHours: 8 * scale, correctiveIncidents: Math.round(30 * scale) } },
    },
    trend: ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'].map((month, m) => ({
      month,
      preventiveHours: 10 + m * 1.5,
      labourHours: 100,
      share: (10 + m * 1.5) / 100,
      correctiveIncidents: 60 - m * 2,
    })),
    notMeasured: [],
  };
}

function kpis(scale: number): KpiSet {
  const s = (n: number) => Math.round(n * scale);
  const tcoAssets = {
    'SRV-01': { total: 0, type: 'server', client: 'Bistro', byCategory: breakdown({ acquisition: 1250, contracts: 600, corrective: 816 * scale, downtime: 420 * scale }) },
    'PRN-01': { total: 0, type: 'printer', client: 'Cabinet Leroy', byCategory: breakdown({ acquisition: 90, contracts: 150, corrective: 1190 * scale, downtime: 260 * scale }) },
    'LAP-003': { total: 0, type: 'laptop', client: 'Atelier Nord', byCategory: breakdown({ acquisition: 210, licences: 75, corrective: 340 * scale, evolutive: 136 }) },
    'NET-01': { total: 0, type: 'network', client: 'Bistro', byCategory: breakdown({ acquisition: 180, contracts: 240, proactive: 204, downtime: 96 * scale }) },
  };
  for (const asset of Object.values(tcoAssets)) asset.total = sum(asset.byCategory);
  const unallocated = breakdown({ preventive: 680, unclassified: 150 * scale });
  const byCategory = breakdown({});
  for (const b of [...Object.values(tcoAssets).map((a) => a.byCategory), unallocated]) {
    for (const key of Object.keys(byCategory) as (keyof Measured)[]) byCategory[key] += b[key];
  }
  const total = sum(byCategory);
  const typeOf = (type: string) => {
    const b = breakdown({});
    for (const a of Object.values(tcoAssets)) if (a.type === type) for (const key of Object.keys(b) as (keyof Measured)[]) b[key] += a.byCategory[key];
    return { total: sum(b), byCategory: b };
  };

  return {
    sla: {
      responseMeasured: true,
      tickets: s(212),
      withoutTarget: s(9),
      cancelled: 0,
      source: { response: null, resolution: null },
      response: outcome(s(188), s(11), s(4), 0.4, 1.6),
      resolution: outcome(s(171), s(26), s(6), 5.5, 21),
      byPriority: {
        P1: pair([s(8), 0, 0], [s(7), s(1), 0]),
        P2: pair([s(41), s(3), 1], [s(36), s(7), 1]),
        P3: pair([s(102), s(6), 2], [s(95), s(13), 4]),
        P4: pair([s(37), s(2), 1], [s(33), s(5), 1]),
      },
      byClient: {
        Bistro: pair([s(70), s(4), 1], [s(64), s(9), 2]),
        'Cabinet Leroy': pair([s(62), s(5), 2], [s(55), s(12), 2]),
        'Atelier Nord': pair([s(56), s(2), 1], [s(52), s(5), 2]),
      },
      byCategory: {
        Printer: pair([s(40), s(4), 1], [s(33), s(11), 1]),
        Network: pair([s(52), s(2), 1], [s(49), s(5), 2]),
        Workstation: pair([s(96), s(5), 2], [s(89), s(10), 3]),
      },
      byMonth: [
        { month: '2026-07', ...pair([s(64), s(3), 0], [s(60), s(7), 0]) },
        { month: '2026-08', ...pair([s(55), s(2), 0], [s(51), s(6), 0]) },
        { month: '2026-09', ...pair([s(69), s(6), s(4)], [s(60), s(13), s(6)]) },
      ],
      breaches: [
        { id: 'T-10482', priority: 'P2', client: 'Cabinet Leroy', category: 'Printer', title: 'Imprimante RDC <b>bloquée</b> & "bourrage"', target: 'resolution', openedAt: '2026-09-03T07:12:00.000Z', elapsedHours: 31.5, targetHours: 8, overrunHours: 23.5, open: false },
        { id: 'T-10517', priority: 'P1', client: 'Bistro', category: 'Network', title: 'Internet down at the restaurant', target: 'resolution', openedAt: '2026-09-11T10:40:00.000Z', elapsedHours: 9.25, targetHours: 4, overrunHours: 5.25, open: false },
        { id: 'T-10603', priority: 'P3', client: 'Atelier Nord', category: 'Workstation', title: 'Poste CAO lent au démarrage', target: 'resolution', openedAt: '2026-09-24T13:05:00.000Z', elapsedHours: 40, targetHours: 24, overrunHours: 16, open: true },
        { id: 'T-10388', priority: 'P2', client: 'Bistro', category: 'Workstation', title: null, target: 'response', openedAt: '2026-08-18T06:55:00.000Z', elapsedHours: 2.75, targetHours: 1, overrunHours: 1.75, open: false },
      ],
      ticketIds: {
        response: { breached: ['T-10388'], pending: ['T-10611'] },
        resolution: { breached: ['T-10482', 'T-10517', 'T-10603'], pending: ['T-10611', 'T-10612'] },
      },
      breachCount: 4,
      elapsedHistogram: {
        bucketsHours: [1, 2, 4, 8, 24, 48, 72],
        response: [7, 2, 1, 0, 0, 0, 0, 0],
        resolution: [1, 2, 2, 3, 4, 2, 0, 0],
      },

    },
    recurrence: {
      incidents: s(146),
      withKey: s(131),
      withoutKey: s(146) - s(131),
      cancelled: 0,
      repeats: s(23),
      keyedShare: s(131) / s(146),
      minKeyedShare: 0.5,
      rate: s(23) / s(131),
      problems: [
        { key: 'PRN-01 · Printer', keyFields: { assetId: 'PRN-01', category: 'Printer' }, count: 6, first: '2026-07-02T08:10:00.000Z', last: '2026-09-03T07:12:00.000Z', ticketIds: ['T-10102', 'T-10166', 'T-10231', 'T-10307', 'T-10420', 'T-10482'] },
        { key: 'SRV-01 · Server', keyFields: { assetId: 'SRV-01', category: 'Server' }, count: 4, first: '2026-06-20T09:00:00.000Z', last: '2026-09-15T16:30:00.000Z', ticketIds: ['T-09980', 'T-10215', 'T-10399', 'T-10540'] },
        { key: 'NET-01 · Network', keyFields: { assetId: 'NET-01', category: 'Network' }, count: 3, first: '2026-08-01T07:00:00.000Z', last: '2026-09-11T10:40:00.000Z', ticketIds: ['T-10301', 'T-10455', 'T-10517'] },
      ],
      byMonth: [
        { month: '2026-07', incidents: s(45), repeats: s(6) },
        { month: '2026-08', incidents: s(41), repeats: s(7) },
        { month: '2026-09', incidents: s(60), repeats: s(10) },
      ],
      byCategory: { Printer: { incidents: s(38), repeats: s(11) }, Network: { incidents: s(29), repeats: s(5) }, Workstation: { incidents: s(79), repeats: s(7) } },
      repeatIds: ['T-10166', 'T-10231', 'T-10307'],
    },
    reliability: {
      fleet: { assets: 42, failures: s(57), unknownDurations: 0, uptimeHours: 90_640, downtimeHours: 214 * scale, mtbfHours: 90_640 / s(57), mtbfLowerHours: 1330 / scale, mtbfUpperHours: 1980 / scale, mttrHours: 3.8, availability: 90_640 / (90_640 + 214 * scale), mtbsiHours: 90_640 / s(57) + 3.8 },
      byType: {
        laptop: { assets: 24, failures: s(21), unknownDurations: 0, uptimeHours: 52_900, downtimeHours: 61, mtbfHours: 52_900 / s(21), mtbfLowerHours: 1820 / scale, mtbfUpperHours: 3550 / scale, mttrHours: 2.9, availability: 0.9988, mtbsiHours: 52_900 / s(21) + 2.9 },
        server: { assets: 3, failures: s(9), unknownDurations: 0, uptimeHours: 6590, downtimeHours: 34, mtbfHours: 6590 / s(9), mtbfLowerHours: 420 / scale, mtbfUpperHours: 1290 / scale, mttrHours: 3.8, availability: 0.9949, mtbsiHours: 6590 / s(9) + 3.8 },
        printer: { assets: 6, failures: s(19), unknownDurations: 0, uptimeHours: 13_150, downtimeHours: 98, mtbfHours: 13_150 / s(19), mtbfLowerHours: 480 / scale, mtbfUpperHours: 1010 / scale, mttrHours: 5.2, availability: 0.9926, mtbsiHours: 13_150 / s(19) + 5.2 },
        network: { assets: 9, failures: s(8), unknownDurations: 0, uptimeHours: 18_000, downtimeHours: 21, mtbfHours: 18_000 / s(8), mtbfLowerHours: 1290 / scale, mtbfUpperHours: 4390 / scale, mttrHours: 2.6, availability: 0.9988, mtbsiHours: 18_000 / s(8) + 2.6 },
        tablet: { assets: 2, failures: 0, unknownDurations: 0, uptimeHours: 4416, downtimeHours: 0, mtbfHours: null, mtbfLowerHours: 1918, mtbfUpperHours: null, mttrHours: null, availability: 1, mtbsiHours: null },
      },
      byClient: {},
      byAsset: {
        'PRN-01': { assets: 1, failures: 6, unknownDurations: 0, uptimeHours: 2150, downtimeHours: 58, mtbfHours: 358.3, mtbfLowerHours: 196, mtbfUpperHours: 748, mttrHours: 9.7, availability: 0.9737, mtbsiHours: 368, type: 'printer', client: 'Cabinet Leroy', laplaceU: 2.1, crowBeta: 1.9, accelerating: true, lastGapHours: null, ticketIds: ['T-10102', 'T-10166', 'T-10231', 'T-10307', 'T-10420', 'T-10482'] },
        'SRV-01': { assets: 1, failures: 4, unknownDurations: 0, uptimeHours: 2180, downtimeHours: 28, mtbfHours: 545, mtbfLowerHours: 272, mtbfUpperHours: 1372, mttrHours: 7, availability: 0.9873, mtbsiHours: 552, type: 'server', client: 'Bistro', laplaceU: 0.8, crowBeta: 1.2, accelerating: false, lastGapHours: null, ticketIds: ['T-10215', 'T-10399', 'T-10540'] },
        'NET-01': { assets: 1, failures: 3, unknownDurations: 0, uptimeHours: 2200, downtimeHours: 8, mtbfHours: 733, mtbfLowerHours: 330, mtbfUpperHours: 2300, mttrHours: 2.7, availability: 0.9964, mtbsiHours: 736, type: 'network', client: 'Bistro', laplaceU: 1.9, crowBeta: 2.4, accelerating: true, lastGapHours: null, ticketIds: ['T-10301', 'T-10455', 'T-10517'] },
        'LAP-003': { assets: 1, failures: 1, unknownDurations: 0, uptimeHours: 2205, downtimeHours: 3, mtbfHours: 2205, mtbfLowerHours: 569, mtbfUpperHours: 43_000, mttrHours: 3, availability: 0.9986, mtbsiHours: 2208, type: 'laptop', client: 'Atelier Nord', laplaceU: null, crowBeta: null, accelerating: false, lastGapHours: null, ticketIds: ['T-10603'] },
        'TAB-01': { assets: 1, failures: 0, unknownDurations: 0, uptimeHours: 2208, downtimeHours: 0, mtbfHours: null, mtbfLowerHours: 959, mtbfUpperHours: null, mttrHours: null, availability: 1, mtbsiHours: null, type: 'tablet', client: 'Atelier Nord', laplaceU: null, crowBeta: null, accelerating: false, lastGapHours: null, ticketIds: [] },
      },
      unknownAssetIds: ['DSK-999'],
      confidence: 0.9,
      incidents: s(146),
      withAsset: s(131),
      assetShare: s(131) / s(146),
      minAssetShare: 0.5,
      assetFile: true,
    },
    lostHours: {
      totalHours: 1480 * scale,
      perEmployeePerYear: (1480 * scale * 365) / 92 / 85,
      perEmployeePerYearReason: null,
      observedDays: 92,
      benchmark: { low: 50, high: 100 },
      cost: 1480 * scale * 42,
      currency: 'EUR',
      effortHours: 318 * scale,
      incidents: s(146),
      usersAssumed: 0,
      unknownDuration: 0,
      overlapIncidents: 0,
      overlapHours: 0,
      byClient: { Bistro: 610 * scale, 'Cabinet Leroy': 540 * scale, 'Atelier Nord': 330 * scale },
      byCategory: { Network: 720 * scale, Printer: 420 * scale, Workstation: 340 * scale },
      byAsset: { 'NET-01': 480 * scale, 'PRN-01': 300 * scale, 'SRV-01': 240 * scale },
      perEmployeePerYearByClient: { Bistro: (610 * scale * 365) / 92 / 30, 'Cabinet Leroy': (540 * scale * 365) / 92 / 35, 'Atelier Nord': null },
    },
    tco: {
      total,
      complete: true,
      excluded: [],
      perUser: total / 85,
      currency: 'EUR',
      unallocated: sum(unallocated),
      labour: { directCost: 1200 * scale, effortHours: 318 * scale, technicianCost: 318 * scale * 68 },
      withoutPurchaseCost: 0,
      byCategory,
      byType: { server: typeOf('server'), printer: typeOf('printer'), laptop: typeOf('laptop'), network: typeOf('network') },
      byClient: {},
      byAsset: tcoAssets,
    },
    fleet: {
      maintenanceMix: { corrective: 0.62, preventive: 0.21, evolutive: 0.12, proactive: 0.05 },
      maintenanceHours: { corrective: 197.2, preventive: 66.8, evolutive: 38.2, proactive: 15.8 },
      backlog: { open: 12, byAge: { '<1d': 3, '1-7d': 5, '7-30d': 3, '>30d': 1 }, oldestHours: 1010, ticketIds: ['T-10611', 'T-10612'] },
      outOfWarranty: { count: 9, assetIds: ['PRN-01', 'SRV-01'] },
      pastUsefulLife: { count: 4, assetIds: ['PRN-01'] },
      warrantyExpiringSoon: { count: 2, assets: [{ id: 'LAP-002', warrantyEnd: '2026-11-14T00:00:00.000Z' }, { id: 'NET-01', warrantyEnd: '2026-12-01T00:00:00.000Z' }] },
      ages: FLEET_AGES,
    },
    preventive: preventive(scale),
    // The period's own volume (2026-Q3), or the previous period's (2026-Q2).
    volume: sampleVolume(scale === 1),
  };
}

/** The sample report, for a period label and a language (the figures do not depend on them). */
export function sampleReport(options: { period?: string; language?: 'en' | 'fr'; client?: string | null } = {}): Report {
  const current = kpis(1);
  const previous = kpis(0.85);
  const fr = options.language === 'fr';
  return {
    version: 2,
    language: fr ? 'fr' : 'en',
    period: { label: options.period ?? '2026-Q3', start: '2026-06-30T22:00:00.000Z', end: '2026-09-30T22:00:00.000Z', kind: 'quarter', chosenBy: 'given' },
    asOf: '2026-09-30T16:42:00.000Z',
    client: options.client ?? null,
    clients: ['Atelier Nord', 'Bistro', 'Cabinet Leroy'],
    timezone: 'Europe/Paris',
    currency: 'EUR',
    assetsSource: 'file',
    retiredWithoutDate: [],
    coverage: { firstOpenedAt: '2026-01-02T07:30:00.000Z', lastOpenedAt: '2026-09-30T15:10:00.000Z', ticketsInPeriod: 212, covered: true, partial: false, days: { covered: 92, total: 92 } },
    // The accepted tickets of the file by type (Σ = 2405).
    ticketTypes: { tickets: 2405, incidents: 1502, byType: { incident: 1502, request: 771, change: 118, problem: 14 }, noIncidentType: false },
    assumptions: [],
    notMeasured: [],
    dataQuality: {
      tickets: {
        file: 'tickets.csv',
        preset: { name: 'canonical', score: 1 },
        rowsRead: 2412,
        accepted: 2405,
        rejected: 7,
        blank: 1,
        skippedBeforeHeader: 0,
        merged: 0,
        reasons: { 'missing-opened-at': 4, 'missing-id': 3 },
        warnings: { 'resolved-before-opened': 2, 'unknown-priority': 5 },
        issues: [
          { code: 'missing-opened-at', severity: 'rejected', row: 88, column: 'openedAt', message: 'openedAt is empty' },
          { code: 'missing-id', severity: 'rejected', row: 412, column: 'id', message: 'id is empty' },
          { code: 'unknown-priority', severity: 'warning', row: 97, column: 'priority', message: 'priority "Urgent!!" is not in the value map' },
        ],
        unmappedColumns: ['Technician group'],
      },
      assets: {
        file: 'assets.csv',
        preset: { name: 'canonical', score: 1 },
        rowsRead: 42,
        accepted: 42,
        rejected: 0,
        blank: 0,
        skippedBeforeHeader: 0,
        merged: 0,
        reasons: {},
        warnings: {},
        issues: [],
        unmappedColumns: [],
      },
    },
    previous: {
      period: { label: '2026-Q2', start: '2026-03-31T22:00:00.000Z', end: '2026-06-30T22:00:00.000Z', kind: 'quarter' },
      coverage: { firstOpenedAt: '2026-01-02T07:30:00.000Z', lastOpenedAt: '2026-09-30T15:10:00.000Z', ticketsInPeriod: 180, covered: true, partial: false, days: { covered: 91, total: 91 } },
      ...previous,
    },
    ...current,
    ...sampleContent(),
    findings: [
      {
        kind: 'recurring-problem',
        severity: 'high',
        message: fr ? 'PRN-01 · Printer : 6 incidents en 2 mois, le même problème revient.' : 'PRN-01 · Printer: 6 incidents in 2 months, the same problem keeps coming back.',
        evidence: { key: 'PRN-01 · Printer', count: 6, ticketIds: ['T-10102', 'T-10482'] },
      },
      {
        kind: 'accelerating-failures',
        severity: 'medium',
        message: fr ? 'NET-01 tombe en panne de plus en plus souvent\u202f: 3 pannes ce trimestre.' : 'NET-01 fails more and more often: 3 failures this quarter.',
        evidence: { assetId: 'NET-01', laplaceU: 1.9 },
      },
      {
        kind: 'lost-hours-above-benchmark',
        severity: 'low',
        message: fr ? '69 h perdues par salarié et par an, dans la fourchette de référence 50–100 h.' : '69 h lost per employee per year, within the 50–100 h benchmark.',
        evidence: { perEmployeePerYear: 69 },
      },
    ],
  };
}
