// @ts-check
// Import boundaries, checked by `npm run lint` (after ESLint): no cycles and the layer rules below.
//
// Why dependency-cruiser and not eslint-plugin-import-x's `no-cycle`: we tried both. import-x skips
// type-only imports when it looks for cycles (no option turns that off), so it could not see the
// `panels.ts ↔ workspace.ts` cycle this config was written to prevent, and with our explicit `.ts`
// specifiers it silently found nothing until three resolver/parser settings were added. dependency-cruiser
// reads the TypeScript sources before compilation (type-only imports included), reports the whole cycle
// path, states layer rules as from → to path patterns in one place, and cruised the repository in ~3 s here.

/** Lower server layers: they never reach up into the GraphQL, HTTP or app wiring. */
const SERVER_UPPER = '^server/(graphql|http)/|^server/(app|index)\\.ts$';

/** @type {import('dependency-cruiser').IConfiguration} */
export default {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'Import cycles (type-only ones too) make layers meaningless and load order fragile.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'client-only-client',
      severity: 'error',
      comment:
        'The browser bundle never imports server, seed, script, bench or test code: the GraphQL schema is the contract.',
      from: { path: '^client/' },
      to: { path: '^(server|seed|scripts|bench|test|cypher)/' },
    },
    {
      name: 'server-not-seed',
      severity: 'error',
      comment:
        'The server never imports seed loaders (seed/ imports server/neo4j/). Only the composition root ' +
        'server/index.ts passes the loader in; the vocabulary is data, not a loader. The ingestion may read ' +
        'the seed files (gazetteer and gold) through the readers and validators, which write nothing.',
      from: { path: '^server/', pathNot: '^server/index\\.ts$' },
      to: {
        path: '^seed/',
        pathNot: '^seed/(vocabulary|read-seed-files|validate-seed|seed-schema|source-file-schema)\\.ts$',
      },
    },
    {
      name: 'seed-uses-server-infrastructure-only',
      severity: 'error',
      comment: 'Seed code may use the config and the Neo4j connection, never the API layers.',
      from: { path: '^seed/' },
      to: { path: `${SERVER_UPPER}|^server/(auth|audit)/` },
    },
    {
      name: 'server-lower-layers-not-upper',
      severity: 'error',
      comment:
        'config, errors, neo4j, audit, auth and ingest sit below the GraphQL/HTTP layers; only graphql-js.ts ' +
        '(the one graphql-js instance) and load-cypher-query.ts (the named-Cypher loader, a leaf) may be ' +
        'imported from below.',
      from: { path: '^server/(neo4j|audit|auth|ingest)/|^server/(config|errors)\\.ts$' },
      to: { path: SERVER_UPPER, pathNot: '^server/graphql/(graphql-js|load-cypher-query)\\.ts$' },
    },
    {
      name: 'audit-below-auth',
      severity: 'error',
      comment: 'The audit writer is shared by auth and graphql, so it imports neither.',
      from: { path: '^server/audit/' },
      to: { path: '^server/auth/' },
    },
    {
      name: 'neo4j-below-auth',
      severity: 'error',
      from: { path: '^server/neo4j/|^server/config\\.ts$' },
      to: { path: '^server/(auth|audit|ingest)/' },
    },
    {
      name: 'i18n-is-a-leaf',
      severity: 'error',
      comment: 'Translations are read by graph, ui and workspace code, so they import none of it.',
      from: { path: '^client/src/i18n/' },
      to: { path: '^client/src/(graph|ui|workspace|api)/' },
    },
    {
      name: 'tests-not-bench',
      severity: 'error',
      comment: 'Benchmarks may use test helpers; tests never depend on benchmark code.',
      from: { path: '^test/' },
      to: { path: '^bench/' },
    },
    {
      name: 'source-not-test-helpers',
      severity: 'error',
      comment: 'Product code (server, seed, client, scripts, bench, cypher) never imports test code.',
      from: { pathNot: '^test/' },
      to: { path: '^test/' },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      comment: 'An import that cannot be resolved would hide its arrow from every rule above.',
      from: {},
      to: { couldNotResolve: true, pathNot: '^virtual:' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|client/dist|dist|\\.opsgraph|bench/results|test/e2e/screenshots)/' },
    // Type-only imports count: a cycle through `import type` is still a cycle in the design.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      mainFields: ['module', 'main', 'types', 'typings'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
