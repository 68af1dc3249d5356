import { joinChunks, type Chunk } from './chunks.js';
import type { PlainRevueError } from '@revue/kpi-core/parts';
import type { Envelope, Progress, Reply, Request, ResultOf } from './protocol.js';

/**
 * A refusal of the engine: kpi-core's one-line message (English, the CLI's) and, for a
 * RevueError, its code and place, which `errorText` says in the page's language.
 */
export class EngineError extends Error {
  readonly revue: PlainRevueError | undefined;
  constructor(message: string, revue?: PlainRevueError) {
    super(message);
    this.revue = revue;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress: ((progress: Progress) => void) | undefined;
  /** Slices of the result's long arrays, joined to it when it arrives. */
  chunks: Chunk[];
}

/** The part of a Worker the client uses (a fake in tests). */
export interface WorkerLike {
  postMessage(message: unknown): void;
  onmessage: ((event: MessageEvent) => void) | null;
  terminate(): void;
}

/**
 * The page's side of the analysis worker: each request gets an id and a promise; progress
 * messages go to the request's callback.
 *
 * @example
 * const engine = new EngineClient();
 * const summary = await engine.request({ type: 'load-demo' }, (p) => console.log(p.fraction));
 */
export class EngineClient {
  #worker: WorkerLike;
  #next = 1;
  #pending = new Map<number, Pending>();

  constructor(worker?: WorkerLike) {
    this.#worker = worker ?? (new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' }) as unknown as WorkerLike);
    this.#worker.onmessage = (event: MessageEvent) => this.#receive(event.data as Reply);
  }

  request<R extends Request>(request: R, onProgress?: (progress: Progress) => void): Promise<ResultOf<R['type']>> {
    const id = this.#next++;
    return new Promise((resolve, reject) => {
      this.#pending.set(id, { resolve: resolve as (value: unknown) => void, reject, onProgress, chunks: [] });
      this.#worker.postMessage({ ...request, id } satisfies Envelope);
    });
  }

  terminate(): void {
    this.#worker.terminate();
    for (const pending of this.#pending.values()) pending.reject(new EngineError('engine stopped', { code: 'engine-stopped', message: 'engine stopped' }));
    this.#pending.clear();
  }

  #receive(reply: Reply): void {
    const pending = this.#pending.get(reply.id);
    if (!pending) return;
    if (reply.type === 'progress') {
      pending.onProgress?.(reply.progress);
      return;
    }
    if (reply.type === 'chunk') {
      pending.chunks.push({ path: reply.path, items: reply.items });
      return;
    }
    this.#pending.delete(reply.id);
    if (reply.type === 'result') pending.resolve(joinChunks(reply.value, pending.chunks));
    else pending.reject(new EngineError(reply.message, reply.revue));
  }
}
