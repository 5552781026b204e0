import { defineConfig } from 'vitest/config';

// Measurements, not tests (`npm run bench:views`, never part of `npm test`): graph-view latency on the seed
// graph over HTTP, and the client's load-to-first-graph time and panning frame rate in headless Chromium.
export default defineConfig({
  resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
  test: {
    reporters: ['default'],
    projects: [
      {
        extends: true,
        test: {
          name: 'views',
          include: ['test/perf/api-latency.test.ts'],
          globalSetup: ['test/integration/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'client',
          include: ['test/perf/client-performance.test.ts'],
          globalSetup: ['test/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
