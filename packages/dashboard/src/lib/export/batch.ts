/**
 * One review per client, as `revue --by-client` writes them: each client's report computed in
 * turn (by the worker), turned into a file (a deck or a workbook), and all of them zipped into
 * one download. Progress after each client; cancellable between two clients.
 */
import type { Report } from '@revue/kpi-core';
import { safeFileName } from './download.js';

export interface BatchFile {
  name: string;
  bytes: Uint8Array;
}

export interface BatchOptions {
  /** The clients, in order. */
  clients: readonly string[];
  /** The report of one client (the worker's `report` request). */
  report: (client: string) => Promise<Report>;
  /** The file of one client's report. */
  file: (report: Report, client: string) => Promise<BatchFile>;
  /** After each client: how many are done, of how many, and which is next (or last done). */
  onProgress?: (progress: { done: number; total: number; client: string }) => void;
  /** Aborting stops before the next client (the one being computed finishes first). */
  signal?: AbortSignal;
}

/** Thrown when the batch was cancelled. */
export class BatchCancelled extends Error {
  constructor() {
    super('cancelled');
    this.name = 'BatchCancelled';
  }
}

/**
 * Names unique within one zip: a name seen before (two clients whose names differ only by
 * characters a file system refuses) gets ` (2)`, ` (3)`… before its extension.
 *
 * @example
 * uniqueNames(['a.pptx', 'a.pptx', 'b.pptx']); // → ['a.pptx', 'a (2).pptx', 'b.pptx']
 */
export function uniqueNames(names: readonly string[]): string[] {
  const used = new Set<string>();
  return names.map((name) => {
    const dot = name.lastIndexOf('.');
    const stem = dot > 0 ? name.slice(0, dot) : name;
    const extension = dot > 0 ? name.slice(dot) : '';
    let candidate = name;
    for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${stem} (${n})${extension}`;
    used.add(candidate.toLowerCase());
    return candidate;
  });
}

/**
 * Computes and writes the file of every client, one after another, and zips them (stored, not
 * recompressed: .pptx and .xlsx are zips already). Rejects with `BatchCancelled` when the signal
 * aborts; each file holds one client's report only.
 *
 * @example
 * const zip = await batchZip({ clients: ['Bistro', 'Cabinet'], report: (c) => engine.request({ type: 'report', period, client: c, language }), file: async (r) => ({ name: deckFileName(r), bytes: await deckBytes(deckPlan(r)) }) });
 */
export async function batchZip(options: BatchOptions): Promise<Uint8Array> {
  const files: BatchFile[] = [];
  const total = options.clients.length;
  for (const [index, client] of options.clients.entries()) {
    if (options.signal?.aborted) throw new BatchCancelled();
    options.onProgress?.({ done: index, total, client });
    const report = await options.report(client);
    if (options.signal?.aborted) throw new BatchCancelled();
    files.push(await options.file(report, client));
  }
  options.onProgress?.({ done: total, total, client: options.clients.at(-1) ?? '' });
  const names = uniqueNames(files.map((f) => safeFileName(f.name)));
  // fflate on first use only: the main bundle does not carry a zip writer.
  const { zipSync } = await import('fflate');
  return zipSync(Object.fromEntries(files.map((f, i) => [names[i]!, [f.bytes, { level: 0 }]])));
}
