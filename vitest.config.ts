import { defineConfig } from 'vitest/config';

// Three projects: unit (no database), integration (one real Neo4j per run), e2e (server + Chromium).
//
// Timeouts are sized for a shared 2-core machine, not a laptop: a test must finish in a third of its timeout
// when its project runs alone (measured with the JSON report's durations, docs/testing.md), so that a second
// `npm test` beside it still passes. Legitimately slow tests carry their own, larger timeout.
export default defineConfig({
  // One graphql-js for everyone: Vite would load graphql's ESM build while @neo4j/graphql and Apollo
  // require() the CommonJS one, and two copies break instanceof checks on schemas and errors.
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    // The JSON report feeds .ci/run's counts (it passes its own --outputFile.json, so runs never share one).
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
          // Building the @neo4j/graphql schema (api-schema.test.ts) takes 2.5 s idle and 12 s at load 25.
          testTimeout: 60_000,
          hookTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          // The slowest ordinary tests take ~7 s alone on the busy machine (API logins at production scrypt
          // cost); property, bulk-import and 5,000-request tests set their own.
          testTimeout: 60_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          // The slowest e2e test took 13 s alone at load 22, and 47 s beside a second `npm test` (load 27,
          // peaks of 66): a layout in Chromium next to four Neo4js.
          testTimeout: 150_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          // A cold server and a layout can take seconds on a busy machine; polls wait for them, never fixed
          // sleeps, and a passing poll returns as soon as it holds, so a long limit costs nothing.
          expect: { poll: { timeout: 45_000 } },
        },
      },
    ],
  },
});
