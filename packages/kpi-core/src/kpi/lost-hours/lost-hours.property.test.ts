/**
 * `lostHours` against its plain reference on random reviews in the four zones of DESIGN §8, with
 * business time from the naive day walk: holidays and closed days, daylight-saving nights,
 * incidents straddling the period's edges or still open at asOf, missing users, impacts and
 * priorities, unknown ends, cancelled incidents, a base policy without a user rate.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closedDaysArbitrary, closeTo, fullRuns, holidayPolicyIn, propertyRuns, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
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
