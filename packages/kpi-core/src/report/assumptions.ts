/**
 * `assumptions` (DESIGN §2): the default policy values that the figures of a report used.
 */
import type { AssumptionUser, PolicyUsage } from '../kpi/usage.js';
import { assumptionValue } from '../policy/parse.js';
import { ASSUMPTION_KEYS } from '../policy/types.js';
import type { Assumption } from './types.js';

/**
 * The assumptions of a report: each key a figure used (as `usage` recorded, per policy) whose
 * value that policy took from the defaults, with that value; in `ASSUMPTION_KEYS` order, each key
 * and value once (two clients resting on the same default make one entry). A value several figures
 * read says which used it (`usedBy`, the union over the policies that share it).
 *
 * @example
 * assumptionsOf(usage);
 * // => [{ key: 'timezone', value: 'UTC', source: 'default' }, { key: 'sla.P2', value: { response: '2h', … }, source: 'default' }]
 */
export function assumptionsOf(usage: PolicyUsage): Assumption[] {
  const found: Assumption[] = [];
  const seen = new Map<string, Assumption>();
  for (const [policy, used] of usage.entries()) {
    for (const key of policy.defaulted) {
      if (!used.has(key)) continue;
      const value = assumptionValue(policy, key);
      const id = `${key}\u0000${JSON.stringify(value)}`;
      const by = usage.usedBy(policy, key);
      const known = seen.get(id);
      if (known !== undefined) {
        if (by.size > 0) known.usedBy = usersInOrder(new Set([...(known.usedBy ?? []), ...by]));
        continue;
      }
      const assumption: Assumption = by.size > 0 ? { key, value, source: 'default', usedBy: usersInOrder(by) } : { key, value, source: 'default' };
      seen.set(id, assumption);
      found.push(assumption);
    }
  }
  const order = new Map<string, number>(ASSUMPTION_KEYS.map((key, index) => [key, index]));
  return found.sort((a, b) => order.get(a.key)! - order.get(b.key)!);
}

const USERS: readonly AssumptionUser[] = ['sla', 'lostHours'];

function usersInOrder(users: ReadonlySet<AssumptionUser>): AssumptionUser[] {
  return USERS.filter((user) => users.has(user));
}
