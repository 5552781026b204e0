// graphql-js, always from its CommonJS build. @neo4j/graphql and Apollo load `graphql` through Node, which
// picks `index.js`; Vite (vitest) would resolve a bare `graphql` import in our sources to `index.mjs`,
// a second copy whose schema and error classes fail every instanceof check of the first.
export * from 'graphql/index.js';
