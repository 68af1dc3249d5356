import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAssets, readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from '../report/build.js';
import { jsonChunks, writeChunks, type ChunkTuning } from './json-stream.js';

const demo = (name: string) => readFileSync(fileURLToPath(new URL(`../../../../fixtures/demo/${name}`, import.meta.url)));

/** The second implementation every chunked text is checked against: the native one. */
function expectSameAsNative(value: unknown, tuning?: ChunkTuning) {
  let expected: string | undefined;
  let nativeError: unknown;
  try {
    expected = JSON.stringify(value, null, 2);
  } catch (error) {
    nativeError = error;
  }
  if (nativeError !== undefined) {
    expect(() => [...jsonChunks(value, tuning)]).toThrow(TypeError);
    return;
  }
  expect([...jsonChunks(value, tuning)].join('')).toBe(expected ?? '');
}

// Everything is walked by hand (nativeNodes 0), by the default mix, and in tiny chunks.
const tunings: ChunkTuning[] = [{ nativeNodes: 0 }, {}, { nativeNodes: 3, chunkChars: 7 }];

describe('jsonChunks', () => {
  const policy = parsePolicy(JSON.parse(demo('policy.json').toString('utf8')));
  const tickets = readTickets(demo('tickets.csv'), { timezone: policy.timezone });
  const assets = readAssets(demo('assets.csv'), { timezone: policy.timezone });
  const report = buildReport({ tickets: tickets.table, assets: assets.table, policy }, { period: '2026-Q2' });

  it('writes the demo report byte for byte as JSON.stringify(report, null, 2), in bounded chunks', () => {
    for (const tuning of tunings) expectSameAsNative(report, tuning);
    const chunks = [...jsonChunks(report)];
    // 64 Ki characters and at most one batch of small members more (2,048 nodes).
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((chunk) => chunk.length))).toBeLessThan(256 * 1024);
  });

  it('agrees with JSON.stringify on arbitrary values (unicode, escapes, -0, undefined, holes, boxed values, dates, null prototypes)', () => {
    const value = fc.anything({
      maxDepth: 4,
      maxKeys: 12,
      withBoxedValues: true,
      withDate: true,
      withNullPrototype: true,
      withSparseArray: true,
      withObjectString: true,
      stringUnit: 'binary',
    });
    fc.assert(
      fc.property(value, (v) => {
        for (const tuning of tunings) expectSameAsNative(v, tuning);
      }),
      { numRuns: 150 },
    );
  });

  it('agrees on JSON values large enough to be walked, and on numbers at their edges', () => {
    const number = fc.oneof(fc.double(), fc.constantFrom(-0, 0, 1e21, -1e-7, Number.MAX_VALUE, Number.MIN_VALUE, 2 ** 53 + 1, Infinity, NaN));
    const big = fc.array(fc.dictionary(fc.string({ unit: 'grapheme' }), fc.oneof(number, fc.jsonValue({ maxDepth: 2 }))), { maxLength: 300 });
    fc.assert(
      fc.property(big, (v) => {
        expectSameAsNative(v);
        expectSameAsNative({ rows: v, empty: [], none: {} }, { nativeNodes: 16, chunkChars: 100 });
      }),
      { numRuns: 40 },
    );
  });

  it('calls toJSON with its key, once, as JSON.stringify does', () => {
    const calls: string[] = [];
    const stamp = (label: string) => ({
      toJSON(key: string) {
        calls.push(key);
        // A result with a toJSON of its own is not asked again.
        return { label, key, toJSON: () => 'twice' };
      },
    });
    const value = { a: stamp('a'), list: [stamp('b')], skipped: undefined, f: () => 1, s: Symbol('s'), when: new Date(Date.UTC(2026, 3, 1)) };
    for (const tuning of tunings) expectSameAsNative(value, tuning);
    calls.length = 0;
    [...jsonChunks(value, { nativeNodes: 0 })];
    expect(calls).toEqual(['a', '0']);
    expect([...jsonChunks(stamp('top'))].join('')).toBe(JSON.stringify(stamp('top'), null, 2));
  });

  it('yields nothing where JSON.stringify gives undefined, and throws TypeError on a cycle or a bigint', () => {
    expect([...jsonChunks(undefined)]).toEqual([]);
    expect([...jsonChunks(() => 1)]).toEqual([]);
    const cycle: Record<string, unknown> = { a: 1 };
    cycle.self = { back: cycle };
    for (const tuning of tunings) expect(() => [...jsonChunks(cycle, tuning)]).toThrow(TypeError);
    expect(() => [...jsonChunks({ n: 1n }, { nativeNodes: 0 })]).toThrow(TypeError);
  });
});

describe('writeChunks', () => {
  it('waits for a slow destination to drain and writes every chunk in order', async () => {
    const written: string[] = [];
    let drains = 0;
    const slow = new Writable({
      highWaterMark: 16,
      decodeStrings: false,
      write(chunk: string, _encoding, done) {
        written.push(chunk);
        setTimeout(done, 1);
      },
    });
    slow.on('drain', () => drains++);
    const value = { list: Array.from({ length: 200 }, (_, i) => ({ i, name: `asset ${i} — é` })) };
    await writeChunks(jsonChunks(value, { chunkChars: 64 }), slow);
    expect(written.join('')).toBe(JSON.stringify(value, null, 2));
    expect(drains).toBeGreaterThan(0);
  });

  it('rejects when the destination fails', async () => {
    const broken = new Writable({
      highWaterMark: 1,
      write(_chunk, _encoding, done) {
        done(new Error('disk full'));
      },
    });
    broken.on('error', () => {});
    await expect(writeChunks(jsonChunks({ a: 'x'.repeat(100), b: [1, 2, 3] }, { chunkChars: 8 }), broken)).rejects.toThrow('disk full');
  });
});
