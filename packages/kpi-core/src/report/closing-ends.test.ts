// Ends that are the closings of a job (closing-ends.ts): a ServiceNow export whose tickets have
// only the `closed_at` of the nightly auto-close (a published export of 10,000 Duke University
// incidents read "hours lost 715,341.7 h"). Look-alike written for these tests: 20 incidents
// resolved on Monday 2 March 2026 and closed by the job at Wednesday 00:10, 4 closed by hand
// two hours after opening, one still open. Every P1 (resolution target 4 h, round the clock).
import { describe, expect, it } from 'vitest';
import { readAssets, readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { endsAreClosings } from './closing-ends.js';
import { reportToMarkdown } from './markdown.js';
import { NNBSP } from './messages.js';

const lines = ['number,opened_at,state,closed_at,priority,asset'];
for (let k = 1; k <= 20; k++) lines.push(`J${k},2026-03-02T09:00:00Z,Closed,2026-03-04T00:10:00Z,P1,A${k}`);
for (let k = 1; k <= 4; k++) lines.push(`H${k},2026-03-02T09:00:00Z,Closed,2026-03-02T11:00:00Z,P1,B${k}`);
// Open since Tuesday 10:00; the data date is the job's run, Wednesday 00:10.
lines.push('O1,2026-03-03T10:00:00Z,New,,P1,C1');
const mapping = {
  columns: { id: 'number', openedAt: 'opened_at', status: 'state', closedAt: 'closed_at', priority: 'priority', assetId: 'asset' },
  values: { status: { Closed: 'closed', New: 'open' } },
};
const { table, quality } = readTickets(lines.join('\n'), { timezone: 'UTC', fileName: 't.csv', mapping });
const policy = parsePolicy({ timezone: 'UTC', headcount: 10, rates: { userHourly: 50 } });
// With the read's quality report the rule applies; without it nothing says the ends are closings.
const ruled = buildReport({ tickets: table, assets: null, policy, quality: { tickets: quality, assets: null } }, { period: '2026-03' });
const unsaid = buildReport({ tickets: table, assets: null, policy }, { period: '2026-03' });

describe('ends that are the closings of a job', () => {
  it('are told: 24 closings of 24 ends, 20 of them between 00:00 and 01:00', () => {
    expect(quality.closingEnds).toEqual({ tickets: 24, ended: 24, batch: { hour: 0, closings: 20 } });
    expect(endsAreClosings(quality)).toBe(true);
    // Spread over the day (no batch), or under half of the ends: the figures stand.
    expect(endsAreClosings({ closingEnds: { tickets: 24, ended: 24, batch: null } })).toBe(false);
    expect(endsAreClosings({ closingEnds: { tickets: 11, ended: 24, batch: { hour: 0, closings: 11 } } })).toBe(false);
  });

  it('leave the resolution rate unmeasured, its counts kept', () => {
    // On closings: 20 × 39 h 10 min over 4 h, breached; 4 × 2 h, met; O1 open 14 h 10 min at the data date, over 4 h.
    expect(unsaid.sla.resolution).toMatchObject({ met: 4, breached: 21, pending: 0 });
    expect(unsaid.sla.resolution!.adherence).toBeCloseTo(4 / 25, 10);
    expect(ruled.sla.resolution).toMatchObject({ met: 4, breached: 21, pending: 0, adherence: null, medianHours: null, p90Hours: null });
    expect(ruled.sla.byPriority.P1!.resolution!.adherence).toBeNull();
    expect(ruled.sla.elapsedHistogram.resolution).toBeNull();
    // Only O1, still open 14 h 10 min at the data date (target 4 h), stays listed: its time runs to the data date, not to a closing.
    expect(ruled.sla.breaches.filter((breach) => breach.target === 'resolution').map((breach) => [breach.id, breach.open])).toEqual([['O1', true]]);
    expect(ruled.sla.ticketIds.resolution.breached).toEqual(['O1']);
    expect(ruled.notMeasured).toContainEqual({ figure: 'sla.resolution.adherence', reason: 'ends-are-closings' });
    // No "SLA below target" finding from a rate not measured.
    expect(unsaid.findings.map((finding) => finding.kind)).toContain('sla-below-target');
    expect(ruled.findings.map((finding) => finding.kind)).not.toContain('sla-below-target');
  });

  it('leave the hours lost, their cost and the TCO downtime unmeasured, the incidents counted', () => {
    // Business hours Mon–Fri 09:00–17:00, one user: 20 × (Mon 8 h + Tue 8 h) + 4 × 2 h + O1 Tue 10:00–17:00 7 h = 335 h.
    expect(unsaid.lostHours.totalHours).toBe(335);
    expect(ruled.lostHours).toMatchObject({ totalHours: null, perEmployeePerYear: null, cost: null, incidents: 25, byClient: {}, byCategory: {}, byAsset: {} });
    expect(ruled.notMeasured).toContainEqual({ figure: 'lostHours', reason: 'ends-are-closings' });
    expect(ruled.tco.byCategory.downtime).toBeNull();
    expect(ruled.tco.excluded).toContainEqual({ part: 'downtime', reason: 'ends-are-closings', hours: null });
  });

  it('leave MTTR, downtime, availability and MTBF unmeasured, the failures counted', () => {
    // MTTR of the resolved outages only (O1 is open): (20 × 39 h 10 min + 4 × 2 h) ÷ 24 = 791.33 ÷ 24.
    expect(unsaid.reliability.fleet.mttrHours).toBeCloseTo((20 * (39 + 10 / 60) + 4 * 2) / 24, 6);
    expect(ruled.reliability.fleet).toMatchObject({ failures: 25, downtimeHours: null, uptimeHours: null, mttrHours: null, mtbfHours: null, availability: null, mtbsiHours: null });
    expect(ruled.reliability.byAsset.A1).toMatchObject({ failures: 1, downtimeHours: null, mttrHours: null });
    expect(ruled.notMeasured).toContainEqual({ figure: 'reliability.fleet.mttrHours', reason: 'ends-are-closings' });
  });

  it('leave the month’s resolution rate, lost hours and availability a gap in the trend', () => {
    const march = ruled.trend.months.indexOf('2026-03');
    expect(unsaid.trend.series.lostHours[march]).toBe(335);
    expect(ruled.trend.series.lostHours[march]).toBeNull();
    expect(ruled.trend.series.slaResolution[march]).toBeNull();
    expect(ruled.trend.notMeasured).toContainEqual({ figure: 'lostHours', reason: 'ends-are-closings' });
  });

  it('leave an asset without any outage its availability of 100 %', () => {
    // With an inventory holding A1 (20 h of the job's closings against it) and SPARE-1 (no ticket):
    // SPARE-1 has no failure and no downtime, nothing owed to the closings.
    const inventory = readAssets('id,name,inServiceDate\nA1,PC A1,2025-01-01\nSPARE-1,PC spare,2025-01-01', { timezone: 'UTC', fileName: 'a.csv' });
    const report = buildReport({ tickets: table, assets: inventory.table, policy, quality: { tickets: quality, assets: inventory.quality } }, { period: '2026-03' });
    expect(report.reliability.byAsset['SPARE-1']).toMatchObject({ failures: 0, downtimeHours: 0, availability: 1 });
    expect(report.reliability.byAsset.A1).toMatchObject({ failures: 1, downtimeHours: null, availability: null });
  });

  it('keep the open late tickets counted and named when the breach list is cut (500 listed)', () => {
    // 600 tickets closed by the job (each breached on its closing, so the list of 601 breaches is
    // cut at 500) and O1 still open: the count and the ids keep O1 alone, whatever the cut.
    const many = ['number,opened_at,state,closed_at,priority,asset'];
    for (let k = 1; k <= 600; k++) many.push(`J${k},2026-03-02T09:00:00Z,Closed,2026-03-04T00:10:00Z,P1,A${k}`);
    many.push('O1,2026-03-03T10:00:00Z,New,,P1,C1');
    const big = readTickets(many.join('\n'), { timezone: 'UTC', fileName: 't.csv', mapping });
    const unruled = buildReport({ tickets: big.table, assets: null, policy }, { period: '2026-03' });
    expect(unruled.sla.breachCount).toBe(601);
    expect(unruled.sla.breaches.length).toBeLessThan(601);
    const report = buildReport({ tickets: big.table, assets: null, policy, quality: { tickets: big.quality, assets: null } }, { period: '2026-03' });
    expect(report.sla.breachCount).toBe(1);
    expect(report.sla.ticketIds.resolution.breached).toEqual(['O1']);
  });

  it('leave the downtime out of the month’s cost as out of the TCO, the other costs kept', () => {
    // The same tickets with a direct cost of €10 each: 25 × 10 = €250 in March; the downtime
    // (335 h × €50 = €16,750) is out of the TCO, so out of the month's cost too.
    const costed = readTickets(lines.map((line, i) => `${line},${i === 0 ? 'cost' : '10'}`).join('\n'), {
      timezone: 'UTC',
      fileName: 't.csv',
      mapping: { ...mapping, columns: { ...mapping.columns, cost: 'cost' } },
    });
    const report = buildReport({ tickets: costed.table, assets: null, policy, quality: { tickets: costed.quality, assets: null } }, { period: '2026-03' });
    const march = report.trend.months.indexOf('2026-03');
    expect(report.tco.total).toBe(250);
    expect(report.trend.series.cost[march]).toBe(250);
    expect(report.trend.costExcluded).toContainEqual(expect.objectContaining({ part: 'downtime', reason: 'ends-are-closings' }));
    const said = buildReport({ tickets: costed.table, assets: null, policy }, { period: '2026-03' });
    expect(said.trend.series.cost[march]).toBe(250 + 335 * 50);
  });

  it('are said in the review, with the counts (en, fr)', () => {
    const en = reportToMarkdown(ruled);
    expect(en).toContain('| Resolution SLA met | not measured (4/25) |');
    expect(en).toContain('| Hours lost by staff | not measured (25 incidents, most tickets ending at an automatic closing) |');
    expect(en).toContain('Only a closing time, no resolution time, for 24 of the 24 tickets that ended. 20 of those closings fall between 00:00 and 01:00');
    expect(en).toContain('most tickets end at that closing, days after they were solved, so their lengths are not repair times');
    const fr = reportToMarkdown({ ...ruled, language: 'fr' });
    expect(fr).toContain('| Heures perdues par les utilisateurs | non mesurées (25 incidents, la plupart des tickets terminés par une fermeture automatique) |');
    expect(fr).toContain(`pour 24 des 24 tickets terminés. 20 de ces fermetures tombent entre 00:00 et 01:00`);
    expect(fr).toContain(`quelques jours après leur résolution${NNBSP}: leurs durées sont l’attente de l’outil, pas des temps de réparation`);
  });
});
