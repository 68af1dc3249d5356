/**
 * One of a thing is said in the singular, in English and in French (where 0 is singular too):
 * "1 asset to replace", "done once", "1 fenêtre faite sur 8 dues", "1 incident correctif".
 * Found by review5 on small reviews; the data are review5's, the counts worked by hand.
 */
import { describe, expect, it } from 'vitest';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';

const allDay = { mon: ['00:00-24:00'], tue: ['00:00-24:00'], wed: ['00:00-24:00'], thu: ['00:00-24:00'], fri: ['00:00-24:00'], sat: ['00:00-24:00'], sun: ['00:00-24:00'] };
const policy = parsePolicy({
  timezone: 'UTC',
  calendar: { hours: allDay },
  rates: { userHourly: 10, technicianHourly: 60, currency: 'EUR' },
  headcount: 10,
  usefulLifeMonths: { default: 120 },
  // Eight weekly windows are due in March for A1 (from 2 March, the data's first day: weeks of 2, 9, 16, 23 March) and A2.
  preventivePlan: [{ id: 'wk', title: 'Weekly', assetType: 'server', category: 'Backup', every: 'week' }],
});
const tickets = ticketsFromRows([
  { id: 'T1', openedAt: '2026-03-02T09:00:00Z', type: 'incident', maintenanceType: 'corrective', priority: 'P2', category: 'Net', assetId: 'A1', client: 'Acme', resolvedAt: '2026-03-02T11:00:00Z', effortMinutes: 60 },
  // The one preventive visit: A1, week of 16 March.
  { id: 'T4', openedAt: '2026-03-16T09:00:00Z', type: 'request', maintenanceType: 'preventive', priority: 'P3', category: 'Backup', assetId: 'A1', client: 'Acme', resolvedAt: '2026-03-16T10:00:00Z', effortMinutes: 60 },
  { id: 'T5', openedAt: '2026-04-06T09:00:00Z', type: 'request', priority: 'P3', category: 'Other', client: 'Acme', resolvedAt: '2026-04-06T10:00:00Z' },
]);
// A1 reached the end of its 24-month life in January 2022: the one asset to replace.
const assets = assetsFromRows([
  { id: 'A1', type: 'server', client: 'Acme', inServiceDate: '2020-01-01', purchaseCost: 3650, usefulLifeMonths: 24, contractCostPerYear: 365 },
  { id: 'A2', type: 'server', client: 'Beta', inServiceDate: '2025-01-01', purchaseCost: 3650, contractCostPerYear: 365 },
]);

describe('one of a thing, in the singular', () => {
  const review = (language: 'en' | 'fr') => buildReport({ tickets, assets, policy }, { period: '2026-03', asOf: '2026-04-06T12:00:00Z', language });

  it('in English', () => {
    const report = review('en');
    expect(report.preventive).toMatchObject({ done: 1, due: 8 });
    expect(report.preventive.effort.correctiveIncidents).toBe(1);
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('done once out of 8 this period');
    expect(markdown).toContain('; 1 corrective incident.');
    expect(markdown).toContain('1 asset to replace, estimated at');
  });

  it('in French', () => {
    const markdown = reportToMarkdown(review('fr'));
    expect(markdown).toContain('1 fenêtre faite sur 8 dues');
    expect(markdown).toContain('\u202f; 1 incident correctif.');
    expect(markdown).toContain('1 équipement à remplacer, estimé à');
  });
});
