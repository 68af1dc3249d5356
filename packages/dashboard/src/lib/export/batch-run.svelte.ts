/**
 * The state of the "every client" export on screen: running, which client, how many done, and
 * a way to cancel. One at a time; the export menu shows it.
 */
import { BatchCancelled } from './batch.js';

export class BatchRun {
  running = $state(false);
  done = $state(0);
  total = $state(0);
  client = $state('');
  /** The outcome of the last run (done, cancelled, failed), for the page. */
  message = $state<string | null>(null);
  #controller: AbortController | null = null;

  /**
   * Runs `work` with a fresh abort signal and a progress callback; returns its result, or null
   * when it was cancelled (`BatchCancelled`) or another run is on.
   */
  async run<T>(work: (signal: AbortSignal, progress: (p: { done: number; total: number; client: string }) => void) => Promise<T>): Promise<T | null> {
    if (this.running) return null;
    this.#controller = new AbortController();
    this.running = true;
    this.message = null;
    this.done = 0;
    this.total = 0;
    try {
      return await work(this.#controller.signal, (p) => {
        this.done = p.done;
        this.total = p.total;
        this.client = p.client;
      });
    } catch (error) {
      if (error instanceof BatchCancelled) return null;
      throw error;
    } finally {
      this.running = false;
      this.#controller = null;
    }
  }

  /** Stops before the next client. */
  cancel(): void {
    this.#controller?.abort();
  }
}

/** The one batch export of the page. */
export const batchRun = new BatchRun();
