import { describe, expect, it } from 'vitest';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { compactReport } from './compact.js';
import { formatter } from './format.js';
import { noIncidentType, ticketTypesOf } from './incident-types.js';
import { CATALOGUES } from './messages.js';

const policy = parsePolicy({ timezone: 'UTC', headcount: 10, rates: { userHourly: 40, technicianHourly: 60 } });
const options = { period: '2026-03', asOf: '2026-04-01T00:00:00Z' } as const;

describe('ticketTypesOf', () => {
  it('counts the types as read, most first, a missing type as an incident', () => {
    const types = ticketTypesOf(
      ticketsFromRows([
        { id: '1', openedAt: '2026-03-02T09:00Z', type: 'request' },
        { id: '2', openedAt: '2026-03-02T09:00Z', type: 'Bug' },
        { id: '3', openedAt: '2026-03-02T09:00Z' },
        { id: '4', openedAt: '2026-03-02T09:00Z', type: 'incident' },
        { id: '5', openedAt: '2026-03-02T09:00Z', type: 'Bug' },
      ]),
    );
    // 2 Bug first, then the ones by name: (none), incident, request. Incidents: 3 (no type) and 4.
    expect(types).toEqual({ tickets: 5, incidents: 2, byType: { Bug: 2, '(none)': 1, incident: 1, request: 1 }, noIncidentType: false });
    expect(Object.keys(types.byType)).toEqual(['Bug', '(none)', 'incident', 'request']);
    expect(noIncidentType(types)).toBe(false);
    expect(noIncidentType(ticketTypesOf(ticketsFromRows([])))).toBe(false);
    expect(noIncidentType(ticketTypesOf(ticketsFromRows([{ id: '1', openedAt: '2026-03-02T09:00Z', type: 'Story' }])))).toBe(true);
  });
});

describe('a file without any incident type', () => {
  // Two Jira-like issues in March; an asset bought 1 Jan 2026 for 1461 over 48 months (1461 days): 31 in March.
  const rows: Parameters<typeof ticketsFromRows>[0] = [
    { id: 'W-1', openedAt: '2026-03-02T09:00Z', resolvedAt: '2026-03-03T09:00Z', type: 'Bug', priority: 'P2', assetId: 'A', effortMinutes: 60 },
    { id: 'W-2', openedAt: '2026-03-04T09:00Z', type: 'Story', priority: 'P3' },
  ];
  const tickets = ticketsFromRows(rows);
  const assets = assetsFromRows([{ id: 'A', purchaseCost: 1461, inServiceDate: '2026-01-01' }]);

  it('has no incident figure, with the reason no-incident-type, and keeps the rest', () => {
    const report = buildReport({ tickets, assets, policy }, options);
    expect(report.recurrence.incidents).toBeNull();
    expect(report.reliability.fleet).toMatchObject({ availability: null, mtbfHours: null, failures: null });
    expect(report.lostHours).toMatchObject({ totalHours: null, cost: null, incidents: null });
    // The TCO keeps acquisition and labour (W-1: 1 h × 60 = 60, unclassified: not an incident),
    // without downtime. Two tickets are too few to say the export starts on 2 March
    // (`observedFromSpan`), so the TCO is over the whole period (DESIGN §5), up to asOf (1 April):
    // 1461 / 1461 × 31 days = 31; total 31 + 60 = 91, ÷ 10 employees = 9.1.
    expect(report.tco.byCategory).toMatchObject({ acquisition: 31, unclassified: 60, downtime: null });
    expect(report.tco).toMatchObject({ total: 91, complete: false, perUser: 9.1 });
    expect(report.tco.excluded).toContainEqual({ part: 'downtime', reason: 'no-incident-type', hours: null });
    expect(report.notMeasured.filter((entry) => entry.reason === 'no-incident-type').map((entry) => entry.figure)).toEqual([
      'recurrence',
      'reliability',
      'lostHours',
      'tco.byCategory.downtime',
      'preventive.effort.correctiveIncidents',
    ]);
    // The plan's effort keeps its hours (1 h of labour, none preventive) but counts no corrective incident.
    expect(report.preventive.effort).toMatchObject({ preventiveHours: 0, labourHours: 1, correctiveIncidents: null });
    expect(Object.values(report.preventive.effort.byType).every((entry) => entry.correctiveIncidents === null)).toBe(true);
    expect(report.preventive.trend.every((month) => month.correctiveIncidents === null)).toBe(true);
    // SLA and volume stay: they count every ticket type.
    expect(report.volume.tickets).toBe(2);
    expect(report.sla.resolution?.met).toBe(1);
    expect(report.trend.series.lostHours.every((value) => value === null)).toBe(true);
    expect(report.trend.notMeasured).toContainEqual({ figure: 'lostHours', reason: 'no-incident-type' });
    // March's cost in the trend is the period's TCO (the period is that month): 31 + 60 = 91,
    // without downtime for the same reason.
    const march = report.trend.months.indexOf('2026-03');
    expect(report.trend.series.cost[march]).toBe(91);
    // What it leaves out is what the period's TCO leaves out: direct costs (not recorded), downtime.
    expect(report.trend.costExcluded).toEqual(report.tco.excluded.map(({ part, reason }) => ({ part, reason, months: ['2026-03'] })));
    // (The asset file records a purchase cost only: contracts and licences are not measured either.)
    expect(report.trend.costExcluded.map((entry) => entry.part)).toEqual(['contracts', 'licences', 'direct-costs', 'downtime']);
    // Without the asset file and without effort, nothing is left to price: no cost, not 0.
    const bare = buildReport({ tickets: ticketsFromRows(rows.map(({ effortMinutes: _effort, ...row }) => row)), policy }, options);
    expect(bare.tco.total).toBeNull();
    expect(bare.trend.series.cost[march]).toBeNull();
    expect(bare.trend.costExcluded.map((entry) => `${entry.part}:${entry.reason}`)).toEqual([
      'acquisition:no-assets', 'contracts:no-assets', 'licences:no-assets', 'labour:not-recorded', 'downtime:no-incident-type',
    ]);
  });

  it('builds the same compact previous period as compactReport of the full report', () => {
    // February holds a Bug on asset A: the previous period's reliability once counted A's map as
    // cut (1 asset) although withoutIncidents leaves it empty, and --detail full shows none.
    const withFebruary = ticketsFromRows([...rows, { id: 'W-0', openedAt: '2026-02-02T09:00Z', resolvedAt: '2026-02-02T10:00Z', type: 'Bug', assetId: 'A' }]);
    const data = { tickets: withFebruary, assets, policy };
    const compact = buildReport(data, { ...options, previousDetail: 'compact' });
    const full = buildReport(data, { ...options, previousDetail: 'full' });
    expect(JSON.stringify(compact)).toBe(JSON.stringify(compactReport(full, { current: 'keep' })));
    expect(compact.truncated?.['previous.reliability.byAsset']).toBeUndefined();
  });

  it("counts a client's own tickets in the client's review, the rule still on the whole file", () => {
    // Acme: W-1 (Bug), W-2 (Story); Bistro: one Bug. No incident in the file.
    const twoClients = ticketsFromRows([...rows.map((row) => ({ ...row, client: 'Acme' })), { id: 'B-1', openedAt: '2026-03-05T09:00Z', type: 'Bug', client: 'Bistro' }]);
    const acme = buildReport({ tickets: twoClients, assets: null, policy }, { ...options, client: 'Acme' });
    expect(acme.ticketTypes).toEqual({ tickets: 2, incidents: 0, byType: { Bug: 1, Story: 1 }, noIncidentType: true });
    // Bistro has requests only, in a file where Acme has an incident: an honest 0, nothing said.
    const withIncident = ticketsFromRows([
      { id: 'I-1', openedAt: '2026-03-02T09:00Z', client: 'Acme' },
      { id: 'R-1', openedAt: '2026-03-03T09:00Z', type: 'request', client: 'Bistro' },
    ]);
    const bistro = buildReport({ tickets: withIncident, assets: null, policy }, { ...options, client: 'Bistro' });
    expect(bistro.ticketTypes).toEqual({ tickets: 1, incidents: 0, byType: { request: 1 }, noIncidentType: false });
    expect(bistro.recurrence.incidents).toBe(0);
    expect(CATALOGUES.en.ticketTypes(bistro.ticketTypes, formatter('en', 'EUR', 'UTC'))).toBe('Ticket types read in the file: request 1.');
  });

  it('reads an empty type as the KPIs do: not an incident', () => {
    // isIncidentType('') is false; the count once grouped '' with the untyped tickets, as incidents.
    const types = ticketTypesOf(ticketsFromRows([{ id: '1', openedAt: '2026-03-02T09:00Z', type: '' }]));
    expect(types.incidents).toBe(0);
  });

  it('keeps the honest 0 of a period without incidents in a file that has some', () => {
    // An incident in February: the file has incidents, March has none.
    const withFebruary = ticketsFromRows([...rows, { id: 'I-1', openedAt: '2026-02-02T09:00Z', resolvedAt: '2026-02-02T10:00Z' }]);
    const report = buildReport({ tickets: withFebruary, assets, policy }, options);
    expect(report.ticketTypes.incidents).toBe(1);
    expect(report.recurrence.incidents).toBe(0);
    expect(report.lostHours).toMatchObject({ totalHours: 0, cost: 0 });
    expect(report.notMeasured.some((entry) => entry.reason === 'no-incident-type')).toBe(false);
  });

  it('says how the types were read, in English and French', () => {
    const types = ticketTypesOf(tickets);
    expect(CATALOGUES.en.ticketTypes(types, formatter('en', 'EUR', 'UTC'))).toBe(
      'Ticket types read in the file: Bug 1, Story 1. None is read as an incident, so incidents, recurrence, reliability and hours lost are not measured; to count a type as incidents, map it in a mapping\'s values.type (for example "Bug": "incident").',
    );
    expect(CATALOGUES.fr.ticketTypes({ tickets: 3, incidents: 2, byType: { incident: 2, request: 1 }, noIncidentType: false }, formatter('fr', 'EUR', 'UTC'))).toBe(
      'Types de ticket lus dans le fichier\u202f: incident 2, demande 1.',
    );
  });
});
