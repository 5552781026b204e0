import { defineConfig } from 'vitest/config';

// Long-running proofs (crash, outage, backup, fuzzing at volume): `npm run test:resilience`, not `npm test`.
export default defineConfig({
  test: {
    include: ['test/resilience/**/*.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 300_000,
    fileParallelism: false,
    reporters: ['default'],
  },
});
