import { readTickets } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../engine/client.js';
import type { LoadSummary, Request } from '../engine/protocol.js';
import { Review } from './review.svelte.js';

/**
 * Data whose latest event is 2026-07-01 (UTC): the worker's default period (kpi-core's
 * `defaultPeriod`, see engine/when.test.ts) is 2026-Q2, the latest quarter ended at asOf.
 */
const SUMMARY: LoadSummary = {
  source: 'files',
  files: { tickets: 'tickets.csv', assets: null, policy: null },
  quality: { tickets: readTickets('id,openedAt\nT1,2026-07-01T11:59:00Z\n', { fileName: 'tickets.csv' }).quality, assets: null },
  clients: ['Bistro Lumière', 'Cabinet Martin'],
  timezone: 'UTC',
  currency: 'EUR',
  span: { from: '2026-07-01T11:59:00.000Z', to: '2026-07-01T11:59:00.000Z' },
  asOf: '2026-07-01T11:59:00.000Z',
  defaultPeriod: '2026-Q2',
  policy: { document: {}, source: 'defaults', file: null },
};

/** An engine that loads at once and records the report requests (left pending: only who asks matters). */
function fakeEngine() {
  const reports: Array<string | null> = [];
  const clients: Array<string | null> = [];
  const engine = {
    request(request: Request) {
      if (request.type === 'load' || request.type === 'load-demo') return Promise.resolve(SUMMARY);
      if (request.type === 'report') {
        reports.push(request.period);
        clients.push(request.client);
      }
      return new Promise(() => undefined);
    },
  };
  return { engine: engine as unknown as EngineClient, reports, clients };
}

const FILES = { tickets: { name: 'tickets.csv', data: 'id,openedAt\nT1,2026-07-01T11:59:00Z\n' }, assets: null, policy: null };
const MAPPINGS = { tickets: null, assets: null };

describe('Review.loadFiles', () => {
  it('asks for one report, for the new data’s default period, when the URL changes later (as goto does)', async () => {
    const { engine, reports } = fakeEngine();
    const navigations: string[] = [];
    const review = new Review((search) => navigations.push(search), engine);
    review.syncFromUrl('?period=2026-Q3&lang=en'); // the demo's period, nothing loaded yet
    expect(await review.loadFiles(FILES, MAPPINGS)).toBe(true);
    expect(navigations).toEqual(['?period=2026-Q2&lang=en']);
    // The navigation lands: same filters as the report asked for, so no second report.
    review.syncFromUrl(navigations[0]!);
    expect(reports).toEqual(['2026-Q2']);
  });

  it('asks for one report when the URL changes at once', async () => {
    const { engine, reports } = fakeEngine();
    let review: Review | null = null;
    review = new Review((search) => review?.syncFromUrl(search), engine);
    review.syncFromUrl('?period=2026-Q3&lang=en');
    await review.loadFiles(FILES, MAPPINGS);
    expect(reports).toEqual(['2026-Q2']);
  });

  it('asks for one report when the default period is the one already shown', async () => {
    const { engine, reports } = fakeEngine();
    const review = new Review(() => undefined, engine);
    review.syncFromUrl('?period=2026-Q2&lang=en');
    await review.loadFiles(FILES, MAPPINGS);
    review.syncFromUrl('?period=2026-Q2&lang=en');
    expect(reports).toEqual(['2026-Q2']);
  });
});

describe('Review: the client of the URL', () => {
  /** A review whose navigations land at once, as goto does, with the demo loaded. */
  async function opened(search: string) {
    const fake = fakeEngine();
    const navigations: string[] = [];
    let review: Review | null = null;
    review = new Review((next) => {
      navigations.push(next);
      review?.syncFromUrl(next);
    }, fake.engine);
    review.syncFromUrl(search);
    await review.loadDemo();
    return { review, navigations, ...fake };
  }

  it('takes a name written in another case, with or without accents, as the client (DESIGN §6)', async () => {
    const { review, navigations, clients } = await opened('?period=2026-Q2&client=bistro%20lumiere&lang=en');
    // The URL is rewritten with the name as the data writes it, and its report asked for.
    expect(navigations).toEqual(['?period=2026-Q2&client=Bistro+Lumi%C3%A8re&lang=en']);
    expect(review.filters.client).toBe('Bistro Lumière');
    expect(review.client).toEqual({ kind: 'client', client: 'Bistro Lumière' });
    expect(clients).toEqual(['Bistro Lumière']);
  });

  it('shows no figure for an unknown client: no report is asked for, none is kept', async () => {
    const { review, navigations, reports } = await opened('?period=2026-Q2&client=Nobody&lang=en');
    expect(navigations).toEqual([]);
    expect(reports).toEqual([]);
    expect(review.report).toBeNull();
    expect(review.status).toBe('ready');
    expect(review.client).toEqual({ kind: 'unknown', name: 'Nobody', known: SUMMARY.clients });
  });

  it('writes the default period and keeps the unknown client when the URL names no period', async () => {
    const { review, navigations, reports } = await opened('?client=Nobody&lang=en');
    expect(navigations).toEqual(['?period=2026-Q2&client=Nobody&lang=en']);
    expect(reports).toEqual([]);
    expect(review.client.kind).toBe('unknown');
  });

  it('drops a client the new files do not name (it came from the data shown before)', async () => {
    const { engine, clients } = fakeEngine();
    const navigations: string[] = [];
    const review = new Review((search) => navigations.push(search), engine);
    review.syncFromUrl('?period=2026-Q3&client=Durand%20Industrie&lang=en');
    await review.loadFiles(FILES, MAPPINGS);
    expect(navigations).toEqual(['?period=2026-Q2&lang=en']);
    expect(clients).toEqual([null]);
  });
});

describe('Review.setPolicy', () => {
  /** An engine whose `policy` request answers with `problem` (a refusal) or the summary with the document in use. */
  function policyEngine(problem?: string) {
    const requests: Request[] = [];
    const engine = {
      request(request: Request) {
        requests.push(request);
        if (request.type === 'load' || request.type === 'load-demo') return Promise.resolve(SUMMARY);
        if (request.type === 'policy') {
          return Promise.resolve({ ...SUMMARY, policy: problem ? { ...SUMMARY.policy, problem } : { document: request.document ?? {}, source: request.document ? 'edited' : 'defaults', file: null } });
        }
        return new Promise(() => undefined);
      },
    };
    return { engine: engine as unknown as EngineClient, requests };
  }

  it('computes the report again for the same filters with the edited policy', async () => {
    const { engine, requests } = policyEngine();
    const review = new Review(() => undefined, engine);
    review.syncFromUrl('?period=2026-Q2&lang=en');
    await review.loadDemo();
    const before = requests.filter((r) => r.type === 'report').length;
    void review.setPolicy({ rates: { userHourly: 42 } });
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(requests.find((r) => r.type === 'policy')).toEqual({ type: 'policy', document: { rates: { userHourly: 42 } } });
    expect(requests.filter((r) => r.type === 'report')).toHaveLength(before + 1);
    expect(requests.at(-1)).toMatchObject({ type: 'report', period: '2026-Q2' });
    expect(review.loaded?.policy.source).toBe('edited');
  });

  it('returns the worker’s refusal and asks for no report', async () => {
    const { engine, requests } = policyEngine('policy.headcount: 0 is not a positive integer or null');
    const review = new Review(() => undefined, engine);
    review.syncFromUrl('?period=2026-Q2&lang=en');
    await review.loadDemo();
    const before = requests.filter((r) => r.type === 'report').length;
    expect(await review.setPolicy({ headcount: 0 })).toBe('policy.headcount: 0 is not a positive integer or null');
    expect(requests.filter((r) => r.type === 'report')).toHaveLength(before);
    expect(review.loaded?.policy.source).toBe('defaults');
  });
});
