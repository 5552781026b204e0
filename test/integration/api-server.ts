import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';
import { loadConfig, type Config } from '../../server/config.ts';
import { createApp, type AppDeps } from '../../server/app.ts';
import { ensureAuditSchema } from '../../server/audit/index.ts';
import { issueToken } from '../../server/auth/issue-token.ts';
import type { Role } from '../../server/auth/roles.ts';
import { ensureTokenUser, ensureUserConstraint } from '../../server/auth/user-store.ts';

/** Test secret, new for every run (production would refuse a fixed, published one). Never used outside tests. */
export const TEST_JWT_SECRET = randomBytes(48).toString('base64url');

export interface ApiServer {
  url: string;
  config: Config;
  /** A token of `subject` (default `test-<role>`), whose user is created with that role if missing. */
  token(role: Role, subject?: string): Promise<string>;
  /** POSTs a GraphQL request; returns status and parsed body. */
  gql(
    query: string,
    options?: { variables?: Record<string, unknown>; token?: string; headers?: Record<string, string> },
  ): Promise<{ status: number; body: GqlBody }>;
  close(): Promise<void>;
}

export interface GqlBody {
  data?: Record<string, unknown> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** Starts the real app on an ephemeral port against the run's database. */
export async function startApiServer(
  driver: Driver,
  database: string | undefined,
  overrides: Partial<Config> = {},
  /** App dependencies beside the config, e.g. the ingestion service's (ingest tests link to their own nodes). */
  appDeps: Pick<AppDeps, 'ingest'> = {},
): Promise<ApiServer> {
  const base = loadConfig({ NODE_ENV: 'test' });
  const config: Config = {
    ...base,
    auth: { ...base.auth, jwtSecret: TEST_JWT_SECRET },
    clientDir: '/nonexistent',
    // Production's 15 s stops a simple write when two test runs share a loaded 2-core machine; tests of the
    // timeout itself pass their own.
    queryTimeoutMs: 120_000,
    ...overrides,
  };
  await ensureUserConstraint(driver, database);
  await ensureAuditSchema(driver, database);
  const { app, stop } = await createApp({ config, driver, database, ...appDeps });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    url,
    config,
    async token(role, sub = `test-${role}`) {
      const version = await ensureTokenUser(driver, database, sub, role, 'test');
      return issueToken(config.auth, TEST_JWT_SECRET, { sub, role, version });
    },
    async gql(query, options = {}) {
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
          ...options.headers,
        },
        body: JSON.stringify({ query, variables: options.variables }),
      });
      return { status: response.status, body: (await response.json()) as GqlBody };
    },
    async close() {
      await stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
