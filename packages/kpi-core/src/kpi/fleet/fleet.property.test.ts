/**
 * `fleetHealth` against its plain reference on random reviews in the four zones of DESIGN §8
 * (months and days added in the policy's zone): the maintenance mix, the backlog at asOf
 * (tickets open, reopened, closed at an unknown time, resolved after asOf), warranties and
 * useful lives of assets from a file or from the tickets.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closeTo, fullRuns, propertyRuns, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { fleetHealth } from './fleet.js';
import { prepareReview } from '../prepared.js';
import { referenceFleetHealth } from './reference.js';

describe('fleetHealth agrees with the reference', () => {
  for (const timezone of TIME_ZONES) {
    test(`random reviews in ${timezone}`, () => {
      let backlog = 0;
      fc.assert(
        fc.property(reviewIn(timezone), ({ data, period, asOf }) => {
          const options = { period, asOf };
          const expected = referenceFleetHealth(data, options);
          expect(closeTo(fleetHealth(data, options), expected)).toBeNull();
          expect(closeTo(fleetHealth(data, { ...options, prepared: prepareReview(data, asOf) }), expected)).toBeNull();
          if ((expected.backlog.open ?? 0) > 0) backlog++;
          expect(Object.values(expected.backlog.byAge).reduce((sum, n) => sum + n, 0)).toBe(expected.backlog.open);
        }),
        { numRuns: propertyRuns(100) },
      );
      if (fullRuns()) expect(backlog).toBeGreaterThan(30);
    });
  }
});
