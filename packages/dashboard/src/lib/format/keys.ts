import type { MessageKey, Translate } from '../i18n/index.js';

/**
 * The key under which kpi-core groups a missing value in its breakdowns (`NONE_KEY` in
 * kpi-core's `kpi/common.ts`, not part of its public API; `keys.test.ts` checks the two agree):
 * tickets without a client, a category or an asset, assets without a type, and the cost of
 * tickets tied to no asset in `tco.byType`.
 */
export const NONE_KEY = '(none)';

/**
 * What a breakdown key names, which decides how its missing value reads:
 * `asset` and `costType` → "Not tied to an asset" (`tco.byType` files the unallocated cost
 * there), `type` → "No type", `category`, `client`, `priority` → "No category"…
 */
export type KeyDimension = 'asset' | 'costType' | 'type' | 'category' | 'client' | 'priority';

const NONE_MESSAGES: Record<KeyDimension, MessageKey> = {
  asset: 'none.asset',
  costType: 'none.asset',
  type: 'none.type',
  category: 'none.category',
  client: 'none.client',
  priority: 'none.priority',
};

/**
 * The text shown for a breakdown key: the key itself, or for kpi-core's `(none)` key the
 * translated name of what is missing in that dimension.
 *
 * @example
 * keyLabel('(none)', 'costType', translator('fr')); // → 'Sans équipement'
 * keyLabel('(none)', 'category', translator('en')); // → 'No category'
 * keyLabel('Bistro', 'client', translator('en')); // → 'Bistro'
 */
export function keyLabel(key: string, dimension: KeyDimension, t: Translate): string {
  return key === NONE_KEY ? t(NONE_MESSAGES[dimension]) : key;
}
