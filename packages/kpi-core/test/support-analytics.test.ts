/**
 * A support-analytics CSV (fixtures/real-formats/support-analytics, a look-alike of the public
 * AnirudhBabu/CustomerSupportAnalytics `data/customer_support_tickets.csv`: its header, invented
 * rows), read end to end through a mapping, as a new user did:
 * - through a mapping that names no status, resolution or closing column (the opened date, the
 *   priority, the category and the first response as minutes): which tickets ended cannot be
 *   told, so the backlog, the resolution SLA and the hours lost are null (`no-end-state`);
 * - through the mapping `revue mapping` proposes (JSON round trip), which reads `status` and
 *   `resolved_date`: every figure measured, pinned by hand below.
 * Run under TZ=UTC and TZ=Europe/Paris: the file is read in the policy's zone (UTC), whatever the machine's.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proposeMapping } from '../src/ingest/propose.js';
import { readTickets } from '../src/ingest/read.js';
import type { MappingInput } from '../src/ingest/mapping.js';
import { parsePolicy } from '../src/policy/parse.js';
import { buildReport } from '../src/report/build.js';
import { reportToMarkdown } from '../src/report/markdown.js';

const file = new URL('../../../fixtures/real-formats/support-analytics/support-tickets-analytics-en.csv', import.meta.url);
const bytes = new Uint8Array(readFileSync(file));
const fileName = 'support-tickets-analytics-en.csv';

// Every hour open and every target on the wall clock, so that each figure is arithmetic on the
// file's dates: P1 1 h / 4 h, P2 2 h / 8 h, P3 4 h / 24 h, P4 8 h / 40 h (response / resolution).
const week = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];
const policyJson = {
  timezone: 'UTC',
  calendar: { hours: Object.fromEntries(week.map((day) => [day, ['00:00-24:00']])) },
  sla: {
    P1: { response: '1h', resolution: '4h', clock: '24x7' },
    P2: { response: '2h', resolution: '8h', clock: '24x7' },
    P3: { response: '4h', resolution: '24h', clock: '24x7' },
    P4: { response: '8h', resolution: '40h', clock: '24x7' },
  },
};
const policy = parsePolicy(policyJson);
const options = { period: '2026-03', asOf: '2026-04-01T00:00:00Z' } as const;

/** The new user's mapping: what a volume and first-response dashboard reads, no end column. */
const withoutEnd: MappingInput = {
  dateFormat: 'yyyy-MM-dd HH:mm:ss',
  columns: { id: 'ticket_id', openedAt: 'created_date', priority: 'priority', category: 'category' },
  durations: { first_response_minutes: { field: 'firstResponseAt', unit: 'minutes' } },
  values: { priority: { Critical: 'P1', High: 'P2', Medium: 'P3', Low: 'P4' } },
};

function review(mapping: MappingInput) {
  const read = readTickets(bytes, { fileName, timezone: 'UTC', mapping });
  const report = buildReport({ tickets: read.table, policy, quality: { tickets: read.quality } }, options);
  return { read, report };
}

describe('support-analytics CSV through a mapping with no end column', () => {
  const { read, report } = review(withoutEnd);
  it('reads every row and says that no column tells how a ticket ended', () => {
    expect(read.quality).toMatchObject({ rowsRead: 8, accepted: 8, rejected: 0, noEndState: true });
    // Every first response computed from its minutes (flagged), nothing else.
    expect(read.quality.warnings).toEqual({ 'response-from-duration': 8 });
  });
  it('gives no backlog, resolution SLA or hours lost, and keeps the counts and the response SLA', () => {
    expect(report.fleet.backlog.open).toBeNull();
    expect(report.findings.filter((finding) => finding.kind === 'backlog-aged')).toEqual([]);
    expect(report.sla.resolution).toBeNull();
    expect(report.lostHours.totalHours).toBeNull();
    expect(report.notMeasured).toEqual(
      expect.arrayContaining([
        { figure: 'fleet.backlog', reason: 'no-end-state' },
        { figure: 'sla.resolution', reason: 'no-end-state' },
        { figure: 'lostHours', reason: 'no-end-state' },
      ]),
    );
    // 8 tickets in March, no type column: all incidents.
    expect(report.volume.tickets).toBe(8);
    expect(report.recurrence.incidents).toBe(8);
    // First responses (minutes, rounded to the minute): 300101 P3 43 min ≤ 4 h, 300102 P2 12 min ≤ 2 h,
    // 300103 P1 95 min > 1 h ✗, 300104 P4 310 min ≤ 8 h, 300105 P3 75 min, 300106 P2 20 min,
    // 300107 P4 600 min > 8 h ✗, 300108 P3 181 min ≤ 4 h: 6 met, 2 breached.
    expect(report.sla.response).toMatchObject({ met: 6, breached: 2, pending: 0, adherence: 0.75 });
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('| Resolution SLA met | not measured |');
    expect(markdown).toContain('- support-tickets-analytics-en.csv: No column says how a ticket ended');
  });
});

describe('support-analytics CSV through the proposed mapping (status and resolved_date)', () => {
  const proposal = proposeMapping(bytes, { fileName });
  const mapping = JSON.parse(JSON.stringify(proposal.mapping)) as MappingInput;
  const { read, report } = review(mapping);
  it('reads the status words and the resolution dates (microseconds and all)', () => {
    expect(mapping.columns).toMatchObject({ status: 'status', resolvedAt: 'resolved_date' });
    // trial10's proposal reads the first responses from their minutes too (flagged on each row).
    expect(read.quality).toMatchObject({ rowsRead: 8, accepted: 8, rejected: 0, warnings: { 'response-from-duration': 8 } });
    expect(read.quality.noEndState).toBeUndefined();
  });
  it('pins the backlog, the resolution SLA and the hours lost by hand', () => {
    // Open at asOf (1 Apr 00:00): 300104 In Progress since 9 Mar 11:00 (541 h), 300106 Escalated
    // since 18 Mar 10:00 (326 h), 300108 In Progress since 27 Mar 09:00 (111 h).
    expect(report.fleet.backlog).toEqual({ open: 3, byAge: { '<1d': 0, '1-7d': 1, '7-30d': 2, '>30d': 0 }, oldestHours: 541, ticketIds: ['TKT-300104', 'TKT-300106', 'TKT-300108'] });
    // Resolution: 300101 P3 5.25 h ≤ 24 ✓, 300102 P2 30.5 h > 8 ✗, 300103 P1 3.5 h ≤ 4 ✓, 300104 P4 open 541 h > 40 ✗,
    // 300105 P3 48.25 h > 24 ✗, 300106 P2 open 326 h > 8 ✗, 300107 P4 70 h > 40 ✗, 300108 P3 open 111 h > 24 ✗.
    expect(report.sla.resolution).toMatchObject({ met: 2, breached: 6, pending: 0, adherence: 0.25 });
    // The proposal reads first_response_minutes (trial10): the same 6 met, 2 breached as above.
    expect(report.sla.response).toMatchObject({ met: 6, breached: 2, pending: 0, adherence: 0.75 });
    // The export's own verdicts (response_sla_met, resolution_sla_met: True/False), proposed as the
    // tool's: response False on 300103 and 300107, resolution True on 300101 and 300103 only, the
    // same tickets Revue judges so: 8 compared each, no disagreement.
    expect(report.sla.source.response).toMatchObject({ fromVerdicts: 8, met: 6, breached: 2, adherence: 0.75, compared: 8, disagreements: 0 });
    expect(report.sla.source.resolution).toMatchObject({ fromVerdicts: 8, met: 2, breached: 6, adherence: 0.25, compared: 8, disagreements: 0 });
    // Hours lost, one user each × priorityImpact (P1 1, P2 0.5, P3 0.25, P4 0.1), open ones up to 1 Apr:
    // 5.25×0.25 + 30.5×0.5 + 3.5×1 + 541×0.1 + 48.25×0.25 + 326×0.5 + 70×0.1 + 111×0.25 = 283.975 h.
    expect(report.lostHours.totalHours).toBeCloseTo(283.975, 9);
    expect(report.notMeasured.filter((entry) => entry.reason === 'no-end-state')).toEqual([]);
    expect(report.volume.tickets).toBe(8);
  });
});

describe('the CLI on the same file and mapping', () => {
  it('says once on stderr that no column tells how a ticket ended, and writes the review', () => {
    const dir = mkdtempSync(join(tmpdir(), 'revue-end-state-'));
    writeFileSync(join(dir, 'mapping.json'), JSON.stringify(withoutEnd));
    writeFileSync(join(dir, 'policy.json'), JSON.stringify(policyJson));
    const main = fileURLToPath(new URL('../src/cli/main.ts', import.meta.url));
    const args = ['report', '--tickets', fileURLToPath(file), '--mapping', join(dir, 'mapping.json'), '--policy', join(dir, 'policy.json'), '--period', '2026-03', '--as-of', '2026-04-01T00:00Z', '--format', 'md'];
    const result = spawnSync(process.execPath, ['--import', 'tsx', main, ...args], { encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    expect(result.status).toBe(0);
    expect(result.stderr.match(/No column says how a ticket ended/g)).toHaveLength(1);
    expect(result.stdout).toContain('| Resolution SLA met | not measured |');
  });
});
