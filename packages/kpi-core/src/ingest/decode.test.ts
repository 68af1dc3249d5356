import { describe, expect, it } from 'vitest';
import { RevueError } from '../internal/errors.js';
import { decodeBytes, normalizeEncoding, sniffNotCsv } from './decode.js';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeBytes', () => {
  it('reads valid UTF-8 as UTF-8 and drops a UTF-8 BOM', () => {
    const utf8 = new TextEncoder().encode('Priorité');
    expect(decodeBytes(utf8)).toEqual({ text: 'Priorité', encoding: 'utf-8', bom: false });
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toEqual({ text: 'Priorité', encoding: 'utf-8', bom: true });
  });

  it('falls back to Windows-1252 for invalid UTF-8 (é = 0xE9, € = 0x80 in cp1252)', () => {
    // "Priorité;Coût €" in Windows-1252: é=E9, û=FB, €=80.
    const cp1252 = bytes(0x50, 0x72, 0x69, 0x6f, 0x72, 0x69, 0x74, 0xe9, 0x3b, 0x43, 0x6f, 0xfb, 0x74, 0x20, 0x80);
    expect(decodeBytes(cp1252)).toEqual({ text: 'Priorité;Coût €', encoding: 'windows-1252', bom: false });
  });

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decodeBytes(bytes(0xff, 0xfe, 0x49, 0x00, 0x44, 0x00)).text).toBe('ID');
    expect(decodeBytes(bytes(0xfe, 0xff, 0x00, 0x49, 0x00, 0x44)).text).toBe('ID');
  });

  it('lets an explicit encoding win over detection unless the bytes contradict it', () => {
    // 0xC3 0xA9 is "é" in UTF-8 but "Ã©" when read as Windows-1252.
    expect(decodeBytes(bytes(0x50, 0xe9), { encoding: 'windows-1252' }).text).toBe('Pé');
    // 0xC3 0xA9 declared windows-1252 would give mojibake ("Ã©"): the contradiction is refused.
    expect(() => decodeBytes(bytes(0xc3, 0xa9), { encoding: 'windows-1252' })).toThrow(/declared as windows-1252 but its bytes are valid UTF-8/);
    // 0xE9 alone is not UTF-8: declared utf-8, it is refused rather than decoded as U+FFFD.
    expect(() => decodeBytes(bytes(0x50, 0xe9), { encoding: 'utf-8' })).toThrow(/declared as utf-8 but its bytes are not valid UTF-8/);
    expect(normalizeEncoding('Latin1')).toBe('windows-1252');
    expect(() => normalizeEncoding('ebcdic')).toThrow(RevueError);
  });

  it('refuses ZIP/XLSX, PDF and binary data with code not-csv, and a ZIP cut short as a damaged workbook', () => {
    const refuse = (input: Uint8Array, what: RegExp, code = 'not-csv') => {
      try {
        decodeBytes(input, { fileName: 'export.xlsx' });
        expect.unreachable();
      } catch (error) {
        expect(error).toBeInstanceOf(RevueError);
        expect((error as RevueError).code).toBe(code);
        expect((error as RevueError).message).toMatch(what);
      }
    };
    // A ZIP's header with no directory at its end: a workbook cut short (review7), which the
    // reader would take whole — not "export it as CSV".
    refuse(bytes(0x50, 0x4b, 3, 4, 20, 0), /^export\.xlsx is a damaged or incomplete workbook .*; save or export it again, as XLSX or CSV$/, 'damaged-workbook');
    refuse(new TextEncoder().encode('%PDF-1.7\n'), /PDF/);
    refuse(bytes(0x41, 0x00, 0x42), /NUL/);
    refuse(new Uint8Array(200).fill(1), /control characters/);
    expect(sniffNotCsv(new TextEncoder().encode('a,b\r\n1,2\t3\n'))).toBeNull();
  });
});

describe('decodeBytes — contradictions and stray control characters (fixtures/bad regressions)', () => {
  it('refuses a declared encoding that the BOM contradicts', () => {
    expect(() => decodeBytes(bytes(0xff, 0xfe, 0x41, 0x00), { encoding: 'utf-8', fileName: 't.csv' })).toThrow(
      't.csv is declared as utf-8 but its bytes are utf-16le (it starts with a utf-16le byte-order mark); fix or remove the encoding in the mapping',
    );
  });

  it('reads a stray bell in a short file as text, but refuses a file full of control bytes', () => {
    expect(decodeBytes(new TextEncoder().encode('id,title\nT1,bell\u0007\n')).text).toContain('\u0007');
    // 20 escape bytes in 40: far above 1 % and above the 8 allowed.
    expect(() => decodeBytes(new Uint8Array(40).fill(0x1b, 0, 20).fill(0x41, 20))).toThrow(/too many control characters/);
  });
});
