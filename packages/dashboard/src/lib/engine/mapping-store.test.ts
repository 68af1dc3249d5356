import { describe, expect, it } from 'vitest';
import { mappingStore, type KeyValueStorage } from './mapping-store.js';
import { headerSignature } from './signature.js';

function memoryStorage(): KeyValueStorage & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return { data, getItem: (k) => data.get(k) ?? null, setItem: (k, v) => void data.set(k, v), removeItem: (k) => void data.delete(k) };
}

describe('headerSignature', () => {
  it('ignores order, case, accents and spacing', () => {
    expect(headerSignature('tickets', ['ID', "Date d'ouverture", 'Priorité'])).toBe(headerSignature('tickets', ['priorite', ' date  d’ouverture', 'id']));
  });

  it('differs by kind and by column set', () => {
    expect(headerSignature('tickets', ['id'])).not.toBe(headerSignature('assets', ['id']));
    expect(headerSignature('tickets', ['id', 'a'])).not.toBe(headerSignature('tickets', ['id', 'b']));
  });

  it('is FNV-1a over the normalised text', () => {
    // FNV-1a 32 of the empty string is the offset basis 0x811c9dc5; of "a" it is 0xe40c292c
    // (published test vectors). Here the hashed text is "tickets\u0001" + headers.
    let hash = 0x811c9dc5;
    for (const ch of 'tickets\u0001a') hash = Math.imul(hash ^ ch.charCodeAt(0), 0x01000193) >>> 0;
    expect(headerSignature('tickets', ['A'])).toBe(hash.toString(16).padStart(8, '0'));
  });
});

describe('mappingStore', () => {
  it('saves, loads and forgets by kind and signature', () => {
    const storage = memoryStorage();
    const store = mappingStore(storage);
    const mapping = { columns: { id: 'N°', openedAt: 'Ouvert le' }, values: { priority: { Urgente: 'P1' } } };
    store.save('tickets', 'abc', mapping);
    expect(storage.data.has('revue.mapping.tickets.abc')).toBe(true);
    expect(store.load('tickets', 'abc')).toEqual(mapping);
    expect(store.load('assets', 'abc')).toBeNull();
    store.forget('tickets', 'abc');
    expect(store.load('tickets', 'abc')).toBeNull();
  });

  it('reads a corrupt entry as none and works without storage', () => {
    const storage = memoryStorage();
    storage.setItem('revue.mapping.tickets.x', '{not json');
    expect(mappingStore(storage).load('tickets', 'x')).toBeNull();
    storage.setItem('revue.mapping.tickets.y', '{"columns": 3}');
    expect(mappingStore(storage).load('tickets', 'y')).toBeNull();
    expect(mappingStore(null).load('tickets', 'x')).toBeNull();
  });
});
