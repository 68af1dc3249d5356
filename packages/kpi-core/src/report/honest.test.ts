/**
 * Issue 10, "Honest figures": coverage of each period, figures that cannot be measured (null with
 * their reason), assumptions, client matching. Each expectation says where it comes from.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport, clientsOf } from './build.js';
import { foldClientName, matchClient } from './clients.js';
import { reportToMarkdown } from './markdown.js';
import type { KpiSet, Report } from './types.js';

type Row = Parameters<typeof ticketsFromRows>[0][number];

/** A P2 incident on `assetId`, answered after 10 min, resolved after `hours` (UTC). */
function incident(id: string, opened: string, hours: number, extra: Partial<Row> = {}): Row {
  const start = Date.parse(opened);
  return { id, openedAt: start, firstResponseAt: start + 600_000, resolvedAt: start + hours * 3_600_000, priority: 'P2', assetId: 'PC-1', client: 'Alpha', ...extra };
}

const FULL_DOCUMENT = {
  sla: { P2: { response: '1h', resolution: '8h', clock: '24x7' } },
  rates: { userHourly: 40, technicianHourly: 60, currency: 'EUR' },
  headcount: 10,
  impactFactors: { outage: 1, degraded: 0.5, minor: 0.1 },
  priorityImpact: { P1: 1, P2: 0.5, P3: 0.25, P4: 0.1, P5: 0 },
  timezone: 'UTC',
  calendar: { hours: { mon: ['09:00-17:00'] }, holidays: { country: null } },
  recurrence: { key: ['assetId', 'category'], windowDays: 30, minOccurrences: 3, minKeyedShare: 0.5 },
  usefulLifeMonths: { default: 48 },
  confidence: 0.9,
  minAssetShare: 0.5,
  slaAdherenceTarget: 0.9,
};
const full = parsePolicy(FULL_DOCUMENT);

// Six incidents in 2026-Q1 (the data starts on Thu 1 Jan 2026), six in 2026-Q2.
const rows: Row[] = [
  ...[1, 2, 3, 4, 5, 6].map((d) => incident(`Q1-${d}`, `2026-01-0${d}T09:00:00Z`, 2)),
  ...[1, 2, 3, 4, 5, 6].map((d) => incident(`Q2-${d}`, `2026-05-0${d}T09:00:00Z`, 2, { client: d > 3 ? 'Bistro Lumière' : 'Alpha' })),
];
const tickets = ticketsFromRows(rows);

/** Every number in a period's KPI figures, except the constants (benchmark, confidence, histogram buckets) and fleet's state at asOf. */
function numbersIn(kpis: KpiSet): number[] {
  const found: number[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') found.push(value);
    else if (Array.isArray(value)) value.forEach((item, i) => walk(item, `${path}[${i}]`));
    else if (value !== null && typeof value === 'object') {
      for (const [key, inner] of Object.entries(value)) {
        // Settings shown beside the figures, not figures.
        if (['benchmark', 'confidence', 'minKeyedShare', 'minAssetShare', 'bucketsHours'].includes(key)) continue;
        walk(inner, `${path}.${key}`);
      }
    }
  };
  const { sla, recurrence, reliability, lostHours, tco, fleet } = kpis;
  walk({ sla, recurrence, reliability, lostHours, tco, maintenance: [fleet.maintenanceMix, fleet.maintenanceHours] }, '');
  return found;
}

describe('coverage: no figures for a period the data does not cover', () => {
  it('compares the first quarter of the data with nothing, not with zeros', () => {
    const report = buildReport({ tickets, policy: full }, { period: '2026-Q1' });
    // The data spans 1 Jan 09:00 … 6 May 09:00 2026; 2026-Q1 holds the six Q1 tickets.
    expect(report.coverage).toEqual({
      firstOpenedAt: '2026-01-01T09:00:00.000Z', lastOpenedAt: '2026-05-06T09:00:00.000Z', ticketsInPeriod: 6, covered: true, partial: false,
      // Jan 31 + Feb 28 + Mar 31 = 90 days, all covered (the data starts on 1 Jan).
      days: { covered: 90, total: 90 },
    });
    // 2025-Q4 ends before the first ticket: not covered, every figure null — not 0 incidents,
    // not 100 % availability, not 0 € of costs.
    expect(report.previous.coverage).toMatchObject({ ticketsInPeriod: 0, covered: false, partial: false });
    expect(report.previous.recurrence.incidents).toBeNull();
    expect(report.previous.reliability.fleet.availability).toBeNull();
    expect(report.previous.reliability.fleet.failures).toBeNull();
    expect(report.previous.lostHours.totalHours).toBeNull();
    expect(report.previous.tco.total).toBeNull();
    expect(report.previous.sla.resolution).toBeNull();
    expect(numbersIn(report.previous)).toEqual([]);
    expect(report.notMeasured.filter((entry) => entry.figure.startsWith('previous.'))).toEqual([
      { figure: 'previous.sla', reason: 'outside-data' },
      { figure: 'previous.recurrence', reason: 'outside-data' },
      { figure: 'previous.reliability', reason: 'outside-data' },
      { figure: 'previous.lostHours', reason: 'outside-data' },
      { figure: 'previous.tco', reason: 'outside-data' },
      { figure: 'previous.preventive', reason: 'outside-data' },
      { figure: 'previous.fleet.maintenanceMix', reason: 'outside-data' },
    ]);
    // The current period is measured: 6 incidents, 2 h each.
    expect(report.recurrence.incidents).toBe(6);
  });

  it('has no figure at all for a period before any ticket, even with an asset file', () => {
    const assets = assetsFromRows([{ id: 'PC-1', purchaseCost: 1200, inServiceDate: '2019-01-01', contractCostPerYear: 100 }]);
    const report = buildReport({ tickets, assets, policy: full }, { period: '2020-Q1' });
    expect(report.coverage.covered).toBe(false);
    expect(numbersIn(report)).toEqual([]);
    expect(report.reliability.fleet.availability).toBeNull();
    expect(report.tco.byCategory.acquisition).toBeNull();
    expect(report.notMeasured.slice(0, 5).map((entry) => `${entry.figure}:${entry.reason}`)).toEqual([
      'sla:outside-data', 'recurrence:outside-data', 'reliability:outside-data', 'lostHours:outside-data', 'tco:outside-data',
    ]);
    // The state at asOf (backlog, warranties) is still there.
    expect(report.fleet.backlog.open).toBe(0);
    expect(report.findings.filter((finding) => finding.kind !== 'warranty-expiring')).toEqual([]);
    const markdown = reportToMarkdown(report);
    // Neither period covered: no figure, and no column for a previous period the data do not cover either.
    expect(markdown).toContain('| Availability | n/a |\n');
    expect(markdown).toContain('| Incidents | n/a |\n');
  });

  it('marks a period partly covered: the data starts after its first day, or it is not over at asOf', () => {
    // 2026-01-01..2026-01-31: the data starts on its first day: not partial (asOf is 6 May).
    expect(buildReport({ tickets, policy: full }, { period: '2026-01' }).coverage.partial).toBe(false);
    // 2025-12-15..2026-01-14: starts before the first ticket's day, and holds tickets: partial.
    expect(buildReport({ tickets, policy: full }, { period: '2025-12-15..2026-01-14' }).coverage).toMatchObject({ covered: true, partial: true, ticketsInPeriod: 6 });
    // 2026-Q2 ends on 1 Jul, after asOf (6 May 11:00, the last resolution): partial.
    const q2 = buildReport({ tickets, policy: full }, { period: '2026-Q2' });
    expect(q2.coverage).toMatchObject({ covered: true, partial: true });
    expect(reportToMarkdown(q2)).toContain('(partly covered by the data)');
  });

  it('counts the days of a period the data covers, so a partial period says how partial', () => {
    // 2025-12-15..2026-01-14 is 31 days (17 in Dec, 14 in Jan); the data starts on 1 Jan: 14 covered.
    expect(buildReport({ tickets, policy: full }, { period: '2025-12-15..2026-01-14' }).coverage.days).toEqual({ covered: 14, total: 31 });
    // 2026-Q2 (91 days) at asOf 6 May 11:00: 1 Apr … 5 May are over, 35 days; 6 May is not.
    const q2 = buildReport({ tickets, policy: full }, { period: '2026-Q2' });
    expect(q2.coverage.days).toEqual({ covered: 35, total: 91 });
    // Its previous period, 2026-Q1, is wholly covered: 90 of 90.
    expect(q2.previous.coverage!.days).toEqual({ covered: 90, total: 90 });
    // The review says over which days its figures count, when no comparison's reason says it:
    // this small file is no evidence that the export starts on 1 Jan (`observedFromSpan`), so its
    // figures count the period from 15 Dec (DESIGN §5), and the sentence says so.
    const december = buildReport({ tickets, policy: full }, { period: '2025-12-15..2026-01-14' });
    expect(december.coverage.fromPeriodStart).toBe(true);
    expect(reportToMarkdown(december)).toContain('Data covers 14 of the 31 days of this period: too few tickets to show that the export starts later, so every figure counts the period from its first day.');
    const decemberFr = buildReport({ tickets, policy: full }, { period: '2025-12-15..2026-01-14', language: 'fr' });
    expect(reportToMarkdown(decemberFr)).toContain('Les données couvrent 14 des 31 jours de cette période\u202f: trop peu de tickets pour montrer que l’export commence plus tard, chaque chiffre porte donc sur la période depuis son premier jour.');
    // A month after the data: not covered, 0 of its 31 days.
    expect(buildReport({ tickets, policy: full }, { period: '2026-08' }).coverage.days).toEqual({ covered: 0, total: 31 });
  });

  it('property: covered days are fewer than the days exactly when the period is partial', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 200 }), fc.integer({ min: 1, max: 120 }), (offset, length) => {
        const start = new Date(Date.UTC(2025, 10, 1) + offset * 86_400_000).toISOString().slice(0, 10);
        const end = new Date(Date.UTC(2025, 10, 1) + (offset + length - 1) * 86_400_000).toISOString().slice(0, 10);
        const { coverage } = buildReport({ tickets, policy: full }, { period: `${start}..${end}` });
        expect(coverage.days.total).toBe(length);
        expect(coverage.days.covered).toBeGreaterThanOrEqual(0);
        expect(coverage.days.covered < coverage.days.total).toBe(coverage.partial || !coverage.covered);
        if (!coverage.covered) expect(coverage.days.covered).toBe(0);
      }),
      { numRuns: 60 },
    );
  });

  it('leaves out a previous period outside 1970–2100 instead of refusing the period', () => {
    // 1971-01-01 … 2030-12-31 is 21,915 days; the same length before it starts in 1911.
    const report = buildReport({ tickets, policy: full }, { period: '1971-01-01..2030-12-31' });
    expect(report.recurrence.incidents).toBe(12);
    expect(report.previous.period).toBeNull();
    expect(report.previous.coverage).toBeNull();
    expect(numbersIn(report.previous)).toEqual([]);
    expect(report.notMeasured).toContainEqual({ figure: 'previous.sla', reason: 'outside-supported-years' });
  });

  it('property: a period wholly outside the data has no figure; one inside keeps its counts', () => {
    fc.assert(
      fc.property(
        fc.array(fc.record({ day: fc.integer({ min: 0, max: 400 }), hours: fc.integer({ min: 0, max: 100 }), impact: fc.constantFrom('outage', null) }), { minLength: 1, maxLength: 25 }),
        fc.integer({ min: 1, max: 200 }),
        fc.boolean(),
        (list, gapDays, before) => {
          const base = Date.parse('2024-01-01T00:00Z');
          const data = ticketsFromRows(list.map((t, i) => incident(`T${i}`, new Date(base + t.day * 86_400_000).toISOString(), t.hours, { impact: t.impact, effortMinutes: 30, cost: 10 })));
          const first = Math.min(...list.map((t) => t.day));
          const last = Math.max(...list.map((t) => t.day));
          const day = (d: number) => new Date(base + d * 86_400_000).toISOString().slice(0, 10);
          // A 10-day range ending the day before the first ticket, or starting the day after the last.
          const range = before ? `${day(first - gapDays - 9)}..${day(first - gapDays)}` : `${day(last + gapDays)}..${day(last + gapDays + 9)}`;
          const report = buildReport({ tickets: data, policy: full }, { period: range });
          expect(report.coverage.covered).toBe(false);
          expect(numbersIn(report)).toEqual([]);
          expect(report.findings.filter((finding) => finding.kind !== 'warranty-expiring')).toEqual([]);
          // The whole span of the data is covered and counts every incident.
          const whole = buildReport({ tickets: data, policy: full }, { period: `${day(first)}..${day(last)}` });
          expect(whole.coverage.covered).toBe(true);
          expect(whole.recurrence.incidents).toBe(list.length);
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe('measurability: null figures with their reason', () => {
  it('lists every unmeasurable headline figure of a bare export with a default policy', () => {
    // No first response, no effort, no cost, no asset file, no rates, no headcount.
    const bare = ticketsFromRows([
      { id: 'A', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', priority: 'P2', assetId: 'PC-1' },
      { id: 'B', openedAt: '2026-03-03T09:00Z', resolvedAt: '2026-03-03T10:00Z', priority: 'P3' },
    ]);
    const report = buildReport({ tickets: bare, policy: parsePolicy({}) }, { period: '2026-03' });
    expect(report.sla.responseMeasured).toBe(false);
    expect(report.sla.response).toBeNull();
    expect(report.lostHours.cost).toBeNull();
    expect(report.tco.total).toBeNull();
    expect(report.notMeasured.filter((entry) => !entry.figure.startsWith('previous.'))).toEqual([
      { figure: 'sla.response', reason: 'no-response-time' },
      // No incident has a category, so none of the two has the key assetId + category: no rate.
      { figure: 'recurrence.rate', reason: 'too-few-keyed' },
      // No asset file: PC-1 is known only because it failed (A), so the fleet has no uptime, no
      // MTBF, no availability (the failure-free assets are unknown); MTTR is measured.
      { figure: 'reliability.fleet.availability', reason: 'no-assets' },
      { figure: 'reliability.fleet.mtbfHours', reason: 'no-assets' },
      { figure: 'lostHours.cost', reason: 'no-rate' },
      { figure: 'lostHours.perEmployeePerYear', reason: 'no-headcount' },
      { figure: 'lostHours.effortHours', reason: 'not-recorded' },
      { figure: 'tco.byCategory.acquisition', reason: 'no-assets' },
      { figure: 'tco.byCategory.contracts', reason: 'no-assets' },
      { figure: 'tco.byCategory.licences', reason: 'no-assets' },
      { figure: 'tco.labour', reason: 'not-recorded' },
      { figure: 'tco.byCategory.downtime', reason: 'no-rate' },
      { figure: 'tco.perUser', reason: 'no-headcount' },
      { figure: 'fleet.maintenanceMix', reason: 'not-recorded' },
      // No asset file: no warranty end nor in-service date to count at asOf.
      { figure: 'fleet.outOfWarranty', reason: 'no-assets' },
      { figure: 'fleet.pastUsefulLife', reason: 'no-assets' },
      { figure: 'fleet.warrantyExpiringSoon', reason: 'no-assets' },
      // The default policy has no preventive plan, and no ticket has a maintenance type (nor technician time).
      { figure: 'preventive', reason: 'no-plan' },
      { figure: 'preventive.effort.share', reason: 'not-recorded' },
      // No asset file: no replacement plan (the assets named on tickets have no date nor price).
      { figure: 'replacement', reason: 'no-assets' },
    ]);
    // The previous period (February) lies before the data.
    expect(report.previous.coverage!.covered).toBe(false);
  });

  it('gives no €0 of money nothing priced: unallocated costs and zero hours without rates', () => {
    // An incident in February and a request in March, no effort or cost columns, no rates; PC-1
    // bought for 1461 on 1 Jan 2026 over 48 months (1461 days): 1 per day. asOf is the data's last
    // instant, 2 March 11:00 UTC: March's asset costs run to then, 1 March and 11/24 of 2 March
    // (as R's labour that day counts), though coverage counts only the whole day, 1 March.
    const tickets = ticketsFromRows([
      { id: 'I', openedAt: '2026-02-02T09:00Z', resolvedAt: '2026-02-02T10:00Z' },
      { id: 'R', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', type: 'request' },
    ]);
    const assets = assetsFromRows([{ id: 'PC-1', purchaseCost: 1461, inServiceDate: '2026-01-01' }]);
    const report = buildReport({ tickets, assets, policy: parsePolicy({}) }, { period: '2026-03' });
    // A real partial total (the acquisition), but nothing a ticket without an asset costs is measured.
    expect(report.coverage.days).toEqual({ covered: 1, total: 31 });
    expect(report.tco).toMatchObject({ complete: false, unallocated: null });
    expect(report.tco.total).toBeCloseTo(1 + 11 / 24, 9);
    expect(report.notMeasured).toContainEqual({ figure: 'tco.unallocated', reason: 'not-recorded' });
    // No incident, no user rate: not "0 h (€0)".
    expect(report.lostHours).toMatchObject({ totalHours: 0, cost: null });
    expect(report.notMeasured).toContainEqual({ figure: 'lostHours.cost', reason: 'no-rate' });
    expect(report.tco.excluded).toContainEqual({ part: 'downtime', reason: 'no-rate', hours: 0 });
  });

  it('lists the default values the figures used, and only those', () => {
    const bare = ticketsFromRows([
      // P2 on the business clock: sla.P2, the calendar; no impact: priorityImpact.P2.
      { id: 'A', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', priority: 'P2', assetId: 'PC-1', category: 'Disk' },
    ]);
    const assets = assetsFromRows([
      { id: 'PC-1', purchaseCost: 1000, inServiceDate: '2025-01-01', usefulLifeMonths: 36 },
      { id: 'PC-2', purchaseCost: 1000, inServiceDate: '2025-01-01' },
    ]);
    const report = buildReport({ tickets: bare, assets, policy: parsePolicy({ rates: { userHourly: 40 } }) }, { period: '2026-03' });
    expect(report.assumptions.map((assumption) => assumption.key)).toEqual([
      'timezone', 'calendar.hours', 'calendar.holidays', 'sla.P2', 'rates.currency', 'priorityImpact.P2',
      // A gives no number of affected users: DESIGN §5's 1 is assumed.
      'affectedUsers',
      // A keyed incident: the minimum share of keyed incidents decided that the rate is given.
      'recurrence.key', 'recurrence.windowDays', 'recurrence.minOccurrences', 'recurrence.minKeyedShare',
      // PC-2 has no useful life of its own: the default 48 months prices its depreciation.
      'usefulLifeMonths.default', 'confidence',
      // An incident in the period: the share of incidents naming an asset decided the fleet's figures.
      'minAssetShare',
    ]);
    expect(report.assumptions.find((assumption) => assumption.key === 'sla.P2')).toEqual({
      key: 'sla.P2', value: { response: '2h', resolution: '8h', clock: 'business' }, source: 'default',
    });
    expect(report.assumptions.find((assumption) => assumption.key === 'affectedUsers')).toEqual({ key: 'affectedUsers', value: 1, source: 'default' });
    // Everything given, the users of A too: nothing assumed. Without them, only that.
    const counted = ticketsFromRows([{ id: 'A', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T11:00Z', priority: 'P2', assetId: 'PC-1', category: 'Disk', affectedUsers: 4 }]);
    expect(buildReport({ tickets: counted, policy: full }, { period: '2026-03' }).assumptions).toEqual([]);
    const uncounted = buildReport({ tickets: bare, policy: full }, { period: '2026-03' });
    expect(uncounted.assumptions.map((assumption) => assumption.key)).toEqual(['affectedUsers']);
    // A: Mon 2 Mar 09:00–11:00 = 2 business hours × 1 user (assumed) × priorityImpact P2 0.5 = 1 h.
    expect(uncounted.lostHours).toMatchObject({ totalHours: 1, incidents: 1, usersAssumed: 1 });
    expect(reportToMarkdown(uncounted)).toContain('| Hours lost by staff | 1 h (€40; one user per incident assumed for the incident open during the period) |');
    const french = reportToMarkdown(buildReport({ tickets: bare, policy: full }, { period: '2026-03', language: 'fr' }));
    expect(french).toContain('un utilisateur par incident supposé pour le seul incident en cours sur la période)');
    expect(french).toContain('- Utilisateurs touchés par un incident dont l’export ne dit pas combien\u202f: 1');
    expect(reportToMarkdown(buildReport({ tickets: bare, policy: parsePolicy({ rates: { userHourly: 40 } }) }, { period: '2026-03', language: 'fr' }))).toContain(
      '- Objectif SLA P2\u202f: prise en charge 2 h, résolution 8 h (heures ouvrées)',
    );
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('## How these figures were computed');
    // The policy's '2h' written with a space before the unit, as every other figure of the review.
    expect(markdown).toContain('- SLA target P2: response 2 h, resolution 8 h (business hours)');
    expect(markdown).toContain('- Users affected by an incident whose export does not say how many: 1');
    expect(reportToMarkdown(buildReport({ tickets: bare, assets, policy: parsePolicy({}) }, { period: '2026-03', language: 'fr' }))).toContain(
      '## Comment ces chiffres ont été calculés',
    );
  });
});

describe('recurrence: a rate only when the keyed incidents speak for the period', () => {
  // February (the data start on its first day): F1, F2 on PC-1 · Disk and F3 without: 2 / 3 ≥ 50 %, rate 1 / 2 (F2 repeats F1).
  // March 2026: K1, K2, K3 on PC-1 · Disk, a day apart, all three repeats (K1 comes 27 days after
  // F2); U1…U7 without a category. keyedShare = 3 / 10 = 30 % < 50 % (the default
  // minKeyedShare): no rate, reason too-few-keyed.
  const sparse = ticketsFromRows([
    incident('F1', '2026-02-01T09:00:00Z', 1, { category: 'Disk' }),
    incident('F2', '2026-02-03T09:00:00Z', 1, { category: 'Disk' }),
    incident('F3', '2026-02-04T09:00:00Z', 1),
    ...[2, 3, 4].map((day, n) => incident(`K${n + 1}`, `2026-03-0${day}T09:00:00Z`, 1, { category: 'Disk' })),
    ...[10, 11, 12, 13, 14, 15, 16].map((day, n) => incident(`U${n + 1}`, `2026-03-${day}T09:00:00Z`, 1)),
  ]);

  it('is null with too-few-keyed under the minimum share, and the evidence stays', () => {
    const report = buildReport({ tickets: sparse, policy: full }, { period: '2026-03' });
    expect(report.recurrence).toMatchObject({ incidents: 10, withKey: 3, withoutKey: 7, repeats: 3, keyedShare: 0.3, minKeyedShare: 0.5, rate: null });
    expect(report.notMeasured).toContainEqual({ figure: 'recurrence.rate', reason: 'too-few-keyed' });
    expect(report.previous.recurrence).toMatchObject({ withKey: 2, keyedShare: 2 / 3, repeats: 1, rate: 0.5 });
    expect(report.notMeasured.some((entry) => entry.figure === 'previous.recurrence.rate')).toBe(false);
    // The trend follows the rule month by month: February 1/2, March none.
    const months = report.trend.months;
    expect(report.trend.series.recurrenceRate[months.indexOf('2026-02')]).toBe(0.5);
    expect(report.trend.series.recurrenceRate[months.indexOf('2026-03')]).toBeNull();
    expect(report.trend.notMeasured).toContainEqual({ figure: 'recurrenceRate', reason: 'too-few-keyed' });
    // `full` gives minKeyedShare: not assumed (the incidents' one user each is). Left to the default, it is listed.
    expect(report.assumptions.map((assumption) => assumption.key)).toEqual(['affectedUsers']);
    const defaulted = buildReport({ tickets: sparse, policy: parsePolicy({}) }, { period: '2026-03' });
    expect(defaulted.assumptions).toContainEqual({ key: 'recurrence.minKeyedShare', value: 0.5, source: 'default' });
    // The recurring problem F1…K3 (5 ≥ 3) is listed whatever the share.
    expect(report.recurrence.problems.map((problem) => problem.count)).toEqual([5]);
    // A contract that accepts 30 % gets its rate: 3 repeats / 3 keyed.
    const lenient = parsePolicy({ ...FULL_DOCUMENT, recurrence: { ...FULL_DOCUMENT.recurrence, minKeyedShare: 0.3 } });
    expect(buildReport({ tickets: sparse, policy: lenient }, { period: '2026-03' }).recurrence.rate).toBe(1);
  });

  it('prints the rate with its evidence, or why there is none, in English and French', () => {
    // asOf 1 April: March is over, covered whole as February is: the two are compared.
    const april = Date.parse('2026-04-01T00:00:00Z');
    const en = reportToMarkdown(buildReport({ tickets: sparse, policy: full }, { period: '2026-03', asOf: april }));
    expect(en).toContain('| Recurrence rate | not measured (3 of 10 incidents with a key; at least 50% needed) | 50% (1/2 incidents with a key, of 3) |');
    expect(en).toContain('- Recurrence rate: too few incidents carry the recurrence key to tell');
    const fr = reportToMarkdown(buildReport({ tickets: sparse, policy: full }, { period: '2026-03', asOf: april, language: 'fr' }));
    expect(fr).toContain(`| Taux de récurrence | non mesuré (incidents avec une clé\u202f: 3 sur 10\u202f; 50\u202f% au moins requis) | 50\u202f% (1/2 incidents avec une clé, sur 3) |`);
    expect(fr).toContain('- Taux de récurrence\u202f: trop peu d’incidents portent la clé de récurrence pour en juger');
    const defaulted = reportToMarkdown(buildReport({ tickets: sparse, policy: parsePolicy({}) }, { period: '2026-03' }));
    expect(defaulted).toContain('- Share of the incidents that must carry the key for a recurrence rate, at least: 50%');
  });
});

describe('reliability: no fleet figure when the incidents do not say which asset failed', () => {
  // The asset file lists PC-1 alone (without it, no fleet uptime at all: see below). February (the data start on
  // its first day, so compared with March): F1 on PC-1 (1 of 1
  // names an asset). March: M1 on PC-1, M2…M4 name none: 1 of 4 = 25 % < 50 % (minAssetShare).
  const unnamed = ticketsFromRows([
    incident('F1', '2026-02-01T09:00:00Z', 2),
    incident('M1', '2026-03-02T09:00:00Z', 2),
    ...['M2', 'M3', 'M4'].map((id, n) => incident(id, `2026-03-1${n}T09:00:00Z`, 2, { assetId: null })),
  ]);
  const APRIL = Date.parse('2026-04-01T00:00:00Z');
  const pc1 = assetsFromRows([{ id: 'PC-1' }]);

  it('is null with too-few-with-asset, the counts staying, and says so in the review', () => {
    const report = buildReport({ tickets: unnamed, assets: pc1, policy: full }, { period: '2026-03', asOf: APRIL });
    expect(report.reliability).toMatchObject({ incidents: 4, withAsset: 1, assetShare: 0.25, minAssetShare: 0.5 });
    // 744 h of March, 2 h down (M1), 1 failure: kept; MTBF 742 h and availability would speak for the fleet: gone.
    expect(report.reliability.fleet).toMatchObject({ assets: 1, failures: 1, uptimeHours: 742, downtimeHours: 2, mtbfHours: null, availability: null, mttrHours: null });
    expect(report.notMeasured.filter((entry) => entry.figure.startsWith('reliability.'))).toEqual([
      { figure: 'reliability.fleet.availability', reason: 'too-few-with-asset' },
      { figure: 'reliability.fleet.mtbfHours', reason: 'too-few-with-asset' },
      { figure: 'reliability.fleet.mttrHours', reason: 'too-few-with-asset' },
    ]);
    // February (1 of 1 named) keeps its figures, observed from the data start (1 February 00:00,
    // F1's day) to 1 March: 28 days = 672 h − 2 h = 670 h up, 1 failure.
    expect(report.previous.reliability.fleet.mtbfHours).toBe(670);
    const months = report.trend.months;
    expect(report.trend.series.mtbfHours[months.indexOf('2026-02')]).toBe(670);
    expect(report.trend.series.availability[months.indexOf('2026-03')]).toBeNull();
    expect(report.trend.notMeasured).toContainEqual({ figure: 'availability', reason: 'too-few-with-asset' });
    const en = reportToMarkdown(report);
    expect(en).toContain('| Fleet MTBF | not measured (1 of 4 incidents name an asset; at least 50% needed) | 670 h');
    // 670 ÷ 672 = 99.70 %.
    expect(en).toContain('| Availability | not measured | 99.7% |');
    expect(en).toContain('- Availability: too few incidents say which asset failed');
    const fr = reportToMarkdown(buildReport({ tickets: unnamed, assets: pc1, policy: full }, { period: '2026-03', asOf: APRIL, language: 'fr' }));
    expect(fr).toContain('non mesuré (incidents nommant un équipement\u202f: 1 sur 4\u202f; 50\u202f% au moins requis)');
    // In French the word agrees with the figure: « la disponibilité … non mesurée ».
    expect(fr).toContain('| Disponibilité | non mesurée |');
    // Left to the default, the share is an assumption.
    const defaulted = buildReport({ tickets: unnamed, assets: pc1, policy: parsePolicy({}) }, { period: '2026-03' });
    expect(defaulted.assumptions).toContainEqual({ key: 'minAssetShare', value: 0.5, source: 'default' });
    // Without an asset file the ratios are null whatever the share: it is no assumption then.
    const bare = buildReport({ tickets: unnamed, policy: parsePolicy({}) }, { period: '2026-03' });
    expect(bare.assumptions.map((assumption) => assumption.key)).not.toContain('minAssetShare');
  });

  it('is null with no-assets without an asset file: only the assets that failed are known', () => {
    // The same tickets, each naming PC-1 (4 of 4 in March), and no asset file: PC-1 is the whole
    // known fleet only because it failed, so the fleet's uptime, MTBF and availability would say
    // nothing of the assets that never failed. Failures, downtime and MTTR stay: March, M1…M4 on
    // PC-1, 2 h each, apart = 4 failures, 8 h down, MTTR 2 h.
    const named = ticketsFromRows([
      incident('F1', '2026-02-01T09:00:00Z', 2),
      incident('M1', '2026-03-02T09:00:00Z', 2),
      ...['M2', 'M3', 'M4'].map((id, n) => incident(id, `2026-03-1${n}T09:00:00Z`, 2)),
    ]);
    const report = buildReport({ tickets: named, policy: full }, { period: '2026-03', asOf: APRIL });
    expect(report.reliability.assetFile).toBe(false);
    expect(report.reliability.fleet).toMatchObject({ assets: 1, failures: 4, downtimeHours: 8, mttrHours: 2, uptimeHours: null, mtbfHours: null, availability: null });
    // PC-1's own figures stay: 744 − 8 = 736 h up / 4 failures = 184 h.
    expect(report.reliability.byAsset['PC-1']).toMatchObject({ uptimeHours: 736, mtbfHours: 184 });
    expect(report.notMeasured.filter((entry) => entry.figure.includes('reliability.'))).toEqual([
      { figure: 'reliability.fleet.availability', reason: 'no-assets' },
      { figure: 'reliability.fleet.mtbfHours', reason: 'no-assets' },
      { figure: 'previous.reliability.fleet.availability', reason: 'no-assets' },
      { figure: 'previous.reliability.fleet.mtbfHours', reason: 'no-assets' },
    ]);
    // The monthly series and the previous period too.
    expect(report.previous.reliability.fleet.mtbfHours).toBeNull();
    expect(report.trend.series.mtbfHours.every((value) => value === null)).toBe(true);
    expect(report.trend.series.availability.every((value) => value === null)).toBe(true);
    expect(report.trend.notMeasured).toContainEqual({ figure: 'mtbfHours', reason: 'no-assets' });
    expect(report.trend.notMeasured).toContainEqual({ figure: 'availability', reason: 'no-assets' });
    const en = reportToMarkdown(report);
    expect(en).toContain('| Fleet MTBF | not measured (no asset file: only the assets that failed are known) | not measured (no asset file: only the assets that failed are known) |');
    expect(en).toContain('| Availability | not measured (no asset file: only the assets that failed are known) |');
    expect(en).toContain('- Fleet MTBF (both periods): no asset file was given');
    const fr = reportToMarkdown(buildReport({ tickets: named, policy: full }, { period: '2026-03', asOf: APRIL, language: 'fr' }));
    expect(fr).toContain('| MTBF du parc | non mesuré (pas de fichier d’équipements\u202f: seuls les équipements tombés en panne sont connus) |');
    expect(fr).toContain('| Disponibilité | non mesurée (pas de fichier d’équipements\u202f: seuls les équipements tombés en panne sont connus) |');
    expect(fr).toContain('- MTBF du parc (les deux périodes)\u202f: aucun fichier d’équipements fourni');
    // Nor a replacement plan: not "no asset to replace" (PC-1 has no date nor price to judge).
    expect(report.replacement).toMatchObject({ inventory: false, count: 0, cost: null, withoutDates: 0 });
    expect(report.notMeasured).toContainEqual({ figure: 'replacement', reason: 'no-assets' });
    expect(en).toContain('## Replacement plan (next 12 months)\n\nNot measured: no asset file was given.');
    expect(en).not.toContain('No asset to replace');
    expect(en).toContain('- Replacement plan: no asset file was given');
    expect(fr).toContain('## Plan de renouvellement (12 prochains mois)\n\nNon mesuré\u202f: aucun fichier d’équipements fourni.');
    expect(fr).toContain('- Plan de renouvellement\u202f: aucun fichier d’équipements fourni');
    // Nor the fleet's warranties and useful lives at asOf: PC-1, known from the tickets only, has
    // no warranty end or in-service date, so "0 out of warranty" would be a count of nothing
    // (the dashboard's fleet cards read 0 for the GLPI look-alike without an asset file). Once.
    expect(report.fleet.outOfWarranty.count).toBe(0);
    expect(report.notMeasured.filter((entry) => entry.figure.startsWith('fleet.'))).toEqual([
      { figure: 'fleet.maintenanceMix', reason: 'not-recorded' },
      { figure: 'fleet.outOfWarranty', reason: 'no-assets' },
      { figure: 'fleet.pastUsefulLife', reason: 'no-assets' },
      { figure: 'fleet.warrantyExpiringSoon', reason: 'no-assets' },
    ]);
    expect(en).toContain('- Assets out of warranty: no asset file was given');
    expect(fr).toContain('- Garanties finissant sous 90 jours\u202f: aucun fichier d’équipements fourni');
    // With an asset file listing PC-1 and PC-2 (never failed): Σ uptime = 736 + 744 = 1480 h, MTBF = 1480 / 4 = 370 h.
    const inventoried = buildReport({ tickets: named, assets: assetsFromRows([{ id: 'PC-1' }, { id: 'PC-2' }]), policy: full }, { period: '2026-03', asOf: APRIL });
    expect(inventoried.reliability.fleet).toMatchObject({ uptimeHours: 1480, mtbfHours: 370 });
    expect(inventoried.notMeasured.filter((entry) => entry.figure.startsWith('fleet.')).map((entry) => entry.figure)).toEqual(['fleet.maintenanceMix']);
    expect(inventoried.replacement.inventory).toBe(true);
    expect(inventoried.notMeasured.map((entry) => entry.figure)).not.toContain('replacement');
    expect(inventoried.notMeasured.filter((entry) => entry.figure.startsWith('reliability.'))).toEqual([]);
  });
});

describe('the review in Markdown', () => {
  it('says a period without data has no activity and no plan figures, not that the policy has no plan', () => {
    const planned = parsePolicy({ ...FULL_DOCUMENT, preventivePlan: [{ id: 'backup', assetType: 'server', category: 'Backup', every: 'month' }] });
    const empty = reportToMarkdown(buildReport({ tickets, policy: planned }, { period: '2020-Q1' }));
    expect(empty).toContain('## Activity\n\nNo ticket in this period.\n');
    expect(empty).toContain('No ticket in this period: the plan cannot be checked.');
    expect(empty).not.toContain('The policy has no preventive plan');
    const french = reportToMarkdown(buildReport({ tickets, policy: planned }, { period: '2020-Q1', language: 'fr' }));
    expect(french).toContain('Aucun ticket sur cette période\u202f: le plan ne peut pas être vérifié.');
  });

  it('counts the backlog of the data date\'s month at that date, not at the month\'s end', () => {
    // The last ticket opens on 6 May 2026 09:00 and is resolved 2 h later: asOf = 6 May 11:00, and
    // May's backlog is counted then (0 open). A review of April counts April's at its end.
    expect(reportToMarkdown(buildReport({ tickets, policy: full }, { period: '2026-Q2' }))).toContain('- Tickets open on 6 May 2026, the data date: 0');
    expect(reportToMarkdown(buildReport({ tickets, policy: full }, { period: '2026-04' }))).toContain('- Tickets open at the end of April 2026: 0');
  });

  it('shows the source tool’s SLA figure beside Revue’s, and says when a period has no data', () => {
    // Q2-1 and Q2-2: the tool says breached, Revue met (2 h ≤ 8 h): 2 disagreements of 2 compared.
    const verdicts = ticketsFromRows(rows.map((row) => (row.id === 'Q2-1' || row.id === 'Q2-2' ? { ...row, slaResolutionVerdict: 'breached' } : row)));
    // asOf 1 July: 2026-Q2 is over, covered whole as 2026-Q1 is (data from 1 Jan): compared.
    const report = buildReport({ tickets: verdicts, policy: full }, { period: '2026-Q2', asOf: '2026-07-01T00:00:00Z' });
    expect(report.sla.source.resolution).toMatchObject({ met: 0, breached: 2, adherence: 0, compared: 2, disagreements: 2, disagreeingIds: ['Q2-1', 'Q2-2'] });
    // The tool's rate with its evidence: 0 met of the 2 it judged (the other four have no verdict).
    expect(reportToMarkdown(report)).toContain('| Resolution SLA met, by the source tool | 0% (0 of 2 tickets the tool judged; 2 tickets judged otherwise by Revue) | n/a |');
    // One disagreement reads in the singular (Q2-1 breached by the tool, Q2-2 met by both).
    const one = ticketsFromRows(rows.map((row) => (row.id === 'Q2-1' ? { ...row, slaResolutionVerdict: 'breached' } : row.id === 'Q2-2' ? { ...row, slaResolutionVerdict: 'met' } : row)));
    // The tool: Q2-2 met, Q2-1 breached = 1 of 2.
    expect(reportToMarkdown(buildReport({ tickets: one, policy: full }, { period: '2026-Q2' }))).toContain('50% (1 of 2 tickets the tool judged; 1 ticket judged otherwise by Revue)');
    expect(reportToMarkdown(buildReport({ tickets: one, policy: full }, { period: '2026-Q2', language: 'fr' }))).toContain('50\u202f% (1 sur 2 tickets jugés par l’outil\u202f; 1 ticket jugé autrement par Revue)');
    const empty = reportToMarkdown(buildReport({ tickets, policy: full }, { period: '2020-Q1' }));
    expect(empty).toContain('The data holds no ticket in this period: no figure can be given for it.');
    expect(empty).toContain('Period: 1 Jan 2020 – 31 Mar 2020 (no data), not compared with 2019-Q4, which the data do not cover.');
  });
});

describe('clients: matched by name, refused when unknown, never leaking another client', () => {
  it('matches ignoring case, accents and spacing', () => {
    for (const name of ['Bistro Lumière', 'bistro lumière', 'BISTRO  LUMIERE', ' bistro\tlumiere ']) {
      const report = buildReport({ tickets, policy: full }, { period: '2026-Q2', client: name });
      expect(report.client).toBe('Bistro Lumière');
      // Q2-4, Q2-5, Q2-6 are Bistro Lumière's.
      expect(report.recurrence.incidents).toBe(3);
      expect(report.clients).toEqual(['Bistro Lumière']);
      expect(JSON.stringify(report)).not.toContain('Alpha');
    }
  });

  it('refuses an unknown client with the known names', () => {
    expect(() => buildReport({ tickets, policy: full }, { client: 'Nobody' })).toThrow(
      new RevueError('client', 'no client named "Nobody" (clients: Alpha, Bistro Lumière)'),
    );
    expect(() => buildReport({ tickets, policy: full }, { client: 'Nobody' })).toThrow(expect.objectContaining({ code: 'client' }));
    // Two clients that differ only by case: the exact name is needed.
    const twins = ticketsFromRows([incident('A', '2026-05-01T09:00:00Z', 1, { client: 'Acme' }), incident('B', '2026-05-01T09:00:00Z', 1, { client: 'ACME' })]);
    expect(buildReport({ tickets: twins, policy: full }, { client: 'ACME' }).client).toBe('ACME');
    expect(() => buildReport({ tickets: twins, policy: full }, { client: 'acme' })).toThrow('names several clients');
  });

  it('takes the client’s assets however the inventory spells its name', () => {
    // The helpdesk writes "Acme", the inventory "ACME" (found by review5: the client's review had
    // no asset, A1 read as unknown, and 'acme' was refused as naming two clients).
    const acme = ticketsFromRows([incident('A', '2026-05-04T09:00:00Z', 1, { client: 'Acme', assetId: 'A1' })]);
    const inventory = assetsFromRows([
      { id: 'A1', client: 'ACME', purchaseCost: 3650, inServiceDate: '2026-01-01', usefulLifeMonths: 120 },
      { id: 'B1', client: 'Beta', purchaseCost: 3650, inServiceDate: '2026-01-01', usefulLifeMonths: 120 },
    ]);
    const report = buildReport({ tickets: acme, assets: inventory, policy: full }, { period: '2026-05', client: 'acme', asOf: '2026-06-01T00:00:00Z' });
    expect(report.client).toBe('Acme');
    // A1 alone: 3650 over 120 months from 1 Jan 2026 (3652 days), over the 31 days of May (DESIGN
    // §5's TCO over the period: one ticket is too few to say the export starts on 4 May,
    // `observedFromSpan`).
    expect(report.tco.byCategory.acquisition).toBeCloseTo((3650 / 3652) * 31, 9);
    expect(report.reliability.unknownAssetIds).toEqual([]);
    expect(clientsOf({ tickets: acme, assets: inventory })).toEqual(['Acme', 'Beta']);
  });

  it('prices and groups an asset under the tickets’ spelling of its client, and keeps two ticket spellings apart', () => {
    // Found by review6. The policy gives Acme a 12-month life (base 48): A1, "ACME" in the
    // inventory, is Acme's in the whole fleet's review too: 3650 / 365 days × 31 days (the whole of
    // May: one ticket is too few for a cut, `observedFromSpan`).
    const acme = ticketsFromRows([incident('A', '2026-05-04T09:00:00Z', 1, { client: 'Acme', assetId: 'A1' })]);
    const inventory = assetsFromRows([{ id: 'A1', client: 'ACME', purchaseCost: 3650, inServiceDate: '2026-01-01' }]);
    const lives = parsePolicy({ ...FULL_DOCUMENT, usefulLifeMonths: { default: 48 }, clients: { Acme: { usefulLifeMonths: { default: 12 } } } });
    const fleet = buildReport({ tickets: acme, assets: inventory, policy: lives }, { period: '2026-05', asOf: '2026-06-01T00:00:00Z' });
    expect(fleet.tco.byCategory.acquisition).toBeCloseTo((3650 / 365) * 31, 9);
    expect(Object.keys(fleet.tco.byClient)).toEqual(['Acme']);
    expect(Object.keys(fleet.reliability.byClient)).toEqual(['Acme']);
    // "Acme" and "ACME" on the tickets are two clients, each with its own asset: no review takes both.
    const twins = ticketsFromRows([
      incident('T1', '2026-05-04T09:00:00Z', 1, { client: 'Acme', assetId: 'A1' }),
      incident('T2', '2026-05-04T09:00:00Z', 1, { client: 'ACME', assetId: 'A2' }),
    ]);
    const both = assetsFromRows([
      { id: 'A1', client: 'Acme', contractCostPerYear: 365 },
      { id: 'A2', client: 'ACME', contractCostPerYear: 730 },
    ]);
    const options = { period: '2026-05', asOf: '2026-06-01T00:00:00Z' } as const;
    // 365 / 365 × 31 days and 730 / 365 × 31 days (all May, as above).
    expect(buildReport({ tickets: twins, assets: both, policy: full }, { ...options, client: 'Acme' }).tco.byCategory.contracts).toBeCloseTo(31, 9);
    expect(buildReport({ tickets: twins, assets: both, policy: full }, { ...options, client: 'ACME' }).tco.byCategory.contracts).toBeCloseTo(62, 9);
    expect(clientsOf({ tickets: twins, assets: both })).toEqual(['Acme', 'ACME']);
  });

  it('keeps the data-quality counts but drops the located issues that name another client', () => {
    const quality = {
      file: 't.csv', preset: { name: 'canonical', score: 1 }, rowsRead: 2, accepted: 2, rejected: 0, blank: 0, skippedBeforeHeader: 0, merged: 0,
      reasons: {}, warnings: { odd: 2 }, unmappedColumns: [],
      issues: [
        { code: 'odd', severity: 'warning' as const, row: 2, column: 'title', message: 't.csv row 2, title: "Alpha printer" looks odd' },
        { code: 'odd', severity: 'warning' as const, row: 3, column: 'title', message: 't.csv row 3, title: "till" looks odd' },
      ],
    };
    const report: Report = buildReport({ tickets, policy: full, quality: { tickets: quality } }, { period: '2026-Q2', client: 'bistro lumiere' });
    expect(report.dataQuality.tickets!.warnings).toEqual({ odd: 2 });
    expect(report.dataQuality.tickets!.issues.map((issue) => issue.row)).toEqual([3]);
  });

  it('property: matching is idempotent and finds the client from any spelling of its name', () => {
    const letters = fc.constantFrom('a', 'é', 'E', 'è', 'o', 'Ô', 'l', 'M', 'ç', ' ');
    fc.assert(
      fc.property(fc.array(letters, { minLength: 1, maxLength: 12 }), fc.array(fc.boolean(), { maxLength: 12 }), (chars, upper) => {
        const name = chars.join('').trim() || 'x';
        expect(foldClientName(foldClientName(name))).toBe(foldClientName(name));
        // Another spelling: some letters upper-cased, accents dropped, spaces doubled.
        const spelled = [...name.normalize('NFD').replace(/\p{M}/gu, '')]
          .map((char, i) => (char === ' ' ? '  ' : upper[i] ? char.toUpperCase() : char.toLowerCase()))
          .join('');
        expect(matchClient(spelled, [name, 'Zed'])).toBe(name);
        expect(matchClient(matchClient(spelled, [name, 'Zed']), [name, 'Zed'])).toBe(name);
      }),
    );
  });
});

describe('an export of a few days (one Jira ticket)', () => {
  // Mon–Fri 09:00–17:00 UTC, headcount 10, rates given. One ticket, Tue 10 Nov 2026 09:00 →
  // Thu 12 Nov 09:00 (16 business hours, one user by default), asOf its resolution.
  const policy = parsePolicy({
    timezone: 'UTC',
    headcount: 10,
    rates: { userHourly: 40, technicianHourly: 60, currency: 'EUR' },
    calendar: { hours: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] }, holidays: { country: null } },
  });
  const single = ticketsFromRows([{ id: 'J-1', openedAt: Date.parse('2026-11-10T09:00Z'), resolvedAt: Date.parse('2026-11-12T09:00Z'), assetId: 'PC-1' }]);
  const report = buildReport({ tickets: single, policy });

  it('reviews the quarter of asOf, said partly covered (2 of 92 days), and compares it with nothing', () => {
    // DESIGN §4: no quarter ends before asOf (12 Nov 2026), so the quarter of asOf.
    expect(report.period).toMatchObject({ label: '2026-Q4', chosenBy: 'quarter-of-as-of' });
    expect(report.coverage).toMatchObject({ covered: true, partial: true, ticketsInPeriod: 1, days: { covered: 2, total: 92 } });
    // 2026-Q3 lies before the only ticket: no figures (DESIGN §5, no comparison with a period the data does not cover).
    expect(report.previous.coverage).toMatchObject({ covered: false, ticketsInPeriod: 0 });
    expect(report.previous.lostHours.totalHours).toBeNull();
    expect(report.notMeasured).toContainEqual({ figure: 'previous.lostHours', reason: 'outside-data' });
  });

  it('counts the 16 hours lost and spreads them over the quarter up to asOf, not over 2 days (246 h per employee per year)', () => {
    // One ticket is no evidence that the export starts on 10 Nov (`observedFromSpan`), so the
    // yearly rate runs over the quarter's days up to asOf (DESIGN §5's period days, `observedDays`):
    // 1 Oct 00:00 – 12 Nov 09:00 = 31 + 11 + 0.375 = 42.375 days; 16 h × 365 ÷ 42.375 ÷ 10 =
    // 13.78 h. From 10 Nov it read 16 × 365 ÷ 2.375 ÷ 10 = 245.9 h (then refused as too few days).
    expect(report.lostHours.totalHours).toBe(16);
    expect(report.lostHours.cost).toBe(640); // 16 h × 40 €: measured, no annualising in it
    expect(report.lostHours.perEmployeePerYear).toBeCloseTo((16 * 365) / 42.375 / 10, 9);
    expect(report.notMeasured).not.toContainEqual({ figure: 'lostHours.perEmployeePerYear', reason: 'too-few-days' });
    expect(report.findings.map((finding) => finding.kind)).not.toContain('lost-hours-above-benchmark');
    const markdown = reportToMarkdown(report);
    expect(markdown).not.toMatch(/246/);
    // 2026-Q3 holds no ticket: no "Previous period" column of n/a, and no "compared with".
    expect(markdown).toContain('(partly covered by the data), not compared with 2026-Q3, which the data do not cover.');
    expect(markdown).toContain('| Figure | This period |\n|---|---:|\n');
    expect(markdown).not.toContain('Previous period');
  });
});
