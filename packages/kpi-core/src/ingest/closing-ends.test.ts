// Resolution instants against closing ones (DESIGN §3: resolvedAt is the resolution, not the
// closing). A published ServiceNow export (shamikh-mill/helpdesk_analysis, incident.csv) gives
// only `calendar_duration`, which runs to the nightly auto-close: 92% of its closings fall
// between 00:00 and 01:00, days after the resolutions. These tests pin what the read says of it,
// and that a duration never stands for a resolution the file dates, nor runs to the closing.
import { describe, expect, it } from 'vitest';
import { readTickets } from './read.js';
import { runsToClosing } from './status.js';
import { ticketRows } from '../model/tables.js';

const utc = (iso: string) => Date.parse(iso);


/** A mapping that declares the `duration` column (seconds) as the time to resolution. */
const durationMapping = {
  columns: { id: 'id', openedAt: 'opened', status: 'state', closedAt: 'closed' },
  values: { status: { Closed: 'closed' } },
  durations: { duration: { field: 'resolvedAt', unit: 'seconds' } },
};
describe('a duration never overrides a resolution date', () => {
  it('resolved_at stands; calendar_duration (to the closing) fills nothing the file dates', () => {
    const csv = [
      'number,opened_at,state,resolved_at,closed_at,calendar_duration',
      // Resolved 11:00, closed by the job two nights later; the duration runs to the closing.
      'INC1,2026-03-02 09:00:00,Closed,2026-03-02 11:00:00,2026-03-04 00:10:00,137400',
      // No dates at all: the closing comes from the duration, and stands for the resolution.
      'INC2,2026-03-02 09:00:00,Closed,,,137400',
    ].join('\n');
    const { table, quality } = readTickets(csv, { timezone: 'UTC', fileName: 't.csv' });
    const rows = ticketRows(table);
    expect(rows[0]).toMatchObject({ resolvedAt: utc('2026-03-02T11:00:00Z'), closedAt: utc('2026-03-04T00:10:00Z') });
    expect(rows[1]).toMatchObject({ resolvedAt: null, closedAt: utc('2026-03-03T23:10:00Z') }); // Mon 09:00 + 38 h 10 min
    expect(quality.warnings).toEqual({ 'resolution-from-duration': 1, 'closed-without-resolution': 1 });
    // One ticket of two ends at its closing: half of those that ended, and too few to tell a job.
    expect(quality.closingEnds).toEqual({ tickets: 1, ended: 2, batch: null });
  });

  it('a mapping that declares the time to closing as the time to resolution is not followed', () => {
    // opened + duration = closed_at on all three rows: the duration runs to the closing.
    const csv = [
      'id,opened,state,closed,duration',
      'A,2026-03-02 09:00,Closed,2026-03-03 00:05,54300',
      'B,2026-03-02 10:00,Closed,2026-03-04 00:05,137100',
      'C,2026-03-03 14:00,Closed,2026-03-05 00:05,122700',
    ].join('\n');
    const { table, quality } = readTickets(csv, { timezone: 'UTC', fileName: 't.csv', mapping: durationMapping });
    expect(ticketRows(table).map((row) => row.resolvedAt)).toEqual([null, null, null]);
    expect(quality.warnings['duration-to-closing']).toBe(1);
    expect(quality.warnings['closed-without-resolution']).toBe(3);
    expect(quality.issues.find((issue) => issue.code === 'duration-to-closing')).toMatchObject({ row: 2, column: 'duration' });
  });

  it('a duration to resolution that is not the closing is read (two rows of three differ)', () => {
    const csv = [
      'id,opened,state,closed,duration',
      'A,2026-03-02 09:00,Closed,2026-03-03 00:05,3600', // resolved 10:00, closed that night
      'B,2026-03-02 10:00,Closed,2026-03-04 00:05,137100', // = the closing
      'C,2026-03-03 14:00,Closed,2026-03-05 00:05,7200', // resolved 16:00
    ].join('\n');
    const { table, quality } = readTickets(csv, { timezone: 'UTC', fileName: 't.csv', mapping: durationMapping });
    expect(ticketRows(table).map((row) => row.resolvedAt)).toEqual([utc('2026-03-02T10:00:00Z'), utc('2026-03-04T00:05:00Z'), utc('2026-03-03T16:00:00Z')]);
    expect(quality.warnings['duration-to-closing']).toBeUndefined();
  });

  it('runsToClosing: more than half of the rows with both, at least three', () => {
    const minute = 60_000;
    // Two rows agree of two: too few to say.
    expect(runsToClosing(Float64Array.of(0, 0), Float64Array.of(60, 60), Float64Array.of(60 * minute, 60 * minute))).toBeNull();
    // Three of four agree (to the minute): the first is row 1.
    expect(runsToClosing(Float64Array.of(0, 0, 0, 0), Float64Array.of(10, 60, 60, 60), Float64Array.of(60 * minute, 61 * minute, 60 * minute, 59 * minute))).toBe(1);
    // Three of six: not more than half.
    expect(runsToClosing(new Float64Array(6), Float64Array.of(60, 60, 60, 1, 2, 3), new Float64Array(6).fill(60 * minute))).toBeNull();
  });
});

describe('closings bunched at one clock hour', () => {
  // 20 tickets closed by a job at 23:30 UTC, i.e. 00:30 in Paris in winter; 5 closed by hand.
  const lines = ['number,opened_at,state,closed_at'];
  for (let k = 1; k <= 20; k++) lines.push(`J${k},2026-01-${String(k).padStart(2, '0')}T09:00:00Z,Closed,2026-01-${String(k + 2).padStart(2, '0')}T23:30:00Z`);
  for (let k = 1; k <= 5; k++) lines.push(`H${k},2026-01-${String(k).padStart(2, '0')}T09:00:00Z,Closed,2026-01-${String(k).padStart(2, '0')}T1${k}:00:00Z`);
  lines.push('R1,2026-01-05T09:00:00Z,Resolved,'); // resolved at an unknown time: no end instant
  const csv = lines.join('\n');

  it('are told in the read time zone, with how many', () => {
    expect(readTickets(csv, { timezone: 'UTC', fileName: 't.csv' }).quality.closingEnds).toEqual({ tickets: 25, ended: 25, batch: { hour: 23, closings: 20 } });
    expect(readTickets(csv, { timezone: 'Europe/Paris', fileName: 't.csv' }).quality.closingEnds).toEqual({ tickets: 25, ended: 25, batch: { hour: 0, closings: 20 } });
  });

  it('need 20 closings, half of them at that hour', () => {
    const fewer = lines.filter((line) => !/^J(19|20),/.test(line)).join('\n'); // 18 at 23:30 of 23
    expect(readTickets(fewer, { timezone: 'UTC', fileName: 't.csv' }).quality.closingEnds!.batch).toEqual({ hour: 23, closings: 18 });
    const spread = lines.filter((line) => !/^J\d,/.test(line)).join('\n'); // 11 at 23:30 of 16: fewer than 20 closings
    expect(readTickets(spread, { timezone: 'UTC', fileName: 't.csv' }).quality.closingEnds).toEqual({ tickets: 16, ended: 16, batch: null });
  });

  it('are absent when every ticket that ended has its resolution', () => {
    const csv = ['number,opened_at,state,resolved_at,closed_at', 'A,2026-01-05T09:00:00Z,Closed,2026-01-05T10:00:00Z,2026-01-07T23:30:00Z'].join('\n');
    expect(readTickets(csv, { timezone: 'UTC', fileName: 't.csv' }).quality.closingEnds).toBeUndefined();
  });
});
