/**
 * Fuzzing of the readers with hostile bytes (fast-check): pure noise, noise after a valid
 * header, and CSV-like text with random damage. Whatever the input, readTickets and readAssets
 * either return with the row accounting intact and no non-finite figure, or throw a RevueError
 * with a one-line message — nothing else (no TypeError, RangeError, hang or stack trace).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RevueError, describeError } from '../internal/errors.js';
import { ticketColumns, assetColumns, type Table } from '../model/tables.js';
import { readAssets, readTickets, type ReadResult } from './read.js';

const NOW = Date.UTC(2030, 0, 1);

/** Bytes a damaged CSV is made of: structure, digits, date punctuation, quotes, high bytes. */
const CSV_BYTES = fc.constantFrom(...[...'id,openedAt;resolvedAt\t"\n\r0123456789-/:T Z.E+ab'].map((c) => c.charCodeAt(0)), 0xef, 0xbb, 0xbf, 0xe9, 0xc3, 0xa9, 0x00, 0x80, 0xff);
const HEADERS = [
  'id,openedAt,resolvedAt,priority,title\n',
  'id;openedAt;resolvedAt;cost\n',
  '"ID";"Titre";"Date d\'ouverture";"Priorité";\n',
  'id,purchaseDate,purchaseCost,users\n',
];

const inputs = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  fc.tuple(fc.constantFrom(...HEADERS), fc.uint8Array({ maxLength: 600 })).map(([h, b]) => Uint8Array.from([...new TextEncoder().encode(h), ...b])),
  fc.tuple(fc.constantFrom(...HEADERS), fc.array(CSV_BYTES, { maxLength: 800 })).map(([h, b]) => Uint8Array.from([...new TextEncoder().encode(h), ...b])),
);

function checkOutcome<T extends Table>(read: () => ReadResult<T>, columns: (t: T) => Record<string, ArrayLike<unknown>>): void {
  let result: ReadResult<T>;
  try {
    result = read();
  } catch (error) {
    expect(error).toBeInstanceOf(RevueError);
    expect(describeError(error)).not.toMatch(/[\r\n]/);
    return;
  }
  const { table, quality } = result;
  expect(quality.rowsRead).toBe(quality.accepted + quality.rejected);
  expect(table.numRows()).toBe(quality.accepted - quality.merged);
  expect(Object.values(quality.reasons).reduce((a, b) => a + b, 0)).toBe(quality.rejected);
  for (const issue of quality.issues) expect(issue.message).not.toMatch(/[\r\n]/);
  for (const [name, column] of Object.entries(columns(table))) {
    for (let i = 0; i < column.length; i++) {
      const value = column[i];
      if (typeof value === 'number') expect(Number.isNaN(value) || Number.isFinite(value), name).toBe(true);
    }
  }
}

describe('reader fuzzing: random bytes', () => {
  it('readTickets returns with rows accounted for, or throws a RevueError', () => {
    fc.assert(
      fc.property(inputs, (bytes) => {
        checkOutcome(() => readTickets(bytes, { now: NOW, timezone: 'Europe/Paris' }), (t) => ticketColumns(t) as never);
        checkOutcome(() => {
          const read = readTickets(bytes, { now: NOW });
          // Every accepted ticket has its required opening instant.
          const opened = ticketColumns(read.table).openedAt;
          for (let i = 0; i < opened.length; i++) expect(Number.isFinite(opened[i])).toBe(true);
          return read;
        }, (t) => ticketColumns(t) as never);
      }),
      { numRuns: 400 },
    );
  });

  it('readAssets returns with rows accounted for, or throws a RevueError', () => {
    fc.assert(
      fc.property(inputs, (bytes) => {
        checkOutcome(() => readAssets(bytes, { now: NOW }), (t) => assetColumns(t) as never);
      }),
      { numRuns: 300 },
    );
  });

  it('the same holds for text input with control characters and lone surrogates', () => {
    const text = fc.string({ unit: fc.oneof(fc.constantFrom(',', ';', '"', '\n', '\r', '\ufeff', '\ud800', '\u0000'), fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code))), maxLength: 400 });
    fc.assert(
      fc.property(fc.constantFrom(...HEADERS), text, (header, body) => {
        checkOutcome(() => readTickets(header + body, { now: NOW }), (t) => ticketColumns(t) as never);
      }),
      { numRuns: 300 },
    );
  });
});
