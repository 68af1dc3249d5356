/**
 * `tco` against its plain reference on random reviews in the four zones of DESIGN §8 (days
 * counted in the policy's zone): assets bought, in service, retired or unknown, with or without
 * an asset file; labour with or without effort and direct costs recorded; a base policy without
 * a user rate (downtime left out) or with one.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closedDaysArbitrary, closeTo, fullRuns, holidayPolicyIn, propertyRuns, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { ticketRows, ticketsFromRows } from '../../model/tables.js';
import { lostHours, lostHoursRun } from '../lost-hours/lost-hours.js';
import { prepareReview } from '../prepared.js';
import { tco, tcoWithLostHours } from './tco.js';
import { referenceTco } from './reference.js';

describe('tco agrees with the reference', () => {
  for (const timezone of TIME_ZONES) {
    test(`random reviews in ${timezone}`, () => {
      let costed = 0;
      fc.assert(
        fc.property(
          reviewIn(timezone),
          fc.boolean(),
          closedDaysArbitrary,
          fc.constantFrom('both', 'both', 'no-effort', 'no-cost', 'neither'),
          ({ data, period, asOf }, holidays, closedDays, recorded) => {
            const rows = ticketRows(data.tickets).map((row) => ({
              ...row,
              effortMinutes: recorded === 'no-effort' || recorded === 'neither' ? null : row.effortMinutes,
              cost: recorded === 'no-cost' || recorded === 'neither' ? null : row.cost,
            }));
            const review = { ...data, tickets: ticketsFromRows(rows), policy: holidays ? holidayPolicyIn(timezone, closedDays) : data.policy };
            const options = { period, asOf };
            const expected = referenceTco(review, options);
            expect(closeTo(tco(review, options), expected)).toBeNull();
            // With a preparation and the lost hours given, as buildReport calls it.
            const prepared = prepareReview(review, asOf);
            expect(closeTo(tco(review, { ...options, prepared, lostHours: lostHours(review, { ...options, prepared }) }), expected)).toBeNull();
            expect(closeTo(tcoWithLostHours(review, { ...options, prepared }, lostHoursRun(review, { ...options, prepared })), expected)).toBeNull();
            // Data that start a third of the way into the period: asset costs from that day too.
            const observed = { ...options, observedFrom: Math.floor((2 * period.start + period.end) / 3) };
            expect(closeTo(tco(review, { ...observed, prepared }), referenceTco(review, observed))).toBeNull();
            if (expected.total !== null && expected.total > 0) costed++;
            // Σ byCategory = total, and byType partitions it.
            if (expected.total !== null) {
              const byCategory = Object.values(expected.byCategory).reduce<number>((all, amount) => all + (amount ?? 0), 0);
              expect(closeTo(byCategory, expected.total)).toBeNull();
              expect(closeTo(Object.values(expected.byType).reduce((all, group) => all + group.total, 0), expected.total)).toBeNull();
            }
          },
        ),
        { numRuns: propertyRuns(40) },
      );
      if (fullRuns()) expect(costed).toBeGreaterThan(12);
    });
  }
});
