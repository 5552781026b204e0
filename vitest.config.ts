import { defineConfig } from 'vitest/config';

// Three projects: unit (no database), integration (one real Neo4j per run), e2e (server + Chromium).
export default defineConfig({
  test: {
    // The JSON report feeds .ci/run's closing `tests: N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: '.opsgraph/vitest-results.json' },
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
