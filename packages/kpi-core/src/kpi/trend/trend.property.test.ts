/**
 * The monthly trend against its reference — every KPI run over each month alone — on random
 * reviews in four time zones: the one-pass code must give each month's headline figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeTo, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { prepareReview } from '../prepared.js';
import { monthlyTrendReference } from './reference.js';
import { monthlyTrend } from './trend.js';

describe('monthlyTrend agrees with each KPI run over each month', () => {
  for (const timezone of TIME_ZONES) {
    it(`on random reviews in ${timezone}`, () => {
      fc.assert(
        fc.property(reviewIn(timezone), fc.integer({ min: 1, max: 14 }), ({ data, period, asOf }, months) => {
          const options = { period, asOf, months };
          const expected = monthlyTrendReference(data, options);
          expect(closeTo(monthlyTrend(data, options), expected)).toBeNull();
          // With a preparation shared with other KPIs, the same.
          expect(closeTo(monthlyTrend(data, { ...options, prepared: prepareReview(data, asOf) }), expected)).toBeNull();
        }),
        { numRuns: 40 },
      );
    });
  }
});
