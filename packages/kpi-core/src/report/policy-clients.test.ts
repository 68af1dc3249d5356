// Client overrides of the policy are matched as `--client` is (ignoring case, accents and
// spacing), and an override that names no client of the data is said, never silently ignored
// (review7: `"cafe ete"` for `Café Été` and `"Bistrot"` for `Bistro` were both dropped).
import { describe, expect, it } from 'vitest';
import { assetsFromRows, ticketsFromRows } from '../model/tables.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from './build.js';
import { policyWithClientSpellings } from './clients.js';
import { reportToMarkdown } from './markdown.js';

// Two tickets of March 2026 with technician effort: Café Été 60 min, Bistro 30 min.
const tickets = ticketsFromRows([
  { id: 'A1', openedAt: Date.parse('2026-03-10T09:00:00Z'), resolvedAt: Date.parse('2026-03-10T10:00:00Z'), priority: 'P3', type: 'incident', client: 'Café Été', effortMinutes: 60 },
  { id: 'A2', openedAt: Date.parse('2026-03-11T09:00:00Z'), resolvedAt: Date.parse('2026-03-11T10:00:00Z'), priority: 'P3', type: 'incident', client: 'Bistro', effortMinutes: 30 },
]);
const options = { period: '2026-03', asOf: '2026-04-01T10:00:00Z' } as const;

describe('policy client overrides', () => {
  it('"cafe  ete" is Café Été\'s override: its hourly rate prices its labour', () => {
    const policy = parsePolicy({ rates: { technicianHourly: 10 }, clients: { 'cafe  ete': { rates: { technicianHourly: 99 } } } });
    const report = buildReport({ tickets, policy }, options);
    // 1 h × 99 (Café Été) + 0.5 h × 10 (Bistro, base rate) = 104; before: 1.5 h × 10 = 15.
    expect(report.tco.labour.technicianCost).toBe(104);
    expect(report.policyNotices).toEqual([]);
    // A single-client review takes it too: 1 h × 99.
    expect(buildReport({ tickets, policy }, { ...options, client: 'Café Été' }).tco.labour.technicianCost).toBe(99);
  });

  it('an override naming no client ("Bistrot") is not applied and is said, in the report and its Markdown', () => {
    const policy = parsePolicy({ rates: { technicianHourly: 10 }, clients: { Bistrot: { rates: { technicianHourly: 50 } } } });
    const report = buildReport({ tickets, policy }, options);
    // 1.5 h × 10: Bistro keeps the base rate.
    expect(report.tco.labour.technicianCost).toBe(15);
    expect(report.policyNotices).toEqual([{ code: 'unknown-client', name: 'Bistrot' }]);
    expect(reportToMarkdown(report)).toContain('- The policy\'s override for "Bistrot" names no client of the data (compared ignoring case, accents and spacing): it was not applied.');
    expect(reportToMarkdown(buildReport({ tickets, policy }, { ...options, language: 'fr' }))).toContain('«\u202fBistrot\u202f»');
    // A client's review names no other client (DESIGN §6): the notice is left out of it.
    expect(buildReport({ tickets, policy }, { ...options, client: 'Bistro' }).policyNotices).toEqual([]);
  });

  it('a client of the asset file only is a client: its override is no notice', () => {
    const assets = assetsFromRows([{ id: 'PC-9', client: 'Gamma' }]);
    const policy = parsePolicy({ clients: { gamma: { headcount: 3 } } });
    expect(buildReport({ tickets, assets, policy }, options).policyNotices).toEqual([]);
  });
});

describe('policyWithClientSpellings', () => {
  it('respells a key that folds to exactly one client; an exact key wins over a folded twin', () => {
    const policy = { clients: { 'cafe ete': 1, Bistro: 2, BISTRO: 3, Nobody: 4 } };
    const { policy: spelled, unknown } = policyWithClientSpellings(policy, ['Café Été', 'Bistro']);
    expect(spelled.clients).toEqual({ 'Café Été': 1, Bistro: 2, BISTRO: 3, Nobody: 4 });
    expect(unknown).toEqual(['BISTRO', 'Nobody']);
  });

  it('leaves a key alone when two clients fold alike (no guess), and returns the same policy when nothing changes', () => {
    const policy = { clients: { acme: 1 } };
    const result = policyWithClientSpellings(policy, ['ACME', 'Acme']);
    expect(result.policy).toBe(policy);
    expect(result.unknown).toEqual(['acme']);
  });
});
