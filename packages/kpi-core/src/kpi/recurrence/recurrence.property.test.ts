/**
 * `recurringIncidents` against its plain reference on random reviews in the four zones of
 * DESIGN §8 (months in the policy's zone), with random keys (text, number and normalised-title
 * fields, the title fallback), windows and minimum chain lengths, titles that normalise alike or
 * to nothing, cancelled incidents, incidents without an opening instant or opened before the
 * period.
 */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { closeTo, fullRuns, propertyRuns, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { ticketRows, ticketsFromRows } from '../../model/tables.js';
import { prepareReview } from '../prepared.js';
import { recurringIncidents, type RecurrenceKeyField } from './recurrence.js';
import { referenceRecurringIncidents } from './reference.js';

const DAY = 86_400_000;
const TITLES = [null, '', 'Imprimante HS', "l'imprimante HS !", 'PRN-01 #4521', 'Printer down again', 'printer DOWN', 'VPN lent', ' '];
const KEYS: RecurrenceKeyField[][] = [['assetId', 'category'], ['client', 'titleKey'], ['site'], ['priority', 'category', 'client'], ['affectedUsers'], ['titleKey']];

describe('recurringIncidents agrees with the reference', () => {
  for (const timezone of TIME_ZONES) {
    test(`random reviews and keys in ${timezone}`, () => {
      let repeated = 0;
      fc.assert(
        fc.property(
          reviewIn(timezone),
          fc.array(fc.constantFrom(...TITLES), { minLength: 50, maxLength: 50 }),
          fc.record({
            key: fc.constantFrom(...KEYS),
            windowDays: fc.constantFrom(0, 1.5, 7, 30, 90),
            minOccurrences: fc.integer({ min: 1, max: 4 }),
            titleFallback: fc.boolean(),
          }),
          ({ data, period, asOf }, titles, settings) => {
            // The openings folded into the period and the 60 days before it, so that chains form.
            const span = period.end - period.start + 60 * DAY;
            const rows = ticketRows(data.tickets).map((row, i) => {
              if (row.openedAt === null) return { ...row, title: titles[i]! };
              const shift = period.end - span + ((((row.openedAt - period.start) % span) + span) % span) - row.openedAt;
              const moved = (instant: number | null) => (instant === null ? null : instant + shift);
              return { ...row, title: titles[i]!, openedAt: moved(row.openedAt), resolvedAt: moved(row.resolvedAt), closedAt: moved(row.closedAt) };
            });
            const review = { ...data, tickets: ticketsFromRows(rows) };
            const options = { period, asOf, ...settings };
            const expected = referenceRecurringIncidents(review, options);
            expect(closeTo(recurringIncidents(review, options), expected)).toBeNull();
            expect(closeTo(recurringIncidents(review, { ...options, prepared: prepareReview(review, asOf) }), expected)).toBeNull();
            if (expected.repeats! > 0) repeated++;
            expect(expected.withKey! + expected.withoutKey! + expected.cancelled!).toBe(expected.incidents);
          },
        ),
        { numRuns: propertyRuns(100) },
      );
      // The scenarios reach repeats (about one in ten of them), not only empty chains.
      if (fullRuns()) expect(repeated).toBeGreaterThan(2);
    });
  }

  test('the policy settings are the default', () => {
    const [review] = fc.sample(reviewIn('Europe/Paris'), { numRuns: 1, seed: 13 });
    const options = { period: review!.period, asOf: review!.asOf };
    expect(closeTo(recurringIncidents(review!.data, options), referenceRecurringIncidents(review!.data, options))).toBeNull();
  });
});
