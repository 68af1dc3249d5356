/**
 * An SLA rate with tickets but no target (issue seen on servicenow-incident-autoclose.csv, a
 * list of number, state and dates with no priority column): the report said "nothing to measure
 * it on in this period" beside 102 tickets. It now says why: no ticket has a priority with a target.
 */
import { describe, expect, it } from 'vitest';
import { ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { CATALOGUES } from './messages.js';

const policy = parsePolicy({ timezone: 'UTC' });
const asOf = '2026-04-01T00:00:00Z';

describe('an SLA rate with no ticket under a target', () => {
  it('is not measured for no-target when no ticket has a priority', () => {
    // Two tickets, both resolved in March, neither with a priority: both counted, both without target.
    const tickets = ticketsFromRows([
      { id: 'T1', openedAt: '2026-03-10T09:00:00Z', firstResponseAt: '2026-03-10T09:30:00Z', resolvedAt: '2026-03-10T11:00:00Z' },
      { id: 'T2', openedAt: '2026-03-11T09:00:00Z', firstResponseAt: '2026-03-11T09:30:00Z', resolvedAt: '2026-03-12T11:00:00Z' },
    ]);
    const report = buildReport({ tickets, assets: null, policy }, { period: '2026-03', asOf });
    expect(report.sla.resolution?.adherence ?? null).toBeNull();
    expect(report.sla.tickets).toBe(2);
    expect(report.sla.withoutTarget).toBe(2);
    expect(report.notMeasured).toContainEqual({ figure: 'sla.resolution.adherence', reason: 'no-target' });
    expect(report.notMeasured).toContainEqual({ figure: 'sla.response.adherence', reason: 'no-target' });
  });

  it('keeps no-data-in-period for a period with no ticket', () => {
    const tickets = ticketsFromRows([
      { id: 'T1', openedAt: '2026-02-10T09:00:00Z', priority: 'P2', firstResponseAt: '2026-02-10T09:30:00Z', resolvedAt: '2026-02-10T11:00:00Z' },
      { id: 'T2', openedAt: '2026-04-10T09:00:00Z', priority: 'P2', firstResponseAt: '2026-04-10T09:30:00Z', resolvedAt: '2026-04-10T11:00:00Z' },
    ]);
    const report = buildReport({ tickets, assets: null, policy }, { period: '2026-03', asOf: '2026-05-01T00:00:00Z' });
    expect(report.notMeasured.filter((entry) => entry.reason === 'no-target')).toEqual([]);
  });

  it('says so in French and English', () => {
    expect(CATALOGUES.fr.notMeasured('sla.resolution.adherence', 'no-target')).toContain('aucun ticket de la période n’a de priorité avec un objectif');
    expect(CATALOGUES.en.notMeasured('sla.resolution.adherence', 'no-target')).toContain('no ticket of the period has a priority with a target');
  });
});
