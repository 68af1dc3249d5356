/**
 * The fast path and the plain reference agree on random plans, assets and tickets, in four time
 * zones set in the policy (UTC, Europe/Paris, America/Sao_Paulo — daylight saving starting at
 * midnight until 2019 —, Australia/Lord_Howe — half-hour changes), whatever the machine's zone.
 * Ticket instants cluster around local midnights so that window edges are hit.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { fullRuns, propertyRuns } from '../../../test/review-arbitrary.js';
import { localMidnight } from '../../calendar/local.js';
import { parsePeriod } from '../../calendar/period.js';
import { assetsFromRows, ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import { prepareReview } from '../prepared.js';
import { preventiveCompliance } from './preventive.js';
import { referencePreventiveCompliance } from './reference.js';

const ZONES = ['UTC', 'Europe/Paris', 'America/Sao_Paulo', 'Australia/Lord_Howe'] as const;
const IDS = ['A', 'B', 'C', 'é-1', 'SRV 2'];
const TYPES = ['server', 'Server', 'sérver', 'printer', null];
const CATEGORIES = ['Backup', 'backup ', 'BÂCKUP', 'Service', 'Other', null];
const CLIENTS = ['Acme', 'Bistro', null];

const SPECS = fc.oneof(
  fc.tuple(fc.constantFrom(2016, 2018, 2019, 2026), fc.integer({ min: 1, max: 12 })).map(([y, m]) => `${y}-${String(m).padStart(2, '0')}`),
  fc.tuple(fc.constantFrom(2016, 2018, 2019, 2026), fc.integer({ min: 1, max: 4 })).map(([y, q]) => `${y}-Q${q}`),
  fc.tuple(fc.constantFrom(2018, 2026), fc.integer({ min: 1, max: 2 })).map(([y, h]) => `${y}-H${h}`),
  fc.constantFrom('2018', '2026', '2018-10-10..2019-03-05', '2026-03-20..2026-11-02'),
);

/**
 * An instant near a local midnight from 40 days before the period to 40 days after it: the
 * midnight of a day, minus or plus some minutes (window edges, DST nights).
 */
function instantNear(period: { start: number; end: number }, timezone: string) {
  const first = Math.floor(period.start / 86_400_000) - 40;
  const days = Math.ceil((period.end - period.start) / 86_400_000) + 80;
  return fc.tuple(fc.integer({ min: 0, max: days }), fc.constantFrom(-90, -31, -1, 0, 1, 30, 90, 600, 1439)).map(([k, minutes]) => {
    const date = new Date((first + k) * 86_400_000);
    return localMidnight(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate(), timezone) + minutes * 60_000;
  });
}

const task = fc.record({
  id: fc.constantFrom('t1', 't2', 't3'),
  title: fc.constantFrom('Restore test', 'Check'),
  scope: fc.oneof(fc.record({ assetType: fc.constantFrom('server', 'SERVER', 'printer') }), fc.record({ assetIds: fc.uniqueArray(fc.constantFrom(...IDS, 'ghost'), { minLength: 1, maxLength: 3 }) })),
  category: fc.constantFrom('Backup', 'backup', 'Service'),
  every: fc.constantFrom('week', 'week', 'month', 'month', 'quarter', 'half', 'year'),
});
const plan = fc.uniqueArray(task, { maxLength: 3, selector: (t) => t.id, size: 'max' }).map((tasks) => tasks.map(({ scope, ...rest }) => ({ ...rest, ...scope })));

function scenario(timezone: string) {
  return SPECS.chain((spec) => {
    const period = parsePeriod(spec, timezone);
    const instant = instantNear(period, timezone);
    // Mostly no service date, so that most windows can be due.
    const serviceDate = fc.oneof({ weight: 3, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: instant });
    return fc.record({
      spec: fc.constant(spec),
      base: plan.filter((tasks) => tasks.length > 0),
      clientPlans: fc.dictionary(fc.constantFrom('Acme', 'Bistro'), plan, { maxKeys: 2 }),
      withFile: fc.boolean(),
      assets: fc.array(
        fc.record({
          id: fc.constantFrom(...IDS),
          type: fc.constantFrom(...TYPES),
          client: fc.constantFrom(...CLIENTS),
          inServiceDate: serviceDate,
          purchaseDate: serviceDate,
          retiredDate: serviceDate,
        }),
        { minLength: 1, maxLength: 7, size: 'max' },
      ),
      tickets: fc.array(
        fc.record({
          openedAt: instant,
          assetId: fc.constantFrom(...IDS, 'ghost', null),
          maintenanceType: fc.constantFrom('preventive', 'preventive', 'corrective', 'evolutive', null),
          type: fc.constantFrom('incident', 'change', 'request', null),
          category: fc.constantFrom(...CATEGORIES),
          client: fc.constantFrom(...CLIENTS),
          statusClass: fc.constantFrom(null, 'closed', 'closed', 'cancelled'),
          effortMinutes: fc.option(fc.integer({ min: 0, max: 600 })),
        }),
        { minLength: 5, maxLength: 60, size: 'max' },
      ),
      // asOf inside or around the period, or well after it (everything judged).
      asOf: fc.oneof(
        { weight: 1, arbitrary: instant },
        { weight: 1, arbitrary: fc.integer({ min: period.start, max: period.end - 1 }) },
        { weight: 2, arbitrary: fc.constant(period.end + 90 * 86_400_000) },
      ),
    });
  });
}

describe('preventiveCompliance agrees with the reference', () => {
  for (const timezone of ZONES) {
    test(`random plans, assets and tickets in ${timezone}`, () => {
      const exercised = { done: 0, missed: 0, open: 0 };
      fc.assert(
        fc.property(scenario(timezone), (s) => {
          const policy = parsePolicy({
            timezone,
            preventivePlan: s.base,
            clients: Object.fromEntries(Object.entries(s.clientPlans).map(([client, tasks]) => [client, { preventivePlan: tasks }])),
          });
          const data = {
            tickets: ticketsFromRows(s.tickets.map((t, i) => ({ id: `T${i}`, ...t }))),
            assets: s.withFile ? assetsFromRows(s.assets) : null,
            policy,
          };
          const period = parsePeriod(s.spec, timezone);
          const options = { period, asOf: s.asOf };
          const expected = referencePreventiveCompliance(data, options);
          expect(preventiveCompliance(data, options)).toEqual(expected);
          // A preparation shared with other KPIs changes nothing.
          expect(preventiveCompliance(data, { ...options, prepared: prepareReview(data, s.asOf) })).toEqual(expected);
          // Data that start a third of the way into the period: only the windows after it are due.
          const observed = { ...options, observedFrom: Math.floor((2 * period.start + period.end) / 3) };
          expect(preventiveCompliance(data, observed)).toEqual(referencePreventiveCompliance(data, observed));
          if (expected.done !== null && expected.done > 0) exercised.done++;
          if (expected.missedCount > 0) exercised.missed++;
          if (expected.openWindowCount > 0) exercised.open++;
          // Invariants: done ≤ due, and Σ of each breakdown = the total.
          if (expected.due !== null) {
            expect(expected.done!).toBeLessThanOrEqual(expected.due);
            expect(Object.values(expected.byType).reduce((sum, g) => sum + g.due, 0)).toBe(expected.due);
            expect(Object.values(expected.byClient).reduce((sum, g) => sum + g.done, 0)).toBe(expected.done);
            expect(expected.missedCount).toBe(expected.due - expected.done!);
          }
        }),
        { numRuns: propertyRuns(100) },
      );
      // The scenarios reach every kind of window, not just empty plans.
      // (about 15 % of the scenarios have a run in a due window, 30 % a miss, 15 % an open window)
      if (fullRuns()) expect(exercised.done).toBeGreaterThan(3);
      if (fullRuns()) expect(exercised.missed).toBeGreaterThan(3);
      if (fullRuns()) expect(exercised.open).toBeGreaterThan(1);
    });
  }
});
