/**
 * A record of figures by key (client, category, asset…) with each entry mapped. Keys are data
 * (a client may be named `__proto__`), so entries are defined, not assigned: an assignment of
 * `__proto__` would set the object's prototype and lose the entry.
 *
 * @example
 * mapRecord({ __proto__x: 1, A: 2 }, (n) => n * 10); // => { __proto__x: 10, A: 20 }
 */
export function mapRecord<T>(record: Readonly<Record<string, T>>, map: (entry: T) => T): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [key, entry] of Object.entries(record)) Object.defineProperty(out, key, { value: map(entry), enumerable: true, writable: true, configurable: true });
  return out;
}
