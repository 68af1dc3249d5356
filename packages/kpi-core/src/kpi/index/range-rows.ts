/**
 * Rows per `[start, end)` for the few periods of a report, keyed by the two instants (a tuple,
 * not a text); at most nine ranges kept (a caller walking many periods does not grow it).
 *
 * @example
 * const ranges = new RangeRows();
 * ranges.get(march.start, march.end, () => rowsOpenedInMarch); // computed
 * ranges.get(march.start, march.end, () => rowsOpenedInMarch); // the same array, kept
 */
export class RangeRows {
  readonly #byStart = new Map<number, Map<number, Int32Array>>();
  #size = 0;

  get(start: number, end: number, compute: () => Int32Array): Int32Array {
    let byEnd = this.#byStart.get(start);
    let rows = byEnd?.get(end);
    if (rows === undefined) {
      rows = compute();
      if (this.#size > 8) {
        this.#byStart.clear();
        this.#size = 0;
        byEnd = undefined;
      }
      if (byEnd === undefined) {
        byEnd = new Map();
        this.#byStart.set(start, byEnd);
      }
      byEnd.set(end, rows);
      this.#size++;
    }
    return rows;
  }
}
