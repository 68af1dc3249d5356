import { describe, expect, it } from 'vitest';
import { POLICY_STORAGE_KEY, policyJson, policyStore, readPolicyJson } from './store.js';

function memory() {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
}

describe('policyStore', () => {
  it('saves, loads and clears the edited policy', () => {
    const storage = memory();
    const store = policyStore(storage);
    expect(store.load()).toBeNull();
    store.save({ rates: { userHourly: 42 } });
    expect(JSON.parse(storage.items.get(POLICY_STORAGE_KEY)!)).toEqual({ rates: { userHourly: 42 } });
    expect(store.load()).toEqual({ rates: { userHourly: 42 } });
    store.clear();
    expect(store.load()).toBeNull();
  });

  it('reads a corrupt or foreign entry as none, and works without storage', () => {
    const storage = memory();
    storage.items.set(POLICY_STORAGE_KEY, '{not json');
    expect(policyStore(storage).load()).toBeNull();
    storage.items.set(POLICY_STORAGE_KEY, '[1, 2]');
    expect(policyStore(storage).load()).toBeNull();
    const none = policyStore(null);
    none.save({ headcount: 3 });
    expect(none.load()).toBeNull();
  });

  it('keeps the policy for the session when the storage refuses to write', () => {
    const full = { ...memory(), setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(() => policyStore(full).save({ headcount: 3 })).not.toThrow();
  });
});

describe('policy JSON export and import', () => {
  it('round-trips a document through the file the CLI reads', () => {
    const document = { timezone: 'Europe/Paris', sla: { P2: { response: '1h', resolution: '8h', clock: 'business' } }, rates: { userHourly: 42, currency: 'EUR' }, headcount: 305 };
    const text = policyJson(document);
    expect(text.endsWith('}\n')).toBe(true);
    expect(readPolicyJson(text)).toEqual({ document, problem: null });
  });

  it('drops a BOM and refuses what is not a JSON object', () => {
    expect(readPolicyJson('\uFEFF{"headcount": 85}')).toEqual({ document: { headcount: 85 }, problem: null });
    expect(readPolicyJson('{"headcount": ')).toEqual({ document: null, problem: 'json' });
    expect(readPolicyJson('"policy"')).toEqual({ document: null, problem: 'not-object' });
    expect(readPolicyJson('null')).toEqual({ document: null, problem: 'not-object' });
  });
});
