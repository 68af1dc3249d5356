/**
 * Cost, effort and purchase-price columns at 0 on every row read as not recorded (`all-zero`): a
 * TOPdesk API dump (published, seen by trial14) had costs and times of 0 on all 446 incidents, and
 * the review read a total cost of ownership of €0.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../report/build.js';
import { parsePolicy } from '../policy/parse.js';
import { assetRows, ticketRows } from '../model/tables.js';
import { readAssets, readTickets } from './read.js';

const NOW = Date.UTC(2026, 3, 1);
const HEAD = 'id,openedAt,resolvedAt,priority,type,cost,effortMinutes';

describe('a cost or time column at 0 on every row', () => {
  it('is read as empty and flagged once, at its first row with a value', () => {
    const csv = [HEAD, 'T1,2026-03-02T09:00Z,2026-03-02T11:00Z,P2,incident,0,0', 'T2,2026-03-03T09:00Z,2026-03-03T10:00Z,P3,request,0,', 'T3,2026-03-04T09:00Z,,P3,incident,,0'].join('\n');
    const { table, quality } = readTickets(csv, { now: NOW, fileName: 'dump.csv' });
    expect(ticketRows(table).map((r) => [r.cost, r.effortMinutes])).toEqual([[null, null], [null, null], [null, null]]);
    expect(quality.issues.map((i) => `${i.row}:${i.column}:${i.code}`)).toEqual(['2:cost:all-zero', '2:effortMinutes:all-zero']);
    expect(quality.issues[0]!.message).toBe('dump.csv row 2, cost: this column is 0 on every row that has a value: read as not recorded (empty), not as a cost or time of 0');
    expect(quality.accepted).toBe(3);
    // Without any cost, the total cost of ownership is not measured, not €0 (the same file with the cells empty).
    const report = buildReport({ tickets: table, policy: parsePolicy({}), quality: { tickets: quality } }, { period: '2026-03', asOf: '2026-04-01T00:00Z' });
    expect(report.tco.total).toBeNull();
  });

  it('keeps the column when one row has a cost', () => {
    const csv = [HEAD, 'T1,2026-03-02T09:00Z,2026-03-02T11:00Z,P2,incident,0,0', 'T2,2026-03-03T09:00Z,2026-03-03T10:00Z,P3,request,45,0'].join('\n');
    const { table, quality } = readTickets(csv, { now: NOW });
    expect(ticketRows(table).map((r) => [r.cost, r.effortMinutes])).toEqual([[0, null], [45, null]]);
    expect(quality.warnings).toEqual({ 'all-zero': 1 });
  });

  it('reads an asset file whose purchase prices are all 0 the same way', () => {
    const { table, quality } = readAssets('id,name,type,purchaseCost,inServiceDate\nPC-1,PC 1,laptop,0,2024-01-01\nPC-2,PC 2,laptop,0,2024-01-01', { now: NOW });
    expect(assetRows(table).map((r) => r.purchaseCost)).toEqual([null, null]);
    expect(quality.warnings).toEqual({ 'all-zero': 1 });
  });
});
