import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import type { ErrorRequestHandler, RequestHandler } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import { authRoutes } from './auth/auth-routes.ts';
import { resolveJwtSecret } from './auth/jwt-secret.ts';
import { createTokenVerifier, type TokenVerifier } from './auth/token-verifier.ts';
import { tokenVersions } from './auth/token-versions.ts';
import { ErrorCode } from './errors.ts';
import { healthRoutes } from './http/health-routes.ts';
import { graphqlMiddleware } from './graphql/graphql-middleware.ts';

export interface AppDeps {
  config: Config;
  driver: Driver;
  database: string | undefined;
  /** Replaces the verifier built from `config.auth` (tests with their own issuer). */
  verifier?: TokenVerifier;
}

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

const API_PATH = /^\/(graphql|auth|health|ready)(\/|$)/;

/** Builds the HTTP application: health probes, login, GraphQL, and the client's static files. */
export async function createApp(deps: AppDeps): Promise<App> {
  const { config } = deps;
  const secret = resolveJwtSecret(config);
  const versions = tokenVersions(deps.driver, deps.database, config.access.tokenCheckSeconds);
  const verifier = deps.verifier ?? createTokenVerifier(config.auth, secret, versions);
  const app = express();
  app.disable('x-powered-by');
  // Express would hash every res.send body (a 2-hop slice is ~75 KB) for an ETag that no GraphQL POST
  // can use; static files keep theirs (express.static sets its own).
  app.set('etag', false);
  app.use(healthRoutes(deps.driver, deps.database));
  app.use(authRoutes({ ...deps, auth: config.auth, access: config.access, secret, verifier, versions }));
  const graphql = await graphqlMiddleware({ ...deps, verifier });
  app.use('/graphql', graphql.handler);
  app.get(['/graphiql', '/graphiql.html'], graphiqlPage(config.clientDir, config.introspection));
  if (fs.existsSync(path.join(config.clientDir, 'index.html'))) app.use(clientFiles(config.clientDir));
  app.use(notFound);
  app.use(jsonErrors);
  return { app, stop: graphql.stop };
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

const notFound: RequestHandler = (_req, res) => {
  res.status(404).json(graphqlError(ErrorCode.NOT_FOUND, 'No such route'));
};

// Body-parser failures (malformed JSON, too large) are the client's fault: 4xx with a code, never 500.
const jsonErrors: ErrorRequestHandler = (error: { type?: string; status?: number }, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') {
    return void res
      .status(413)
      .json(graphqlError(ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large'));
  }
  if (error.status && error.status >= 400 && error.status < 500) {
    return void res
      .status(error.status)
      .json(graphqlError(ErrorCode.BAD_REQUEST, 'The request body is not valid JSON'));
  }
  res.status(500).json(graphqlError(ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'));
};

// Shaped like a GraphQL response so GraphQL clients can read it; `error` for plain REST callers.
function graphqlError(code: ErrorCode, message: string) {
  return { errors: [{ message, extensions: { code } }], error: { code, message } };
}
