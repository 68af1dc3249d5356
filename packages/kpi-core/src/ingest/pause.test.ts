// The paused time of an event-log export measured from its status history (DESIGN §2:
// pausedMinutes is "time spent in pause statuses"; the policy lists them). A look-alike of the
// UCI ServiceNow incident event log (one row per update, same column names and date format as
// /work/shared/data/uci-incident-event-log), written here with no real data.
import { describe, expect, it } from 'vitest';
import { ticketRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from '../report/build.js';
import { reportToMarkdown } from '../report/markdown.js';
import { readTickets } from './read.js';

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
  // INC4: a pause that is its last event has no end in the file: 0 min (still paused at reading).
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
    // Without pause statuses nothing is measured: the column stays empty.
    expect(ticketRows(read().table).map((row) => row.pausedMinutes)).toEqual([null, null, null, null]);
  });

  it('changes the SLA outcomes as computed by hand', () => {
    const options = { period: '2026-03', asOf: '2026-03-16T20:00:00Z' } as const;
    const policy = parsePolicy({ ...policyDocument, pauseStatuses: PAUSES });
    const withPauses = buildReport({ tickets: read(PAUSES).table, policy }, options);
    // INC1 5 h − 3 h = 2 h met; INC2 6 h − 2.5 h = 3.5 h met; INC3 1.5 h − 0.5 h = 1 h met;
    // INC4 open (Awaiting User Info: pending class) 11 h at asOf − 0 = 11 h > 4 h: breached.
    expect(withPauses.sla.resolution).toMatchObject({ met: 3, breached: 1, pending: 0 });
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

  it('a client override with its own pause statuses: said for that client, since the paused time is read once for all', () => {
    // The event log with a company per ticket: INC1 and INC2 at Bistro, INC3 and INC4 at Atelier.
    const log = LOG.replace(HEADER, `${HEADER},company`).split('\n').map((line, i) => (i === 0 ? line : `${line},${/^INC[12],/.test(line) ? 'Bistro' : 'Atelier'}`)).join('\n');
    const tickets = readTickets(log, { fileName: 'events.csv', timezone: 'UTC', now: Date.UTC(2027, 0, 1), pauseStatuses: PAUSES }).table;
    const options = { period: '2026-03', asOf: '2026-03-16T20:00:00Z' } as const;
    const policy = parsePolicy({
      ...policyDocument,
      pauseStatuses: PAUSES,
      // Bistro's override pauses on "Awaiting Vendor" only; Atelier's repeats the main list in other case.
      clients: { bistro: { pauseStatuses: ['Awaiting Vendor'] }, Atelier: { pauseStatuses: PAUSES.map((status) => status.toUpperCase()) } },
    });
    const report = buildReport({ tickets, policy }, options);
    // The paused minutes stay those of the main list (INC1 180, INC2 150, INC3 30, INC4 0): the
    // same outcomes as without the override, and Bistro's list is said not applied.
    expect(report.sla.resolution).toMatchObject({ met: 3, breached: 1, pending: 0 });
    expect(report.policyNotices).toEqual([{ code: 'client-pause-statuses-not-applied', name: 'Bistro' }]);
    expect(reportToMarkdown(report)).toContain('The policy\'s override for "Bistro" lists its own pause statuses, but paused time is read once for every client');
    // A review of Atelier alone does not name Bistro; one of Bistro says it.
    expect(buildReport({ tickets, policy }, { ...options, client: 'Atelier' }).policyNotices).toEqual([]);
    expect(buildReport({ tickets, policy }, { ...options, client: 'Bistro' }).policyNotices).toEqual([{ code: 'client-pause-statuses-not-applied', name: 'Bistro' }]);
    const french = reportToMarkdown(buildReport({ tickets, policy: parsePolicy({ ...policyDocument, pauseStatuses: PAUSES, clients: { Bistro: { pauseStatuses: [] } } }) }, { ...options, language: 'fr' }));
    expect(french).toContain('Les conditions propres à «\u202fBistro\u202f» listent leurs propres statuts de pause');
  });
});

