/** Where the high and low 32-bit words of a float64 sit in a Uint32Array view (platform byte order). */
const LITTLE_ENDIAN = new Uint8Array(Uint32Array.of(1).buffer)[0] === 1;
const HIGH_WORD = LITTLE_ENDIAN ? 1 : 0;
const LOW_WORD = 1 - HIGH_WORD;

/**
 * The permutation that sorts numbers ascending the way `Float64Array.prototype.sort` orders them
 * (−0 before +0, NaN last), equal values keeping their index order: `values[order[0]]` is the
 * smallest. A least-significant-digit radix sort on the bits of each number (16 bits per pass,
 * passes whose digit is the same for every value skipped), so it takes linear time: it lets a
 * caller sort once and then split the sorted values into groups that stay sorted.
 *
 * @example
 * Array.from(ascendingOrder(Float64Array.of(3, -1, 2, 2))); // => [1, 2, 3, 0]
 */
export function ascendingOrder(values: Float64Array): Int32Array {
  const n = values.length;
  // Each number as an unsigned 64-bit key (high and low words) that sorts like the number: the
  // sign bit set for a positive number, every bit flipped for a negative one; NaN above all.
  const bits = new Uint32Array(new Float64Array(values).buffer);
  let high = new Uint32Array(n);
  let low = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const lowWord = bits[2 * i + LOW_WORD]!;
    const highWord = bits[2 * i + HIGH_WORD]!;
    if (Number.isNaN(values[i]!)) {
      high[i] = 0xffffffff;
      low[i] = 0xffffffff;
    } else if (highWord >>> 31 === 1) {
      high[i] = ~highWord >>> 0;
      low[i] = ~lowWord >>> 0;
    } else {
      high[i] = (highWord | 0x80000000) >>> 0;
      low[i] = lowWord;
    }
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let otherOrder = new Int32Array(n);
  let otherHigh = new Uint32Array(n);
  let otherLow = new Uint32Array(n);
  const histogram = new Int32Array(1 << 16);
  for (const [word, shift] of [['low', 0], ['low', 16], ['high', 0], ['high', 16]] as const) {
    const digits = word === 'low' ? low : high;
    histogram.fill(0);
    for (let i = 0; i < n; i++) histogram[(digits[i]! >>> shift) & 0xffff]!++;
    if (n === 0 || histogram[(digits[0]! >>> shift) & 0xffff] === n) continue; // one digit: already in order
    let sum = 0;
    for (let d = 0; d < histogram.length; d++) {
      const count = histogram[d]!;
      histogram[d] = sum;
      sum += count;
    }
    for (let i = 0; i < n; i++) {
      const at = histogram[(digits[i]! >>> shift) & 0xffff]!++;
      otherOrder[at] = order[i]!;
      otherHigh[at] = high[i]!;
      otherLow[at] = low[i]!;
    }
    [order, otherOrder] = [otherOrder, order];
    [high, otherHigh] = [otherHigh, high];
    [low, otherLow] = [otherLow, low];
  }
  return order;
}

/** Longest string {@link stringOrder} sorts by radix, and most code units it copies for that (32 MB). */
const RADIX_STRING_LENGTH = 64;
const RADIX_UNITS = 1 << 24;

/**
 * The permutation that sorts strings the way `Array.prototype.sort` does without a comparator:
 * by UTF-16 code units, a prefix before the longer string; equal strings keep their index order.
 * A least-significant-digit radix sort over the code units (one pass per position, from the last;
 * "no code unit" first), linear in the total length: much faster than comparison sorting for the
 * short keys of a breakdown (asset ids, clients). Longer strings (over 64 code units, or 16M in
 * all) go to a comparison sort.
 *
 * @example
 * Array.from(stringOrder(['b', 'ab', 'a', 'B'])); // => [3, 2, 1, 0] ('B' < 'a' < 'ab' < 'b')
 */
export function stringOrder(values: readonly string[]): Int32Array {
  const n = values.length;
  let longest = 0;
  for (let i = 0; i < n; i++) longest = Math.max(longest, values[i]!.length);
  if (longest > RADIX_STRING_LENGTH || n * longest > RADIX_UNITS) {
    const order = Array.from({ length: n }, (_, i) => i);
    // Stable: ties keep index order.
    order.sort((a, b) => (values[a]! < values[b]! ? -1 : values[a]! > values[b]! ? 1 : 0));
    return Int32Array.from(order);
  }
  // Code units numbered by rank (1, 2, …; 0 for "past the end"), so that the counts are small.
  const units = new Uint8Array(1 << 16);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    for (let c = 0; c < value.length; c++) units[value.charCodeAt(c)] = 1;
  }
  const rank = new Uint16Array(1 << 16);
  let ranks = 0;
  for (let unit = 0; unit < units.length; unit++) if (units[unit] === 1) rank[unit] = ++ranks;
  // digits[i * longest + c]: the rank of code unit c of string i.
  const digits = new Uint16Array(n * longest);
  for (let i = 0; i < n; i++) {
    const value = values[i]!;
    for (let c = 0; c < value.length; c++) digits[i * longest + c] = rank[value.charCodeAt(c)]!;
  }
  let order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  let next = new Int32Array(n);
  const histogram = new Int32Array(ranks + 2);
  for (let c = longest - 1; c >= 0; c--) {
    histogram.fill(0);
    for (let k = 0; k < n; k++) histogram[digits[order[k]! * longest + c]! + 1]!++;
    for (let d = 0; d <= ranks; d++) histogram[d + 1]! += histogram[d]!;
    for (let k = 0; k < n; k++) {
      const i = order[k]!;
      next[histogram[digits[i * longest + c]!]!++] = i;
    }
    [order, next] = [next, order];
  }
  return order;
}
