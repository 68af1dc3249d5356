import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 60_000,
    // One seed for the property tests' scenarios (test/property-seed.ts): REVUE_PROPERTY_SEED=random draws new ones.
    setupFiles: ['test/property-seed.ts'],
  },
});
