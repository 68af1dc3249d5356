// The data date set far from the body of the data (report/as-of-stray.ts): said, never silent,
// and the DESIGN §4 rule (the latest instant) kept.
import { describe, expect, it } from 'vitest';
import { readTickets } from '../ingest/read.js';
import { asOfStray } from './as-of-stray.js';

/** `count` tickets opened on the days of March 2026 (T1 on the 1st…), resolved an hour later; then `extra` lines. */
function csv(count: number, extra: string[] = []): string {
  const lines = ['id,openedAt,status,resolvedAt'];
  for (let k = 1; k <= count; k++) {
    const day = String(((k - 1) % 28) + 1).padStart(2, '0');
    lines.push(`T${k},2026-03-${day}T09:00:00Z,closed,2026-03-${day}T10:00:00Z`);
  }
  return [...lines, ...extra].join('\n');
}
const tableOf = (text: string) => readTickets(text, { timezone: 'UTC', fileName: 't.csv', now: Date.UTC(2030, 0, 1) }).table;

describe('asOfStray', () => {
  it('names the ticket that set a data date more than a year past 99% of the tickets', () => {
    // 100 tickets of March 2026 and one resolved in June 2028: 101 tickets, the 99th percentile of
    // their last dates is the 100th, 28 March 2026 10:00 (the last March day used); June 2028 is 2.2 years on.
    const table = tableOf(csv(100, ['LATE,2026-03-20T09:00:00Z,closed,2028-06-01T10:00:00Z']));
    expect(asOfStray(table, Date.parse('2028-06-01T10:00:00Z'))).toEqual({
      ticketId: 'LATE',
      field: 'resolvedAt',
      at: '2028-06-01T10:00:00.000Z',
      bodyEnd: '2026-03-28T10:00:00.000Z',
      later: 1,
      ticketIds: ['LATE'],
    });
  });

  it('counts every ticket past the mark, latest first, and names five', () => {
    const late = Array.from({ length: 6 }, (_, k) => `L${k + 1},2027-0${k + 4}-01T09:00:00Z,open,`);
    // 100 + 6 tickets: the 99th percentile is the 105th of 106, L5 (1 Aug 2027), only 4 months after
    // March: not a year. The data date is not far from the body when 1% of the tickets are there too.
    expect(asOfStray(tableOf(csv(100, late)), Date.parse('2027-09-01T09:00:00Z'))).toBeNull();
    // 700 + 6 tickets: the 99th percentile is the 699th of 706, in March 2026; the six from April
    // 2027 are past 28 March 2027 10:00 (a year on): all counted, five named, the latest first.
    const stray = asOfStray(tableOf(csv(700, late)), Date.parse('2027-09-01T09:00:00Z'));
    expect(stray).toMatchObject({ ticketId: 'L6', field: 'openedAt', later: 6, ticketIds: ['L6', 'L5', 'L4', 'L3', 'L2'] });
  });

  it('says nothing of a data date within a year of the body, or of fewer than 100 tickets', () => {
    expect(asOfStray(tableOf(csv(100, ['LATE,2026-03-20T09:00:00Z,closed,2027-03-20T10:00:00Z'])), Date.parse('2027-03-20T10:00:00Z'))).toBeNull();
    expect(asOfStray(tableOf(csv(98, ['LATE,2026-03-20T09:00:00Z,closed,2028-06-01T10:00:00Z'])), Date.parse('2028-06-01T10:00:00Z'))).toBeNull();
  });

  it('leaves out the dates flagged in the future, as the default asOf does', () => {
    const table = tableOf(csv(100, ['LATE,2026-03-20T09:00:00Z,closed,2028-06-01T10:00:00Z']));
    expect(asOfStray(table, Date.parse('2026-03-28T10:00:00Z'), Date.parse('2027-01-01T00:00:00Z'))).toBeNull();
  });
});
