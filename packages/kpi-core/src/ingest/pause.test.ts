// The paused time of an event-log export measured from its status history (DESIGN §2:
// pausedMinutes is "time spent in pause statuses"; the policy lists them). A look-alike of the
// UCI ServiceNow incident event log (one row per update, same column names and date format as
// /work/shared/data/uci-incident-event-log), written here with no real data.
import { describe, expect, it } from 'vitest';
import { ticketRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from '../report/build.js';
import { reportToMarkdown } from '../report/markdown.js';
import { pausedFromHistory, pauseReadOptions, readTickets } from './read.js';

const HEADER = 'number,incident_state,active,reassignment_count,reopen_count,sys_mod_count,made_sla,opened_at,sys_updated_at,priority,resolved_at,closed_at';
const LOG = [
  HEADER,
  // INC1: paused 10:00 → 13:00 (Awaiting User Info until the next event) = 180 min.
  'INC1,New,true,0,0,0,true,15/03/2026 09:00,15/03/2026 09:00,1 - Critical,15/03/2026 14:00,',
  'INC1,Awaiting User Info,true,0,0,1,true,15/03/2026 09:00,15/03/2026 10:00,1 - Critical,15/03/2026 14:00,',
  'INC1,Active,true,0,0,2,true,15/03/2026 09:00,15/03/2026 13:00,1 - Critical,15/03/2026 14:00,',
  'INC1,Resolved,true,0,0,3,true,15/03/2026 09:00,15/03/2026 14:00,1 - Critical,15/03/2026 14:00,',
  // INC2: two pauses in a row, 09:30 → 11:00 (90 min) and 11:00 → 12:00 (60 min) = 150 min;
  // its rows out of order in the file (the order is sys_updated_at's).
  'INC2,Resolved,true,0,0,4,true,15/03/2026 09:00,15/03/2026 15:00,1 - Critical,15/03/2026 15:00,',
  'INC2,Awaiting Vendor,true,0,0,1,true,15/03/2026 09:00,15/03/2026 09:30,1 - Critical,15/03/2026 15:00,',
  'INC2,New,true,0,0,0,true,15/03/2026 09:00,15/03/2026 09:00,1 - Critical,15/03/2026 15:00,',
  'INC2,awaiting user info,true,0,0,2,true,15/03/2026 09:00,15/03/2026 11:00,1 - Critical,15/03/2026 15:00,',
  'INC2,Active,true,0,0,3,true,15/03/2026 09:00,15/03/2026 12:00,1 - Critical,15/03/2026 15:00,',
  // INC3: paused from 10:00, next event 11:00, but resolved at 10:30: clipped there = 30 min.
  'INC3,New,true,0,0,0,true,15/03/2026 09:00,15/03/2026 09:00,1 - Critical,15/03/2026 10:30,',
  'INC3,Awaiting User Info,true,0,0,1,true,15/03/2026 09:00,15/03/2026 10:00,1 - Critical,15/03/2026 10:30,',
  'INC3,Resolved,true,0,0,2,true,15/03/2026 09:00,15/03/2026 11:00,1 - Critical,15/03/2026 10:30,',
  // INC4: a pause that is its last event has no end in the file: 0 min in pausedMinutes, and an
  // open interval from 10:00 (still paused at reading; the SLA counts it up to asOf).
  'INC4,New,true,0,0,0,true,16/03/2026 09:00,16/03/2026 09:00,1 - Critical,,',
  'INC4,Awaiting User Info,true,0,0,1,true,16/03/2026 09:00,16/03/2026 10:00,1 - Critical,,',
].join('\n');
const PAUSES = ['Awaiting User Info', 'Awaiting Vendor', 'Awaiting Problem', 'Awaiting Evidence'];
// P1: resolution within 4 h, wall time.
const policyDocument = { timezone: 'UTC', sla: { P1: { response: '1h', resolution: '4h', clock: '24x7' } } };

function read(pauseStatuses?: readonly string[]) {
  return readTickets(LOG, { fileName: 'events.csv', timezone: 'UTC', now: Date.UTC(2027, 0, 1), ...(pauseStatuses ? { pauseStatuses } : {}) });
}

describe('pause statuses on an event log', () => {
  it('measures each ticket\'s paused minutes from its status history (ignoring case), clipped at its resolution', () => {
    const { table, quality } = read(PAUSES);
    expect(quality.preset.name).toBe('servicenow');
    expect(quality.merged).toBe(14 - 4);
    const paused = Object.fromEntries(ticketRows(table).map((row) => [row.id, row.pausedMinutes]));
    expect(paused).toEqual({ INC1: 180, INC2: 150, INC3: 30, INC4: 0 });
    // The intervals as the events give them (INC2's two pauses in a row make one, 09:30 → 12:00;
    // INC3's is not clipped at its resolution: the SLA clips each to its own span).
    expect(Object.fromEntries(ticketRows(table).map((row) => [row.id, row.pauses]))).toEqual({
      INC1: '2026-03-15T10:00:00.000Z/2026-03-15T13:00:00.000Z',
      INC2: '2026-03-15T09:30:00.000Z/2026-03-15T12:00:00.000Z',
      INC3: '2026-03-15T10:00:00.000Z/2026-03-15T11:00:00.000Z',
      INC4: '2026-03-16T10:00:00.000Z/..',
    });
    // Without pause statuses nothing is measured: the column stays empty.
    expect(ticketRows(read().table).map((row) => row.pausedMinutes)).toEqual([null, null, null, null]);
    expect(read().table.column('pauses')).toBeUndefined();
  });

  it('changes the SLA outcomes as computed by hand', () => {
    const options = { period: '2026-03', asOf: '2026-03-16T20:00:00Z' } as const;
    const policy = parsePolicy({ ...policyDocument, pauseStatuses: PAUSES });
    const withPauses = buildReport({ tickets: read(PAUSES).table, policy }, options);
    // INC1 5 h − 3 h = 2 h met; INC2 6 h − 2.5 h = 3.5 h met; INC3 1.5 h − 0.5 h = 1 h met;
    // INC4 open (Awaiting User Info: pending class), paused since 10:00: 11 h at asOf − the 10 h
    // of its pause still on = 1 h ≤ 4 h, pending (it was breached when the ongoing pause was not
    // deducted).
    expect(withPauses.sla.resolution).toMatchObject({ met: 3, breached: 0, pending: 1 });
    // Every pause was measured from the history: no exported number of minutes was assumed.
    expect(withPauses.assumptions.map((a) => a.key)).not.toContain('pausedMinutes');
    expect(withPauses.policyNotices).toEqual([]);
    // The same log read without them: INC1 5 h and INC2 6 h breach; INC3 1.5 h met; INC4 breached.
    const without = buildReport({ tickets: read().table, policy: parsePolicy(policyDocument) }, options);
    expect(without.sla.resolution).toMatchObject({ met: 1, breached: 3, pending: 0 });
  });

  it('a paused-time column of the file wins: the history is not used', () => {
    const withColumn = LOG.replace(HEADER, `${HEADER},paused`).split('\n').map((line, i) => (i === 0 ? line : `${line},7`)).join('\n');
    const { table } = readTickets(withColumn, { fileName: 'events.csv', timezone: 'UTC', now: Date.UTC(2027, 0, 1), pauseStatuses: PAUSES, mapping: { extends: 'servicenow', columns: { pausedMinutes: 'paused' } } });
    expect(ticketRows(table).map((row) => row.pausedMinutes)).toEqual([7, 7, 7, 7]);
  });

  it('pause statuses on a one-row-per-ticket export without a paused-time column: said, never silently ignored', () => {
    const csv = ['id,openedAt,priority,status,resolvedAt', 'T1,2026-03-02T09:00:00Z,P1,resolved,2026-03-02T15:00:00Z'].join('\n');
    const tickets = readTickets(csv, { fileName: 't.csv', timezone: 'UTC', pauseStatuses: PAUSES });
    const report = buildReport({ tickets: tickets.table, policy: parsePolicy({ ...policyDocument, pauseStatuses: PAUSES }) }, { period: '2026-03' });
    expect(report.policyNotices).toEqual([{ code: 'pause-statuses-not-applied' }]);
    expect(reportToMarkdown(report)).toContain('The policy lists pause statuses, but the export has no status history');
    // Without pause statuses in the policy, nothing to say.
    expect(buildReport({ tickets: tickets.table, policy: parsePolicy(policyDocument) }, { period: '2026-03' }).policyNotices).toEqual([]);
  });

  it('an event whose ticket has no kept row adds nothing to another ticket', () => {
    // Rows 1–2 are T2's events, but only T1 (row 0) is kept: a row left out of the merge must not
    // be sorted in with the ticket whose kept row is row 0 (an unknown ticket read as key 0).
    const minute = 60_000;
    const paused = pausedFromHistory(
      {
        ids: ['T1', 'T2', 'T2'],
        statuses: ['Active', 'Awaiting User Info', 'Active'],
        order: Float64Array.of(0, 10 * minute, 70 * minute),
        resolved: undefined,
        latest: new Map([['T1', 0]]),
        keep: Int32Array.of(0),
      },
      PAUSES,
    );
    // T1 has one event, never paused: 0 (T2's 60 paused minutes were added to it).
    expect(Array.from(paused.minutes)).toEqual([0]);
  });

  it('a pause that starts before the ticket was opened counts from its opening', () => {
    // The log says Awaiting User Info at 08:00, an hour before opened_at (09:00): the ticket did
    // not exist yet. Paused 09:00 → 10:00 = 60 min, not 120 (which exceeds the 2 h it was open
    // before its resolution at 11:00).
    const log = [
      HEADER,
      'INC5,Awaiting User Info,true,0,0,0,true,15/03/2026 09:00,15/03/2026 08:00,1 - Critical,15/03/2026 11:00,',
      'INC5,Active,true,0,0,1,true,15/03/2026 09:00,15/03/2026 10:00,1 - Critical,15/03/2026 11:00,',
      'INC5,Resolved,true,0,0,2,true,15/03/2026 09:00,15/03/2026 11:00,1 - Critical,15/03/2026 11:00,',
    ].join('\n');
    const { table } = readTickets(log, { fileName: 'events.csv', timezone: 'UTC', now: Date.UTC(2027, 0, 1), pauseStatuses: PAUSES });
    expect(ticketRows(table).map((row) => row.pausedMinutes)).toEqual([60]);
  });

  it('a pause status that no event of the log spells is said, not silently ignored', () => {
    // "Awaiting User Information" (a typo of the log's "Awaiting User Info") pauses nothing: the
    // review said nothing and looked as if paused time had been taken off.
    // "awaiting  vendor", its spacing aside, is the log's "Awaiting Vendor".
    const statuses = ['Awaiting User Information', 'awaiting  vendor', 'On Hold'];
    const { quality, table } = read(statuses);
    expect(quality.pauseStatusesUnseen).toEqual(['Awaiting User Information', 'On Hold']);
    // INC2's Awaiting Vendor, 09:30 → 11:00, still counts.
    expect(ticketRows(table).map((row) => row.pausedMinutes)).toEqual([0, 90, 0, 0]);
    const report = buildReport({ tickets: table, policy: parsePolicy({ ...policyDocument, pauseStatuses: statuses }), quality: { tickets: quality } }, { period: '2026-03' });
    expect(report.policyNotices).toEqual([{ code: 'pause-statuses-unseen', statuses: ['Awaiting User Information', 'On Hold'] }]);
    expect(reportToMarkdown(report)).toContain(
      'The policy\'s pause statuses "Awaiting User Information", "On Hold" name no status of the export\'s history (compared ignoring case, accents and spacing): they paused nothing.',
    );
    expect(reportToMarkdown({ ...report, language: 'fr' })).toContain(
      'Les statuts de pause «\u202fAwaiting User Information\u202f», «\u202fOn Hold\u202f» de la politique ne désignent aucun statut de l’historique de l’export (comparés sans tenir compte des majuscules, accents et espaces)\u202f: ils n’ont rien mis en pause.',
    );
    // Every status seen: nothing to say.
    expect(read(['Awaiting User Info', 'AWAITING VENDOR']).quality.pauseStatusesUnseen).toBeUndefined();
  });

  it('a client override\'s pause statuses measure its own tickets (its name matched as the report matches overrides)', () => {
    // Acme pauses on Awaiting Vendor only; every other client on the base list (Awaiting User Info).
    const header = `${HEADER},company`;
    const log = [
      header,
      // Acme: vendor 10:00 → 11:00 (60, its own), user info 11:00 → 13:00 (not Acme's).
      'INC6,New,true,0,0,0,true,15/03/2026 09:00,15/03/2026 09:00,1 - Critical,15/03/2026 14:00,,Acme',
      'INC6,Awaiting Vendor,true,0,0,1,true,15/03/2026 09:00,15/03/2026 10:00,1 - Critical,15/03/2026 14:00,,Acme',
      'INC6,Awaiting User Info,true,0,0,2,true,15/03/2026 09:00,15/03/2026 11:00,1 - Critical,15/03/2026 14:00,,Acme',
      'INC6,Resolved,true,0,0,3,true,15/03/2026 09:00,15/03/2026 13:00,1 - Critical,15/03/2026 14:00,,Acme',
      // Beta, the same history: user info 11:00 → 13:00 (120, the base list's).
      'INC7,New,true,0,0,0,true,15/03/2026 09:00,15/03/2026 09:00,1 - Critical,15/03/2026 14:00,,Beta',
      'INC7,Awaiting Vendor,true,0,0,1,true,15/03/2026 09:00,15/03/2026 10:00,1 - Critical,15/03/2026 14:00,,Beta',
      'INC7,Awaiting User Info,true,0,0,2,true,15/03/2026 09:00,15/03/2026 11:00,1 - Critical,15/03/2026 14:00,,Beta',
      'INC7,Resolved,true,0,0,3,true,15/03/2026 09:00,15/03/2026 13:00,1 - Critical,15/03/2026 14:00,,Beta',
    ].join('\n');
    const policy = parsePolicy({ ...policyDocument, pauseStatuses: ['Awaiting User Info'], clients: { acme: { pauseStatuses: ['Awaiting Vendor'] }, Gamma: {} } });
    const options = pauseReadOptions(policy);
    expect(options).toEqual({ pauseStatuses: ['Awaiting User Info'], clientPauseStatuses: { acme: ['Awaiting Vendor'] } });
    const { table, quality } = readTickets(log, { fileName: 'events.csv', timezone: 'UTC', now: Date.UTC(2027, 0, 1), ...options });
    expect(Object.fromEntries(ticketRows(table).map((row) => [row.id, row.pausedMinutes]))).toEqual({ INC6: 60, INC7: 120 });
    expect(quality.pauseStatusesUnseen).toBeUndefined();
    // Only a client lists pause statuses: the others' tickets are measured, with none (0).
    const only = pauseReadOptions(parsePolicy({ ...policyDocument, clients: { Acme: { pauseStatuses: ['Awaiting Vendor'] } } }));
    expect(only).toEqual({ clientPauseStatuses: { Acme: ['Awaiting Vendor'] } });
    const read2 = readTickets(log, { fileName: 'events.csv', timezone: 'UTC', now: Date.UTC(2027, 0, 1), ...only });
    expect(ticketRows(read2.table).map((row) => row.pausedMinutes)).toEqual([60, 0]);
    // No list anywhere: nothing to pass.
    expect(pauseReadOptions(parsePolicy(policyDocument))).toEqual({});
  });

  it('measures a weekend pause on the business clock of a Mon–Fri 09:00–17:00 calendar', () => {
    // P3, 16 business hours (UTC, Mon–Fri 09:00–17:00, no holidays). INC8 opened Fri 6 Mar 10:00,
    // Awaiting User Info Fri 15:00, Active Mon 9 Mar 10:00, Resolved Tue 10 Mar 14:00.
    //   business time opened → resolved: Fri 10–17 7 h + Mon 9–17 8 h + Tue 9–14 5 h = 20 h
    //   the pause in business time:      Fri 15–17 2 h + Mon 09–10 1 h                = 3 h
    //   elapsed 20 h − 3 h = 17 h > 16 h: breached.
    // Its pausedMinutes (wall time) are Fri 15:00 → Mon 10:00 = 67 h = 4,020: taken off the
    // 20 business hours they gave 0 h and "met", the weekend counted as paused time.
    const log = [
      HEADER,
      'INC8,New,true,0,0,0,true,06/03/2026 10:00,06/03/2026 10:00,3 - Moderate,,',
      'INC8,Awaiting User Info,true,0,0,1,true,06/03/2026 10:00,06/03/2026 15:00,3 - Moderate,,',
      'INC8,Active,true,0,0,2,true,06/03/2026 10:00,09/03/2026 10:00,3 - Moderate,,',
      'INC8,Resolved,true,0,0,3,true,06/03/2026 10:00,10/03/2026 14:00,3 - Moderate,10/03/2026 14:00,',
    ].join('\n');
    const document = {
      timezone: 'UTC',
      calendar: { hours: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'], sat: [], sun: [] }, holidays: { country: null } },
      sla: { P3: { response: '4h', resolution: '16h', clock: 'business' } },
      pauseStatuses: PAUSES,
    };
    const policy = parsePolicy(document);
    const { table } = readTickets(log, { fileName: 'events.csv', timezone: 'UTC', now: Date.UTC(2027, 0, 1), ...pauseReadOptions(policy) });
    expect(ticketRows(table)[0]).toMatchObject({ pausedMinutes: 4020, pauses: '2026-03-06T15:00:00.000Z/2026-03-09T10:00:00.000Z' });
    const report = buildReport({ tickets: table, policy }, { period: '2026-03', asOf: '2026-03-13T17:00:00Z' });
    expect(report.sla.resolution).toMatchObject({ met: 0, breached: 1, medianHours: 17 });
  });

  it('orders the events of one minute by sys_mod_count, not by their place in the file', () => {
    // INC9's events at 10:00 are written in the file in the wrong order: Active (update 2) before
    // Awaiting User Info (update 1). By the counter the ticket was paused at 10:00 until 12:00
    // (120 min); by file order it was active from 10:00 and the pause, between the two 10:00
    // events, lasted 0 min. The kept row is update 3 (Resolved) either way.
    const log = [
      HEADER,
      'INC9,New,true,0,0,0,true,16/03/2026 09:00,16/03/2026 09:00,1 - Critical,16/03/2026 13:00,',
      'INC9,Awaiting User Info,true,0,0,2,true,16/03/2026 09:00,16/03/2026 10:00,1 - Critical,16/03/2026 13:00,',
      'INC9,Active,true,0,0,1,true,16/03/2026 09:00,16/03/2026 10:00,1 - Critical,16/03/2026 13:00,',
      'INC9,Resolved,true,0,0,3,true,16/03/2026 09:00,16/03/2026 12:00,1 - Critical,16/03/2026 13:00,',
    ];
    const read = (lines: string[]) => ticketRows(readTickets(lines.join('\n'), { fileName: 'events.csv', timezone: 'UTC', now: Date.UTC(2027, 0, 1), pauseStatuses: PAUSES }).table);
    // Counter 1 (Active) then 2 (Awaiting User Info) at 10:00: paused 10:00 → 12:00 = 120 min.
    expect(read(log)[0]).toMatchObject({ pausedMinutes: 120, pauses: '2026-03-16T10:00:00.000Z/2026-03-16T12:00:00.000Z', status: 'Resolved' });
    // Without the counter column, the file's order decides: Awaiting (row 2) then Active (row 3)
    // at 10:00, a pause of 0 min.
    const withoutCounter = log.map((line) => line.split(',').filter((_, i) => i !== 5).join(','));
    expect(read(withoutCounter)[0]).toMatchObject({ pausedMinutes: 0, pauses: null });
    // The kept row (the final state) follows the counter too: two last events of one minute.
    const lastTie = [...log.slice(0, 4), 'INC9,Closed,true,0,0,5,true,16/03/2026 09:00,16/03/2026 12:00,1 - Critical,16/03/2026 13:00,16/03/2026 12:00', 'INC9,Resolved,true,0,0,4,true,16/03/2026 09:00,16/03/2026 12:00,1 - Critical,16/03/2026 13:00,'];
    expect(read(lastTie)[0]).toMatchObject({ status: 'Closed' });
  });

  it('an exported number of paused minutes, without intervals, is subtracted as it is and said as an assumption (en, fr)', () => {
    // One row per ticket with a paused-time column (as GLPI's waiting time or Zendesk's on-hold
    // minutes): P1 (24x7, 4 h) opened 09:00, resolved 15:00, 180 min on hold: 6 h − 3 h = 3 h, met.
    const csv = ['id,openedAt,priority,status,resolvedAt,pausedMinutes', 'T1,2026-03-02T09:00:00Z,P1,resolved,2026-03-02T15:00:00Z,180'].join('\n');
    const { table } = readTickets(csv, { fileName: 't.csv', timezone: 'UTC' });
    expect(table.column('pauses')).toBeUndefined();
    const report = buildReport({ tickets: table, policy: parsePolicy(policyDocument) }, { period: '2026-03', asOf: '2026-03-31T00:00:00Z' });
    expect(report.sla.resolution).toMatchObject({ met: 1, medianHours: 3 });
    expect(report.assumptions).toContainEqual({ key: 'pausedMinutes', value: 'as-exported', source: 'default' });
    expect(reportToMarkdown(report)).toContain(
      '- Paused time exported as a number of minutes (GLPI waiting time, Zendesk on-hold time…): subtracted as it is from the time the SLA counts, whatever hours the pauses fell in (the export does not say when they were)',
    );
    expect(reportToMarkdown({ ...report, language: 'fr' })).toContain(
      '- Temps en attente exporté en nombre de minutes (temps d’attente GLPI, temps en pause Zendesk…)\u202f: déduit tel quel du temps compté par le SLA, quelles que soient les heures où tombaient les attentes (l’export ne dit pas quand elles ont eu lieu)',
    );
    // No minute on hold: nothing subtracted, nothing assumed.
    const none = readTickets(csv.replace(/,180$/u, ',0'), { fileName: 't.csv', timezone: 'UTC' }).table;
    expect(buildReport({ tickets: none, policy: parsePolicy(policyDocument) }, { period: '2026-03', asOf: '2026-03-31T00:00:00Z' }).assumptions.map((a) => a.key)).not.toContain('pausedMinutes');
  });
});

describe('pauses in a canonical file (a table written and read again)', () => {
  const csv = [
    'id,openedAt,priority,statusClass,resolvedAt,pausedMinutes,pauses',
    // Written with offsets: kept in the one form (UTC ISO at the minute). 16:00+01:00 = 15:00Z.
    'W1,2026-03-06T10:00:00Z,P3,resolved,2026-03-10T14:00:00Z,4020,2026-03-06T16:00:30+01:00/2026-03-09T11:00:00+01:00',
    // Two pauses, the last still on.
    'O1,2026-03-09T09:00:00Z,P3,pending,,0,2026-03-09T10:00:00.000Z/2026-03-09T11:00:00.000Z 2026-03-09T13:00:00.000Z/..',
    // Not intervals: left empty and flagged; the ticket keeps its pausedMinutes.
    'B1,2026-03-09T09:00:00Z,P3,resolved,2026-03-09T12:00:00Z,30,waiting for the user',
    'B2,2026-03-09T09:00:00Z,P3,resolved,2026-03-09T12:00:00Z,30,2026-03-09T11:00/2026-03-09T10:00',
    'N1,2026-03-09T09:00:00Z,P3,resolved,2026-03-09T12:00:00Z,,',
  ].join('\n');

  it('reads them as the status history gives them, a malformed cell flagged with its row and column', () => {
    const { table, quality } = readTickets(csv, { timezone: 'Europe/Paris', now: Date.UTC(2026, 5, 1) });
    expect(quality).toMatchObject({ preset: { name: 'canonical' }, rowsRead: 5, accepted: 5, rejected: 0, unmappedColumns: [] });
    expect(ticketRows(table).map((row) => [row.id, row.pauses, row.pausedMinutes])).toEqual([
      ['W1', '2026-03-06T15:00:00.000Z/2026-03-09T10:00:00.000Z', 4020],
      ['O1', '2026-03-09T10:00:00.000Z/2026-03-09T11:00:00.000Z 2026-03-09T13:00:00.000Z/..', 0],
      ['B1', null, 30],
      ['B2', null, 30],
      ['N1', null, null],
    ]);
    expect(quality.issues.map((issue) => `${issue.row}:${issue.column}:${issue.code}`)).toEqual(['4:pauses:unparseable-value', '5:pauses:unparseable-value']);
    expect(quality.issues[0]!.message).toBe(
      'tickets.csv row 4, pauses: "waiting for the user" is not pause intervals (start/end ISO instants with Z or an offset, space-separated; start/.. for a pause still on); the ticket keeps its pausedMinutes',
    );
  });
});
