import { describe, expect, it } from 'vitest';
// kpi-core's internal constant (not exported from its public index): the one the report uses.
import { groupKey, NONE_KEY as CORE_NONE_KEY, UNALLOCATED_KEY as CORE_UNALLOCATED_KEY } from '../../../../kpi-core/src/kpi/common.js';
import { translator } from '../i18n/index.js';
import { keyLabel, NONE_KEY, UNALLOCATED_KEY, type KeyDimension } from './keys.js';

describe('keyLabel', () => {
  it('uses the same missing-value key as kpi-core', () => {
    expect(NONE_KEY).toBe(CORE_NONE_KEY);
    expect(UNALLOCATED_KEY).toBe(CORE_UNALLOCATED_KEY);
    // kpi-core files a missing client or category under that key (groupKey(null)).
    expect(groupKey(null)).toBe(NONE_KEY);
  });

  it('names what is missing, per dimension, in both languages', () => {
    const en = translator('en');
    const fr = translator('fr');
    // Expected: the 'none.*' messages of en.ts and fr.ts.
    const expected: Record<KeyDimension, [string, string]> = {
      asset: ['Not tied to an asset', 'Sans équipement'],
      costType: ['No type', 'Sans type'],
      type: ['No type', 'Sans type'],
      category: ['No category', 'Sans catégorie'],
      client: ['No client', 'Sans client'],
      priority: ['No priority', 'Sans priorité'],
      site: ['No site', 'Sans site'],
    };
    for (const [dimension, [english, french]] of Object.entries(expected) as Array<[KeyDimension, [string, string]]>) {
      expect(keyLabel(NONE_KEY, dimension, en)).toBe(english);
      expect(keyLabel(NONE_KEY, dimension, fr)).toBe(french);
    }
  });

  it('names the costs of tco.byType tied to no asset apart from the assets without a type', () => {
    expect(keyLabel(UNALLOCATED_KEY, 'costType', translator('en'))).toBe('Not tied to an asset');
    expect(keyLabel(UNALLOCATED_KEY, 'costType', translator('fr'))).toBe('Sans équipement');
    expect(keyLabel(NONE_KEY, 'costType', translator('en'))).toBe('No type');
  });

  it('leaves every other key as it is', () => {
    const en = translator('en');
    expect(keyLabel('Bistro Lumière', 'client', en)).toBe('Bistro Lumière');
    expect(keyLabel('none', 'client', en)).toBe('none');
    expect(keyLabel('', 'category', en)).toBe('');
  });
});
