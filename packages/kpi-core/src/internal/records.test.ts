import { describe, expect, it } from 'vitest';
import { mapRecord } from './records.js';

describe('mapRecord', () => {
  it('maps every entry, a key named __proto__ included', () => {
    const record = JSON.parse('{"__proto__": 1, "A": 2}') as Record<string, number>;
    const out = mapRecord(record, (n) => n * 10);
    expect(Object.keys(out)).toEqual(['__proto__', 'A']);
    expect(Object.getOwnPropertyDescriptor(out, '__proto__')?.value).toBe(10);
    expect(out.A).toBe(20);
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
  });
});
