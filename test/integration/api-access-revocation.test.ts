import { randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { saveUser } from '../../server/auth/user-store.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, TEST_JWT_SECRET, type ApiServer } from './api-server.ts';

// Tokens (issue 15, part 4): exp and sub required, and logout, a role change or deleting the account
// refuse a token within the version cache's lifetime (1 s on these servers; 10 s by default, 30 s at most).
const run = randomUUID().slice(0, 8);
const name = (what: string) => `test-${run}-${what}`;
const password = 'fixture-password-long-enough';
const database = testConnection().database;
const driver = testDriver();
const access = { ...loadConfig({ NODE_ENV: 'test' }).access, tokenCheckSeconds: 1 };
let api: ApiServer;
let other: ApiServer;

const ME = `{ people(limit: 1) { id } }`;
const POLL = { timeout: 20_000, interval: 200 };

async function signIn(username: string, role: 'analyst' | 'editor' = 'editor'): Promise<string> {
  await saveUser(driver, database, { username, role, passwordHash: await hashPassword(password) }, 'test');
  const res = await fetch(`${api.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { token: string }).token;
}

beforeAll(async () => {
  api = await startApiServer(driver, database, { access });
  other = await startApiServer(driver, database, { access });
});
afterAll(async () => {
  await api.close();
  await other.close();
  await driver.executeQuery(
    `MATCH (n) WHERE (n:User AND n.username STARTS WITH $p) OR ((n:AuditEvent OR n:AccessRefusal) AND (n.actor STARTS WITH $p OR n.actor = 'test'))
     DETACH DELETE n`,
    { p: `test-${run}` },
    { database },
  );
});

describe('required claims', () => {
  const sign = (claims: Record<string, unknown>, withExp: boolean) => {
    let jwt = new SignJWT({ roles: ['viewer'], ver: 'x', ...claims })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuedAt();
    if (withExp) jwt = jwt.setExpirationTime('10m');
    return jwt.sign(new TextEncoder().encode(TEST_JWT_SECRET));
  };
  it('refuses a token without exp or without sub, and says which', async () => {
    for (const [token, claim] of [
      [await sign({ sub: name('viewer') }, false), 'exp'],
      [await sign({}, true), 'sub'],
    ] as const) {
      const res = await api.gql(ME, { token });
      expect(res.status).toBe(401);
      expect(res.body.errors?.[0]?.message).toBe(`The token has no "${claim}" claim`);
    }
  });

  it('refuses a well-signed token whose version is not its user’s, or that has none', async () => {
    const good = await api.token('viewer', name('viewer'));
    expect((await api.gql(ME, { token: good })).status).toBe(200);
    const stale = await sign({ sub: name('viewer') }, true);
    const none = await new SignJWT({ roles: ['viewer'] })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(name('viewer'))
      .setExpirationTime('10m')
      .sign(new TextEncoder().encode(TEST_JWT_SECRET));
    for (const token of [stale, none]) {
      const res = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ query: ME }),
      });
      expect(res.status).toBe(401);
      expect(res.headers.get('www-authenticate')).toBe('Bearer realm="opsgraph", error="invalid_token"');
    }
  });
});

describe('revocation', () => {
  it('logout ends the token at once here and within the cache lifetime on another server', async () => {
    const token = await signIn(name('leaver'));
    expect((await other.gql(ME, { token })).status).toBe(200);
    const out = await fetch(`${api.url}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(out.status).toBe(204);
    const after = await api.gql(ME, { token });
    expect(after.status).toBe(401);
    expect(after.body.errors?.[0]?.message).toMatch(/revoked/);
    await expect.poll(async () => (await other.gql(ME, { token })).status, POLL).toBe(401);
    const again = await fetch(`${api.url}/auth/logout`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(again.status).toBe(401);
  });

  it('a role change by an admin ends the old token; the next login carries the new role', async () => {
    const username = name('demoted');
    const token = await signIn(username, 'editor');
    const create = `mutation { createAgencies(input: [{ id: "agency:test-${run}-x", name: "Fixture" }]) { info { nodesCreated } } }`;
    const admin = await api.token('admin', name('admin'));
    const demote = await api.gql(
      `mutation { updateUsers(where: { username: { eq: "${username}" } }, update: { role: { set: viewer } }) { users { role } } }`,
      { token: admin },
    );
    expect(demote.body.errors).toBeUndefined();
    await expect.poll(async () => (await api.gql(ME, { token })).status, POLL).toBe(401);
    expect((await api.gql(create, { token })).status).toBe(401);
    const res = await fetch(`${api.url}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username, password }),
    });
    const fresh = ((await res.json()) as { token: string }).token;
    expect((await api.gql(ME, { token: fresh })).status).toBe(200);
    expect((await api.gql(create, { token: fresh })).status).toBe(403);
  });

  it('deleting the account ends its token', async () => {
    const username = name('deleted');
    const token = await signIn(username, 'analyst');
    const admin = await api.token('admin', name('admin'));
    const gone = await api.gql(
      `mutation { deleteUsers(where: { username: { eq: "${username}" } }) { nodesDeleted } }`,
      {
        token: admin,
      },
    );
    expect(gone.body.errors).toBeUndefined();
    await expect.poll(async () => (await other.gql(ME, { token })).status, POLL).toBe(401);
  });
});
