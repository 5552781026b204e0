import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { ensureTokenUser, ensureUserConstraint, saveUser } from '../../server/auth/user-store.ts';
import { issueToken } from '../../server/auth/issue-token.ts';
import type { TokenVerifier } from '../../server/auth/token-verifier.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { createLogger } from '../../server/log/create-logger.ts';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import { SearchDocument } from '../../client/src/generated/graphql.ts';
import { API_ERROR_CODES } from '../../shared/error-codes.ts';
import { testConnection, testDriver, uniqueLabel } from '../helpers/neo4j.ts';
import { TEST_JWT_SECRET } from './api-server.ts';

// Errors, logs and HTTP (issue 15 parts 7–9, issue 12 part 3), each against a real app and database.
const driver = testDriver();
const database = testConnection().database;
const base = loadConfig({ NODE_ENV: 'test' });

interface Running {
  url: string;
  logLines(): Record<string, unknown>[];
  logText(): string;
  close(): Promise<void>;
}

/** The real app with its log captured, on a free port. */
async function start(
  overrides: Partial<Config> = {},
  useDriver: Driver = driver,
  verifier?: TokenVerifier,
): Promise<Running> {
  const config: Config = {
    ...base,
    auth: { ...base.auth, jwtSecret: TEST_JWT_SECRET },
    clientDir: '/nonexistent',
    ...overrides,
  };
  const lines: string[] = [];
  const logger = createLogger(
    { level: 'info', pretty: false },
    { write: (line: string) => void lines.push(line) },
  );
  const { app, stop } = await createApp({ config, driver: useDriver, database, logger, verifier });
  const server: Server = await new Promise((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    logLines: () => lines.map((line) => JSON.parse(line) as Record<string, unknown>),
    logText: () => lines.join(''),
    async close() {
      await stop();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });

/** The one error body: `{errors: [{message, extensions: {code, requestId}}]}`, and nothing else. */
async function expectErrorShape(res: Response, status: number, code: string) {
  expect(res.status).toBe(status);
  const body = (await res.json()) as { errors: { message: string; extensions: Record<string, unknown> }[] };
  expect(Object.keys(body).filter((key) => key !== 'data')).toEqual(['errors']);
  const [error] = body.errors;
  expect(error!.extensions.code).toBe(code);
  expect(API_ERROR_CODES).toContain(error!.extensions.code);
  expect(typeof error!.message).toBe('string');
  expect(error!.extensions.requestId ?? res.headers.get('x-request-id')).toBe(
    res.headers.get('x-request-id'),
  );
  return error!;
}

let app: Running;
let viewerToken: string;
const password = 'correct horse battery staple 42';
const username = `log-test-${uniqueLabel()}`;

beforeAll(async () => {
  app = await start();
  await ensureUserConstraint(driver, database);
  const version = await ensureTokenUser(driver, database, 'log-test-viewer', 'viewer', 'test');
  viewerToken = await issueToken(base.auth, TEST_JWT_SECRET, {
    sub: 'log-test-viewer',
    role: 'viewer',
    version,
  });
  await saveUser(
    driver,
    database,
    { username, role: 'viewer', passwordHash: await hashPassword(password) },
    'test',
  );
}, 120_000);
afterAll(async () => {
  await app.close();
  await driver.executeQuery(
    'MATCH (u:User {username: $username}) DETACH DELETE u',
    { username },
    { database },
  );
});

describe('one error body shape on every route', () => {
  it('GraphQL refusals, /auth, 404, malformed and oversized bodies', async () => {
    await expectErrorShape(
      await post(`${app.url}/graphql`, { query: '{ people { id } }' }),
      401,
      'UNAUTHENTICATED',
    );
    await expectErrorShape(await post(`${app.url}/auth/login`, { username: '' }), 400, 'BAD_USER_INPUT');
    await expectErrorShape(await post(`${app.url}/auth/login`, '{"username":'), 400, 'BAD_REQUEST');
    await expectErrorShape(
      await post(`${app.url}/auth/login`, { username, password: 'wrong' }),
      401,
      'UNAUTHENTICATED',
    );
    await expectErrorShape(await fetch(`${app.url}/no/such/route`), 404, 'NOT_FOUND');
    await expectErrorShape(await post(`${app.url}/graphql`, '{"query": '), 400, 'BAD_REQUEST');
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(200_000) } });
    await expectErrorShape(await post(`${app.url}/graphql`, big), 413, 'PAYLOAD_TOO_LARGE');
  });

  it('/ready carries DATABASE_UNAVAILABLE, never the driver’s message; /health stays 200', async () => {
    const nowhere = openDriver({
      uri: 'bolt://127.0.0.1:1',
      username: 'neo4j',
      password: 'x',
      database: undefined,
    });
    const down = await start({}, nowhere);
    try {
      const res = await fetch(`${down.url}/ready`);
      const error = await expectErrorShape(res, 503, 'DATABASE_UNAVAILABLE');
      expect(error.message).toBe('The database is unavailable');
      expect((await fetch(`${down.url}/health`)).status).toBe(200);
    } finally {
      await down.close();
      await nowhere.close();
    }
    expect(await (await fetch(`${app.url}/ready`)).json()).toEqual({ status: 'ready' });
  });

  it('an unexpected error is a 500 with a request id, its stack in the log and not in the answer', async () => {
    // A driver whose every statement fails in a way no code maps: the server's fault, by construction.
    const broken = {
      session: () => ({
        run: () => Promise.reject(new Error('disk on fire: /var/lib/neo4j/secret-path')),
        close: async () => {},
      }),
      executeQueryBookmarkManager: undefined,
    } as unknown as Driver;
    // The token is taken as valid without the database (whose failure at the token check is a 503 of its
    // own), so the failure reaches the operation.
    const prod = await start(
      { env: 'production', introspection: false, graphql: { ...base.graphql, trustedOperations: false } },
      broken,
      { verify: async () => ({ sub: 'log-test-viewer', roles: ['viewer'], local: true }) },
    );
    try {
      const res = await post(
        `${prod.url}/graphql`,
        { query: '{ agencies(limit: 1) { id } }' },
        { authorization: `Bearer ${viewerToken}` },
      );
      const text = await res.clone().text();
      const error = await expectErrorShape(res, 500, 'INTERNAL_SERVER_ERROR');
      expect(error.message).toBe('Internal server error');
      expect(error.extensions.requestId).toMatch(/^[0-9a-f-]{36}$/);
      expect(text).not.toMatch(/disk on fire|secret-path|stack|\bat /);
      const logged = prod.logLines().find((line) => line.msg === 'unexpected error in a GraphQL operation');
      expect(logged).toMatchObject({ level: 50, reqId: error.extensions.requestId });
      expect(JSON.stringify(logged)).toMatch(/disk on fire[\s\S]*\\n\s+at /);
    } finally {
      await prod.close();
    }
  });
});

describe('request logs', () => {
  it('one JSON line per request with id, user, operation, status, duration and database time', async () => {
    const res = await post(
      `${app.url}/graphql`,
      { query: String(SearchDocument), variables: { text: 'Аленов', limit: 5 } },
      { authorization: `Bearer ${viewerToken}`, 'x-request-id': 'caller-chosen-id-0001' },
    );
    expect(res.status).toBe(200);
    expect(res.headers.get('x-request-id')).toBe('caller-chosen-id-0001');
    const line = app.logLines().find((l) => l.reqId === 'caller-chosen-id-0001');
    expect(line).toMatchObject({
      level: 30,
      user: 'log-test-viewer',
      operation: 'Search',
      operationType: 'query',
      req: { method: 'POST', path: '/graphql' },
      res: { status: 200 },
    });
    expect(line!.dbMs).toBeGreaterThan(0);
    expect(line!.dbStatements).toBe(1);
    expect(line!.cost).toBeGreaterThan(0);
    expect(line!.responseTime).toBeGreaterThanOrEqual(0);
    // A forged id (spaces, quotes, too long) is replaced, not echoed into the log.
    const forged = await fetch(`${app.url}/health`, {
      headers: { 'x-request-id': '" level":60 '.repeat(10) },
    });
    expect(forged.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('never contain passwords, tokens, Authorization headers or variables', async () => {
    const secretVariable = 'variable-value-that-must-not-be-logged';
    await post(`${app.url}/auth/login`, { username, password });
    await post(`${app.url}/auth/login`, { username, password: `${password}-wrong` });
    await post(
      `${app.url}/graphql?token=${viewerToken}`,
      { query: 'query Q($t: String!) { search(text: $t) { id } }', variables: { t: secretVariable } },
      { authorization: `Bearer ${viewerToken}`, cookie: 'session=abc' },
    );
    const text = app.logText();
    expect(text.length).toBeGreaterThan(0);
    for (const secret of [
      password,
      viewerToken,
      viewerToken.split('.')[2]!,
      'Bearer',
      secretVariable,
      'session=abc',
    ]) {
      expect(text, secret.slice(0, 12)).not.toContain(secret);
    }
  });

  it('are quiet in tests unless LOG_LEVEL asks', () => {
    expect(loadConfig({ NODE_ENV: 'test' }).log.level).toBe('silent');
    expect(loadConfig({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).log.level).toBe('debug');
    expect(loadConfig({ NODE_ENV: 'production' }).log).toEqual({ level: 'info', pretty: false });
    expect(loadConfig({}).log).toEqual({ level: 'info', pretty: true });
    expect(() => loadConfig({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL: expected one of fatal, error/);
  });
});

describe('security headers', () => {
  it('pages get a CSP without inline scripts and no framing; /graphql keeps Apollo’s own', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsgraph-client-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>OpsGraph</title>');
    const withClient = await start({ clientDir: dir });
    try {
      const page = await fetch(`${withClient.url}/`, { headers: { accept: 'text/html' } });
      const csp = page.headers.get('content-security-policy') ?? '';
      expect(csp).toContain("script-src 'self'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).toContain("object-src 'none'");
      expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
      expect(page.headers.get('x-frame-options')).toBe('DENY');
      expect(page.headers.get('x-content-type-options')).toBe('nosniff');
      expect(page.headers.get('referrer-policy')).toBe('no-referrer');
      const api = await post(`${withClient.url}/graphql`, { query: '{ __typename }' });
      expect(api.headers.get('content-security-policy')).toBeNull();
      expect(api.headers.get('x-frame-options')).toBe('DENY');
    } finally {
      await withClient.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('CORS', () => {
  const allowed = 'https://workspace.example.org';
  let cors: Running;
  beforeAll(async () => {
    cors = await start({ http: { corsOrigins: [allowed] } });
  });
  afterAll(async () => cors.close());

  const preflight = (origin: string) =>
    fetch(`${cors.url}/graphql`, {
      method: 'OPTIONS',
      headers: {
        origin,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'authorization, content-type',
      },
    });

  it('answers a preflight from an allowed origin (it was 400) and lets the request through', async () => {
    const res = await preflight(allowed);
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(res.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('authorization');
    const call = await post(`${cors.url}/graphql`, { query: '{ __typename }' }, { origin: allowed });
    expect(call.status).toBe(200);
    expect(call.headers.get('access-control-allow-origin')).toBe(allowed);
    expect(call.headers.get('access-control-expose-headers')).toContain('X-Request-Id');
  });

  it('gives any other origin no Access-Control-Allow-Origin, which the browser treats as a refusal', async () => {
    const res = await preflight('https://evil.example.com');
    expect(res.status).toBe(204);
    expect(res.headers.get('access-control-allow-origin')).toBeNull();
    expect(
      (await post(`${app.url}/graphql`, { query: '{ __typename }' }, { origin: allowed })).headers.get(
        'access-control-allow-origin',
      ),
    ).toBeNull();
  });
});

describe('trusted operations and persisted queries', () => {
  let prod: Running;
  beforeAll(async () => {
    prod = await start({
      env: 'production',
      introspection: false,
      graphql: { ...base.graphql, trustedOperations: true },
    });
  });
  afterAll(async () => prod.close());

  it('production runs the workspace’s operations and refuses any other', async () => {
    const auth = { authorization: `Bearer ${viewerToken}` };
    const trusted = await post(
      `${prod.url}/graphql`,
      { query: String(SearchDocument), variables: { text: 'Аленов' } },
      auth,
    );
    expect(trusted.status).toBe(200);
    const adHoc = await post(`${prod.url}/graphql`, { query: '{ search(text: "Аленов") { id } }' }, auth);
    await expectErrorShape(adHoc, 400, 'UNTRUSTED_OPERATION');
    const anonymous = await post(`${prod.url}/graphql`, { query: '{ people { id } }' });
    await expectErrorShape(anonymous, 400, 'UNTRUSTED_OPERATION');
  });

  it('automatic persisted queries are off: nobody, anonymous included, can register one', async () => {
    const register = {
      query: '{ __typename }',
      extensions: {
        persistedQuery: {
          version: 1,
          sha256Hash: 'ecf4edb46db40b5132295c0291d62fb65d6759a9eedfa4d5d612dd5ec54a6b38',
        },
      },
    };
    for (const server of [app, prod]) {
      await expectErrorShape(
        await post(`${server.url}/graphql`, register),
        400,
        'PERSISTED_QUERY_NOT_SUPPORTED',
      );
    }
  });
});
