import fc from 'fast-check';
import { test } from 'vitest';
import { closeTo, closedDaysArbitrary, holidayPolicyIn, reviewIn } from '../test/review-arbitrary.js';
import { ticketRows, ticketsFromRows } from './model/tables.js';
import { tco } from './kpi/tco.js';
import { prepareReview } from './kpi/prepared.js';
import { lostHours } from './kpi/lost-hours.js';
import { referenceTco } from './kpi/tco/reference.js';
test('dbg', () => {
  const arb = fc.tuple(reviewIn('UTC'), fc.boolean(), closedDaysArbitrary, fc.constantFrom('both', 'both', 'no-effort', 'no-cost', 'neither'));
  let n = 0;
  for (const [{ data, period, asOf }, holidays, closedDays, recorded] of fc.sample(arb, { numRuns: 300, seed: 7 })) {
    const rows = ticketRows(data.tickets).map((row) => ({ ...row, effortMinutes: recorded === 'no-effort' || recorded === 'neither' ? null : row.effortMinutes, cost: recorded === 'no-cost' || recorded === 'neither' ? null : row.cost }));
    const review = { ...data, tickets: ticketsFromRows(rows), policy: holidays ? holidayPolicyIn('UTC', closedDays) : data.policy };
    const prepared = prepareReview(review, asOf);
    const lost = lostHours(review, { period, asOf, prepared });
    const a = tco(review, { period, asOf, prepared, lostHours: lost }); const e = referenceTco(review, { period, asOf });
    const a1 = tco(review, { period, asOf });
    const d = closeTo(a, e);
    if (d !== null) {
      console.log(d, 'plain call agrees:', closeTo(a1, e), holidays, recorded, JSON.stringify(a.byClient['(none)']), JSON.stringify(lost.byClient), lost.totalHours);
      console.log(JSON.stringify(rows.filter(t => !t.assetId).map(t=>[t.id,t.client,t.type,t.statusClass,t.openedAt,t.resolvedAt,t.closedAt,t.affectedUsers,t.impact,t.priority])));
      if (++n > 1) break;
    }
  }
});
