import type { CodegenConfig } from '@graphql-codegen/cli';

/**
 * Client types come from the printed server schema (the contract), never retyped by hand. Documents are
 * emitted as typed strings: the client posts them with fetch, so no GraphQL runtime ships to the browser.
 * Only operation types are generated (no `typescript` base plugin), which keeps the file small although
 * the @neo4j/graphql schema has thousands of input types.
 */
const config: CodegenConfig = {
  schema: 'server/schema.generated.graphql',
  documents: ['client/src/api/operations/*.graphql'],
  generates: {
    'client/src/generated/graphql.ts': {
      plugins: ['typescript-operations', 'typed-document-node'],
      config: {
        documentMode: 'string',
        useTypeImports: true,
        avoidOptionals: { field: true, inputValue: false, object: true },
        scalars: { ID: 'string' },
      },
    },
  },
};

export default config;
