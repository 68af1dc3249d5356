/**
 * Which policy values the figures of a review used (DESIGN §2, "Defaults are assumptions"): each
 * KPI marks, per policy (the base one or a client's), the assumption keys a figure of it rested
 * on, so that the report lists a default only when a figure used it.
 */
import type { AssumptionKey, Policy } from '../policy/types.js';

/**
 * A collector of used policy values, passed as the `usage` option of the KPIs. The KPIs mark
 * per row into typed arrays of their own and call {@link PolicyUsage.mark} once per policy and
 * key at the end, so the cost does not grow with the number of tickets.
 *
 * @example
 * const usage = new PolicyUsage();
 * slaAdherence(data, { period, asOf, usage });
 * usage.used(data.policy); // => Set { 'sla.P2', 'calendar.hours', 'calendar.holidays' }
 */
export class PolicyUsage {
  readonly #used = new Map<Policy, Set<AssumptionKey>>();
  readonly #by = new Map<Policy, Map<AssumptionKey, Set<AssumptionUser>>>();

  /**
   * Records that a figure used `key` of `policy`; `by` names the figure where one value serves
   * several (the calendar: the SLA's business clock and the hours lost), so that a line beside one
   * figure does not name a default only the other used.
   */
  mark(policy: Policy, key: AssumptionKey, by?: AssumptionUser): void {
    let keys = this.#used.get(policy);
    if (keys === undefined) {
      keys = new Set();
      this.#used.set(policy, keys);
    }
    keys.add(key);
    if (by === undefined) return;
    let users = this.#by.get(policy);
    if (users === undefined) {
      users = new Map();
      this.#by.set(policy, users);
    }
    let figures = users.get(key);
    if (figures === undefined) {
      figures = new Set();
      users.set(key, figures);
    }
    figures.add(by);
  }

  /** The figures that named themselves when marking `key` of `policy` (empty when none did). */
  usedBy(policy: Policy, key: AssumptionKey): ReadonlySet<AssumptionUser> {
    return this.#by.get(policy)?.get(key) ?? new Set();
  }

  /** The keys used of one policy (empty when none). */
  used(policy: Policy): ReadonlySet<AssumptionKey> {
    return this.#used.get(policy) ?? new Set();
  }

  /** Every policy with the keys used of it, in the order they were first marked. */
  entries(): [Policy, ReadonlySet<AssumptionKey>][] {
    return [...this.#used.entries()];
  }
}

/** A figure that names itself when it marks a policy value that several figures read. */
export type AssumptionUser = 'sla' | 'lostHours';

/** The index 0…4 of a priority `P1`…`P5`, or −1. */
export function priorityIndex(priority: string | null | undefined): number {
  if (priority === null || priority === undefined || priority.length !== 2 || priority[0] !== 'P') return -1;
  const n = priority.charCodeAt(1) - 49;
  return n >= 0 && n < 5 ? n : -1;
}

export const SLA_KEYS = ['sla.P1', 'sla.P2', 'sla.P3', 'sla.P4', 'sla.P5'] as const satisfies readonly AssumptionKey[];
export const PRIORITY_IMPACT_KEYS = [
  'priorityImpact.P1',
  'priorityImpact.P2',
  'priorityImpact.P3',
  'priorityImpact.P4',
  'priorityImpact.P5',
] as const satisfies readonly AssumptionKey[];
