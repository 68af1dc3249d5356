/**
 * Exports that cannot tell an open ticket from a closed one (end-state.ts): no status, resolution
 * or closing column. The same four tickets are read without, then with, a resolution column: the
 * figures that need an end are null (`no-end-state`) in the first case and measured, as before, in
 * the second. Run under TZ=UTC and TZ=Europe/Paris: the machine's zone must change nothing.
 */
import { describe, expect, it } from 'vitest';
import { readTickets } from '../ingest/read.js';
import { ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { endStateKnown, noTicketEnded, responsesMostlyMissing } from './end-state.js';
import { comparisonOf } from './coverage.js';
import { reportToMarkdown } from './markdown.js';

// Every hour a business hour and every target on the wall clock: each figure below is plain
// arithmetic on the dates (UTC).
const policy = parsePolicy({
  timezone: 'UTC',
  calendar: { hours: Object.fromEntries(['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'].map((day) => [day, ['00:00-24:00']])) },
  sla: { P2: { response: '1h', resolution: '8h', clock: '24x7' }, P3: { response: '4h', resolution: '24h', clock: '24x7' } },
  rates: { userHourly: 40, currency: 'EUR' },
  headcount: 10,
});
const options = { period: '2026-03', asOf: '2026-04-10T00:00Z' } as const;

// T1 and T2 fail PC-1 (apart), T3 fails PC-2, T4 is a request. With a resolution column, T1 was
// resolved after 4 h, T2 after 24 h, T3 and T4 are still open at asOf.
const head = 'id,openedAt,priority,type,assetId,category';
const rows = [
  ['T1', '2026-03-02T09:00Z', 'P2', 'incident', 'PC-1', 'Hardware'],
  ['T2', '2026-03-05T10:00Z', 'P2', 'incident', 'PC-1', 'Hardware'],
  ['T3', '2026-03-03T08:00Z', 'P2', 'incident', 'PC-2', 'Network'],
  ['T4', '2026-03-25T12:00Z', 'P3', 'request', '', ''],
];
const resolved = ['2026-03-02T13:00Z', '2026-03-06T10:00Z', '', ''];
const withoutEnd = [head, ...rows.map((row) => row.join(','))].join('\n');
const withEnd = [`${head},resolvedAt`, ...rows.map((row, i) => [...row, resolved[i]].join(','))].join('\n');

function report(csv: string, language: 'en' | 'fr' = 'en') {
  const read = readTickets(csv, { fileName: 'tickets.csv', timezone: 'UTC' });
  return { read, report: buildReport({ tickets: read.table, policy, quality: { tickets: read.quality } }, { ...options, language }) };
}

describe('the read says when no column tells how a ticket ended', () => {
  it('flags a file with no status, resolution or closing column, once, and not one with any of them', () => {
    const { read } = report(withoutEnd);
    expect(read.quality.noEndState).toBe(true);
    expect(read.quality).toMatchObject({ rowsRead: 4, accepted: 4, rejected: 0 });
    // Said once by the report, not as a warning on rows.
    expect(read.quality.warnings).toEqual({});
    expect(report(withEnd).read.quality.noEndState).toBeUndefined();
    for (const column of ['status', 'closedAt']) {
      const csv = `${head},${column}\n${rows[0]!.join(',')},${column === 'status' ? 'Open' : ''}`;
      expect(readTickets(csv, { timezone: 'UTC' }).quality.noEndState, column).toBeUndefined();
    }
  });
  it('counts a duration to resolution as a resolution column (resolution-from-duration)', () => {
    const csv = ['id,opened,minutes', 'T1,2026-03-02 09:00,240', 'T2,2026-03-05 10:00,'].join('\n');
    const read = readTickets(csv, {
      timezone: 'UTC',
      mapping: { columns: { id: 'id', openedAt: 'opened' }, durations: { minutes: { field: 'resolvedAt', unit: 'minutes' } } },
    });
    expect(read.quality.noEndState).toBeUndefined();
    expect(read.table.get('resolvedAt', 0)).toBe(Date.UTC(2026, 2, 2, 13));
  });
  it('judges a table built without a read by its values', () => {
    expect(endStateKnown(ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T09:00Z' }]), null)).toBe(false);
    expect(endStateKnown(ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T09:00Z', statusClass: 'open' }]), null)).toBe(true);
    expect(endStateKnown(ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T09:00Z', closedAt: '2026-03-03T09:00Z' }]), null)).toBe(true);
    // The read's word wins: a resolution column all empty (every ticket open) is evidence.
    expect(endStateKnown(ticketsFromRows([{ id: 'T1', openedAt: '2026-03-02T09:00Z' }]), {})).toBe(true);
  });
});

describe('a report over tickets that cannot tell open from closed', () => {
  const { report: r } = report(withoutEnd);
  it('has no backlog, no still-open finding, no resolution SLA, no length of any incident', () => {
    expect(r.fleet.backlog).toEqual({ open: null, byAge: {}, oldestHours: null, ticketIds: [] });
    expect(r.findings.filter((finding) => finding.kind === 'backlog-aged')).toEqual([]);
    expect(r.sla.resolution).toBeNull();
    expect(Object.values(r.sla.byPriority).map((entry) => entry.resolution)).toEqual([null, null]);
    expect(r.sla.breaches).toEqual([]);
    expect(r.reliability.fleet).toMatchObject({ failures: null, downtimeHours: null, mttrHours: null, availability: null, mtbfHours: null, uptimeHours: null });
    expect(r.reliability.byAsset['PC-2']).toMatchObject({ failures: null, downtimeHours: null, laplaceU: null, accelerating: false });
    expect(r.lostHours).toMatchObject({ totalHours: null, cost: null, perEmployeePerYear: null });
    expect(r.tco.byCategory.downtime).toBeNull();
    expect(r.tco.excluded).toContainEqual({ part: 'downtime', reason: 'no-end-state', hours: null });
    // Month by month too: nothing closed or open is counted, the openings are.
    const march = r.backlogTrend.months.find((month) => month.month === '2026-03')!;
    expect(march).toMatchObject({ opened: 4, closed: null, open: null });
    expect(r.backlogTrend.openAtPeriodStart).toBeNull();
    const m = r.trend.months.indexOf('2026-03');
    expect([r.trend.series.slaResolution[m], r.trend.series.availability[m], r.trend.series.lostHours[m]]).toEqual([null, null, null]);
  });
  it('keeps the counts that need no end', () => {
    // 4 tickets opened in March, 3 of them incidents (T4 a request), all 3 naming an asset.
    expect(r.volume.tickets).toBe(4);
    expect(r.recurrence.incidents).toBe(3);
    expect(r.reliability).toMatchObject({ incidents: 3, withAsset: 3 });
    expect(r.trend.series.incidents[r.trend.months.indexOf('2026-03')]).toBe(3);
    expect(r.dataQuality.tickets).toMatchObject({ rowsRead: 4, accepted: 4, rejected: 0 });
  });
  it('says why, once per figure, in notMeasured', () => {
    const endless = r.notMeasured.filter((entry) => entry.reason === 'no-end-state').map((entry) => entry.figure);
    // February has no ticket: the previous period has no figures at all (outside-data), said so.
    expect(endless).toEqual(['fleet.backlog', 'backlogTrend', 'sla.resolution', 'reliability.fleet.mttrHours', 'reliability.fleet.failures', 'lostHours', 'tco.byCategory.downtime']);
    expect(r.notMeasured).toContainEqual({ figure: 'previous.sla', reason: 'outside-data' });
    // No inventory: the fleet's uptime was unknown anyway, said first.
    expect(r.notMeasured).toContainEqual({ figure: 'reliability.fleet.availability', reason: 'no-assets' });
    expect(r.notMeasured.filter((entry) => entry.figure === 'fleet.backlog')).toHaveLength(1);
    expect(r.trend.notMeasured).toContainEqual({ figure: 'slaResolution', reason: 'no-end-state' });
  });
  it('keeps the response SLA when the export has first responses', () => {
    // T1 answered after 30 min (met), T2 after 90 min (breached, 1 h), T3 after 20 min (met). T4
    // has none: had it been resolved, its resolution would be its response (DESIGN §5), and the
    // export does not say whether it was. Unknown, counted apart: not 372 h breached up to asOf.
    const csv = [`${head},firstResponseAt`, ...rows.map((row, i) => [...row, ['2026-03-02T09:30Z', '2026-03-05T11:30Z', '2026-03-03T08:20Z', ''][i]].join(','))].join('\n');
    const { report: answered } = report(csv);
    expect(answered.sla.response).toMatchObject({ met: 2, breached: 1, pending: 0, unknown: 1, adherence: 2 / 3 });
    expect(answered.sla.resolution).toBeNull();
    // The month's response in the trend judges the same way: 2 met of 3 judged.
    expect(reportToMarkdown(answered)).toContain('66.7% (2/3, 1 without a response, ended or not (the export does not say))');
    expect(answered.trend.series.slaResponse[answered.trend.months.indexOf('2026-03')]).toBeCloseTo(2 / 3, 12);
  });
  it('tells it in the Markdown review, in English and in French', () => {
    const en = reportToMarkdown(r);
    expect(en).toContain('| Resolution SLA met | not measured |');
    expect(en).toContain(
      '- Open tickets (backlog): the export says neither a status nor when tickets were resolved or closed, so which tickets are still open cannot be told',
    );
    expect(en).toContain('- tickets.csv: No column says how a ticket ended (no status, no resolution or closing date, no time to resolution)');
    expect(en).not.toMatch(/Tickets open (at|on)/);
    const fr = reportToMarkdown(report(withoutEnd, 'fr').report);
    expect(fr).toContain('| SLA de résolution respecté | non mesuré |');
    expect(fr).toContain('- Tickets encore ouverts\u202f: l’export ne donne ni le statut des tickets ni leur date de résolution ou de clôture, on ne peut donc pas savoir lesquels sont encore ouverts');
    expect(fr).toContain('- tickets.csv\u202f: Aucune colonne ne dit comment un ticket s’est terminé');
  });
});

describe('the same tickets with a resolution column: the figures as before', () => {
  const { report: r } = report(withEnd);
  it('pins the backlog, the still-open finding, the resolution SLA, failures, downtime, MTTR and lost hours', () => {
    // Open at asOf (10 Apr 00:00): T3 since 3 Mar 08:00 = 37 d 16 h = 904 h; T4 since 25 Mar 12:00 = 15 d 12 h = 372 h.
    expect(r.fleet.backlog).toEqual({ open: 2, byAge: { '<1d': 0, '1-7d': 0, '7-30d': 1, '>30d': 1 }, oldestHours: 904, ticketIds: ['T3', 'T4'] });
    expect(r.findings.find((finding) => finding.kind === 'backlog-aged')?.evidence).toMatchObject({ count: 1, ticketIds: ['T3'] });
    // T1 4 h ≤ 8 h met; T2 24 h > 8 h breached; T3 open 904 h > 8 h breached; T4 (P3) open 372 h > 24 h breached.
    expect(r.sla.resolution).toMatchObject({ met: 1, breached: 3, pending: 0, adherence: 0.25 });
    // PC-1: two outages (4 h, 24 h); PC-2: T3 open from 3 Mar 08:00 to the period's end (1 Apr
    // 00:00) = 28 d 16 h = 688 h. 3 failures, 716 h down; MTTR over the two repaired = 14 h.
    expect(r.reliability.fleet).toMatchObject({ failures: 3, downtimeHours: 716, mttrHours: 14 });
    // Lost hours: P2 incidents × 0.5 (priorityImpact), one user each: (4 + 24 + 688) × 0.5 = 358 h, × €40 = €14,320.
    expect(r.lostHours).toMatchObject({ totalHours: 358, cost: 14_320 });
    expect(r.tco.byCategory.downtime).toBe(14_320);
    expect(r.notMeasured.filter((entry) => entry.reason === 'no-end-state')).toEqual([]);
    expect(r.dataQuality.tickets?.noEndState).toBeUndefined();
  });
  it('keeps the same counts', () => {
    expect(r.volume.tickets).toBe(4);
    expect(r.recurrence.incidents).toBe(3);
  });
});

describe('an export of open tickets only (noTicketEnded)', () => {
  // The same four tickets with a status and none ended: a list filtered on open tickets, as GLPI's
  // ticket list opens ("not solved"; anisotton/automations glpi.csv, 84 tickets all open).
  const statuses = ['Open', 'Pending', 'Open', 'Open'];
  const openOnly = [`${head},status`, ...rows.map((row, i) => [...row, statuses[i]].join(','))].join('\n');

  it('tells a file where no ticket ended from one where one did', () => {
    expect(noTicketEnded(report(openOnly).read.table)).toBe(true);
    expect(noTicketEnded(report(withEnd).read.table)).toBe(false);
    // A status that ended, without any date, is an end too.
    const cancelled = openOnly.replace(/Open$/, 'Cancelled');
    expect(noTicketEnded(report(cancelled).read.table)).toBe(false);
    expect(noTicketEnded(ticketsFromRows([]))).toBe(false);
  });

  it('keeps the counts of the resolution SLA and leaves its rate null (open-only)', () => {
    const { report: r } = report(openOnly);
    // Targets on the wall clock: T1, T2, T3 (P2, 8 h) and T4 (P3, 24 h, opened 25 March 12:00)
    // are all past their target at asOf 10 April and still open: 4 breached, none met. The rate
    // would be 0/4 by construction: an open ticket is only judged once late.
    expect(r.sla.resolution).toMatchObject({ met: 0, breached: 4, pending: 0, unknown: 0, adherence: null });
    expect(Object.values(r.sla.byPriority).map((entry) => entry.resolution?.adherence)).toEqual([null, null]);
    expect(r.notMeasured).toContainEqual({ figure: 'sla.resolution.adherence', reason: 'open-only' });
    expect(r.findings.some((finding) => finding.kind === 'sla-below-target')).toBe(false);
    // The backlog is what such a list measures: 4 open at asOf.
    expect(r.fleet.backlog.open).toBe(4);
    const markdown = reportToMarkdown(r);
    expect(markdown).toContain('| Resolution SLA met | not measured (0/4) |');
    expect(markdown).toContain('- Tickets: the export holds only tickets still open, none resolved, closed or cancelled,');
    const french = reportToMarkdown(report(openOnly, 'fr').report);
    expect(french).toContain('| SLA de résolution respecté | non mesuré (0/4) |');
    expect(french).toContain('- Tickets\u202f: l’export ne contient que des tickets encore ouverts, aucun résolu, clos ou annulé');
  });

  it('says "not measured" with the counts when no open ticket is late yet either', () => {
    // One P2 ticket (8 h on the wall clock) opened 31 March 10:00, asOf 12:00: 2 h elapsed, pending.
    const read = readTickets(`${head},status\nT9,2026-03-31T10:00Z,P2,incident,,,Open`, { fileName: 'tickets.csv', timezone: 'UTC' });
    const r = buildReport({ tickets: read.table, policy, quality: { tickets: read.quality } }, { period: '2026-03', asOf: '2026-03-31T12:00Z' });
    expect(r.sla.resolution).toMatchObject({ met: 0, breached: 0, pending: 1, adherence: null });
    expect(r.notMeasured).toContainEqual({ figure: 'sla.resolution.adherence', reason: 'open-only' });
    expect(reportToMarkdown(r)).toContain('| Resolution SLA met | not measured (0/0, 1 pending) |');
  });

  it('compares no period with the one before: an earlier one keeps fewer of its tickets open', () => {
    // T0, opened in February and still open, puts data in the previous period (2026-02 whole).
    const spanning = `${openOnly}\nT0,2026-02-01T09:00Z,P2,incident,PC-3,Hardware,Open`;
    const { report: r } = report(spanning);
    expect(r.openOnly).toBe(true);
    expect(r.previous.coverage?.covered).toBe(true);
    expect(comparisonOf(r.coverage, r.previous.coverage, true)).toEqual({ kind: 'open-only' });
    const markdown = reportToMarkdown(r);
    expect(markdown).toContain('Not compared with the previous period: the export holds only tickets still open, and an earlier period keeps fewer of its tickets open.');
    expect(markdown).not.toContain('| Previous period |');
    expect(reportToMarkdown(report(spanning, 'fr').report)).toContain(
      'Pas de comparaison avec la période précédente\u202f: l’export ne contient que des tickets encore ouverts, et une période plus ancienne garde moins de ses tickets ouverts.',
    );
    // Once a ticket ended, the flag is absent and the periods compare as their coverage says.
    const ended = `${withEnd}\nT0,2026-02-01T09:00Z,P2,incident,PC-3,Hardware,`;
    expect(report(ended).report.openOnly).toBeUndefined();
  });

  it('changes nothing once a ticket ended', () => {
    const { report: r } = report(withEnd);
    // T1 resolved after 4 h (met), T2 after 24 h (breached), T3 and T4 open and late: 1 of 4.
    expect(r.sla.resolution).toMatchObject({ met: 1, breached: 3, adherence: 0.25 });
    expect(r.notMeasured.some((entry) => entry.reason === 'open-only')).toBe(false);
  });
});

describe('a first-response column empty on most tickets that ended (responsesMostlyMissing)', () => {
  // The four tickets, T1 and T2 resolved (4 h and 24 h), T3 and T4 closed on 9 April 10:00; only
  // T1 has a first response (30 min). T2, T3, T4 would take their resolution as their response.
  const ends = ['2026-03-02T13:00Z', '2026-03-06T10:00Z', '2026-04-09T10:00Z', '2026-04-09T10:00Z'];
  const csv = (answers: string[]) =>
    [`${head},status,resolvedAt,firstResponseAt`, ...rows.map((row, i) => [...row, 'Closed', ends[i], answers[i]].join(','))].join('\n');
  const one = csv(['2026-03-02T09:30Z', '', '', '']);
  const two = csv(['2026-03-02T09:30Z', '2026-03-05T10:20Z', '', '']);

  it('counts the tickets that ended with and without a first response', () => {
    // 1 of 4 answered: under half. 2 of 4: half, not under.
    expect(responsesMostlyMissing(report(one).read.table)).toBe(true);
    expect(responsesMostlyMissing(report(two).read.table)).toBe(false);
    // No first-response column: response is not measured at all (no-response-time), not this.
    expect(responsesMostlyMissing(report(withEnd).read.table)).toBe(false);
  });

  it('keeps the counts of the response SLA and leaves its rate null (few-responses)', () => {
    const { report: r } = report(one);
    // Targets 1 h (P2) and 4 h (P3) on the wall clock. T1 answered after 30 min: met. T2 stands in
    // with its resolution after 24 h: breached; T3 (P2) and T4 (P3) with theirs on 9 April: breached.
    expect(r.sla.response).toMatchObject({ met: 1, breached: 3, adherence: null });
    expect(r.notMeasured).toContainEqual({ figure: 'sla.response.adherence', reason: 'few-responses' });
    // No finding on the response rate (the 4 judged are below SLA_MIN_TICKETS for any anyway).
    expect(r.findings.filter((finding) => finding.kind === 'sla-below-target').map((finding) => (finding.evidence as { target: string }).target)).not.toContain('response');
    expect(reportToMarkdown(r)).toContain('| Response SLA met | not measured (1/4) |');
    expect(reportToMarkdown(report(one, 'fr').report)).toContain('| SLA de prise en charge respecté | non mesuré (1/4) |');
    // The resolution is measured as before: T1 4 h ≤ 8 h met, T2 24 h > 8 h, T3 and T4 breached.
    expect(r.sla.resolution).toMatchObject({ met: 1, breached: 3, adherence: 0.25 });
  });

  it('measures the response rate when half or more have one', () => {
    // T1 30 min (met), T2 20 min (met), T3 and T4 on their resolution: breached. 2 of 4.
    expect(report(two).report.sla.response).toMatchObject({ met: 2, breached: 2, adherence: 0.5 });
  });
});
