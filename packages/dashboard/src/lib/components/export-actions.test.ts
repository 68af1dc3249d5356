import { describe, expect, it } from 'vitest';
import { createFormat } from '../format/format.js';
import { sampleReport } from '../sample/report.js';
import { EXPORT_ACTIONS, printTitle, reviewFileName } from './export-actions.js';

describe('export menu helpers', () => {
  const report = sampleReport({ period: '2026-Q3' });

  it('names files revue-<period>[-<client>]-<suffix>, safe for every file system', () => {
    expect(reviewFileName({ ...report, client: null }, 'sla-by-month.png')).toBe('revue-2026-Q3-sla-by-month.png');
    // "/" and ":" are forbidden on Windows or macOS: safeFileName turns them into "-".
    expect(reviewFileName({ ...report, client: 'Bistro: Paris/Nord' }, 'tco-by-type.csv')).toBe('revue-2026-Q3-Bistro- Paris-Nord-tco-by-type.csv');
  });

  it('titles the printed review with the period in the page language and the client', () => {
    expect(printTitle({ ...report, client: null }, { format: createFormat('en') })).toBe('Revue – Q3 2026');
    expect(printTitle({ ...report, client: 'Bistro' }, { format: createFormat('fr') })).toBe('Revue – T3 2026 – Bistro');
  });

  it('offers print first, available on every page (the print view has no section CSV)', () => {
    expect(EXPORT_ACTIONS[0]!.id).toBe('print');
    expect(EXPORT_ACTIONS[0]!.available).toBeUndefined();
    const csv = EXPORT_ACTIONS.find((a) => a.id === 'csv')!;
    expect(csv.available!({ report, review: {} as never, section: null, openPrintView: async () => {} })).toBe(false);
  });
});
