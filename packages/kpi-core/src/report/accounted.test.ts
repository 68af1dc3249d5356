/**
 * The review says what the JSON counts apart, so that its counts add up (review7): an outage of
 * unknown length (availability an upper bound), tickets without an SLA target, incidents closed
 * at an unknown time (in no lost hour), assets without a purchase cost (not in the acquisition),
 * assets without dates (not in the replacement plan), the exclusions of the cost per user, and
 * event rows merged into tickets. The data are review7's e1, the counts worked by hand below.
 */
import { describe, expect, it } from 'vitest';
import { readAssets, readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';

const policy = parsePolicy({
  timezone: 'Europe/Paris',
  calendar: { hours: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] }, holidays: { country: 'FR' } },
  // No target for P5: A4 is in no SLA rate.
  sla: { P1: { response: '1h', resolution: '4h', clock: '24x7' }, P2: { response: '2h', resolution: '8h', clock: 'business' }, P3: { response: '4h', resolution: '16h', clock: 'business' } },
  rates: { userHourly: 40, technicianHourly: 60, currency: 'EUR' },
  headcount: 10,
});
// A4 is P5: no target in the policy. A6 is closed with no date: an outage of unknown length,
// in no lost hour. PC2 has no purchase cost nor date: not in the acquisition, nor in the
// replacement plan.
const TICKETS = `id,openedAt,type,priority,status,category,assetId,client,firstResponseAt,resolvedAt,closedAt,pausedMinutes,effortMinutes,affectedUsers
A1,2026-03-28T22:00:00Z,incident,P1,closed,Net,SRV1,Café Été,2026-03-28T22:30:00Z,2026-03-29T02:00:00Z,,,60,2
A2,2026-03-27T15:00:00Z,incident,P2,closed,Net,SRV1,Bistro,2026-03-30T07:30:00Z,2026-03-30T09:00:00Z,,,30,
A3,2026-03-10T08:00:00Z,incident,P3,closed,Disk,PC1,Bistro,2026-03-10T09:00:00Z,2026-03-12T14:00:00Z,,360,,
A4,2026-03-11T10:00:00Z,incident,P5,closed,Disk,PC1,Bistro,2026-03-11T10:30:00Z,2026-03-11T12:00:00Z,,,,
A5,2026-03-31T14:00:00Z,incident,P2,open,Net,PC2,Bistro,,,,,,
A6,2026-03-20T09:00:00Z,incident,P2,closed,Net,PC2,Bistro,,,,,,
A7,2026-03-20T10:00:00Z,incident,P2,cancelled,Net,PC2,Bistro,,2026-03-20T11:00:00Z,,,,
A8,2026-03-05T09:00:00Z,request,P3,closed,Account,,Bistro,2026-03-05T09:10:00Z,2026-03-05T10:00:00Z,,,,
A9,2026-02-16T10:00:00Z,incident,P1,closed,Net,SRV1,Café Été,2026-02-16T10:20:00Z,2026-02-16T11:00:00Z,,,,
`;
const ASSETS = `id,name,type,client,purchaseDate,purchaseCost,inServiceDate,retiredDate,usefulLifeMonths,residualValue,warrantyEnd,contractCostPerYear,licenceCostPerYear,users
SRV1,Server,server,Bistro,2024-01-01,4800,2024-01-01,,48,0,2026-05-15,365,730,10
PC1,Laptop 1,laptop,Bistro,2023-03-01,1200,,2026-03-16,,,,,,1
PC2,Laptop 2,laptop,Bistro,,,,,,,,,,1
PC3,Laptop 3,laptop,Café Été,2026-03-10,900,,,,,2029-03-10,,,1
`;
const read = readTickets(TICKETS, { fileName: 't.csv', timezone: 'Europe/Paris' });
const tickets = read.table;
const assets = readAssets(ASSETS, { fileName: 'a.csv', timezone: 'Europe/Paris' }).table;
const options = { period: '2026-03', asOf: '2026-04-01T10:00:00Z' } as const;

describe('the review accounts for what its figures leave out', () => {
  it('in English', () => {
    const report = buildReport({ tickets, assets, policy, quality: { tickets: read.quality, assets: null } }, { ...options, language: 'en' });
    // The counts the review must say: A4 (P5) has no target; A6 is an outage of unknown length
    // and in no lost hour; PC2 has no purchase cost nor date.
    expect(report.sla.withoutTarget).toBe(1);
    expect(report.reliability.fleet.unknownDurations).toBe(1);
    expect(report.lostHours.unknownDuration).toBe(1);
    expect(report.tco.withoutPurchaseCost).toBe(1);
    expect(report.replacement.withoutDates).toBe(1);
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('| Response SLA met | 80% (4/5, 1 closed at an unknown time, 1 ticket without a target) |');
    expect(markdown).toContain('| Resolution SLA met | 100% (4/4, 1 pending, 1 closed at an unknown time, 1 ticket without a target) |');
    expect(markdown).toMatch(/\| Availability \| at most \d+\.\d\d% \(1 outage of unknown length, counted as none\) \|/);
    expect(markdown).toContain('open during the period; 1 incident closed at an unknown time, not counted) |');
    expect(markdown).toMatch(/\| Total cost of ownership \| €\d+, excluding direct costs; 1 asset without a purchase cost or date, not included \|/);
    expect(markdown).toMatch(/\| Cost per user over the period \| €\d+, excluding direct costs; 1 asset without a purchase cost or date, not included \|/);
    expect(markdown).toMatch(/\| Acquisition \(depreciation\), 1 asset without a purchase cost or date, not included \| €\d+ \|/);
    expect(markdown).toContain('1 asset has neither an in-service nor a purchase date: its end of life cannot be told, so it is not in this plan.');
  });

  it('in French, and without an asset file the cost per user carries the exclusions of the total', () => {
    const markdown = reportToMarkdown(buildReport({ tickets, assets: null, policy, quality: { tickets: read.quality, assets: null } }, { ...options, language: 'fr' }));
    expect(markdown).toContain('| SLA de prise en charge respecté | 80\u202f% (4/5, 1 clos à une date inconnue, 1 ticket sans objectif) |');
    // Without an asset file only the assets that failed are known: no availability of the fleet.
    expect(markdown).toContain('| Disponibilité | non mesurée (pas de fichier d’équipements\u202f: seuls les équipements tombés en panne sont connus) |');
    const withAssets = reportToMarkdown(buildReport({ tickets, assets, policy, quality: { tickets: read.quality, assets: null } }, { ...options, language: 'fr' }));
    expect(withAssets).toMatch(/\| Disponibilité \| au plus \d+,\d\d\u202f% \(1 panne de durée inconnue, comptée sans arrêt\) \|/);
    expect(markdown).toContain('\u202f; 1 incident clos à une date inconnue, non compté) |');
    expect(markdown).toMatch(/\| Coût par utilisateur sur la période \| \d+\s€, hors acquisition, contrats, licences et coûts directs \|/);
    // French keeps 0 and 1 in the singular.
    expect(markdown).toContain('- t.csv\u202f: 9 lignes lues, 9 acceptées, 0 rejetée');
  });

  it('says that the rows of an event log were merged into tickets (one row per event)', () => {
    // As the UCI event log reads: 141,712 rows, all accepted, 116,794 merged into later events,
    // so the figures rest on 141,712 − 116,794 = 24,918 tickets.
    const quality = { ...read.quality, rowsRead: 141_712, accepted: 141_712, merged: 116_794 };
    const en = reportToMarkdown(buildReport({ tickets, assets: null, policy, quality: { tickets: quality, assets: null } }, { ...options, language: 'en' }));
    expect(en).toContain('- t.csv: 141,712 rows read, 141,712 accepted, 0 rejected, merged into 24,918 tickets (one row per event)');
    const fr = reportToMarkdown(buildReport({ tickets, assets: null, policy, quality: { tickets: quality, assets: null } }, { ...options, language: 'fr' }));
    expect(fr).toContain('- t.csv\u202f: 141\u202f712 lignes lues, 141\u202f712 acceptées, 0 rejetée, fusionnées en 24\u202f918 tickets (une ligne par événement)');
  });
});
