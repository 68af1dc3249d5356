import type { FileKind, UserMapping } from './protocol.js';

const PREFIX = 'revue.mapping.';

/** The storage a mapping store writes to (`localStorage` in the browser). */
export type KeyValueStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

function isMapping(value: unknown): value is UserMapping {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.columns === 'object' && v.columns !== null && typeof v.values === 'object' && v.values !== null;
}

/**
 * Mappings saved in the browser, keyed by file kind and header signature, so that the next
 * export with the same columns is read the same way. A corrupt entry reads as none.
 *
 * @example
 * const store = mappingStore(localStorage);
 * store.save('tickets', 'a1b2c3d4', { columns: { id: 'N°' }, values: {} });
 * store.load('tickets', 'a1b2c3d4'); // → { columns: { id: 'N°' }, values: {} }
 */
export function mappingStore(storage: KeyValueStorage | null) {
  const key = (kind: FileKind, signature: string) => `${PREFIX}${kind}.${signature}`;
  return {
    load(kind: FileKind, signature: string): UserMapping | null {
      if (!storage) return null;
      try {
        const raw = storage.getItem(key(kind, signature));
        if (raw === null) return null;
        const parsed: unknown = JSON.parse(raw);
        return isMapping(parsed) ? parsed : null;
      } catch {
        return null;
      }
    },
    save(kind: FileKind, signature: string, mapping: UserMapping): void {
      try {
        storage?.setItem(key(kind, signature), JSON.stringify(mapping));
      } catch {
        // Storage full or disabled (private mode): the mapping still applies to this session.
      }
    },
    forget(kind: FileKind, signature: string): void {
      storage?.removeItem(key(kind, signature));
    },
  };
}
