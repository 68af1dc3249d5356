import fc from 'fast-check';
import { expect, it } from 'vitest';

// test/property-seed.ts runs before every test file (vitest.config.ts).
it('draws the property tests from one fixed seed unless REVUE_PROPERTY_SEED says otherwise', () => {
  const asked = process.env.REVUE_PROPERTY_SEED;
  if (asked === 'random') {
    expect(fc.readConfigureGlobal().seed).toBeUndefined();
    return;
  }
  expect(fc.readConfigureGlobal().seed).toBe(asked === undefined || asked === '' ? 20_261_204 : Number(asked));
  // The same seed, the same scenarios: a red run can be replayed as it was.
  expect(fc.sample(fc.integer(), 5)).toEqual(fc.sample(fc.integer(), 5));
});
