// The UCI "incident management process enriched event log" (dataset 498, CC BY 4.0), a real
// ServiceNow audit export with one row per update: see /work/shared/data/uci-incident-event-log.
import { existsSync, readFileSync } from 'node:fs';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ticketColumns, ticketRows } from '../model/tables.js';
import { readTickets } from './read.js';

const zip = new URL('../../../../../shared/data/uci-incident-event-log/incident_event_log.csv.zip', import.meta.url);
const present = existsSync(zip);

describe.skipIf(!present)('UCI incident event log (ServiceNow event-log export)', () => {
  if (!present) console.warn(`UCI data set not found at ${zip.pathname}: test skipped`);
  const read = () => {
    const csv = unzipSync(new Uint8Array(readFileSync(zip)), { filter: (f) => f.name === 'incident_event_log.csv' })['incident_event_log.csv']!;
    return readTickets(csv, { fileName: 'incident_event_log.csv', timezone: 'UTC', now: Date.UTC(2026, 0, 1) });
  };
  const { table, quality } = present ? read() : ({} as ReturnType<typeof read>);

  it('keeps the latest state of each of the 24,918 incidents and accounts for all 141,712 rows', () => {
    // SOURCE.md: 141,712 events (+ header), 24,918 distinct incidents.
    expect(quality.preset.name).toBe('servicenow');
    expect(table.numRows()).toBe(24_918);
    expect(quality).toMatchObject({ rowsRead: 141_712, accepted: 141_712, rejected: 0, blank: 0, merged: 141_712 - 24_918 });
    expect(quality.accepted + quality.rejected).toBe(quality.rowsRead);
    expect(new Set(ticketColumns(table).id).size).toBe(24_918);
    // Every warning is counted, and each located issue carries code, row, column and message.
    expect(Object.keys(quality.warnings)).toEqual(['closed-without-resolution']);
    for (const issue of quality.issues) expect(issue.message).toMatch(/^incident_event_log\.csv row \d+, closed_at: /);
  });

  it('reads INC0000197 as its last row (line 549), hand-read with grep', () => {
    // grep '^INC0000197,' incident_event_log.csv | tail -1: Closed, reopen_count 0, opened_at 29/2/2016 11:02,
    // location "Location 108", category "Category 45", impact "2 - Medium", priority "3 - Moderate",
    // cmdb_ci "?", resolved_at 31/3/2016 11:13, closed_at 5/4/2016 11:59.
    const row = ticketRows(table).find((r) => r.id === 'INC0000197')!;
    expect(row).toMatchObject({
      status: 'Closed', reopenCount: 0, openedAt: Date.UTC(2016, 1, 29, 11, 2), site: 'Location 108', category: 'Category 45',
      impact: 'degraded', priority: 'P3', assetId: null, resolvedAt: Date.UTC(2016, 2, 31, 11, 13), closedAt: Date.UTC(2016, 3, 5, 11, 59),
    });
  });
});
