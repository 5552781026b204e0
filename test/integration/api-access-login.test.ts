import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig, type AccessSettings } from '../../server/config.ts';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { saveUser } from '../../server/auth/user-store.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

// Logins (issue 15, part 3) on servers with short windows, so a lock is seen to start and to end quickly.
const run = randomUUID().slice(0, 8);
const username = `test-${run}-login`;
const password = 'fixture-password-long-enough';
const database = testConnection().database;
const driver = testDriver();
const base = loadConfig({ NODE_ENV: 'test' }).access;
const servers: ApiServer[] = [];

async function server(access: Partial<AccessSettings>): Promise<ApiServer> {
  const api = await startApiServer(driver, database, { access: { ...base, ...access } });
  servers.push(api);
  return api;
}

const login = async (api: ApiServer, name: string, secret: string) => {
  const res = await fetch(`${api.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: name, password: secret }),
  });
  const body = (await res.json()) as {
    token?: string;
    errors?: { message: string; extensions?: { code?: string; requestId?: string } }[];
  };
  return {
    status: res.status,
    retryAfter: res.headers.get('retry-after'),
    body,
    challenge: res.headers.get('www-authenticate'),
  };
};

beforeAll(async () => {
  await saveUser(
    driver,
    database,
    { username, role: 'analyst', passwordHash: await hashPassword(password) },
    'test',
  );
});
afterAll(async () => {
  await Promise.all(servers.map((api) => api.close()));
  await driver.executeQuery(
    'MATCH (n) WHERE (n:User AND n.username STARTS WITH $p) OR (n:AuditEvent AND n.actor = $actor) DETACH DELETE n',
    { p: `test-${run}`, actor: 'test' },
    { database },
  );
});

describe('login lockout', () => {
  it('locks a username after N failures: even the right password gets 429 until the lock ends', async () => {
    const api = await server({
      loginMaxFailures: 3,
      loginLockoutSeconds: 2,
      loginMaxFailuresPerAddress: 1000,
    });
    for (let i = 0; i < 3; i += 1) {
      const wrong = await login(api, username, `wrong-${i}`);
      expect(wrong.status).toBe(401);
      expect(wrong.challenge).toBe('Bearer realm="opsgraph"');
    }
    const locked = await login(api, username, password);
    expect(locked.status).toBe(429);
    expect(locked.body.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(Number(locked.retryAfter)).toBeGreaterThanOrEqual(1);
    expect(Number(locked.retryAfter)).toBeLessThanOrEqual(2);
    // Once the lock is over, the right password works again, and it clears the failures.
    await expect
      .poll(async () => (await login(api, username, password)).status, { timeout: 20_000, interval: 250 })
      .toBe(200);
    expect((await login(api, username, 'wrong-again')).status).toBe(401);
    expect((await login(api, username, password)).status).toBe(200);
  });

  it('treats unknown usernames exactly like known ones: the same 401, then the same lock', async () => {
    const api = await server({
      loginMaxFailures: 2,
      loginLockoutSeconds: 60,
      loginMaxFailuresPerAddress: 1000,
    });
    const ghost = `test-${run}-nobody`;
    const answers = [];
    for (let i = 0; i < 3; i += 1) answers.push(await login(api, ghost, 'whatever-password'));
    expect(answers.map((a) => a.status)).toEqual([401, 401, 429]);
    const known = await login(api, username, 'a-wrong-password');
    const shape = {
      errors: [
        {
          message: 'Wrong username or password',
          extensions: { code: 'UNAUTHENTICATED', requestId: expect.any(String) },
        },
      ],
    };
    expect(answers[0]!.body).toEqual(shape);
    expect(known.status).toBe(401);
    expect(known.body).toEqual(shape);
  });

  it('blocks a client address that fails across many usernames', async () => {
    const api = await server({
      loginMaxFailures: 100,
      loginMaxFailuresPerAddress: 4,
      loginLockoutSeconds: 60,
    });
    for (let i = 0; i < 4; i += 1)
      expect((await login(api, `test-${run}-spray-${i}`, 'guess')).status).toBe(401);
    const blocked = await login(api, username, password);
    expect(blocked.status).toBe(429);
    expect(Number(blocked.retryAfter)).toBeGreaterThan(0);
  });

  it('refuses logins beyond the hash queue at once with 429 (one hash at a time, no queue)', async () => {
    const api = await server({
      loginMaxConcurrentHashes: 1,
      loginHashQueue: 0,
      loginMaxFailures: 1000,
      loginMaxFailuresPerAddress: 1000,
    });
    const statuses = (await Promise.all(Array.from({ length: 12 }, () => login(api, username, 'wrong')))).map(
      (a) => a.status,
    );
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    expect(statuses.every((s) => s === 401 || s === 429)).toBe(true);
  });
});
