/**
 * An asset retired by its status without a date (`retired-without-date`) is not in service at
 * the data date: in service as far as its tickets show, not at all when none names it. Each
 * expected value is computed by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { reportToMarkdown } from './markdown.js';

// UTC, Mon–Fri 09:00–17:00, default useful life 48 months.
const policy = parsePolicy({
  timezone: 'UTC',
  calendar: { hours: { mon: ['09:00-17:00'], tue: ['09:00-17:00'], wed: ['09:00-17:00'], thu: ['09:00-17:00'], fri: ['09:00-17:00'] }, holidays: { country: null } },
  usefulLifeMonths: { default: 48 },
});
const tickets = ticketsFromRows([
  // The data start on Thu 1 Jan 2026: 2026-Q1 is observed whole.
  { id: 'T1', openedAt: '2026-01-01T09:00Z', resolvedAt: '2026-01-01T10:00Z', assetId: 'A1' },
  // The last ticket naming R1: Tue 10 Feb 09:00–11:00.
  { id: 'T2', openedAt: '2026-02-10T09:00Z', resolvedAt: '2026-02-10T11:00Z', assetId: 'R1' },
  { id: 'T3', openedAt: '2026-04-10T09:00Z', resolvedAt: '2026-04-10T10:00Z', assetId: 'A1' },
]);
const assets = assetsFromRows([
  // 48 months from 2024-01-01 = 1461 days: 1461 € depreciate 1 € a day.
  { id: 'A1', status: 'In use', inServiceDate: '2024-01-01', purchaseCost: 1461 },
  // Retired by its status, no date; last seen 10 Feb 11:00; contract 365 €/year = 1 € a day; warranty ends 1 May.
  { id: 'R1', status: 'Retired', inServiceDate: '2024-01-01', purchaseCost: 1461, contractCostPerYear: 365, warrantyEnd: '2026-05-01' },
  // Scrapped, no date, named by no ticket; its life ended 1 Jan 2024 (past its useful life were it in service).
  { id: 'R2', status: 'Au rebut', inServiceDate: '2020-01-01', purchaseCost: 1000 },
]);
const report = buildReport({ tickets, assets, policy }, { period: '2026-Q1', asOf: '2026-04-10T10:00Z' });

describe('an asset retired at an unknown date', () => {
  it('is listed with the instant up to which it is counted in service', () => {
    expect(report.retiredWithoutDate).toEqual([
      { assetId: 'R1', countedUntil: '2026-02-10T11:00:00.000Z' },
      { assetId: 'R2', countedUntil: null },
    ]);
  });

  it('is not in service at the data date: not past its useful life, no warranty expiry, not to replace', () => {
    // R2 would be past its useful life (2020-01-01 + 48 months < asOf), R1 would leave warranty on 1 May.
    expect(report.fleet.pastUsefulLife.assetIds).toEqual([]);
    expect(report.fleet.warrantyExpiringSoon.count).toBe(0);
    expect(report.fleet.ages.map((age) => age.id)).toEqual(['A1']);
    expect(report.replacement.assets.map((asset) => asset.id)).not.toContain('R2');
  });

  it('costs its depreciation and contract up to its last ticket only', () => {
    // 1 Jan → 10 Feb (the day of its last ticket, whose start ends the count): 31 + 9 = 40 days × 1 €.
    expect(report.tco.byAsset['R1']!.byCategory.acquisition).toBeCloseTo(40, 9);
    expect(report.tco.byAsset['R1']!.byCategory.contracts).toBeCloseTo(40, 9);
    // Named by no ticket: no cost in a period the data cover (its life had ended anyway).
    expect(report.tco.byAsset['R2']).toBeUndefined();
    // A1: the whole quarter, 90 days × 1 €.
    expect(report.tco.byAsset['A1']!.byCategory.acquisition).toBeCloseTo(90, 9);
  });

  it('adds uptime to the fleet only up to its last ticket', () => {
    // R1: [1 Jan 00:00, 10 Feb 11:00) = 40 days 11 h = 971 h, of which its 2 h outage: 969 h up.
    expect(report.reliability.byAsset['R1']).toMatchObject({ failures: 1, uptimeHours: 969 });
    // R2 observed no hour: it adds nothing to the fleet's 2160 h of A1 (90 days × 24 h, less T1's 1 h) + 969 h.
    expect(report.reliability.fleet.uptimeHours).toBeCloseTo(2159 + 969, 9);
  });

  it('says so in the review’s data quality section', () => {
    const markdown = reportToMarkdown(report);
    expect(markdown).toContain('R1: counted in service up to 10 Feb 2026');
    expect(markdown).toContain('R2: named by no ticket, not counted in service');
  });
});

describe('an asset not in service by its status (in stock, spare, inactive, broken), no date', () => {
  const stored = assetsFromRows([
    { id: 'A1', status: 'In use', inServiceDate: '2024-01-01', purchaseCost: 1461 },
    // A school PC "Inactif", named by T2 on 10 Feb: in service up to 10 Feb 11:00, as R1 above.
    { id: 'S1', status: 'Inactif', inServiceDate: '2024-01-01', purchaseCost: 1461 },
    // A spare named by no ticket: no uptime, not in the fleet at asOf.
    { id: 'S2', status: 'Spare', inServiceDate: '2024-01-01', purchaseCost: 1461 },
    // Under repair: in the fleet (its repair is downtime the tickets measure).
    { id: 'M1', status: 'Out for Repair', inServiceDate: '2024-01-01' },
  ]);
  const renamed = ticketsFromRows([
    { id: 'T1', openedAt: '2026-01-01T09:00Z', resolvedAt: '2026-01-01T10:00Z', assetId: 'A1' },
    { id: 'T2', openedAt: '2026-02-10T09:00Z', resolvedAt: '2026-02-10T11:00Z', assetId: 'S1' },
    { id: 'T3', openedAt: '2026-04-10T09:00Z', resolvedAt: '2026-04-10T10:00Z', assetId: 'A1' },
  ]);
  const review = buildReport({ tickets: renamed, assets: stored, policy }, { period: '2026-Q1', asOf: '2026-04-10T10:00Z' });

  it('is counted in service as far as its tickets show, and said apart from a retirement', () => {
    expect(review.retiredWithoutDate).toEqual([
      { assetId: 'S1', countedUntil: '2026-02-10T11:00:00.000Z', notInService: true },
      { assetId: 'S2', countedUntil: null, notInService: true },
    ]);
    expect(review.fleet.ages.map((age) => age.id)).toEqual(['A1', 'M1']);
  });

  it('adds no failure-free uptime beyond its last ticket to the fleet MTBF', () => {
    // A1 2159 h + S1 969 h (as R1 above) + M1 2160 h (90 days × 24 h, no failure) = 5288 h; 2 failures.
    // Before (S1, S2 in service all quarter): 2159 + 2158 + 2160 + 2160 = 8637 h, MTBF 4318.5 h.
    expect(review.reliability.fleet.uptimeHours).toBeCloseTo(2159 + 969 + 2160, 9);
    expect(review.reliability.fleet.failures).toBe(2);
    expect(review.reliability.fleet.mtbfHours).toBeCloseTo((2159 + 969 + 2160) / 2, 9);
    expect(review.reliability.byAsset['S2']).toBeUndefined();
  });

  it('costs its depreciation over the whole period: in stock, it is still owned (DESIGN §5, acquisition follows the asset’s dates, not its tickets)', () => {
    // 1461 € over 48 months from 2024-01-01 (1461 days) = 1 € a day; 2026-Q1 = 31 + 28 + 31 = 90
    // days, all observed (data from 1 Jan, asOf 10 Apr): 90 € each, S1 after its last ticket
    // (10 Feb) too, S2 named by no ticket too. (Before: S1 40 €, up to 10 Feb; S2 nothing.)
    expect(review.tco.byAsset['S1']!.byCategory.acquisition).toBeCloseTo(90, 9);
    expect(review.tco.byAsset['S2']!.byCategory.acquisition).toBeCloseTo(90, 9);
    // A1 90 € + S1 90 € + S2 90 € (M1 has no purchase cost).
    expect(review.tco.byCategory.acquisition).toBeCloseTo(270, 9);
    // The monthly cost, as the period's: January 31 €, February 28 €, March 31 € per asset.
    expect(review.trend.series.cost.slice(-3)).toEqual([93, 84, 93].map((amount) => expect.closeTo(amount, 9)));
  });

  it('says so in the review, in English and French', () => {
    expect(reportToMarkdown(review)).toContain('S2: named by no ticket, not counted in service (not in service by its status: in stock, spare, inactive or broken, with no date)');
    const fr = reportToMarkdown(buildReport({ tickets: renamed, assets: stored, policy }, { period: '2026-Q1', asOf: '2026-04-10T10:00Z', language: 'fr' }));
    expect(fr).toContain('S1\u202f: compté en service jusqu’au 10 févr. 2026');
  });
});

describe('an asset whose status is a word for "available": read as in stock, and said', () => {
  // Snipe-IT's deployable status not checked out, ServiceNow's In stock / Available: in stock. A
  // GLPI site's own "Disponible" could mean working, so the review names the reading for each asset.
  const assets = assetsFromRows([
    { id: 'A1', status: 'In use', inServiceDate: '2024-01-01' },
    { id: 'D1', status: 'Disponible', inServiceDate: '2024-01-01' },
    { id: 'S1', status: 'En stock', inServiceDate: '2024-01-01' },
  ]);
  const tickets = ticketsFromRows([
    { id: 'T1', openedAt: '2026-01-01T09:00Z', resolvedAt: '2026-01-01T10:00Z', assetId: 'A1' },
    { id: 'T2', openedAt: '2026-02-10T09:00Z', resolvedAt: '2026-02-10T11:00Z', assetId: 'D1' },
  ]);
  const options = { period: '2026-Q1', asOf: '2026-04-10T10:00Z' } as const;

  it('keeps the status word beside the entry, only for such a word', () => {
    expect(buildReport({ tickets, assets, policy }, options).retiredWithoutDate).toEqual([
      { assetId: 'D1', countedUntil: '2026-02-10T11:00:00.000Z', notInService: true, availableStatus: 'Disponible' },
      { assetId: 'S1', countedUntil: null, notInService: true },
    ]);
  });

  it('says the reading in the review, in English and French', () => {
    expect(reportToMarkdown(buildReport({ tickets, assets, policy }, options))).toContain(
      'D1: counted in service up to 10 Feb 2026, its last ticket (not in service by its status: in stock, spare, inactive or broken, with no date). Its status “Disponible” is read as in stock, as Snipe-IT and ServiceNow mean the word; if it means in use in this inventory, the fleet figures leave out its service after its last ticket.',
    );
    const fr = reportToMarkdown(buildReport({ tickets, assets, policy }, { ...options, language: 'fr' }));
    expect(fr).toContain('Son statut «\u202fDisponible\u202f» est lu comme en stock, au sens de Snipe-IT et ServiceNow\u202f; s’il signifie en service dans cet inventaire, les chiffres du parc omettent son service après son dernier ticket.');
  });
});
