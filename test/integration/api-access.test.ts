import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdminUser } from '../../server/auth/ensure-admin-user.ts';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { saveUser } from '../../server/auth/user-store.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { accessOperations, createScratch } from './access-operations.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

const run = randomUUID().slice(0, 8);
const subject = (caller: string) => `test-${run}-${caller}`;
const database = testConnection().database;
const driver = testDriver();
let api: ApiServer;

beforeAll(async () => {
  api = await startApiServer(driver, database);
  // Scratch agencies of this run's own, so refusals are tested against something that exists.
  await createScratch(driver, database, run, [...CALLERS]);
});
afterAll(async () => {
  // Only this run's scratch data: agencies and notes it created, its audit events, its user.
  await driver.executeQuery(
    `MATCH (n) WHERE (n:Agency AND n.id STARTS WITH $prefix) OR (n:Annotation AND n.author STARTS WITH $subjects)
       OR ((n:AuditEvent OR n:AccessRefusal) AND n.actor STARTS WITH $subjects)
       OR (n:User AND n.username STARTS WITH $subjects)
     DETACH DELETE n`,
    { prefix: `agency:test-${run}`, subjects: `test-${run}` },
    { database },
  );
  await api.close();
});

const CALLERS = ['anonymous', 'viewer', 'analyst', 'editor', 'admin'] as const;
type RoleCaller = (typeof CALLERS)[number];
const RANK: Record<RoleCaller, number> = { anonymous: -1, viewer: 0, analyst: 1, editor: 2, admin: 3 };
const OPERATIONS = accessOperations(run, subject);

const tally = { allowed: 0, denied: 0, leakedRows: 0, unauthorisedWrites: 0 };
afterAll(() =>
  console.log(
    `[resilience] access matrix (roles): ${CALLERS.length} callers × ${OPERATIONS.length} operations → ` +
      `${tally.allowed} allowed, ${tally.denied} denied, ${tally.leakedRows} rows leaked, ` +
      `${tally.unauthorisedWrites} unauthorised writes`,
  ),
);

describe.each(OPERATIONS)('$name (needs $least)', ({ least, query, effect }) => {
  it.each(CALLERS)('as %s', async (caller) => {
    const token = caller === 'anonymous' ? undefined : await api.token(caller, subject(caller));
    const { status, body } = await api.gql(query(caller), { token });
    if (RANK[caller] >= RANK[least]) {
      tally.allowed += 1;
      expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
      expect(status).toBe(200);
      // An allowed write must really land, or a refusal elsewhere would prove nothing.
      if (effect) {
        const { records } = await driver.executeQuery(...effect(caller), { database });
        expect(records[0]?.get('n')).toBe(1);
      }
      return;
    }
    tally.denied += 1;
    if (body.data) tally.leakedRows += Object.keys(body.data).length;
    expect(status).toBe(caller === 'anonymous' ? 401 : 403);
    // Mutations are refused before execution (no `data` key, as GraphQL specifies), reads during it (null).
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe(caller === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN');
    if (effect) {
      const { records } = await driver.executeQuery(...effect(caller), { database });
      tally.unauthorisedWrites += Number(records[0]?.get('n'));
      expect(records[0]?.get('n')).toBe(0);
    }
  });
});

describe('tokens and annotations', () => {
  it('refuses a forged, malformed or role-less token with 401/403 before anything runs', async () => {
    // Flip a character inside the signature: the last base64url character carries padding bits, so
    // changing it may decode to the very same signature.
    const token = await api.token('admin');
    const at = token.length - 10;
    const forged = token.slice(0, at) + (token[at] === 'A' ? 'B' : 'A') + token.slice(at + 1);
    for (const header of [`Bearer ${forged}`, 'Basic abc', 'Bearer']) {
      const { status, body } = await api.gql(`{ people { id } }`, { headers: { authorization: header } });
      expect(status).toBe(401);
      expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
  });

  it("refuses a note written in someone else's name", async () => {
    const token = await api.token('analyst', subject('analyst'));
    const { status, body } = await api.gql(
      `mutation { createAnnotations(input: [{ text: "x", author: "someone-else", aboutIds: [] }]) { annotations { id } } }`,
      { token },
    );
    expect(status).toBe(403);
    expect(body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('audit', () => {
  it('writes one committed AuditEvent per committed mutation, in its transaction', async () => {
    const editor = subject('editor');
    const count = async () =>
      Number(
        (
          await driver.executeQuery(
            "MATCH (a:AuditEvent {actor: $a, outcome: 'committed'}) RETURN count(a) AS n",
            { a: editor },
            { database },
          )
        ).records[0]!.get('n'),
      );
    const before = await count();
    const token = await api.token('editor', editor);
    const variables = { id: `agency:test-${run}-audited`, name: 'Audited' };
    const ok = await api.gql(
      `mutation AddAgency($id: ID!, $name: String!) { createAgencies(input: [{ id: $id, name: $name }]) { agencies { id } } }`,
      { token, variables },
    );
    expect(ok.body.errors).toBeUndefined();
    const duplicate = await api.gql(
      `mutation AddAgency($id: ID!, $name: String!) { createAgencies(input: [{ id: $id, name: $name }]) { agencies { id } } }`,
      { token, variables },
    );
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.errors?.[0]?.extensions?.code).toBe('CONSTRAINT_VIOLATION');
    expect(await count()).toBe(before + 1);
    const { records } = await driver.executeQuery(
      "MATCH (a:AuditEvent {actor: $a, outcome: 'committed'}) RETURN a ORDER BY a.at DESC LIMIT 1",
      { a: editor },
      { database },
    );
    const event = records[0]!.get('a').properties;
    expect(event.operation).toBe('AddAgency: createAgencies');
    expect(event.argumentsDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(event.createdIds).toEqual([variables.id]);
  });
});

describe('local users', () => {
  it('logs in with the right password only', async () => {
    const username = `test-${run}-login`;
    await saveUser(
      driver,
      database,
      { username, role: 'analyst', passwordHash: await hashPassword('long-enough-pw') },
      subject('admin'),
    );
    const login = (body: unknown) =>
      fetch(`${api.url}/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const good = await login({ username, password: 'long-enough-pw' });
    expect(good.status).toBe(200);
    const { token } = (await good.json()) as { token: string };
    const me = await api.gql(
      `mutation { createAnnotations(input: [{ text: "x", author: "${username}", aboutIds: [] }]) { annotations { id } } }`,
      { token },
    );
    expect(me.body.errors).toBeUndefined();
    await driver.executeQuery(
      'MATCH (n:Annotation {author: $u}) DETACH DELETE n',
      { u: username },
      { database },
    );
    expect((await login({ username, password: 'wrong-password' })).status).toBe(401);
    expect((await login({ username: 'nobody-here', password: 'whatever' })).status).toBe(401);
    expect((await login({ username })).status).toBe(400);
  });

  it('ensureAdminUser creates the first admin once and returns its password only then', async () => {
    const started = new Date().toISOString();
    const first = await ensureAdminUser(driver, database);
    try {
      expect(await ensureAdminUser(driver, database)).toBeNull();
      if (first) {
        const res = await fetch(`${api.url}/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify(first),
        });
        expect(res.status).toBe(200);
      }
    } finally {
      // Leave a shared database as it was: remove the admin only if this test created it.
      if (first) {
        await driver.executeQuery(
          `MATCH (n) WHERE (n:User AND n.username = 'admin')
             OR (n:AuditEvent AND n.actor = 'system' AND n.at >= datetime($started))
           DETACH DELETE n`,
          { started },
          { database },
        );
      }
    }
  });
});
