/**
 * `assumptions` (DESIGN §2): the default policy values that the figures of a report used.
 */
import type { PolicyUsage } from '../kpi/usage.js';
import { assumptionValue } from '../policy/parse.js';
import { ASSUMPTION_KEYS } from '../policy/types.js';
import type { Assumption } from './types.js';

/**
 * The assumptions of a report: each key a figure used (as `usage` recorded, per policy) whose
 * value that policy took from the defaults, with that value; in `ASSUMPTION_KEYS` order, each key
 * and value once (two clients resting on the same default make one entry).
 *
 * @example
 * assumptionsOf(usage);
 * // => [{ key: 'timezone', value: 'UTC', source: 'default' }, { key: 'sla.P2', value: { response: '2h', … }, source: 'default' }]
 */
export function assumptionsOf(usage: PolicyUsage): Assumption[] {
  const found: Assumption[] = [];
  const seen = new Set<string>();
  for (const [policy, used] of usage.entries()) {
    for (const key of policy.defaulted) {
      if (!used.has(key)) continue;
      const value = assumptionValue(policy, key);
      const id = `${key}\u0000${JSON.stringify(value)}`;
      if (seen.has(id)) continue;
      seen.add(id);
      found.push({ key, value, source: 'default' });
    }
  }
  const order = new Map<string, number>(ASSUMPTION_KEYS.map((key, index) => [key, index]));
  return found.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}
