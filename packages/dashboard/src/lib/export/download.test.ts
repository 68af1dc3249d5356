import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dataUrlToBlob, safeFileName } from './download.js';

describe('safeFileName', () => {
  it('replaces characters forbidden on Windows and macOS', () => {
    // ':' and '/' each become '-', spaces kept: 'SLA' + '-' + ' by month ' + '-' + ' 2026-Q3'.
    expect(safeFileName('SLA: by month / 2026-Q3.csv')).toBe('SLA- by month - 2026-Q3.csv');
    expect(safeFileName('a<b>c|d?e*f.PNG')).toBe('a-b-c-d-e-f.png');
  });

  it('falls back to "revue" for an empty or all-dots name', () => {
    // ' ' before '.csv' trims to an empty stem; '.csv' alone is a dot-file name whose dot is dropped.
    expect(safeFileName(' .csv')).toBe('revue.csv');
    expect(safeFileName('.csv')).toBe('csv');
    expect(safeFileName('...')).toBe('revue');
  });

  it('keeps accents and the extension', () => {
    expect(safeFileName('Revue — coûts 2026-T3.pptx')).toBe('Revue — coûts 2026-T3.pptx');
  });

  it('never returns a forbidden character, a leading dot or more than 126 characters (property)', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const safe = safeFileName(name);
        expect(/[\u0000-\u001f\u007f<>:"/\\|?*]/.test(safe)).toBe(false);
        expect(safe.startsWith('.')).toBe(false);
        expect(safe.length).toBeGreaterThan(0);
        // 120 characters of stem + at most a 6-character extension.
        expect(safe.length).toBeLessThanOrEqual(126);
      }),
    );
  });
});

describe('dataUrlToBlob', () => {
  it('decodes base64 and percent-encoded data URLs', async () => {
    // 'aGk=' is base64 for 'hi' (RFC 4648 §4: 'h' 'i' → 'aGk=').
    const b64 = dataUrlToBlob('data:text/plain;base64,aGk=');
    expect(b64.type).toBe('text/plain');
    expect(await b64.text()).toBe('hi');
    const svg = dataUrlToBlob('data:image/svg+xml;charset=utf-8,%3Csvg%2F%3E');
    expect(svg.type).toBe('image/svg+xml');
    expect(await svg.text()).toBe('<svg/>');
  });
});
