import { describe, expect, it } from 'vitest';
import { strFromU8, strToU8, unzipSync } from 'fflate';
import type { Report } from '@revue/kpi-core';
import { sampleReport } from '../sample/report.js';
import { BatchCancelled, batchZip, uniqueNames } from './batch.js';

const reportOf = (client: string): Report => ({ ...sampleReport({ period: '2026-Q3' }), client });

describe('batchZip', () => {
  it('computes each client in turn and zips one file per client', async () => {
    const asked: string[] = [];
    const progress: string[] = [];
    const zip = await batchZip({
      clients: ['Bistro', 'Cabinet Leroy'],
      report: async (client) => {
        asked.push(client);
        return reportOf(client);
      },
      file: async (report) => ({ name: `revue-${report.period.label}-${report.client}.txt`, bytes: strToU8(`only ${report.client}`) }),
      onProgress: ({ done, total, client }) => progress.push(`${done}/${total} ${client}`),
    });
    expect(asked).toEqual(['Bistro', 'Cabinet Leroy']);
    expect(progress).toEqual(['0/2 Bistro', '1/2 Cabinet Leroy', '2/2 Cabinet Leroy']);
    const files = unzipSync(zip);
    expect(Object.keys(files)).toEqual(['revue-2026-Q3-Bistro.txt', 'revue-2026-Q3-Cabinet Leroy.txt']);
    expect(strFromU8(files['revue-2026-Q3-Bistro.txt']!)).toBe('only Bistro');
  });

  it('stops before the next client when cancelled', async () => {
    const controller = new AbortController();
    const asked: string[] = [];
    const run = batchZip({
      clients: ['A', 'B', 'C'],
      report: async (client) => {
        asked.push(client);
        if (client === 'A') controller.abort();
        return reportOf(client);
      },
      file: async () => ({ name: 'x.txt', bytes: new Uint8Array() }),
      signal: controller.signal,
    });
    await expect(run).rejects.toBeInstanceOf(BatchCancelled);
    expect(asked).toEqual(['A']);
  });
});

describe('uniqueNames', () => {
  it('numbers a repeated name, ignoring case', () => {
    expect(uniqueNames(['a.pptx', 'A.pptx', 'b.pptx', 'a.pptx'])).toEqual(['a.pptx', 'A (2).pptx', 'b.pptx', 'a (3).pptx']);
  });
});
