/**
 * The text reader's string helpers (text-bytes.ts): they change no value, only which string
 * holds it. That a table keeps no text alive is measured by test/retention.test.ts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { copiedOut, detached, flat, indexOfByte, RangeInterner, SHARED_SLICE, SHORT_CELL_BYTES, shortText } from './text-bytes.js';

describe('RangeInterner', () => {
  it('gives one string per repeated short text, and marks a column that returned a long slice', () => {
    const text = 'Acme,Hôtel du Lac,Acme,Imprimante du 3e étage en panne';
    const interner = new RangeInterner();
    const first = interner.text(text, 0, 4);
    expect(first).toBe('Acme');
    expect(interner.text(text, 18, 22)).toBe(first);
    expect(interner.text(text, 5, 17)).toBe('Hôtel du Lac');
    // Interned values are copies: nothing sliced yet.
    expect(interner.sliced).toBe(false);
    // Past 64 characters a cell is sliced, not interned: 13 or more, the column must be detached.
    const long = `${text},${'x'.repeat(70)}`;
    expect(interner.text(long, long.length - 70, long.length)).toBe('x'.repeat(70));
    expect(interner.sliced).toBe(true);
  });
});

describe('flat, detached and copiedOut', () => {
  it('keep every value as it was', () => {
    const text = `T1,${'Écran fissuré — bureau 12'},T2`;
    expect(flat(text.slice(3, 28))).toBe('Écran fissuré — bureau 12');
    const column = [null, 'short', text.slice(3, 28), 'a'.repeat(SHARED_SLICE), 'b'];
    const before = [...column];
    expect(detached(column, 1, 4)).toEqual(before);
    expect(copiedOut({ headers: ['id', 'titre'], issues: [{ row: 2, message: 'x' }] })).toEqual({ headers: ['id', 'titre'], issues: [{ row: 2, message: 'x' }] });
  });
});

describe('indexOfByte', () => {
  // The second implementation is the typed array's own indexOf, which the browser uses.
  it('finds what Uint8Array.prototype.indexOf finds, in views that start inside their buffer too', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), fc.nat(8), fc.nat(70), fc.constantFrom(0, 10, 13, 34, 0xef, 255), (whole, offset, from, byte) => {
        const view = whole.subarray(Math.min(offset, whole.length));
        expect(indexOfByte(view, byte, from)).toBe(view.indexOf(byte, from));
        expect(indexOfByte(view, byte)).toBe(view.indexOf(byte));
      }),
    );
  });

  it('finds a byte past the first in a hand-made case', () => {
    const bytes = new TextEncoder().encode('a,"b""c"\n');
    expect(indexOfByte(bytes, 34, 0)).toBe(2);
    expect(indexOfByte(bytes, 34, 3)).toBe(4);
    expect(indexOfByte(bytes, 10, 9)).toBe(-1);
  });
});

// The browser's path (no Buffer): Node's tests never reach it through textOf, so it is called here.
describe('shortText', () => {
  const decoder = new TextDecoder();
  it('reads any text of up to SHORT_CELL_BYTES bytes as TextDecoder does, in views inside their buffer too', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), fc.nat(8), (text, pad) => {
        const encoded = new TextEncoder().encode(text);
        fc.pre(encoded.length <= SHORT_CELL_BYTES);
        const bytes = new Uint8Array(pad + encoded.length + 3);
        bytes.set(encoded, pad);
        const ascii = encoded.every((b) => b < 0x80);
        expect(shortText(bytes, pad, pad + encoded.length, ascii)).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives TextDecoder’s replacement characters for bytes that are not UTF-8 (cut, overlong, surrogate, past U+10FFFF)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        expect(shortText(bytes, 0, bytes.length, bytes.every((b) => b < 0x80))).toBe(decoder.decode(bytes));
      }),
      { numRuns: 5000 },
    );
    // Hand-made: a cut é, an overlong "/", a surrogate, U+110000, then a valid 😀 (F0 9F 98 80).
    for (const bytes of [[0x61, 0xc3], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf4, 0x90, 0x80, 0x80], [0xf0, 0x9f, 0x98, 0x80]]) {
      expect(shortText(new Uint8Array(bytes), 0, bytes.length, false)).toBe(decoder.decode(new Uint8Array(bytes)));
    }
    expect(shortText(new Uint8Array([0xf0, 0x9f, 0x98, 0x80]), 0, 4, false)).toBe('😀');
  });
});
