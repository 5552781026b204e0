import { ApolloServer } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginLandingPageLocalDefault } from '@apollo/server/plugin/landingPage/default';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from '../config.ts';
import type { TokenVerifier } from '../auth/token-verifier.ts';
import { formatError } from '../errors.ts';
import { armorProtection, tokenLimitParseOptions } from './armor.ts';
import { refusalRecorder } from '../audit/index.ts';
import { auditPlugin } from './audit-plugin.ts';
import { typeLimits } from './bounds/list-limits.ts';
import { buildSchema } from './build-schema.ts';
import { boundedDocumentStore } from './document-cache.ts';
import { errorStatusPlugin } from './error-status-plugin.ts';
import { loadTypeDefs } from './load-type-defs.ts';
import { operationGuardPlugin } from './operation-guard-plugin.ts';
import { createContextFunction, type RequestContext } from './request-context.ts';
import { requestLogPlugin } from './request-log-plugin.ts';
import { loadOperationManifest } from './trusted-operations.ts';
import { trustedOperationsPlugin } from './trusted-operations-plugin.ts';
import { WorkGate } from './work-gate.ts';

export interface GraphqlDeps {
  config: Config;
  driver: Driver;
  database: string | undefined;
  verifier: TokenVerifier;
}

/**
 * The `/graphql` endpoint: @neo4j/graphql schema behind Apollo with armor, the operation guard (argument
 * checks, list limits, cost budget), the response-size cap, CSRF prevention, auditing and request logs.
 */
export async function graphqlMiddleware(
  deps: GraphqlDeps,
): Promise<{ handler: RequestHandler[]; stop(): Promise<void> }> {
  const { config } = deps;
  const production = config.env === 'production';
  const armor = armorProtection(config.graphql, production);
  const server = new ApolloServer<RequestContext>({
    schema: await buildSchema(deps.driver),
    introspection: config.introspection,
    csrfPrevention: true,
    // The composition root owns shutdown order (HTTP, Apollo, driver, Neo4j); Apollo must not race it.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: false,
    // Automatic persisted queries stay off: no client uses them, and they let any caller, anonymous
    // included, store documents on the server. Production runs only trusted operations instead.
    persistedQueries: false,
    documentStore: boundedDocumentStore({ maxEntries: 500, maxQueryLength: 4_000 }),
    includeStacktraceInErrorResponses: config.env === 'development',
    hideSchemaDetailsFromClientErrors: production,
    formatError: formatError(production),
    validationRules: armor.validationRules,
    parseOptions: tokenLimitParseOptions(config.graphql),
    plugins: [
      ...(config.graphql.trustedOperations
        ? [trustedOperationsPlugin(loadOperationManifest(), config.introspection)]
        : []),
      ...(armor.plugins as ApolloServer<RequestContext>['internals']['plugins']),
      operationGuardPlugin({
        limits: typeLimits(loadTypeDefs()),
        maxCost: config.graphql.maxCost,
        nestedListDefault: config.graphql.nestedListDefault,
        nestedListMax: config.graphql.nestedListMax,
        gate: new WorkGate({
          capacity: config.graphql.maxCostInFlight,
          maxWaiting: 256,
          maxWaitMs: config.queryTimeoutMs,
        }),
      }),
      auditPlugin({
        driver: deps.driver,
        database: deps.database,
        refusals: refusalRecorder(deps.driver, deps.database, {
          perMinute: config.access.auditRefusalsPerMinute,
        }),
      }),
      // After the audit plugin: a mutation's transaction exists by then and gets timed too.
      requestLogPlugin(),
      errorStatusPlugin(),
      // The API sends no cache hints, and Apollo's default cache-control plugin wraps every field resolver:
      // disabling it took a 600-element slice from 13.9 to 5.4 ms p50 (docs/performance.md).
      ApolloServerPluginCacheControlDisabled(),
      // The embedded Sandbox loads from Apollo's CDN: development only, and only with introspection.
      config.env === 'development' && config.introspection
        ? ApolloServerPluginLandingPageLocalDefault({ embed: true, footer: false })
        : ApolloServerPluginLandingPageDisabled(),
    ],
  });
  await server.start();
  const context = createContextFunction({
    driver: deps.driver,
    database: deps.database,
    verifier: deps.verifier,
    queryTimeoutMs: config.queryTimeoutMs,
    statementLimits: { maxResponseBytes: config.graphql.maxResponseBytes },
  });
  return {
    handler: [express.json({ limit: config.graphql.bodyLimit }), expressMiddleware(server, { context })],
    stop: () => server.stop(),
  };
}
