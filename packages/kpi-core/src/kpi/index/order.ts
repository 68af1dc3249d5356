/** Rows ordered by their (minute-floored) opening instants, for the review index. */

const RADIX_BITS = 11;
const RADIX = 1 << RADIX_BITS;

/**
 * Rows whose `keys[row]` (minute-floored instants) is a number, ordered by key then row. A stable
 * least-significant-digit radix sort on the minute offsets (11 bits per pass, linear time) when
 * they span less than 2^32 minutes (8,000 years); a comparison sort otherwise.
 *
 * @example
 * orderBy(Float64Array.of(120_000, NaN, 60_000, 120_000), () => true); // => { rows: [2, 0, 3], sorted: [60000, 120000, 120000] }
 */
export function orderBy(keys: Float64Array, include: (row: number) => boolean): { rows: Int32Array; sorted: Float64Array } {
  const n = keys.length;
  let count = 0;
  let minMinute = Infinity;
  let maxMinute = -Infinity;
  let integral = true;
  for (let row = 0; row < n; row++) {
    const key = keys[row]!;
    if (key !== key || !include(row)) continue;
    count++;
    const minute = key / 60_000;
    if (!Number.isInteger(minute)) integral = false;
    if (minute < minMinute) minMinute = minute;
    if (minute > maxMinute) maxMinute = minute;
  }
  let rows = new Int32Array(count);
  let k = 0;
  for (let row = 0; row < n; row++) {
    const key = keys[row]!;
    if (key === key && include(row)) rows[k++] = row;
  }
  const range = maxMinute - minMinute;
  if (count > 1 && integral && range < 2 ** 32) {
    let digits = new Uint32Array(count);
    for (let i = 0; i < count; i++) digits[i] = keys[rows[i]!]! / 60_000 - minMinute;
    let otherRows = new Int32Array(count);
    let otherDigits = new Uint32Array(count);
    const histogram = new Int32Array(RADIX);
    for (let shift = 0; shift < 32 && range >= 2 ** shift; shift += RADIX_BITS) {
      histogram.fill(0);
      for (let i = 0; i < count; i++) histogram[(digits[i]! >>> shift) & (RADIX - 1)]!++;
      let sum = 0;
      for (let d = 0; d < RADIX; d++) {
        const c = histogram[d]!;
        histogram[d] = sum;
        sum += c;
      }
      for (let i = 0; i < count; i++) {
        const value = digits[i]!;
        const at = histogram[(value >>> shift) & (RADIX - 1)]!++;
        otherRows[at] = rows[i]!;
        otherDigits[at] = value;
      }
      [rows, otherRows] = [otherRows, rows];
      [digits, otherDigits] = [otherDigits, digits];
    }
  } else {
    rows.sort((a, b) => keys[a]! - keys[b]! || a - b);
  }
  const sorted = new Float64Array(count);
  for (let i = 0; i < count; i++) sorted[i] = keys[rows[i]!]!;
  return { rows, sorted };
}

/**
 * Sorts `members[from, to)` (rows, ascending) and `opened` alongside them by opening instant;
 * equal instants keep their order (by row). Groups are mostly a few rows: insertion sort, and a
 * comparison sort for the long ones.
 *
 * @example
 * const members = Int32Array.of(4, 7, 9);
 * const opened = Float64Array.of(300, 100, 200);
 * sortByOpening(members, opened, 0, 3); // members => [7, 9, 4], opened => [100, 200, 300]
 */
export function sortByOpening(members: Int32Array, opened: Float64Array, from: number, to: number): void {
  if (to - from <= 32) {
    for (let i = from + 1; i < to; i++) {
      const row = members[i]!;
      const at = opened[i]!;
      let j = i;
      while (j > from && opened[j - 1]! > at) {
        members[j] = members[j - 1]!;
        opened[j] = opened[j - 1]!;
        j--;
      }
      members[j] = row;
      opened[j] = at;
    }
    return;
  }
  const order = Array.from({ length: to - from }, (_, k) => from + k).sort((a, b) => opened[a]! - opened[b]! || a - b);
  const rows = order.map((k) => members[k]!);
  const instants = order.map((k) => opened[k]!);
  members.set(rows, from);
  opened.set(instants, from);
}
