import { describe, expect, it } from 'vitest';
import { EngineClient, type WorkerLike } from './client.js';
import type { Envelope, Reply } from './protocol.js';

class FakeWorker implements WorkerLike {
  onmessage: ((event: MessageEvent) => void) | null = null;
  sent: Envelope[] = [];
  terminated = false;
  postMessage(message: unknown) {
    this.sent.push(message as Envelope);
  }
  reply(reply: Reply) {
    this.onmessage?.({ data: reply } as MessageEvent);
  }
  terminate() {
    this.terminated = true;
  }
}

describe('EngineClient', () => {
  it('matches replies to requests by id and forwards progress', async () => {
    const worker = new FakeWorker();
    const client = new EngineClient(worker);
    const progress: number[] = [];
    const first = client.request({ type: 'load-demo' }, (p) => progress.push(p.fraction));
    const second = client.request({ type: 'report', period: '2026-Q2', client: null, language: 'fr' });
    expect(worker.sent.map((m) => [m.id, m.type])).toEqual([
      [1, 'load-demo'],
      [2, 'report'],
    ]);
    worker.reply({ id: 1, type: 'progress', progress: { stage: 'parse', file: 'tickets.csv', fraction: 0.5 } });
    worker.reply({ id: 2, type: 'error', message: 'unknown period 2026-Q9' });
    worker.reply({ id: 1, type: 'result', value: { source: 'demo' } });
    await expect(first).resolves.toEqual({ source: 'demo' });
    await expect(second).rejects.toThrow('unknown period 2026-Q9');
    expect(progress).toEqual([0.5]);
  });

  it('joins the slices of a long array to the result they came before', async () => {
    const worker = new FakeWorker();
    const client = new EngineClient(worker);
    const report = client.request({ type: 'report', period: '2026-Q2', client: null, language: 'en' });
    // As the worker sends a result whose fleet.ages has 3 items, in slices of 2 (chunks.ts).
    worker.reply({ id: 1, type: 'chunk', path: ['fleet', 'ages'], items: [{ id: 'A1' }, { id: 'A2' }] });
    worker.reply({ id: 1, type: 'chunk', path: ['fleet', 'ages'], items: [{ id: 'A3' }] });
    worker.reply({ id: 1, type: 'result', value: { fleet: { ages: [], total: 3 } } });
    await expect(report).resolves.toEqual({ fleet: { ages: [{ id: 'A1' }, { id: 'A2' }, { id: 'A3' }], total: 3 } });
  });

  it('rejects what is pending when stopped', async () => {
    const worker = new FakeWorker();
    const client = new EngineClient(worker);
    const pending = client.request({ type: 'load-demo' });
    client.terminate();
    await expect(pending).rejects.toThrow('engine stopped');
    expect(worker.terminated).toBe(true);
  });
});
