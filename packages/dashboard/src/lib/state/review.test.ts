import { readTickets } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import type { EngineClient } from '../engine/client.js';
import type { LoadSummary, Request } from '../engine/protocol.js';
import { Review } from './review.svelte.js';

/** Data whose latest event is 2026-07-01 (UTC): its default period is 2026-Q2, the last complete quarter (periods.ts). */
const SUMMARY: LoadSummary = {
  source: 'files',
  files: { tickets: 'tickets.csv', assets: null, policy: null },
  quality: { tickets: readTickets('id,openedAt\nT1,2026-07-01T11:59:00Z\n', { fileName: 'tickets.csv' }).quality, assets: null },
  clients: [],
  timezone: 'UTC',
  currency: 'EUR',
  span: { from: '2026-07-01T11:59:00.000Z', to: '2026-07-01T11:59:00.000Z' },
  asOf: '2026-07-01T11:59:00.000Z',
};

/** An engine that loads at once and records the report requests (left pending: only who asks matters). */
function fakeEngine() {
  const reports: Array<string | null> = [];
  const engine = {
    request(request: Request) {
      if (request.type === 'load') return Promise.resolve(SUMMARY);
      if (request.type === 'report') reports.push(request.period);
      return new Promise(() => undefined);
    },
  };
  return { engine: engine as unknown as EngineClient, reports };
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
