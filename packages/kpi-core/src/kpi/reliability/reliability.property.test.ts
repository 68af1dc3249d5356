/**
 * `reliability` against its plain reference on random reviews in the four zones of DESIGN §8:
 * incidents overlapping, touching or nested, opened before the period or after asOf, open at
 * asOf, closed at an unknown time, cancelled; assets from a file (retired, not yet in service,
 * repeated or unknown ids) or from the tickets.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closeTo, fullRuns, propertyRuns, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { prepareReview } from '../prepared.js';
import { reliability } from './reliability.js';
import { referenceReliability } from './reference.js';

describe('reliability agrees with the reference', () => {
  for (const timezone of TIME_ZONES) {
    test(`random reviews in ${timezone}`, () => {
      let failing = 0;
      fc.assert(
        fc.property(reviewIn(timezone), ({ data, period, asOf }) => {
          const options = { period, asOf };
          const expected = referenceReliability(data, options);
          expect(closeTo(reliability(data, options), expected)).toBeNull();
          expect(closeTo(reliability(data, { ...options, prepared: prepareReview(data, asOf) }), expected)).toBeNull();
          // Data that start a third of the way into the period (not at a minute or midnight).
          const observed = { ...options, observedFrom: Math.floor((2 * period.start + period.end) / 3) + 7_000 };
          expect(closeTo(reliability(data, observed), referenceReliability(data, observed))).toBeNull();
          if (expected.fleet.failures! > 0) failing++;
          // Uptime and downtime fill each window: availability is in [0, 1].
          if (expected.fleet.availability !== null) expect(expected.fleet.availability).toBeGreaterThanOrEqual(0);
        }),
        { numRuns: propertyRuns(100) },
      );
      // About a fifth of the scenarios have failures in the period (an empty fleet proves nothing).
      if (fullRuns()) expect(failing).toBeGreaterThan(8);
    });
  }
});
