/**
 * The review content of the sample report (volume, backlog over time, 12-month trend,
 * replacement plan): hand-written, plausible and consistent (Σ groups = total, backlog = previous
 * + opened − closed, budget = Σ of the plan), for unit tests and the engine-less UI.
 */
import type { ReplacementAsset, ReplacementBudget, ReviewContent, VolumeBreakdown, VolumeResult } from '@revue/kpi-core';

function ids(prefix: string, count: number, max = 200): string[] {
  return Array.from({ length: Math.min(count, max) }, (_, i) => `${prefix}-${10_000 + i}`);
}

function breakdown(prefix: string, groups: Array<[string, number]>, other: [number, number] = [0, 0]): VolumeBreakdown {
  return {
    groups: groups.map(([key, tickets], g) => ({ key, tickets, ticketIds: ids(`${prefix}${g}`, tickets) })),
    otherGroups: other[0],
    otherTickets: other[1],
  };
}

const MONTHS = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'];
const OPENED = [281, 257, 241, 286, 229, 286, 244, 219, 268, 249, 164, 291];
const CLOSED = [267, 250, 244, 289, 218, 292, 239, 212, 284, 252, 163, 289];

function budget(key: string, assets: number, cost: number, withoutCost = 0): ReplacementBudget {
  return { key, assets, cost, withoutCost, byReason: { 'past-useful-life': key === '2026-09' || key === '2026-Q3' ? cost : 0, 'useful-life-ends': key === '2026-09' || key === '2026-Q3' ? 0 : cost / 2, 'warranty-ends': key === '2026-09' || key === '2026-Q3' ? 0 : cost / 2 } };
}

const PLAN: ReplacementAsset[] = [
  {
    id: 'PRN-01', name: 'Printer, ground floor', type: 'printer', client: 'Cabinet Leroy', site: 'Lyon', reasons: ['past-useful-life'],
    dueAt: '2024-03-01T00:00:00.000Z', budgetMonth: '2026-09', inServiceDate: '2021-03-01T00:00:00.000Z', usefulLifeEnd: '2024-03-01T00:00:00.000Z',
    warrantyEnd: '2023-03-01T00:00:00.000Z', ageMonths: 66, replacementCost: 1800, replacementCostReason: null, correctiveCost: 1190, correctiveCostReason: null,
  },
  {
    id: 'SRV-01', name: 'ERP server', type: 'server', client: 'Bistro', site: null, reasons: ['warranty-ends', 'useful-life-ends'],
    dueAt: '2026-11-15T00:00:00.000Z', budgetMonth: '2026-11', inServiceDate: '2022-01-10T00:00:00.000Z', usefulLifeEnd: '2027-01-10T00:00:00.000Z',
    warrantyEnd: '2026-11-15T00:00:00.000Z', ageMonths: 56, replacementCost: 6400, replacementCostReason: null, correctiveCost: 816, correctiveCostReason: null,
  },
  {
    id: 'NET-01', name: 'Firewall', type: 'network', client: 'Bistro', site: 'Paris', reasons: ['useful-life-ends'],
    dueAt: '2027-04-01T00:00:00.000Z', budgetMonth: '2027-04', inServiceDate: '2022-04-01T00:00:00.000Z', usefulLifeEnd: '2027-04-01T00:00:00.000Z',
    warrantyEnd: null, ageMonths: 53, replacementCost: null, replacementCostReason: 'no-purchase-cost', correctiveCost: 0, correctiveCostReason: null,
  },
];

/**
 * The sample ticket volume of a period: 2026-Q3 (`current`), or 2026-Q2 (the previous period,
 * whose incidents per month are the trend's April–June). The volume is a figure of each period.
 */
export function sampleVolume(current: boolean): VolumeResult {
  if (!current) {
    return {
      tickets: 690,
      cancelled: 2,
      byType: breakdown('PT', [['incident', 497], ['request', 170], ['change', 22], ['problem', 1]]),
      byCategory: breakdown('PC', [['Hardware > Workstation', 121], ['Software > Mail', 44], ['Account > Password', 41], ['Network > Wi-Fi', 37], ['(none)', 11]], [22, 436]),
      byPriority: breakdown('PP', [['P4', 280], ['P3', 279], ['P2', 63], ['P5', 51], ['P1', 17]]),
      bySite: breakdown('PS', [['Lyon', 308], ['(none)', 254], ['Paris', 128]]),
      byMonth: [
        { month: '2026-04', tickets: 240, byType: breakdown('PM4', [['incident', 169], ['request', 62], ['change', 9]]) },
        { month: '2026-05', tickets: 206, byType: breakdown('PM5', [['incident', 143], ['request', 56], ['change', 7]]) },
        { month: '2026-06', tickets: 244, byType: breakdown('PM6', [['incident', 185], ['request', 52], ['change', 6], ['problem', 1]]) },
      ],
      groupsPerBreakdown: 50,
      idsPerGroup: 200,
    };
  }
  return {
    tickets: 704,
    cancelled: 3,
    byType: breakdown('T', [['incident', 471], ['request', 202], ['change', 29], ['problem', 2]]),
    byCategory: breakdown('C', [['Hardware > Workstation', 125], ['Software > Mail', 46], ['Account > Password', 45], ['Network > Wi-Fi', 40], ['(none)', 12]], [23, 436]),
    byPriority: breakdown('P', [['P4', 285], ['P3', 284], ['P2', 64], ['P5', 53], ['P1', 18]]),
    bySite: breakdown('S', [['Lyon', 314], ['(none)', 259], ['Paris', 131]]),
    byMonth: [
      { month: '2026-07', tickets: 249, byType: breakdown('M7', [['incident', 174], ['request', 66], ['change', 9]]) },
      { month: '2026-08', tickets: 164, byType: breakdown('M8', [['incident', 105], ['request', 52], ['change', 7]]) },
      { month: '2026-09', tickets: 291, byType: breakdown('M9', [['incident', 192], ['request', 84], ['change', 13], ['problem', 2]]) },
    ],
    groupsPerBreakdown: 50,
    idsPerGroup: 200,
  };
}

/** The sample review content (period 2026-Q3, asOf 2026-09-30). */
export function sampleContent(): ReviewContent {
  let open = 0;
  return {
    backlogTrend: {
      months: MONTHS.map((month, m) => {
        open += OPENED[m]! - CLOSED[m]!;
        return {
          month,
          inPeriod: m >= 9,
          opened: OPENED[m]!,
          closed: CLOSED[m]!,
          closedAtUnknownTime: 0,
          open,
          countedAt: m === 11 ? '2026-09-30T16:42:00.000Z' : `${MONTHS[m + 1]}-01T00:00:00.000Z`,
          openedIds: ids(`O${m}`, OPENED[m]!),
          closedIds: ids(`X${m}`, CLOSED[m]!),
        };
      }),
      openAtStart: 0,
      // The end of June 2026 (2026-Q3 starts in July, the tenth month): the running sum of the nine months before.
      openAtPeriodStart: MONTHS.slice(0, 9).reduce((sum, _, m) => sum + OPENED[m]! - CLOSED[m]!, 0),
      idsPerMonth: 200,
    },
    trend: {
      months: ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06', '2026-07', '2026-08', '2026-09'],
      covered: Array.from({ length: 12 }, () => true),
      partial: Array.from({ length: 12 }, () => false),
      inPeriod: Array.from({ length: 12 }, (_, m) => m >= 9),
      responseMeasured: true,
      series: {
        incidents: [175, 146, 152, 196, 142, 188, 169, 143, 185, 174, 105, 192],
        slaResolution: [0.966, 0.941, 0.959, 0.948, 0.943, 0.974, 0.957, 0.724, 0.935, 0.974, 0.896, 0.962],
        slaResponse: [0.974, 0.962, 0.964, 0.974, 0.971, 0.977, 0.987, 0.89, 0.976, 0.947, 0.961, 0.977],
        recurrenceRate: [0.266, 0.24, 0.301, 0.309, 0.34, 0.31, 0.363, 0.293, 0.333, 0.347, 0.333, 0.271],
        mtbfHours: [1884, 2094, 2026, 1551, 2003, 1635, 1808, 2284, 1799, 1773, 2871, 1717],
        availability: [0.981, 0.98, 0.979, 0.974, 0.98, 0.972, 0.976, 0.958, 0.975, 0.972, 0.985, 0.978],
        lostHours: [1509, 1446, 2166, 2624, 1993, 2653, 1738, 3559, 2046, 3098, 2071, 2500],
        lostHoursPerEmployeePerYear: [58, 58, 84, 101, 85, 102, 69, 137, 82, 120, 80, 100],
        cost: [105445, 101285, 129133, 149282, 118273, 156101, 108210, 180048, 123122, 169767, 115777, 143261],
      },
      notMeasured: [],
      costExcluded: [],
    },
    replacement: {
      horizon: { start: '2026-08-31T22:00:00.000Z', end: '2027-08-31T22:00:00.000Z', months: 12 },
      inventory: true,
      assets: PLAN,
      count: 3,
      listed: 500,
      cost: 8200,
      withoutCost: 1,
      byMonth: ['2026-09', '2026-10', '2026-11', '2026-12', '2027-01', '2027-02', '2027-03', '2027-04', '2027-05', '2027-06', '2027-07', '2027-08'].map((key) =>
        key === '2026-09' ? budget(key, 1, 1800) : key === '2026-11' ? budget(key, 1, 6400) : key === '2027-04' ? budget(key, 1, 0, 1) : budget(key, 0, 0),
      ),
      byQuarter: [budget('2026-Q3', 1, 1800), budget('2026-Q4', 1, 6400), budget('2027-Q1', 0, 0), budget('2027-Q2', 1, 0, 1), budget('2027-Q3', 0, 0)],
      withoutDates: 2,
      subscriptions: 1,
    },
  };
}
