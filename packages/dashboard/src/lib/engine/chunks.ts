/**
 * Long arrays of a worker reply, sent in slices. The page deserialises a message in one task:
 * a report whose `fleet.ages` lists 100,000 assets blocked the main thread for 200–300 ms in
 * one go; sent as slices of {@link CHUNK_ITEMS} items, each message takes a few milliseconds
 * and the page stays responsive between them. The worker splits (`splitLongArrays`), the client
 * joins (`joinChunks`) before resolving the request.
 */

/** Arrays longer than this are sent apart, in slices of this many items. */
export const CHUNK_ITEMS = 10_000;

/** A slice of a long array: where the array is (object keys from the root) and its items. */
export interface Chunk {
  path: string[];
  items: unknown[];
}

function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  // defineProperty, not assignment: a data key such as "__proto__" stays a plain property.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value) as unknown;
  return proto === Object.prototype || proto === null;
}

/**
 * The value with every array longer than `maxItems` (found through plain objects, not inside
 * arrays) replaced by an empty array, and those arrays' items as slices of at most `maxItems`,
 * in order. The input is not changed: the objects on the way to a long array are copied.
 *
 * @example
 * splitLongArrays({ fleet: { ages: [1, 2, 3], total: 3 } }, 2);
 * // → { value: { fleet: { ages: [], total: 3 } },
 * //     chunks: [{ path: ['fleet', 'ages'], items: [1, 2] }, { path: ['fleet', 'ages'], items: [3] }] }
 */
export function splitLongArrays(value: unknown, maxItems: number = CHUNK_ITEMS): { value: unknown; chunks: Chunk[] } {
  if (!Number.isInteger(maxItems) || maxItems < 1) throw new TypeError('maxItems must be a positive integer');
  const chunks: Chunk[] = [];
  const walk = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node)) {
      if (node.length <= maxItems) return node;
      for (let start = 0; start < node.length; start += maxItems) chunks.push({ path, items: node.slice(start, start + maxItems) });
      return [];
    }
    if (!isPlainObject(node)) return node;
    let copy: Record<string, unknown> | null = null;
    for (const key of Object.keys(node)) {
      const child = node[key];
      const replaced = walk(child, [...path, key]);
      if (replaced !== child) {
        if (copy === null) {
          copy = Object.create(Object.getPrototypeOf(node) as object | null) as Record<string, unknown>;
          for (const other of Object.keys(node)) setOwn(copy, other, node[other]);
        }
        setOwn(copy, key, replaced);
      }
    }
    return copy ?? node;
  };
  return { value: walk(value, []), chunks };
}

/**
 * Puts the slices back: appends each chunk's items, in order, to the array at its path, and
 * returns the value (changed in place: it is the page's own copy of a message).
 *
 * @example
 * joinChunks({ fleet: { ages: [], total: 3 } }, [{ path: ['fleet', 'ages'], items: [1, 2] }, { path: ['fleet', 'ages'], items: [3] }]);
 * // → { fleet: { ages: [1, 2, 3], total: 3 } }
 */
export function joinChunks(value: unknown, chunks: readonly Chunk[]): unknown {
  let root = value;
  for (const chunk of chunks) {
    if (chunk.path.length === 0) {
      if (!Array.isArray(root)) throw new TypeError('a chunk of the root arrived but the root is not an array');
      for (const item of chunk.items) root.push(item);
      continue;
    }
    let parent = root as Record<string, unknown>;
    for (const key of chunk.path.slice(0, -1)) parent = parent[key] as Record<string, unknown>;
    const last = chunk.path[chunk.path.length - 1]!;
    const target = parent?.[last];
    if (!Array.isArray(target)) throw new TypeError(`a chunk of ${chunk.path.join('.')} arrived but that is not an array`);
    for (const item of chunk.items) target.push(item);
  }
  return root;
}
