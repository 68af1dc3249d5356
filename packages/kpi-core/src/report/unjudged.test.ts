/**
 * SLA rates with no more judged tickets than closed at an unknown time (unjudged.ts): no rate,
 * the counts kept, the reason said. Hand-built: every hour open, targets on the wall clock (UTC).
 */
import { describe, expect, it } from 'vitest';
import { ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';
import { endsMostlyUnknown } from './unjudged.js';

const policy = parsePolicy({
  timezone: 'UTC',
  calendar: { hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00-24:00']])) },
  sla: { P2: { response: '1h', resolution: '8h', clock: '24x7' }, P3: { response: '4h', resolution: '24h', clock: '24x7' } },
});
const options = { period: '2026-03', asOf: '2026-04-01T00:00Z' } as const;

// Client A: A1 resolved in 4 h (P2 met), A2 still open since 2 March (P2 breached), A3 and A4
// closed with no date (unknown): 2 judged, 2 unknown → no rate for A. Client B: B1 met, B2 met,
// B3 breached (30 h > 24 h), B4 unknown: 3 judged > 1 unknown → 2/3 for B. The period: 5 judged
// (3 met, 2 breached) against 3 unknown → 60 %.
const rows = [
  { id: 'A1', client: 'A', priority: 'P2', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-02T13:00Z', statusClass: 'resolved' },
  { id: 'A2', client: 'A', priority: 'P2', openedAt: '2026-03-02T10:00Z', statusClass: 'open' },
  { id: 'A3', client: 'A', priority: 'P2', openedAt: '2026-03-03T10:00Z', statusClass: 'closed' },
  { id: 'A4', client: 'A', priority: 'P2', openedAt: '2026-03-04T10:00Z', statusClass: 'closed' },
  { id: 'B1', client: 'B', priority: 'P3', openedAt: '2026-03-05T09:00Z', resolvedAt: '2026-03-05T12:00Z', statusClass: 'resolved' },
  { id: 'B2', client: 'B', priority: 'P3', openedAt: '2026-03-06T09:00Z', resolvedAt: '2026-03-06T20:00Z', statusClass: 'resolved' },
  { id: 'B3', client: 'B', priority: 'P3', openedAt: '2026-03-09T09:00Z', resolvedAt: '2026-03-10T15:00Z', statusClass: 'resolved' },
  { id: 'B4', client: 'B', priority: 'P3', openedAt: '2026-03-10T09:00Z', statusClass: 'closed' },
].map((row) => ({ ...row, type: 'incident', openedAt: Date.parse(row.openedAt), resolvedAt: row.resolvedAt === undefined ? null : Date.parse(row.resolvedAt) }));
// Ten requests of client Z without a target beside them (judged by no rate here), so that every file
// of this test holds the 10 tickets from which Revue judges whether most ends are unknown
// (EVIDENCE_MIN_TICKETS): a file of fewer keeps DESIGN's rates beside the unknown counts.
const requests = Array.from({ length: 10 }, (_, i) => ({
  id: `Q${i}`,
  client: 'Z',
  priority: 'P9',
  type: 'request',
  openedAt: Date.parse('2026-03-02T08:00Z'),
  resolvedAt: Date.parse('2026-03-02T08:30Z'),
  statusClass: 'resolved',
}));

describe('SLA rates where no more tickets are judged than closed at an unknown time', () => {
  it('keeps the period rate when more are judged, and nulls each breakdown judged alone', () => {
    const report = buildReport({ tickets: ticketsFromRows([...rows, ...requests]), policy }, options);
    expect(report.sla.resolution).toMatchObject({ met: 3, breached: 2, unknown: 3, adherence: 0.6 });
    expect(report.sla.byClient.A!.resolution).toMatchObject({ met: 1, breached: 1, unknown: 2, adherence: null });
    expect(report.sla.byClient.B!.resolution).toMatchObject({ met: 2, breached: 1, unknown: 1 });
    expect(report.sla.byClient.B!.resolution!.adherence).toBeCloseTo(2 / 3, 12);
    // P2 is client A's alone; the month holds everything.
    expect(report.sla.byPriority.P2!.resolution!.adherence).toBeNull();
    expect(report.sla.byMonth.find((month) => month.month === '2026-03')!.resolution!.adherence).toBe(0.6);
    expect(report.notMeasured.some((entry) => entry.reason === 'ends-unknown')).toBe(false);
  });
  it('has no period rate when the unknown reach the judged, and says why in English and French', () => {
    const fewer = rows.filter((row) => row.id !== 'B1' && row.id !== 'B2');
    // 3 judged (A1 met, A2 and B3 breached) against 3 unknown.
    const report = buildReport({ tickets: ticketsFromRows([...fewer, ...requests]), policy }, options);
    expect(report.sla.resolution).toMatchObject({ met: 1, breached: 2, pending: 0, unknown: 3, adherence: null });
    expect(report.notMeasured).toContainEqual({ figure: 'sla.resolution.adherence', reason: 'ends-unknown' });
    expect(report.findings.some((finding) => finding.kind === 'sla-below-target')).toBe(false);
    expect(reportToMarkdown(report)).toContain('| Resolution SLA met | not measured (1/3, 3 closed at an unknown time, 10 tickets without a target) |');
    expect(reportToMarkdown(report)).toContain('no more tickets could be judged than were closed without a resolution date');
    const fr = buildReport({ tickets: ticketsFromRows([...fewer, ...requests]), policy }, { ...options, language: 'fr' });
    expect(reportToMarkdown(fr)).toContain('non mesuré (1/3, 3 clos à une date inconnue, 10 tickets');
    expect(reportToMarkdown(fr)).toContain('pas plus de tickets jugés que de tickets clos sans date de résolution');
  });
  it('in a file of fewer than 10 tickets, keeps DESIGN\'s rate beside the unknown (the audit of 2026-12-05)', () => {
    // A1 met (4 h ≤ 8 h) and A3 closed at an unknown time, nothing else: DESIGN §5 counts the
    // unknown apart, outside adherence: 1/1 = 100 %. With the ten requests beside them the file is
    // large enough to judge, and 1 judged beside 1 unknown has no rate.
    const two = rows.filter((row) => row.id === 'A1' || row.id === 'A3');
    const small = buildReport({ tickets: ticketsFromRows(two), policy }, options);
    expect(small.sla.resolution).toMatchObject({ met: 1, breached: 0, unknown: 1, adherence: 1 });
    expect(small.notMeasured.some((entry) => entry.reason === 'ends-unknown')).toBe(false);
    // The month says what the period says (the review of 2026-12-05 found March null in the trend).
    const march = small.trend.months.indexOf('2026-03');
    expect(small.trend.series.slaResolution[march]).toBe(1);
    expect(small.trend.notMeasured.some((entry) => entry.reason === 'ends-unknown')).toBe(false);
    const judged = buildReport({ tickets: ticketsFromRows([...two, ...requests]), policy }, options);
    expect(judged.sla.resolution).toMatchObject({ met: 1, breached: 0, unknown: 1, adherence: null });
    expect(judged.trend.series.slaResolution[march]).toBeNull();
  });
  it('needs some ticket closed at an unknown time', () => {
    expect(endsMostlyUnknown({ met: 0, breached: 0, pending: 2, unknown: 0, adherence: null, medianHours: null, p90Hours: null })).toBe(false);
    expect(endsMostlyUnknown({ met: 1, breached: 0, pending: 0, unknown: 1, adherence: 1, medianHours: 1, p90Hours: 1 })).toBe(true);
    expect(endsMostlyUnknown({ met: 2, breached: 0, pending: 0, unknown: 1, adherence: 1, medianHours: 1, p90Hours: 1 })).toBe(false);
    expect(endsMostlyUnknown(null)).toBe(false);
  });
});
