/**
 * Sums per group key of a ticket string column, for the KPIs' `{ key: sum }` breakdowns: by the
 * numbered groups of the review index, or in a map for the few rows a KPI alone visits.
 */
import { groupKey, setOwn } from '../common.js';

/**
 * A string column as group keys (`groupKey`: a missing or empty value is `(none)`), numbered:
 * group 0 is `(none)`, the others in order of first appearance. Shared: do not modify.
 */
export interface GroupCodes {
  /** The group of each row. */
  readonly ofRow: Int32Array;
  /** The key of each group. */
  readonly keys: readonly string[];
  /** The groups in the order of their keys, as `[...keys].sort()` orders them. */
  readonly sorted: Int32Array;
}

/**
 * Running sums per group key (`groupKey`) of a string column, for the KPIs' `{ key: sum }`
 * breakdowns: each key's values are added in the order they come, as
 * `map.set(key, (map.get(key) ?? 0) + value)` does, so the sums are the same to the last bit
 * whichever implementation holds them (see `PreparedReview.sumsBy`).
 */
export interface KeySums {
  /** Adds `value` to the group of ticket `row`. */
  add(row: number, value: number): void;
  /** The keys given a value, in sorted order, with their sums. */
  entries(): [string, number][];
  /** The keys given a value as `{ key: sum }`, in sorted order. */
  record(): Record<string, number>;
  /** How many keys were given a value: the number of entries of {@link record}. */
  size(): number;
}

/** {@link KeySums} keyed by the rows' group keys in a map: for the few rows a KPI alone visits. */
export class MapSums implements KeySums {
  readonly #column: ArrayLike<string | null | undefined>;
  readonly #sums = new Map<string, number>();

  constructor(column: ArrayLike<string | null | undefined>) {
    this.#column = column;
  }

  add(row: number, value: number): void {
    const key = groupKey(this.#column[row]);
    this.#sums.set(key, (this.#sums.get(key) ?? 0) + value);
  }

  entries(): [string, number][] {
    return [...this.#sums.keys()].sort().map((key) => [key, this.#sums.get(key)!]);
  }

  record(): Record<string, number> {
    const out: Record<string, number> = {};
    for (const [key, sum] of this.entries()) setOwn(out, key, sum);
    return out;
  }

  size(): number {
    return this.#sums.size;
  }
}

/** {@link KeySums} by the numbered groups of a {@link GroupCodes}: no key to look up per row. */
export class GroupSums implements KeySums {
  readonly groups: GroupCodes;
  readonly sums: Float64Array;
  /** 1 for a group that was given a value (even 0). */
  readonly seen: Uint8Array;

  constructor(groups: GroupCodes) {
    this.groups = groups;
    this.sums = new Float64Array(groups.keys.length);
    this.seen = new Uint8Array(groups.keys.length);
  }

  add(row: number, value: number): void {
    const group = this.groups.ofRow[row]!;
    this.sums[group]! += value;
    this.seen[group] = 1;
  }

  entries(): [string, number][] {
    const { keys, sorted } = this.groups;
    const out: [string, number][] = [];
    for (let k = 0; k < sorted.length; k++) {
      const group = sorted[k]!;
      if (this.seen[group] === 1) out.push([keys[group]!, this.sums[group]!]);
    }
    return out;
  }

  record(): Record<string, number> {
    const { keys, sorted } = this.groups;
    const out: Record<string, number> = {};
    for (let k = 0; k < sorted.length; k++) {
      const group = sorted[k]!;
      if (this.seen[group] === 1) setOwn(out, keys[group]!, this.sums[group]!);
    }
    return out;
  }

  size(): number {
    let count = 0;
    for (let group = 0; group < this.seen.length; group++) count += this.seen[group]!;
    return count;
  }
}
