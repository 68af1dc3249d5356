import type { MessageKey, Translate } from '../i18n/index.js';
import { assetTypeLabel } from './labels.js';

/**
 * The key under which kpi-core groups a missing value in its breakdowns (`NONE_KEY` in
 * kpi-core's `kpi/common.ts`, not part of its public API; `keys.test.ts` checks the two agree):
 * tickets without a client, a category or an asset, assets without a type.
 */
export const NONE_KEY = '(none)';

/** The key of `tco.byType` for the cost of tickets tied to no asset (kpi-core's `UNALLOCATED_KEY`). */
export const UNALLOCATED_KEY = '(unallocated)';

/**
 * What a breakdown key names, which decides how its missing value reads:
 * `asset` → "Not tied to an asset", `type` and `costType` → "No type", `category`, `client`,
 * `priority`, `site` → "No category"…
 */
export type KeyDimension = 'asset' | 'costType' | 'type' | 'category' | 'client' | 'priority' | 'site';

const NONE_MESSAGES: Record<KeyDimension, MessageKey> = {
  asset: 'none.asset',
  costType: 'none.type',
  type: 'none.type',
  category: 'none.category',
  client: 'none.client',
  priority: 'none.priority',
  site: 'none.site',
};

/**
 * The text shown for a breakdown key: the key itself; for kpi-core's `(none)` key the
 * translated name of what is missing in that dimension; for the costs of `tco.byType` tied to
 * no asset, "Not tied to an asset"; an asset type the catalogue knows, translated (`assetTypeLabel`).
 *
 * @example
 * keyLabel('(none)', 'costType', translator('fr')); // → 'Sans type'
 * keyLabel('(unallocated)', 'costType', translator('fr')); // → 'Sans équipement'
 * keyLabel('(none)', 'category', translator('en')); // → 'No category'
 * keyLabel('Bistro', 'client', translator('en')); // → 'Bistro'
 * keyLabel('server', 'type', translator('fr')); // → 'Serveur'
 */
export function keyLabel(key: string, dimension: KeyDimension, t: Translate): string {
  if (key === UNALLOCATED_KEY && dimension === 'costType') return t('none.asset');
  if (key === NONE_KEY) return t(NONE_MESSAGES[dimension]);
  return dimension === 'type' || dimension === 'costType' ? assetTypeLabel(key, t) : key;
}
