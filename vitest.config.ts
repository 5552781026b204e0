import { defineConfig } from 'vitest/config';

// Three projects: unit (no database), integration (one real Neo4j per run), e2e (server + Chromium).
export default defineConfig({
  // One graphql-js for everyone: Vite would load graphql's ESM build while @neo4j/graphql and Apollo
  // require() the CommonJS one, and two copies break instanceof checks on schemas and errors.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // The JSON report feeds .ci/run's closing `tests: N passed, N failed` line.
    reporters: ['default', 'json'],
    outputFile: { json: '.opsgraph/vitest-results.json' },
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          environment: 'node',
          // One module graph for all unit files: on 2 cores vitest runs one worker, and re-importing graphql,
          // @neo4j/graphql and cytoscape for every file cost half the suite's CPU. Unit tests are pure (no
          // vi.mock, no process.env or global changes); a test that needs those belongs in its own project.
          isolate: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 120_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A cold server and a layout can take a few seconds; polls wait for them, never fixed sleeps.
          expect: { poll: { timeout: 15_000 } },
        },
      },
    ],
  },
});
