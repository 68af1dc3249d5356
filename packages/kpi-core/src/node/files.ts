/** The one-pass file readers of the Node entry (see index.ts). */
import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { RevueError } from '../internal/errors.js';
import { ERROR_TEXT } from '../ingest/messages.js';
import { DISK_PIECE_BYTES, type ByteReader } from '../ingest/pieces.js';
import { DEFAULT_MAX_BYTES, finishRows, readAssets, readRowsFrom, readTickets, readWholeRows, type Kind, type ReadOptions, type ReadResult, type RowsPart } from '../ingest/read.js';
import type { AssetColumns, TicketColumns } from '../model/fields.js';
import { assetTable, ticketTable, type AssetTable, type TicketTable } from '../model/tables.js';

/**
 * The file's bytes, in memory worker threads share when `shared` (one copy for every thread).
 * The size is checked before a byte is read: a huge file is refused, never loaded.
 */
export function readBytes(path: string, options: ReadOptions, shared = false): Uint8Array {
  const file = options.fileName ?? basename(path);
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    const size = fstatSync(fd).size;
    if (size > maxBytes) throw new RevueError('too-large', ERROR_TEXT.tooLarge(file, size, maxBytes), { file });
    if (!shared) return readFileSync(fd);
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let at = 0;
    for (let read = -1; at < size && read !== 0; at += read) read = readSync(fd, bytes, at, size - at, at);
    return at === size ? bytes : bytes.subarray(0, at);
  } catch (error) {
    if (error instanceof RevueError) throw error;
    const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new RevueError('unreadable', ERROR_TEXT.unreadable(file, reason), { file });
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The message of a file that cannot be read, as one line naming it. */
function unreadable(error: unknown, file: string): RevueError {
  if (error instanceof RevueError) return error;
  const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : (error as Error).message;
  return new RevueError('unreadable', ERROR_TEXT.unreadable(file, reason), { file });
}

/**
 * The columns of a file: a large one read piece by piece from disk (its bytes are never held
 * whole: 272 MB less at the peak for a million tickets), a small one from its bytes. The same
 * rows, issues and refusals as reading its bytes with readTickets/readAssets.
 */
function readFileColumns(path: string, options: ReadOptions, kind: Kind): ReturnType<typeof finishRows> | null {
  const named = { ...options, fileName: options.fileName ?? basename(path) };
  const rows = readLargeFileRows(path, named, kind);
  return rows === null ? null : finishRows([rows], named, kind);
}

/**
 * The rows of a file as {@link readTicketsFile} / {@link readAssetsFile} read them, to be
 * finished by `finishRows` (a job of `readReviewFiles` on a worker thread).
 */
export function readFileRows(path: string, options: ReadOptions, kind: Kind): RowsPart {
  const named = { ...options, fileName: options.fileName ?? basename(path) };
  return readLargeFileRows(path, named, kind) ?? readWholeRows(readBytes(path, named), named, kind);
}

/**
 * A read-only handle on a file as a {@link ByteReader}, for `use`; closed after. The file's
 * system failures are RevueErrors naming it (`unreadable`), its size over `maxBytes` too.
 */
export function withFileReader<T>(path: string, options: ReadOptions, use: (reader: ByteReader & { whole(): Uint8Array }) => T): T {
  const file = options.fileName ?? basename(path);
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const size = fstatSync(fd).size;
    const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
    if (size > maxBytes) throw new RevueError('too-large', ERROR_TEXT.tooLarge(file, size, maxBytes), { file });
    const descriptor = fd;
    return use({
      size,
      read: (into: Uint8Array, position: number): number => readSync(descriptor, into, 0, into.length, position),
      whole: (): Uint8Array => readFileSync(descriptor),
    });
  } catch (error) {
    // The file system's failures (with a `syscall`) are the file's; the reader's refusals and anything else go on as they are.
    if (!(error instanceof RevueError) && typeof (error as NodeJS.ErrnoException).syscall === 'string') throw unreadable(error, file);
    throw error;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

function readLargeFileRows(path: string, named: ReadOptions & { fileName: string }, kind: Kind): RowsPart | null {
  // From two disk pieces (8 MB) on: all but the first piece are then read from their bytes (byte-rows.ts).
  return withFileReader(path, named, (reader) => (reader.size < 2 * DISK_PIECE_BYTES ? null : readRowsFrom(reader, named, kind)));
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
  const read = readFileColumns(path, options, 'tickets');
  if (read !== null) return { table: ticketTable(read.columns as Partial<TicketColumns>, read.length), quality: read.quality };
  return readTickets(readBytes(path, options), { ...options, fileName: options.fileName ?? basename(path) });
}

/**
 * {@link readAssets} on a file (see {@link readTicketsFile}).
 *
 * @example
 * const { table } = readAssetsFile('exports/snipe-it.csv');
 * // table.numRows() === number of assets in the file
 */
export function readAssetsFile(path: string, options: ReadOptions = {}): ReadResult<AssetTable> {
  const read = readFileColumns(path, options, 'assets');
  if (read !== null) return { table: assetTable(read.columns as Partial<AssetColumns>, read.length), quality: read.quality };
  return readAssets(readBytes(path, options), { ...options, fileName: options.fileName ?? basename(path) });
}

