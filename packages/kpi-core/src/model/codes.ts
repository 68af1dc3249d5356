/**
 * Codes the file reader already knows for a text column: the byte reader finds each repeated
 * value by its bytes (`ByteInterner`, ingest/text-bytes.ts), so it can say, row by row, which
 * of its distinct values the row holds. The report numbers text columns
 * (`PreparedReview.stringCodes`); with these codes it looks a value up once per distinct value
 * instead of once per row (at 1M tickets, the six columns it numbers took 0.26 s of CPU by
 * string look-ups, 0.09 s with the codes: CPU time, best of 5).
 *
 * A hint, never the truth: a row's code is used only when the value it names is the row's value
 * (`values[entries[row]] === column[row]`), so a column changed after reading, or a row the
 * reader could not code, falls back to the look-up and the numbering stays the same.
 *
 * Kept beside the column (keyed by the array itself), not in the table: the tables' public shape
 * stays what it was, and a column copied or built elsewhere simply has no codes.
 */

/** For each row, the number of its value among `values` (−1: none known). */
export interface ColumnCodes {
  readonly entries: Int32Array;
  readonly values: readonly (string | null)[];
}

const known = new WeakMap<readonly (string | null)[], ColumnCodes>();

/**
 * Records the codes the reader knows for `column` (same length).
 *
 * @example
 * noteCodes(column, { entries: Int32Array.of(0, 0, -1), values: ['Acme'] });
 */
export function noteCodes(column: readonly (string | null)[], codes: ColumnCodes): void {
  if (codes.entries.length !== column.length) throw new TypeError(`codes for ${codes.entries.length} rows, column of ${column.length}`);
  known.set(column, codes);
}

/**
 * The codes recorded for `column`, if any (see {@link noteCodes}); check each row's before using it.
 *
 * @example
 * const codes = codesOf(column);
 * const sure = codes !== undefined && codes.entries[row]! >= 0 && codes.values[codes.entries[row]!] === column[row];
 */
export function codesOf(column: readonly (string | null)[]): ColumnCodes | undefined {
  return known.get(column);
}
