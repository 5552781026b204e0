import express from 'express';
import type { Driver } from 'neo4j-driver';
import type { Config } from './config.ts';
import { healthRoutes } from './http/health-routes.ts';
import { graphqlMiddleware } from './graphql/graphql-middleware.ts';

export interface AppDeps {
  config: Config;
  driver: Driver;
  database: string | undefined;
}

export interface App {
  app: express.Express;
  stop(): Promise<void>;
}

/** Builds the HTTP application: health probes, GraphQL, and (later) the client's static files. */
export async function createApp(deps: AppDeps): Promise<App> {
  const app = express();
  app.disable('x-powered-by');
  app.use(healthRoutes(deps.driver, deps.database));
  const graphql = await graphqlMiddleware(deps);
  app.use('/graphql', graphql.handler);
  return { app, stop: graphql.stop };
}
