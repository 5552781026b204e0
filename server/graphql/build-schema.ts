import { Neo4jGraphQL } from '@neo4j/graphql';
import type { GraphQLSchema } from 'graphql';
import type { Driver } from 'neo4j-driver';
import { newTokenVersion } from '../auth/token-version.ts';
import { factResolvers } from './fact-resolvers.ts';
import { loadTypeDefs } from './load-type-defs.ts';

/**
 * Builds the executable schema. Tokens are verified before the library sees them (request-context.ts
 * passes the verified claims as `jwt`), so `authorization.key` is only a required placeholder that never
 * verifies anything: a raw `token` in the context is ignored.
 */
export async function buildSchema(driver: Driver | undefined): Promise<GraphQLSchema> {
  const neo4jGraphql = new Neo4jGraphQL({
    typeDefs: loadTypeDefs(),
    resolvers: factResolvers,
    driver,
    features: {
      authorization: { key: 'tokens-are-verified-in-request-context' },
      // Only the v7 filter and mutation syntax shows: deprecated generated fields are left out.
      excludeDeprecatedFields: {
        mutationOperations: true,
        aggregationFilters: true,
        aggregationFiltersOutsideConnection: true,
        relationshipFilters: true,
        attributeFilters: true,
      },
      limitRequired: false,
      // `User.tokenVersion @populatedBy`: any update of an account ends its sessions.
      populatedBy: { callbacks: { newTokenVersion } },
    },
  });
  return neo4jGraphql.getSchema();
}
