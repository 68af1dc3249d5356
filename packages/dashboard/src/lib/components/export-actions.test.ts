import { describe, expect, it } from 'vitest';
import { createFormat } from '../format/format.js';
import { sampleReport } from '../sample/report.js';
import { deckSettings, EXPORT_ACTIONS, printTitle, reviewCsvOptions, reviewFileName } from './export-actions.js';
import { translator } from '../i18n/index.js';

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

  it('marks demo files in their name', () => {
    expect(reviewFileName({ ...report, client: 'Bistro' }, 'summary.csv', { demo: true })).toBe('revue-2026-Q3-Bistro-demo-summary.csv');
  });

  it('writes the CSV in the convention of the page language, in the policy zone, with a demo column for the demo', () => {
    const fr = { filters: { language: 'fr' as const, period: null, client: null }, isDemo: true, t: translator('fr') };
    expect(reviewCsvOptions(fr, report)).toEqual({ delimiter: ';', decimal: ',', timeZone: 'Europe/Paris', demo: { header: 'Données', value: 'Données de démonstration' } });
    expect(reviewCsvOptions({ ...fr, filters: { ...fr.filters, language: 'en' }, isDemo: false, t: translator('en') }, report)).toEqual({ delimiter: ',', decimal: '.', timeZone: 'Europe/Paris' });
  });

  it('gives the deck the page language and the demo flag (no storage here: default branding, no commentary)', () => {
    const settings = deckSettings(report, { filters: { language: 'fr', period: null, client: null }, isDemo: true });
    expect(settings).toMatchObject({ language: 'fr', isDemo: true, commentary: { sections: {}, nextSteps: '' } });
    expect(settings.branding!.mspName).toBe('');
  });

  it('offers the workbook and every client at once, the batch only with clients in the data', () => {
    const ids = EXPORT_ACTIONS.map((a) => a.id);
    expect(ids).toEqual(['print', 'csv', 'xlsx', 'pptx', 'batch-pptx', 'batch-xlsx', 'report-json']);
    const batch = EXPORT_ACTIONS.find((a) => a.id === 'batch-pptx')!;
    const context = (clients: string[]) => ({ report, review: { loaded: { clients } } as never, section: null, openPrintView: async () => {} });
    expect(batch.available!(context([]))).toBe(false);
    expect(batch.available!(context(['Bistro', 'Cabinet Leroy']))).toBe(true);
  });
});
