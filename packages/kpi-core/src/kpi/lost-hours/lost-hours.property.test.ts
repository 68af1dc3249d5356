/**
 * `lostHours` against its plain reference on random reviews in the four zones of DESIGN §8, with
 * business time from the naive day walk: holidays and closed days, daylight-saving nights,
 * incidents straddling the period's edges or still open at asOf, missing users, impacts and
 * priorities, unknown ends, cancelled incidents, a base policy without a user rate.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closedDaysArbitrary, closeTo, fullRuns, holidayPolicyIn, propertyRuns, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { ticketsFromRows } from '../../model/tables.js';
import { parsePolicy } from '../../policy/parse.js';
import { lostHours } from './lost-hours.js';
import { prepareReview } from '../prepared.js';
import { referenceLostHours } from './reference.js';

describe('lostHours agrees with the reference', () => {
  for (const timezone of TIME_ZONES) {
    test(`random reviews in ${timezone}`, () => {
      let measured = 0;
      fc.assert(
        fc.property(reviewIn(timezone), fc.boolean(), closedDaysArbitrary, ({ data, period, asOf }, holidays, closedDays) => {
          const review = holidays ? { ...data, policy: holidayPolicyIn(timezone, closedDays) } : data;
          const options = { period, asOf };
          const expected = referenceLostHours(review, options);
          expect(closeTo(lostHours(review, options), expected)).toBeNull();
          expect(closeTo(lostHours(review, { ...options, prepared: prepareReview(review, asOf) }), expected)).toBeNull();
          // Data that start a third of the way into the period: the yearly rate over the days observed.
          const observed = { ...options, observedFrom: Math.floor((2 * period.start + period.end) / 3) };
          expect(closeTo(lostHours(review, observed), referenceLostHours(review, observed))).toBeNull();
          if (expected.totalHours! > 0) measured++;
          // Each breakdown is a partition of the total.
          for (const breakdown of [expected.byClient, expected.byCategory, expected.byAsset]) {
            expect(closeTo(Object.values(breakdown).reduce((sum, hours) => sum + hours, 0), expected.totalHours, 1e-9)).toBeNull();
          }
        }),
        { numRuns: propertyRuns(60) },
      );
      // Most scenarios lose some hours (an empty period would prove nothing).
      if (fullRuns()) expect(measured).toBeGreaterThan(20);
    });
  }
});

describe('lostHours agrees with the reference on crowded assets', () => {
  // Many incidents on two assets and two clients within a fortnight, so that most scenarios hold
  // overlaps: heavier and lighter, equal weights (ties), nested, chained, still open at asOf.
  const incident = fc.record({
    openedMinutes: fc.integer({ min: -60 * 24, max: 60 * 24 * 9 }),
    duration: fc.option(fc.integer({ min: 0, max: 60 * 24 * 6 }), { nil: null }),
    users: fc.option(fc.integer({ min: 0, max: 4 }), { nil: null }),
    impact: fc.constantFrom('outage', 'degraded', null),
    priority: fc.constantFrom('P1', 'P3', null),
    assetId: fc.constantFrom('A', 'B', '', null),
    client: fc.constantFrom('Acme', 'Bistro', null),
  });
  for (const timezone of ['UTC', 'Europe/Paris'] as const) {
    test(`random crowded reviews in ${timezone}`, () => {
      const policy = parsePolicy({
        timezone,
        headcount: 5,
        rates: { userHourly: 30, technicianHourly: null, currency: 'EUR' },
        calendar: { hours: { mon: ['08:00-12:00', '13:00-18:00'], tue: ['08:00-18:00'], wed: ['08:00-18:00'], thu: ['08:00-18:00'], fri: ['08:00-16:00'], sat: ['09:00-12:00'] }, holidays: { country: null } },
        clients: { Bistro: { impactFactors: { outage: 1, degraded: 0.25, minor: 0.1 } } },
      });
      const start = Date.parse('2026-03-02T00:00Z');
      const period = { label: 'range', kind: 'custom' as const, start, end: start + 10 * 86_400_000 };
      let overlapping = 0;
      fc.assert(
        fc.property(fc.array(incident, { minLength: 6, maxLength: 25 }), fc.integer({ min: 60 * 24 * 2, max: 60 * 24 * 16 }), (list, asOfMinutes) => {
          const rows = list.map((t, i) => {
            const opened = start + t.openedMinutes * 60_000;
            return { id: `I${i}`, openedAt: opened, resolvedAt: t.duration === null ? null : opened + t.duration * 60_000, affectedUsers: t.users, impact: t.impact, priority: t.priority, assetId: t.assetId, client: t.client };
          });
          const data = { tickets: ticketsFromRows(rows), policy };
          const options = { period, asOf: start + asOfMinutes * 60_000 };
          const expected = referenceLostHours(data, options);
          expect(closeTo(lostHours(data, options), expected)).toBeNull();
          if (expected.overlapIncidents! > 0) overlapping++;
        }),
        { numRuns: propertyRuns(80) },
      );
      if (fullRuns()) expect(overlapping).toBeGreaterThan(20);
    });
  }
});
