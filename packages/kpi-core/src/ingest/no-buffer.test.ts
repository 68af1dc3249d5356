/**
 * The byte reader where there is no `Buffer` (the dashboard's worker in a browser): cells are
 * made by `shortText` and `TextDecoder`, bytes searched by the typed array's `indexOf`
 * (text-bytes.ts). Node's other tests take Buffer's paths, so the modules are loaded again here
 * with `Buffer` hidden, and must read the same tables as with it.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as pieces from './pieces.js';
import * as read from './read.js';

const DEMO = new URL('../../../../fixtures/demo/', import.meta.url);

type Modules = { pieces: typeof pieces; read: typeof read };

async function withoutBuffer(): Promise<Modules> {
  vi.resetModules();
  vi.stubGlobal('Buffer', undefined);
  try {
    return { pieces: await import('./pieces.js'), read: await import('./read.js') };
  } finally {
    vi.unstubAllGlobals();
  }
}

/** The file read from its bytes in 64 kB pieces (the byte reader: a large file's path). */
function readInPieces(modules: Modules, bytes: Uint8Array, delimiter: number, options: read.ReadOptions) {
  const source = modules.pieces.piecesOf(bytes, 1, delimiter, true, 64 * 1024);
  expect(source.moreBytes).toBeDefined();
  const { columns, length, quality } = modules.read.finishRows([modules.read.readRows(source, options, 'tickets', null)], options, 'tickets');
  return { columns, length, quality };
}

afterEach(() => vi.restoreAllMocks());

describe('the byte reader without Buffer (the browser)', () => {
  // tickets.csv: English, ASCII, commas; glpi-fr-tickets.csv: French, accented titles, semicolons.
  for (const [name, delimiter] of [['tickets.csv', 0x2c], ['glpi-fr-tickets.csv', 0x3b]] as const) {
    it(`reads ${name} to the same table and quality report as with Buffer`, async () => {
      const bytes = new Uint8Array(readFileSync(new URL(name, DEMO)));
      const options: read.ReadOptions = { fileName: name, timezone: 'Europe/Paris', now: Date.UTC(2026, 6, 1) };
      const expected = readInPieces({ pieces, read }, bytes, delimiter, options);
      const browser = await withoutBuffer();
      const made = vi.spyOn(String, 'fromCharCode');
      const got = readInPieces(browser, bytes, delimiter, options);
      // The browser's path was taken: cells were made from their char codes.
      expect(made).toHaveBeenCalled();
      expect(got.length).toBe(expected.length);
      expect(got.quality).toEqual(expected.quality);
      expect(got.columns).toEqual(expected.columns);
    });
  }
});
