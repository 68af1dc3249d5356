// asOf stands for "now" (DESIGN §4): a ticket opened after it does not exist yet at that "now".
// buildReport leaves it out once, before any KPI, and counts it in the data quality
// (`opened-after-as-of`). Review7 found the figures disagreeing: SLA and reliability left such
// tickets out while volumes, incidents and recurrence counted them.
import { describe, expect, it } from 'vitest';
import { readTickets } from '../ingest/read.js';
import { assetsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';

// P1 on a 24×7 clock: resolution target 4 h. Same asset and category throughout (one chain).
const policy = parsePolicy({ timezone: 'UTC', sla: { P1: { response: '1h', resolution: '4h', clock: '24x7' } } });
const CSV = [
  'id,openedAt,type,priority,category,assetId,resolvedAt',
  'T1,2026-03-02T09:00:00Z,incident,P1,Net,SRV1,2026-03-02T10:00:00Z', // 1 h: met
  'T2,2026-03-10T09:00:00Z,incident,P1,Net,SRV1,', // open; at asOf 12:00, 3 h < 4 h: pending
  'T3,2026-03-15T09:00:00Z,incident,P1,Net,SRV1,2026-03-15T10:00:00Z', // after asOf: not yet
  'T4,2026-03-10T12:00:30Z,incident,P1,Net,SRV1,', // in asOf's minute (12:00): not after it
].join('\n');
const read = readTickets(CSV, { timezone: 'UTC', fileName: 't.csv' });
const data = { tickets: read.table, policy, quality: { tickets: read.quality } };

describe('buildReport with an asOf earlier than some tickets', () => {
  it('leaves the tickets opened after asOf out of every figure and counts them in the data quality', () => {
    const report = buildReport(data, { period: '2026-03', asOf: '2026-03-10T12:00:00Z' });
    // T1, T2, T4 exist at asOf; T3 does not.
    expect(report.volume.tickets).toBe(3);
    expect(report.coverage).toMatchObject({ ticketsInPeriod: 3, lastOpenedAt: '2026-03-10T12:00:00.000Z' }); // at the minute
    // T1 met (1 h); T2 pending (3 h of 4); T4 pending (0 h).
    expect(report.sla.resolution).toMatchObject({ met: 1, breached: 0, pending: 2, adherence: 1 });
    // One chain T1 → T2 → T4 (within 30 days): 2 repeats of 3 keyed incidents. With T3 it was 3/4.
    expect(report.recurrence).toMatchObject({ incidents: 3, withKey: 3, repeats: 2 });
    expect(report.dataQuality.tickets!.warnings['opened-after-as-of']).toBe(1);
    // The read itself is unchanged: 4 rows read and accepted.
    expect(report.dataQuality.tickets).toMatchObject({ rowsRead: 4, accepted: 4 });
    expect(reportToMarkdown(report)).toContain('- t.csv: opened after the data date (left out of every figure): 1');
    expect(reportToMarkdown({ ...report, language: 'fr' })).toContain('ouvert après la date des données (hors de tous les chiffres)');
  });

  it('an asOf before every ticket: no ticket exists yet, so the period has no data (not "9 tickets opened" beside no SLA)', () => {
    const report = buildReport(data, { period: '2026-03', asOf: '2026-02-01' });
    expect(report.coverage).toMatchObject({ ticketsInPeriod: 0, covered: false, firstOpenedAt: null, days: { covered: 0 } });
    // A period the data do not cover has no figure at all (DESIGN §5 coverage), volumes included.
    expect(report.volume.tickets).toBeNull();
    expect(report.recurrence.rate).toBeNull();
    expect(report.sla.resolution).toBeNull();
    expect(report.dataQuality.tickets!.warnings['opened-after-as-of']).toBe(4);
  });

  it('the default asOf (the latest instant of the data) leaves nothing out', () => {
    const report = buildReport(data, { period: '2026-03' });
    expect(report.volume.tickets).toBe(4);
    expect(report.dataQuality.tickets!.warnings['opened-after-as-of']).toBeUndefined();
  });
});

describe('the default asOf and a date flagged in the future', () => {
  // Review7's `ty` case: a resolution typed 2062 made "Data as of 12 Mar 2062" and an
  // availability of 8.52 %. Read on 1 April 2026 (`now`), the 2062 value is flagged
  // `future-date`; the default asOf is the latest instant not after `now`: Y3's opening,
  // 12 March 2026 10:00.
  const TYPO = [
    'id,openedAt,priority,status,resolvedAt,assetId,category',
    'Y1,2026-03-10T10:00:00Z,P2,closed,2026-03-10T12:00:00Z,PC1,Net',
    'Y2,2026-03-11T10:00:00Z,P2,open,,PC1,Net',
    'Y3,2026-03-12T10:00:00Z,P2,closed,2062-03-12T11:00:00Z,PC2,Net',
  ].join('\n');
  const typo = readTickets(TYPO, { timezone: 'UTC', fileName: 't.csv', now: Date.parse('2026-04-01T00:00:00Z') });

  it('is not set by the flagged value', () => {
    expect(typo.quality.warnings['future-date']).toBe(1);
    expect(typo.quality.futureAfter).toBe(Date.parse('2026-04-01T00:00:00Z'));
    const report = buildReport({ tickets: typo.table, policy, quality: { tickets: typo.quality } }, { period: '2026-03' });
    expect(report.asOf).toBe('2026-03-12T10:00:00.000Z');
    // Y3, resolved "in 2062", is still open at that asOf (resolved after it).
    expect(report.dataQuality.tickets!.warnings['opened-after-as-of']).toBeUndefined();
  });

  it('without the quality report (or with nothing flagged) the latest instant of all stands', () => {
    expect(buildReport({ tickets: typo.table, policy }, { period: '2026-03' }).asOf).toBe('2062-03-12T11:00:00.000Z');
    expect(read.quality.futureAfter).toBeUndefined();
  });

  it('dates ahead of the clock that are no strays keep DESIGN §4\'s rule: the latest instant anywhere', () => {
    // The audit of 2026-12-05: four P1 tickets (4 h, 24×7) of 20 Nov – 20 Dec 2026 read on 5 Dec.
    // N3 and N4 are "in the future" (flagged), but half the file and within three weeks of N2:
    // no strays. By hand: asOf 20 Dec 16:00; N1–N3 took 1 h (met), N4 6 h (breached): 3/4.
    const audit = [
      'id,openedAt,priority,status,resolvedAt',
      'N1,2026-11-20T10:00:00Z,P1,Closed,2026-11-20T11:00:00Z',
      'N2,2026-12-01T10:00:00Z,P1,Closed,2026-12-01T11:00:00Z',
      'N3,2026-12-10T10:00:00Z,P1,Closed,2026-12-10T11:00:00Z',
      'N4,2026-12-20T10:00:00Z,P1,Closed,2026-12-20T16:00:00Z',
    ].join('\n');
    const ahead = readTickets(audit, { timezone: 'UTC', fileName: 'n.csv', now: Date.parse('2026-12-05T00:00:00Z') });
    expect(ahead.quality.warnings['future-date']).toBe(4); // N3's and N4's openings and resolutions
    const report = buildReport({ tickets: ahead.table, policy, quality: { tickets: ahead.quality } }, { period: '2026-Q4' });
    expect(report.asOf).toBe('2026-12-20T16:00:00.000Z');
    expect(report.volume.tickets).toBe(4);
    expect(report.sla.resolution).toMatchObject({ met: 3, breached: 1, adherence: 0.75 });
    expect(report.dataQuality.tickets!.warnings['opened-after-as-of']).toBeUndefined();
  });

  it('a typo a year past the rest is a stray even beside dates just ahead of the clock', () => {
    // The review of 2026-12-05: read on 5 Dec 2026, C opened 10 Dec (near future, no stray) and B
    // "resolved" 26 Nov 2062. The dates before the first gap of a year count: asOf 10 Dec 09:00.
    const mixed = [
      'id,openedAt,priority,status,resolvedAt',
      'A,2026-11-20T09:00:00Z,P1,Open,',
      'B,2026-11-25T09:00:00Z,P1,Closed,2062-11-26T09:00:00Z',
      'C,2026-12-10T09:00:00Z,P1,Open,',
    ].join('\n');
    const read = readTickets(mixed, { timezone: 'UTC', fileName: 'm.csv', now: Date.parse('2026-12-05T00:00:00Z') });
    expect(buildReport({ tickets: read.table, policy, quality: { tickets: read.quality } }, { period: '2026-Q4' }).asOf).toBe('2026-12-10T09:00:00.000Z');
  });

  it('in a file of 100 tickets or more, dates in the future on at most 1 % of them are strays', () => {
    // 200 tickets of March 2026 resolved within the hour, read on 1 April 2026; 2 (1 %) resolved
    // "on 15 April": strays, asOf is the last credible instant (R199's resolution, 31 March 11:00 by
    // construction). With 3 (1.5 %) they are no strays: asOf is 15 April 11:00.
    const rows = (future: number) => [
      'id,openedAt,priority,status,resolvedAt',
      ...Array.from({ length: 200 }, (_, i) => {
        const day = String(1 + Math.floor((i * 31) / 200)).padStart(2, '0');
        const resolved = i < future ? '2026-04-15T11:00:00Z' : `2026-03-${day}T11:00:00Z`;
        return `R${String(i).padStart(3, '0')},2026-03-${day}T10:00:00Z,P1,Closed,${resolved}`;
      }),
    ].join('\n');
    const now = Date.parse('2026-04-01T00:00:00Z');
    const few = readTickets(rows(2), { timezone: 'UTC', fileName: 'r.csv', now });
    expect(buildReport({ tickets: few.table, policy, quality: { tickets: few.quality } }, { period: '2026-03' }).asOf).toBe('2026-03-31T11:00:00.000Z');
    const more = readTickets(rows(3), { timezone: 'UTC', fileName: 'r.csv', now });
    expect(buildReport({ tickets: more.table, policy, quality: { tickets: more.quality } }, { period: '2026-03' }).asOf).toBe('2026-04-15T11:00:00.000Z');
  });

  it('the clients of the tickets opened after asOf: respell the inventory, but are no client of the review', () => {
    // Pinned when buildReport came to read the client column once for both (review7): Zed's only
    // ticket is opened after asOf; the inventory spells Acme "ACME" and Zed "ZED".
    const csv = [
      'id,openedAt,priority,client,resolvedAt',
      'A1,2026-03-02T09:00:00Z,P1,Acme,2026-03-02T10:00:00Z',
      'Z1,2026-03-15T09:00:00Z,P1,Zed,',
      'A2,2026-03-16T09:00:00Z,P1,Acme,',
    ].join('\n');
    const tickets = readTickets(csv, { timezone: 'UTC', fileName: 't.csv' }).table;
    const assets = assetsFromRows([
      { id: 'S1', client: 'ACME' },
      { id: 'S2', client: 'ZED' },
    ]);
    const withOverrides = parsePolicy({ timezone: 'UTC', clients: { acme: {}, zed: {} } });
    const report = buildReport({ tickets, assets, policy: withOverrides }, { period: '2026-03', asOf: '2026-03-10T12:00:00Z' });
    // ZED is Zed's spelling (Z1 is in the export): the inventory names Zed, a client of the data.
    expect(report.clients).toEqual(['Acme', 'Zed']);
    expect(report.policyNotices).toEqual([]);
    // Without the inventory, Zed does not exist at asOf: its override is said, its name refused.
    const alone = buildReport({ tickets, policy: withOverrides }, { period: '2026-03', asOf: '2026-03-10T12:00:00Z' });
    expect(alone.clients).toEqual(['Acme']);
    expect(alone.policyNotices).toEqual([{ code: 'unknown-client', name: 'zed' }]);
    expect(() => buildReport({ tickets, assets, policy }, { period: '2026-03', asOf: '2026-03-10T12:00:00Z', client: 'zed' })).not.toThrow();
    expect(buildReport({ tickets, policy }, { period: '2026-03', asOf: '2026-03-10T12:00:00Z', client: 'acme' }).client).toBe('Acme');
    expect(() => buildReport({ tickets, policy }, { period: '2026-03', asOf: '2026-03-10T12:00:00Z', client: 'zed' })).toThrow('no client named "zed" (clients: Acme)');
  });
});
