/**
 * Node-only entry of @revue/kpi-core: readers that take a file path. The core stays free of
 * Node modules; import this from `@revue/kpi-core/node`.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { RevueError } from '../internal/errors.js';
import { ERROR_TEXT } from '../ingest/messages.js';
import { decodeBytes } from '../ingest/decode.js';
import { DEFAULT_MAX_BYTES, readAssets, readTickets, type ReadOptions, type ReadResult } from '../ingest/read.js';
import { sniffWorkbook } from '../ingest/xlsx.js';
import type { AssetTable, TicketTable } from '../model/tables.js';

function readBytes(path: string, options: ReadOptions): Uint8Array {
  const file = options.fileName ?? basename(path);
  try {
    // The size is checked before a byte is read: a huge file is refused, never loaded.
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const size = statSync(path).size;
    if (size > maxBytes) throw new RevueError('too-large', ERROR_TEXT.tooLarge(file, size, maxBytes), { file });
    return readFileSync(path);
  } catch (error) {
    if (error instanceof RevueError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new RevueError('unreadable', ERROR_TEXT.unreadable(file, reason), { file });
  }
}

/**
 * The file's content as the readers take it: a workbook stays bytes; a text file is decoded here
 * (the same decoding, checks and refusals as `readTickets` on bytes) so that the bytes are
 * garbage the moment the text exists — at a million rows that is 260 MB less at the peak.
 */
function readContent(path: string, options: ReadOptions): string | Uint8Array {
  const bytes = readBytes(path, options);
  if (sniffWorkbook(bytes) !== null) return bytes;
  const encoding = options.mapping?.encoding;
  return decodeBytes(bytes, { ...(encoding ? { encoding } : {}), fileName: options.fileName ?? basename(path) }).text;
}

/**
 * {@link readTickets} on a file: reads the bytes (encoding detected), names the file by its
 * base name in every message unless `fileName` is given. An unreadable file is a RevueError
 * (code `unreadable`).
 *
 * @example
 * const { table, quality } = readTicketsFile('exports/glpi.csv', { timezone: 'Europe/Paris' });
 * // quality.file === 'glpi.csv'; quality.preset.name === 'glpi'
 */
export function readTicketsFile(path: string, options: ReadOptions = {}): ReadResult<TicketTable> {
  return readTickets(readContent(path, options), { ...options, fileName: options.fileName ?? basename(path) });
}

/**
 * {@link readAssets} on a file (see {@link readTicketsFile}).
 *
 * @example
 * const { table } = readAssetsFile('exports/snipe-it.csv');
 * // table.numRows() === number of assets in the file
 */
export function readAssetsFile(path: string, options: ReadOptions = {}): ReadResult<AssetTable> {
  return readAssets(readContent(path, options), { ...options, fileName: options.fileName ?? basename(path) });
}
