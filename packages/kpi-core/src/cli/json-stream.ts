/**
 * The report as JSON without building it as one string: a quarter over a million tickets is
 * hundreds of megabytes pretty-printed, and one `JSON.stringify` of it holds all of that in
 * memory at once (V8 also caps a string at about 512 MB). `jsonChunks` yields the very bytes
 * `JSON.stringify(value, null, 2)` would, in parts of about `CHUNK_CHARS` (or one native piece
 * each); `writeChunks` encodes them into writes of a megabyte as the destination drains.
 *
 * At 1M tickets (about 105 MB, the previous period compact) the text comes mostly from the
 * native `JSON.stringify` of batches of members, indented by wrapping rather than re-indented;
 * counting nodes to decide what goes native is a quarter of the rest.
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
 * value `JSON.stringify` turns into `undefined` yields nothing. A chunk is either the small
 * text walked here, gathered up to about `CHUNK_CHARS`, or one piece of the native
 * `JSON.stringify` (at most a batch of `4 × NATIVE_NODES` nodes), yielded as it came rather
 * than copied into a larger string.
 *
 * @example
 * [...jsonChunks({ a: [1, 2] })].join(''); // => JSON.stringify({ a: [1, 2] }, null, 2)
 */
export function* jsonChunks(value: unknown, tuning: ChunkTuning = {}): Generator<string, void, undefined> {
  const state: WalkState = { buffer: '', ancestors: new Set(), large: new Set(), chunkChars: tuning.chunkChars ?? CHUNK_CHARS, nativeNodes: tuning.nativeNodes ?? NATIVE_NODES };
  const root = resolve('', value);
  if (!serialisable(root)) return;
  yield* walk(root, 0, state);
  if (state.buffer !== '') yield state.buffer;
}

/** For tests: smaller chunks, and walking values the native JSON.stringify would otherwise write. */
export interface ChunkTuning {
  chunkChars?: number;
  nativeNodes?: number;
}

interface WalkState {
  /** The small text walked here since the last chunk. */
  buffer: string;
  chunkChars: number;
  nativeNodes: number;
  /** The objects being walked, for JSON.stringify's cycle error. */
  ancestors: Set<object>;
  /**
   * Objects found to have more than `nativeNodes` nodes. Counting one again stops here at once:
   * listing a map of a hundred thousand assets costs the same however early the count stops,
   * and each of its ancestors' counts would list it again.
   */
  large: Set<object>;
}

/**
 * Native pieces of at least this many characters go out as chunks of their own: appending them
 * to the buffer would only copy them once more when the chunk is written.
 */
const OWN_CHUNK_CHARS = 1024;

/** `value`, `depth` levels down (its first line not indented, its others by `2 × depth` spaces). */
function* walk(value: unknown, depth: number, state: WalkState): Generator<string, void, undefined> {
  // A value left with a toJSON after resolution is walked: JSON.stringify would call it again.
  if (!hasToJSON(value) && (value === null || typeof value !== 'object' || nodesUpTo(value, state) <= state.nativeNodes)) {
    yield* emit('', nativeAt(value, depth), state);
    return;
  }
  const object = value as object;
  if (state.ancestors.has(object)) throw new TypeError('Converting circular structure to JSON');
  state.ancestors.add(object);
  const indent = '  '.repeat(depth);
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
          const size = nodesUpTo(object[j], state);
          if (size > state.nativeNodes) break;
          nodes += size;
        }
        if (j > i) {
          yield* emit(i === 0 ? '' : ',', membersAt(object.slice(i, j), depth), state);
          i = j;
        } else {
          state.buffer += `${i === 0 ? '' : ','}\n${inner}`;
          const item = resolve(String(i), object[i]);
          if (serialisable(item)) yield* walk(item, depth + 1, state);
          else state.buffer += 'null';
          i++;
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
        const size = nodesUpTo(record[keys[end]!], state);
        if (size > state.nativeNodes) break;
        nodes += size;
        batch[keys[end]!] = record[keys[end]!];
      }
      if (end > k) {
        const text = membersAt(batch, depth);
        // Every member omitted (undefined, functions): nothing to splice.
        if (text !== '') {
          yield* emit(first ? '{' : ',', text, state);
          first = false;
        }
        k = end;
      } else {
        const key = keys[k++]!;
        const item = resolve(key, record[key]);
        if (!serialisable(item)) continue;
        state.buffer += `${first ? '{' : ','}\n${inner}${JSON.stringify(key)}: `;
        first = false;
        yield* walk(item, depth + 1, state);
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

/** `prefix` then `text`: a long text as a chunk of its own (the buffer before it first), a short one into the buffer. */
function* emit(prefix: string, text: string, state: WalkState): Generator<string, void, undefined> {
  if (text.length >= OWN_CHUNK_CHARS) {
    const before = state.buffer + prefix;
    state.buffer = '';
    if (before !== '') yield before;
    yield text;
    return;
  }
  state.buffer += prefix + text;
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

/**
 * The native text of a value as it reads `depth` levels down. The value goes to JSON.stringify
 * wrapped in `depth` arrays, which indent it as its place in the whole text would, and the
 * wrapping's brackets are sliced off: re-indenting every line with `replaceAll` afterwards cost
 * more than the stringify itself (0.5 s against 0.4 s for 36 MB). Only for values without
 * toJSON (the wrapping hands it another key).
 */
function nativeAt(value: unknown, depth: number): string {
  if (depth === 0) return JSON.stringify(value, null, 2);
  const text = JSON.stringify(wrap(value, depth), null, 2);
  return text.slice(wrapHead(depth), text.length - wrapTail(depth));
}

/**
 * The members of a native array or object, `depth` levels down, without its brackets (`[\n  1\n]`
 * at depth 0 gives `\n  1`); empty for `{}` (every member omitted).
 */
function membersAt(batch: object, depth: number): string {
  const text = JSON.stringify(wrap(batch, depth), null, 2);
  const start = wrapHead(depth) + 1;
  // The closing bracket on a line of its own, at the container's indentation.
  const end = text.length - wrapTail(depth) - (2 * depth + 2);
  return end <= start ? '' : text.slice(start, end);
}

function wrap(value: unknown, depth: number): unknown {
  let out = value;
  for (let level = 0; level < depth; level++) out = [out];
  return out;
}

/** The wrapping's text before the value: at each level `[`, a newline and the next indentation (`[\n  [\n    ` for 2). */
function wrapHead(depth: number): number {
  return depth * (depth + 1) + 2 * depth;
}

/** The wrapping's text after the value: at each level a newline, the indentation and `]` (`\n  ]\n]` for 2). */
function wrapTail(depth: number): number {
  return depth * (depth + 1);
}

/** A value's nodes, counted up to `state.nativeNodes` only: past it, one more. */
function nodesUpTo(value: unknown, state: WalkState): number {
  if (value === null || typeof value !== 'object') return 1;
  const left = countDown(value, state.nativeNodes, 0, state);
  return left < 0 ? state.nativeNodes + 1 : state.nativeNodes - left;
}

/**
 * `budget` less the nodes of `node`; negative as soon as it runs out (or past a depth no report
 * has). An object's members are visited with `for…in` rather than listed by `Object.values`: no
 * array per object, and a large object stops after `budget` members (countDown 2.1 → 1.4 s of
 * self time over three writes of the 1M report, write-only profile at load ~6). The count
 * only decides what goes to the native `JSON.stringify` and in which batches, never the text,
 * so an enumerable inherited member counted by `for…in` would cost nothing but a smaller batch.
 */
function countDown(node: unknown, budget: number, depth: number, state: WalkState): number {
  let left = budget - 1;
  if (left < 0 || node === null || typeof node !== 'object') return left;
  if (depth > 64 || state.large.has(node)) return -1;
  if (Array.isArray(node)) {
    // Every member is a node at least.
    if (node.length > left) {
      if (node.length >= state.nativeNodes) state.large.add(node);
      return -1;
    }
    for (let i = 0; i < node.length && left >= 0; i++) {
      const item: unknown = node[i];
      left = item === null || typeof item !== 'object' ? left - 1 : countDown(item, left, depth + 1, state);
    }
  } else {
    const record = node as Record<string, unknown>;
    for (const key in record) {
      const item = record[key];
      left = item === null || typeof item !== 'object' ? left - 1 : countDown(item, left, depth + 1, state);
      if (left < 0) break;
    }
  }
  // Counted from the whole allowance, it is larger than that allowance.
  if (left < 0 && budget >= state.nativeNodes) state.large.add(node);
  return left;
}

/** Bytes per write: a megabyte takes a hundred writes for a 100 MB report instead of thousands. */
const WRITE_BYTES = 1 << 20;

/** At most this many buffers in use when they are reused: 8 MB, written or being filled. */
const REUSED_BUFFERS = 8;

/** How `writeChunks` writes. */
export interface WriteOptions {
  /** Bytes per write (default a megabyte); a chunk of more than a third of this is written on its own. */
  writeBytes?: number;
  /**
   * Use a buffer again once the stream has called back for its write, with at most 8 in use
   * (waiting for a call back past that). Only for a destination done with a chunk by then, as
   * files, sockets and standard output are; one that keeps chunks longer (a PassThrough read
   * later) would see them overwritten. Default false.
   */
  reuseBuffers?: boolean;
}

/**
 * Writes the chunks to a stream as UTF-8 (each chunk encoded on its own, as `stream.write(chunk)`
 * would), gathered into writes of about `writeBytes`: each chunk goes straight into the write's
 * buffer, with no joined string in between. Waits for the stream to drain whenever it asks;
 * rejects on the stream's error; does not end the stream. With `reuseBuffers`, a buffer the
 * stream has written is used again: a new one per write was 100 MB of memory outside the heap
 * at 1M tickets, enough for V8 to mark the whole heap (the report and its tables) twice during
 * the write.
 *
 * @example
 * await writeChunks(jsonChunks(report), createWriteStream('report.json', { highWaterMark: 1 << 22 }), { reuseBuffers: true });
 */
export async function writeChunks(chunks: Iterable<string>, stream: Writable, options: WriteOptions = {}): Promise<void> {
  const writeBytes = options.writeBytes ?? WRITE_BYTES;
  const reuse = options.reuseBuffers === true;
  const free: Buffer[] = [];
  let made = 0;
  let failure: Error | null = null;
  let returned: (() => void) | null = null;
  const take = async (): Promise<Buffer> => {
    // A stream that writes at once still calls back on a later tick: waiting lets it.
    if (reuse && free.length === 0 && made >= REUSED_BUFFERS) await new Promise<void>((resolve) => (returned = resolve));
    if (failure !== null) throw failure;
    const buffer = free.pop();
    if (buffer !== undefined) return buffer;
    made++;
    return Buffer.allocUnsafe(writeBytes);
  };
  const send = async (bytes: Buffer, whole: Buffer | null) => {
    const done =
      whole === null || !reuse
        ? undefined
        : (error?: Error | null) => {
            if (error) failure ??= error;
            free.push(whole);
            returned?.();
            returned = null;
          };
    if (!stream.write(bytes, done)) await once(stream, 'drain');
  };
  let buffer = await take();
  let used = 0;
  for (const chunk of chunks) {
    // A UTF-16 unit is at most 3 bytes of UTF-8 (a pair of them, 4).
    if (used + 3 * chunk.length > buffer.length) {
      if (used > 0) {
        // The stream holds on to the buffer until written: the next chunks go to another one.
        await send(buffer.subarray(0, used), buffer);
        buffer = await take();
        used = 0;
      }
      if (3 * chunk.length > buffer.length) {
        await send(Buffer.from(chunk, 'utf8'), null);
        continue;
      }
    }
    used += buffer.write(chunk, used, 'utf8');
  }
  if (used > 0) await send(buffer.subarray(0, used), null);
}
