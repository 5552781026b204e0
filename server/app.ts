import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { resolveJwtSecret } from './auth/jwt-secret.ts';
import { createTokenVerifier, type TokenVerifier } from './auth/token-verifier.ts';
import { tokenVersions } from './auth/token-versions.ts';
import { corsPolicy } from './http/cors-policy.ts';
import { errorHandler, notFound } from './http/error-routes.ts';
import { healthRoutes } from './http/health-routes.ts';
import { ingestRoutes } from './http/ingest-routes.ts';
import type { IngestDeps } from './ingest/review/ingest-service.ts';
import { securityHeaders } from './http/security-headers.ts';
import { graphqlMiddleware } from './graphql/graphql-middleware.ts';
import { createLogger, type Logger } from './log/create-logger.ts';
import { requestLogger } from './log/request-logger.ts';

export interface AppDeps {
  config: Config;
  driver: Driver;
  database: string | undefined;
  /** Replaces the verifier built from `config.auth` (tests with their own issuer). */
  verifier?: TokenVerifier;
  /** Replaces the logger built from `config.log` (tests that read the log). */
  logger?: Logger;
  /** Replaces parts of the ingestion service's dependencies (tests that link only to their own nodes). */
  ingest?: Partial<IngestDeps>;
}

export interface App {
  app: express.Express;
  logger: Logger;
  stop(): Promise<void>;
}

const API_PATH = /^\/(graphql|auth|health|ready|ingest)(\/|$)/;

/**
 * Builds the HTTP application: request logs and ids, security headers, CORS for the API, health probes,
 * login, ingestion (/ingest), GraphQL, the client's static files, and the JSON 404 and error handler (one error shape).
 */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const secret = resolveJwtSecret(config);
  const versions = tokenVersions(deps.driver, deps.database, config.access.tokenCheckSeconds);
  const verifier = deps.verifier ?? createTokenVerifier(config.auth, secret, versions);
  const logger = deps.logger ?? createLogger(config.log);
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every res.send body (a 2-hop slice is ~75 KB) for an ETag that no GraphQL POST
  // can use; static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.use(requestLogger(logger));
  app.use(securityHeaders());
  app.use(['/graphql', '/auth', '/ingest'], corsPolicy(config.http.corsOrigins));
  app.use(healthRoutes(deps.driver, deps.database));
  app.use(authRoutes({ ...deps, auth: config.auth, access: config.access, secret, verifier, versions }));
  const ingest = ingestRoutes({ ...deps, verifier, access: config.access, extraction: config.ingest });
  app.use(ingest.router);
  const graphql = await graphqlMiddleware({ ...deps, verifier });
  app.use('/graphql', graphql.handler);
  app.get(['/graphiql', '/graphiql.html'], graphiqlPage(config.clientDir, config.introspection));
  if (fs.existsSync(path.join(config.clientDir, 'index.html'))) app.use(clientFiles(config.clientDir));
  app.use(notFound);
  app.use(errorHandler);
  const stop = async () => {
    await graphql.stop();
    await ingest.close();
  };
  return { app, logger, stop };
}

/** The built client at `/`, with index.html for any other GET a browser makes (client-side routes). */
function clientFiles(dir: string): RequestHandler[] {
  const index = path.join(dir, 'index.html');
  return [
    express.static(dir, { index: 'index.html', fallthrough: true }),
    (req, res, next) => {
      if (req.method !== 'GET' || API_PATH.test(req.path) || !req.accepts('html')) return next();
      res.sendFile(index);
    },
  ];
}

/**
 * GraphiQL (bundled into client/dist, so it works offline) only while introspection is on: without the
 * schema it cannot help, and production hides the schema by default.
 */
function graphiqlPage(dir: string, enabled: boolean): RequestHandler {
  const page = path.join(dir, 'graphiql.html');
  return (req, res, next) => {
    if (!enabled || !fs.existsSync(page)) return notFound(req, res, next);
    res.sendFile(page);
  };
}
