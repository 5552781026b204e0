import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { RequestHandler } from 'express';
import type { AppDeps } from '../app.ts';

/** A minimal schema until the API issue lands: proves the GraphQL endpoint and the database are wired. */
const typeDefs = /* GraphQL */ `
  type Query {
    "Neo4j version reported by the connected server."
    databaseVersion: String!
  }
`;

export async function graphqlMiddleware(deps: AppDeps): Promise<{ handler: RequestHandler[]; stop(): Promise<void> }> {
  const server = new ApolloServer({
    typeDefs,
    resolvers: {
      Query: {
        databaseVersion: async () => {
          const result = await deps.driver.executeQuery(
            'CALL dbms.components() YIELD versions RETURN versions[0] AS version',
            {},
            { database: deps.database },
          );
          return String(result.records[0]?.get('version'));
        },
      },
    },
    introspection: deps.config.introspection,
    // The composition root owns shutdown order (HTTP, Apollo, driver, Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
  });
  await server.start();
  return {
    handler: [express.json({ limit: '1mb' }), expressMiddleware(server)],
    stop: () => server.stop(),
  };
}
