import { readFileSync } from 'node:fs';
import { Writable } from 'node:stream';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readAssets, readTickets } from '../ingest/read.js';
import { parsePolicy } from '../policy/parse.js';
import { buildReport } from '../report/build.js';
import { jsonChunks, writeChunks, type ChunkTuning, type WriteOptions } from './json-stream.js';

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

  it('agrees on values deep inside arrays and objects, where native pieces are indented by wrapping', () => {
    // A random value at the end of a random path of arrays and objects (with siblings before and
    // after it), so native pieces and batches sit at every depth from 0 to 24; long strings make
    // pieces of a thousand characters and more, which go out as chunks of their own.
    const leaf = fc.oneof(
      fc.anything({ maxDepth: 3, maxKeys: 6, withBoxedValues: true, withDate: true, withNullPrototype: true, withSparseArray: true, stringUnit: 'binary' }),
      fc.array(fc.string({ unit: 'grapheme', minLength: 200, maxLength: 1500 }), { maxLength: 4 }),
      fc.constantFrom(undefined, NaN, -Infinity, -0, '\u2028', '\ud800', '🙂—é', { toJSON: () => undefined }, { toJSON: (key: string) => ({ key }) }),
    );
    const step = fc.record({ inArray: fc.boolean(), key: fc.constantFrom('a', '__proto__', 'toJSON', '0', '10', 'é—🙂', ''), before: fc.jsonValue({ maxDepth: 1 }), after: fc.anything({ maxDepth: 1 }) });
    const nested = fc.tuple(leaf, fc.array(step, { maxLength: 24 })).map(([inner, path]) =>
      path.reduce<unknown>((value, { inArray, key, before, after }) => {
        if (inArray) return [before, value, after];
        const record: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
        record.before = before;
        // A "toJSON" key holding a value, not a function, is ordinary data.
        Object.defineProperty(record, key, { value, enumerable: true, writable: true, configurable: true });
        record.after = after;
        return record;
      }, inner),
    );
    const deepTunings: ChunkTuning[] = [{}, { nativeNodes: 1, chunkChars: 1 }, { nativeNodes: 2, chunkChars: 50 }, { nativeNodes: 8, chunkChars: 300 }];
    fc.assert(
      fc.property(nested, (v) => {
        for (const tuning of deepTunings) expectSameAsNative(v, tuning);
      }),
      { numRuns: 120 },
    );
  });

  it('puts every large map and list together with its members at the right depth (wrapping of 0 to 40 levels)', () => {
    for (let depth = 0; depth <= 40; depth++) {
      let value: unknown = { map: Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`k${i}`, { n: i, s: 'é—'.repeat(i % 3) }])), list: Array.from({ length: 300 }, (_, i) => [i, null]) };
      for (let level = 0; level < depth; level++) value = level % 2 === 0 ? [value] : { inner: value };
      expectSameAsNative(value, { nativeNodes: 16, chunkChars: 1000 });
    }
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
    await writeChunks(jsonChunks(value, { chunkChars: 64, nativeNodes: 0 }), slow, { writeBytes: 256 });
    expect(written.join('')).toBe(JSON.stringify(value, null, 2));
    expect(written.length).toBeGreaterThan(10);
    expect(drains).toBeGreaterThan(0);
  });

  /** A destination that copies what it is given (as a file does) and calls back now or later. */
  function sink(highWaterMark: number, later: boolean) {
    const received: Buffer[] = [];
    const buffers = new Set<ArrayBufferLike>();
    const stream = new Writable({
      highWaterMark,
      write(chunk: Buffer, _encoding, done) {
        buffers.add(chunk.buffer);
        received.push(Buffer.from(chunk));
        if (later) setImmediate(done);
        else done();
      },
    });
    return { stream, received, buffers };
  }

  it('writes each chunk as its own UTF-8, whatever the write size (property: unicode, surrogates split across chunks, chunks larger than a write)', async () => {
    const chunks = fc.array(fc.oneof(fc.string({ unit: 'binary', maxLength: 40 }), fc.string({ unit: 'grapheme', maxLength: 400 }), fc.constantFrom('\ud83d', '\ude42', '🙂', 'é', '—', '')), { maxLength: 60 });
    const options = fc.record({ writeBytes: fc.integer({ min: 1, max: 200 }), reuseBuffers: fc.boolean() });
    await fc.assert(
      fc.asyncProperty(chunks, options, fc.integer({ min: 1, max: 500 }), fc.boolean(), async (parts, how: WriteOptions, highWaterMark, later) => {
        const { stream, received } = sink(highWaterMark, later);
        await writeChunks(parts, stream, how);
        stream.end();
        await finished(stream);
        // Each chunk on its own: a surrogate pair split between two chunks is two replacement characters, as stream.write(chunk) gives.
        expect(Buffer.concat(received).equals(Buffer.concat(parts.map((part) => Buffer.from(part, 'utf8'))))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('with reuseBuffers, writes a large report through a few buffers used again, not one per write', async () => {
    const value = { rows: Array.from({ length: 20_000 }, (_, i) => ({ id: `A-${i}`, name: `asset ${i} — é`, hours: i / 7 })) };
    const expected = Buffer.from(JSON.stringify(value, null, 2), 'utf8');
    // Small chunks, so that they share writes rather than go out on their own.
    const tuning = { chunkChars: 200, nativeNodes: 8 };
    for (const later of [false, true]) {
      const reused = sink(16_384, later);
      await writeChunks(jsonChunks(value, tuning), reused.stream, { writeBytes: 4096, reuseBuffers: true });
      reused.stream.end();
      await finished(reused.stream);
      expect(Buffer.concat(reused.received).equals(expected)).toBe(true);
      expect(reused.received.length).toBeGreaterThan(200);
      // At most 8 in use, whether the stream calls back at once or later.
      expect(reused.buffers.size).toBeLessThanOrEqual(8);
      const fresh = sink(16_384, later);
      await writeChunks(jsonChunks(value, tuning), fresh.stream, { writeBytes: 4096 });
      fresh.stream.end();
      await finished(fresh.stream);
      expect(Buffer.concat(fresh.received).equals(expected)).toBe(true);
      expect(fresh.buffers.size).toBeGreaterThan(200);
    }
  });

  it('rejects when the destination fails, whether waiting for it to drain, for a buffer back or for the end', async () => {
    for (const highWaterMark of [1, 1 << 20]) {
      for (const reuseBuffers of [false, true]) {
        const broken = new Writable({
          highWaterMark,
          write(_chunk, _encoding, done) {
            setImmediate(() => done(new Error('disk full')));
          },
        });
        broken.on('error', () => {});
        const chunks = jsonChunks({ a: 'x'.repeat(100), b: Array.from({ length: 200 }, (_, i) => i) }, { chunkChars: 8, nativeNodes: 0 });
        // As the CLI writes: the error comes from writeChunks, or else from waiting for the end.
        const write = async () => {
          await writeChunks(chunks, broken, { writeBytes: 32, reuseBuffers });
          broken.end();
          await finished(broken);
        };
        await expect(write()).rejects.toThrow('disk full');
      }
    }
  });
});
