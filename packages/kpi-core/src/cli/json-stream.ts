/**
 * The report as JSON without building it as one string: a quarter over a million tickets is
 * hundreds of megabytes pretty-printed, and one `JSON.stringify` of it holds all of that in
 * memory at once (V8 also caps a string at about 512 MB). `jsonChunks` yields the very bytes
 * `JSON.stringify(value, null, 2)` would, in parts of about `CHUNK_CHARS`; `writeChunks` writes
 * them as the destination drains.
 */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** About this many characters per chunk: large enough that writes are few, small enough to stay out of the old space. */
const CHUNK_CHARS = 1 << 16;

/**
 * Values of at most this many nodes are handed whole to the native `JSON.stringify`, which is
 * several times faster than walking them here; only larger arrays and objects are walked.
 */
const NATIVE_NODES = 512;

/**
 * `JSON.stringify(value, null, 2)`, in chunks: the same `toJSON` calls, omitted `undefined`s,
 * functions and symbols, `null` for non-finite numbers, `TypeError` on a cycle or a bigint. A
 * value `JSON.stringify` turns into `undefined` yields nothing.
 *
 * @example
 * [...jsonChunks({ a: [1, 2] })].join(''); // => JSON.stringify({ a: [1, 2] }, null, 2)
 */
export function* jsonChunks(value: unknown, tuning: ChunkTuning = {}): Generator<string, void, undefined> {
  const state: WalkState = { buffer: '', ancestors: new Set(), chunkChars: tuning.chunkChars ?? CHUNK_CHARS, nativeNodes: tuning.nativeNodes ?? NATIVE_NODES };
  const root = resolve('', value);
  if (!serialisable(root)) return;
  yield* walk(root, '', state);
  if (state.buffer !== '') yield state.buffer;
}

/** For tests: smaller chunks, and walking values the native JSON.stringify would otherwise write. */
export interface ChunkTuning {
  chunkChars?: number;
  nativeNodes?: number;
}

interface WalkState {
  buffer: string;
  chunkChars: number;
  nativeNodes: number;
  /** The objects being walked, for JSON.stringify's cycle error. */
  ancestors: Set<object>;
}

function* walk(value: unknown, indent: string, state: WalkState): Generator<string, void, undefined> {
  // A value left with a toJSON after resolution is walked: JSON.stringify would call it again.
  if (!hasToJSON(value) && (value === null || typeof value !== 'object' || nodesUpTo(value, state.nativeNodes) <= state.nativeNodes)) {
    state.buffer += native(value, indent);
    if (state.buffer.length >= state.chunkChars) {
      yield state.buffer;
      state.buffer = '';
    }
    return;
  }
  const object = value as object;
  if (state.ancestors.has(object)) throw new TypeError('Converting circular structure to JSON');
  state.ancestors.add(object);
  const inner = `${indent}  `;
  // Runs of small members go to the native JSON.stringify together (a slice, or an object of
  // those keys), and the text inside its brackets is spliced in: one native call per few
  // thousand nodes instead of one per member.
  const batchNodes = state.nativeNodes * 4;
  if (Array.isArray(object)) {
    if (object.length === 0) state.buffer += '[]';
    else {
      state.buffer += '[';
      let i = 0;
      while (i < object.length) {
        let j = i;
        // Only members without toJSON: the native call would hand them the index in the slice.
        for (let nodes = 0; j < object.length && nodes < batchNodes && !hasToJSON(object[j]); j++) {
          const size = nodesUpTo(object[j], state.nativeNodes);
          if (size > state.nativeNodes) break;
          nodes += size;
        }
        if (j > i) {
          state.buffer += (i === 0 ? '' : ',') + inside(native(object.slice(i, j), indent));
          i = j;
        } else {
          state.buffer += `${i === 0 ? '' : ','}\n${inner}`;
          const item = resolve(String(i), object[i]);
          if (serialisable(item)) yield* walk(item, inner, state);
          else state.buffer += 'null';
          i++;
        }
        if (state.buffer.length >= state.chunkChars) {
          yield state.buffer;
          state.buffer = '';
        }
      }
      state.buffer += `\n${indent}]`;
    }
  } else {
    let first = true;
    const keys = Object.keys(object);
    const record = object as Record<string, unknown>;
    let k = 0;
    while (k < keys.length) {
      // The same keys in the same order (integer-like ones come first in both), so toJSON is
      // called with the same key; a null prototype keeps a "__proto__" key an ordinary one.
      const batch: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
      let end = k;
      // A "toJSON" member would make the batch itself call it: it is written on its own.
      for (let nodes = 0; end < keys.length && nodes < batchNodes && keys[end] !== 'toJSON'; end++) {
        const size = nodesUpTo(record[keys[end]!], state.nativeNodes);
        if (size > state.nativeNodes) break;
        nodes += size;
        batch[keys[end]!] = record[keys[end]!];
      }
      if (end > k) {
        const text = native(batch, indent);
        // Every member omitted (undefined, functions): nothing to splice.
        if (text !== '{}') {
          state.buffer += (first ? '{' : ',') + inside(text);
          first = false;
        }
        k = end;
      } else {
        const key = keys[k++]!;
        const item = resolve(key, record[key]);
        if (!serialisable(item)) continue;
        state.buffer += `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* walk(item, inner, state);
      }
      if (state.buffer.length >= state.chunkChars) {
        yield state.buffer;
        state.buffer = '';
      }
    }
    state.buffer += first ? '{}' : `\n${indent}}`;
  }
  state.ancestors.delete(object);
  if (state.buffer.length >= state.chunkChars) {
    yield state.buffer;
    state.buffer = '';
  }
}

/** JSON.stringify's SerializeJSONProperty before the writing: toJSON(key), then wrapper objects unwrapped. */
function resolve(key: string, value: unknown): unknown {
  let out = value;
  if (out !== null && (typeof out === 'object' || typeof out === 'bigint')) {
    const toJSON = (out as { toJSON?: unknown }).toJSON;
    if (typeof toJSON === 'function') out = toJSON.call(out, key);
  }
  if (out instanceof Number) return Number(out);
  if (out instanceof String) return String(out);
  if (out instanceof Boolean) return out.valueOf();
  return out;
}

function serialisable(value: unknown): boolean {
  return value !== undefined && typeof value !== 'function' && typeof value !== 'symbol';
}

/**
 * A resolved value whose own `toJSON` JSON.stringify would not call a second time; it is walked
 * here (its members go native) rather than handed whole to JSON.stringify, which would.
 */
function hasToJSON(value: unknown): boolean {
  return value !== null && typeof value === 'object' && typeof (value as { toJSON?: unknown }).toJSON === 'function';
}

/** The native text of a value, indented to sit at `indent` (JSON text holds no raw newline but its own). */
function native(value: unknown, indent: string): string {
  const text = JSON.stringify(value, null, 2);
  return indent === '' ? text : text.replaceAll('\n', `\n${indent}`);
}

/** A value's nodes, counted up to `limit` only: past it, `limit + 1`. */
function nodesUpTo(value: unknown, limit: number): number {
  if (value === null || typeof value !== 'object') return 1;
  const left = countDown(value, limit, 0);
  return left < 0 ? limit + 1 : limit - left;
}

/** `budget` less the nodes of `node`; negative as soon as it runs out (or past a depth no report has). */
function countDown(node: unknown, budget: number, depth: number): number {
  let left = budget - 1;
  if (left < 0 || node === null || typeof node !== 'object') return left;
  if (depth > 64) return -1;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length && left >= 0; i++) {
      const item: unknown = node[i];
      left = item === null || typeof item !== 'object' ? left - 1 : countDown(item, left, depth + 1);
    }
    return left;
  }
  const keys = Object.keys(node);
  for (let i = 0; i < keys.length && left >= 0; i++) {
    const item = (node as Record<string, unknown>)[keys[i]!];
    left = item === null || typeof item !== 'object' ? left - 1 : countDown(item, left, depth + 1);
  }
  return left;
}

/** The members of a native array's or object's text, without its brackets: `[\n  1\n]` → `\n  1`. */
function inside(text: string): string {
  return text.slice(1, text.lastIndexOf('\n'));
}

/**
 * Writes the chunks to a stream, waiting for it to drain whenever it asks; rejects on the
 * stream's error. Does not end the stream.
 */
export async function writeChunks(chunks: Iterable<string>, stream: Writable): Promise<void> {
  for (const chunk of chunks) {
    if (!stream.write(chunk)) await once(stream, 'drain');
  }
}
