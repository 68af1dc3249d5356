import { readTickets } from '@revue/kpi-core';
import { describe, expect, it } from 'vitest';
import { EngineError, type EngineClient } from '../engine/client.js';
import type { LoadSummary, Request } from '../engine/protocol.js';
import { keptNames, keptRecord, memoryStore, parseKept } from './persist.js';
import { Review } from './review.svelte.js';

const TICKETS = 'id,openedAt\nT1,2026-07-01T11:59:00Z\n';

function summary(source: LoadSummary['source']): LoadSummary {
  return {
    source,
    files: { tickets: source === 'demo' ? 'demo.csv' : 'tickets.csv', assets: null, policy: null },
    quality: { tickets: readTickets(TICKETS, { fileName: 'tickets.csv' }).quality, assets: null },
    clients: [],
    timezone: 'UTC',
    currency: 'EUR',
    span: null,
    asOf: '2026-07-01T11:59:00.000Z',
    // The latest quarter ended at asOf (engine/when.ts).
    defaultPeriod: '2026-Q2',
    policy: { document: {}, source: 'defaults', file: null },
  };
}

/** An engine that loads at once (files fail when `failFiles`), recording what it was asked to load. */
function fakeEngine(options: { failFiles?: boolean } = {}) {
  const loads: Array<{ type: string; tickets?: string }> = [];
  const engine = {
    request(request: Request) {
      if (request.type === 'load-demo') {
        loads.push({ type: 'demo' });
        return Promise.resolve(summary('demo'));
      }
      if (request.type === 'load') {
        loads.push({ type: 'files', tickets: request.tickets.name });
        return options.failFiles ? Promise.reject(new EngineError('tickets.csv: cannot read tickets.csv', { code: 'unreadable', message: 'cannot read tickets.csv', file: 'tickets.csv' })) : Promise.resolve(summary('files'));
      }
      return new Promise(() => undefined);
    },
  };
  return { engine: engine as unknown as EngineClient, loads };
}

const FILES = { tickets: { name: 'tickets.csv', data: new Blob([TICKETS], { type: 'text/csv' }) }, assets: null, policy: { name: 'policy.json', data: '{}' } };
const MAPPINGS = { tickets: { columns: { id: 'N°' }, values: {} }, assets: null };

describe('kept files', () => {
  it('records the bytes, names and mappings of the files just loaded', async () => {
    const kept = keptRecord(FILES, MAPPINGS, new Date('2026-10-02T08:00:00Z'));
    expect(kept).toMatchObject({ version: 1, savedAt: '2026-10-02T08:00:00.000Z', active: true, mappings: MAPPINGS });
    expect(await kept.files.tickets.data.text()).toBe(TICKETS);
    // A policy given as text is kept as a Blob too.
    expect(await kept.files.policy!.data.text()).toBe('{}');
    expect(keptNames(kept)).toEqual(['tickets.csv', 'policy.json']);
  });

  it('keeps the preventive plan CSV too, and reopens it with the other files', async () => {
    const plan = 'id,title,assetType,assetIds,category,every\nrestore,Restore test,server,,Backup,month\n';
    const kept = keptRecord({ ...FILES, plan: { name: 'plan.csv', data: plan } }, MAPPINGS, new Date('2026-10-02T08:00:00Z'));
    expect(await kept.files.plan!.data.text()).toBe(plan);
    expect(keptNames(kept)).toEqual(['tickets.csv', 'policy.json', 'plan.csv']);
    // A record kept before plans could be loaded has none.
    expect(parseKept({ version: 1, files: { tickets: { name: 't.csv', data: new Blob(['x']) } } })!.files.plan).toBeNull();
    const store = memoryStore();
    await store.put(kept);
    const requests: Request[] = [];
    const engine = { request: (request: Request) => (requests.push(request), Promise.resolve(summary('files'))) } as unknown as EngineClient;
    const review = new Review(() => undefined, engine, store);
    await review.start();
    const load = requests.find((r) => r.type === 'load') as Extract<Request, { type: 'load' }>;
    expect(load.plan?.name).toBe('plan.csv');
  });

  it('reads a damaged or foreign record as nothing kept', () => {
    expect(parseKept(null)).toBeNull();
    expect(parseKept({ version: 2, files: {} })).toBeNull();
    expect(parseKept({ version: 1, files: { tickets: { name: 't.csv', data: 'not a blob' } } })).toBeNull();
    const kept = parseKept({ version: 1, files: { tickets: { name: 't.csv', data: new Blob(['x']) }, assets: 'junk' }, mappings: { tickets: 'junk' } });
    expect(kept).toMatchObject({ active: true, files: { assets: null, policy: null }, mappings: { tickets: null, assets: null } });
  });
});

describe('Review with kept files', () => {
  it('shows the demo on a first visit, keeps loaded files, and opens them again on the next visit', async () => {
    const store = memoryStore();
    const first = fakeEngine();
    const review = new Review(() => undefined, first.engine, store);
    await review.start();
    expect(review.isDemo).toBe(true);
    expect(await review.loadFiles(FILES, MAPPINGS)).toBe(true);
    expect(review.isDemo).toBe(false);
    expect(review.kept).toEqual({ names: ['tickets.csv', 'policy.json'], active: true });

    // A reload: a new page state, the same browser storage.
    const second = fakeEngine();
    const reloaded = new Review(() => undefined, second.engine, store);
    await reloaded.start();
    expect(second.loads).toEqual([{ type: 'files', tickets: 'tickets.csv' }]);
    expect(reloaded.isDemo).toBe(false);
  });

  it('shows the demo after "Use the demo data" on reload too, the files ready to reopen', async () => {
    const store = memoryStore();
    const review = new Review(() => undefined, fakeEngine().engine, store);
    await review.loadFiles(FILES, MAPPINGS);
    await review.loadDemo();
    expect(review.kept).toEqual({ names: ['tickets.csv', 'policy.json'], active: false });
    const next = fakeEngine();
    const reloaded = new Review(() => undefined, next.engine, store);
    await reloaded.start();
    expect(next.loads).toEqual([{ type: 'demo' }]);
    expect(await reloaded.reopenKept()).toBe(true);
    expect(reloaded.isDemo).toBe(false);
    expect(store.value?.active).toBe(true);
  });

  it('forgets the files: storage emptied, the demo on screen', async () => {
    const store = memoryStore();
    const review = new Review(() => undefined, fakeEngine().engine, store);
    await review.loadFiles(FILES, MAPPINGS);
    await review.forgetFiles();
    expect(store.value).toBeNull();
    expect(review.kept).toBeNull();
    expect(review.isDemo).toBe(true);
  });

  it('falls back to the demo, saying so, when kept files can no longer be read', async () => {
    const store = memoryStore();
    await store.put(keptRecord(FILES, MAPPINGS, new Date()));
    const engine = fakeEngine({ failFiles: true });
    const review = new Review(() => undefined, engine.engine, store);
    await review.start();
    expect(engine.loads.map((l) => l.type)).toEqual(['files', 'demo']);
    expect(review.isDemo).toBe(true);
    // The engine's refusal as it comes (an EngineError with kpi-core's code and place).
    expect(review.error).toBe('Your kept files could not be opened again (tickets.csv: cannot read tickets.csv): the demo data is shown.');
  });

  it('says when the files could not be kept, and still shows them', async () => {
    const store = { ...memoryStore(), put: async () => Promise.reject(new Error('QuotaExceededError')) };
    const review = new Review(() => undefined, fakeEngine().engine, store);
    expect(await review.loadFiles(FILES, MAPPINGS)).toBe(true);
    expect(review.keepError).toMatch(/could not be kept in this browser \(QuotaExceededError\)/);
    expect(review.isDemo).toBe(false);
  });
});
