/**
 * The monthly trend against its reference — every KPI run over each month alone — on random
 * reviews in four time zones: the one-pass code must give each month's headline figure.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { closeTo, pausesArbitrary, pausesText, propertyRuns, reviewIn, TIME_ZONES } from '../../../test/review-arbitrary.js';
import { ticketRows, ticketsFromRows } from '../../model/tables.js';
import { previousPeriod } from '../../calendar/period.js';
import { prepareReview } from '../prepared.js';
import { lostHoursRun } from '../lost-hours/lost-hours.js';
import { slaAdherence } from '../sla/sla.js';
import { downtimePrice } from './lost-months.js';
import { monthlyTrendReference } from './reference.js';
import { monthlyTrend, trendMonths } from './trend.js';

describe('monthlyTrend agrees with each KPI run over each month', () => {
  for (const timezone of TIME_ZONES) {
    it(`on random reviews in ${timezone}`, () => {
      fc.assert(
        fc.property(reviewIn(timezone), fc.integer({ min: 1, max: 14 }), fc.array(pausesArbitrary, { minLength: 50, maxLength: 50 }), ({ data: plain, period, asOf }, months, pauses) => {
          // Some tickets paused, as an event log's status history says (the SLA months judge them).
          const data = { ...plain, tickets: ticketsFromRows(ticketRows(plain.tickets).map((row, i) => ({ ...row, pauses: pausesText(row.openedAt, pauses[i]!) }))) };
          const options = { period, asOf, months };
          const expected = monthlyTrendReference(data, options);
          expect(closeTo(monthlyTrend(data, options), expected)).toBeNull();
          // With a preparation shared with other KPIs, the same.
          const prepared = prepareReview(data, asOf);
          expect(closeTo(monthlyTrend(data, { ...options, prepared }), expected)).toBeNull();
          // And with the SLA of the period and of the one before known (as buildReport passes them).
          const previous = previousPeriod(period, data.policy.timezone);
          const knownSla = [period, previous].map((known) => ({ period: known, byMonth: slaAdherence(data, { period: known, asOf, prepared }).byMonth }));
          // And the lost hours of both periods summed month by month by lostHours itself.
          const monthly = { window: trendMonths(period, data.policy.timezone, months), price: downtimePrice(prepared) };
          const knownLost = [period, previous].map((known) => ({
            period: known,
            months: monthly.window.keys,
            ...lostHoursRun(data, { period: known, asOf, prepared, months: monthly }).sums.byMonth!,
          }));
          expect(closeTo(monthlyTrend(data, { ...options, prepared, knownSla, knownLost }), expected)).toBeNull();
        }),
        { numRuns: propertyRuns(40) },
      );
    });
  }
});
