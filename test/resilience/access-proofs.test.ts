import { spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { saveUser } from '../../server/auth/user-store.ts';
import { loadConfig, repoRoot, type AccessSettings } from '../../server/config.ts';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import { accessOperations, createScratch } from '../integration/access-operations.ts';
import { startApiServer, TEST_JWT_SECRET, type ApiServer } from '../integration/api-server.ts';
import { startPrivateNeo4j, type PrivateNeo4j } from './private-neo4j.ts';

// Slow proofs of issue 15 parts 2–5 on a private, seeded Neo4j: the audit trail over the full role ×
// write-operation matrix, login lockout and the bounded hash queue, how long a revoked token lives, and a
// production start refusing the published example secret. Each prints `[resilience]` figures.
const run = randomUUID().slice(0, 8);
const base = loadConfig({ NODE_ENV: 'test' }).access;
let neo4j: PrivateNeo4j;
let driver: Driver;
const servers: ApiServer[] = [];

async function server(access: Partial<AccessSettings> = {}): Promise<ApiServer> {
  const api = await startApiServer(driver, undefined, { access: { ...base, ...access } });
  servers.push(api);
  return api;
}

beforeAll(async () => {
  neo4j = await startPrivateNeo4j('access', true);
  driver = openDriver(neo4j.connection, { maxPoolSize: 20 });
});
afterAll(async () => {
  for (const api of servers) await api.close();
  await driver?.close();
  await neo4j?.dispose();
});

const login = async (api: ApiServer, username: string, password: string) => {
  const res = await fetch(`${api.url}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const body = (await res.json()) as { token?: string };
  return { status: res.status, token: body.token };
};
const count = async (cypher: string, params: Record<string, unknown>) =>
  Number((await driver.executeQuery(cypher, params)).records[0]!.get('n'));

describe('audit completeness over the role × operation matrix', () => {
  it('gives every mutation that ran a complete AuditEvent and every refusal an AccessRefusal', async () => {
    const api = await server({ auditRefusalsPerMinute: 100_000 });
    const callers = ['anonymous', 'forged', 'viewer', 'analyst', 'editor', 'admin'] as const;
    const rank = { anonymous: -1, forged: -1, viewer: 0, analyst: 1, editor: 2, admin: 3 };
    const subject = (caller: string) => `res-${run}-${caller}`;
    await createScratch(driver, undefined, run, [...callers]);
    const writes = accessOperations(run, subject).filter((op) => op.effect);
    const field = (query: string) => /mutation \{ (\w+)/.exec(query)![1]!;
    const operations = [
      ...writes.map((op) => ({
        name: op.name,
        least: op.least,
        query: op.query,
        field: (c: string) => field(op.query(c)),
      })),
      {
        name: 'ping',
        least: 'analyst' as const,
        query: () => 'mutation { __typename }',
        field: () => '__typename',
      },
    ];
    const tally = {
      cells: 0,
      ran: 0,
      complete: 0,
      refused: 0,
      refusalRecords: 0,
      missing: 0,
      anonymousEvents: 0,
    };
    let cell = 0;
    for (const caller of callers) {
      for (const op of operations) {
        cell += 1;
        tally.cells += 1;
        const operationName = `Cell${run}n${cell}`;
        const query = op.query(caller).replace(/^mutation \{/, `mutation ${operationName} {`);
        const token =
          caller === 'anonymous'
            ? undefined
            : caller === 'forged'
              ? `${await api.token('admin', subject('admin'))}x`
              : await api.token(caller, subject(caller));
        const { status, body } = await api.gql(query, { token });
        const events = await driver.executeQuery(
          'MATCH (a:AuditEvent {operationName: $operationName}) RETURN a',
          {
            operationName,
          },
        );
        const refusals = await count(
          'MATCH (r:AccessRefusal {operationName: $operationName}) RETURN count(r) AS n',
          {
            operationName,
          },
        );
        if (rank[caller] >= rank[op.least]) {
          tally.ran += 1;
          expect(body.errors, `${caller} ${op.name}`).toBeUndefined();
          expect(events.records).toHaveLength(1);
          const event = events.records[0]!.get('a').properties as Record<string, unknown>;
          const changed = [event.createdIds, event.updatedIds, event.deletedIds].flat() as string[];
          const complete =
            event.actor === subject(caller) &&
            (event.actorRoles as string[]).includes(caller) &&
            event.outcome === 'committed' &&
            (event.rootFields as string[])[0] === op.field(caller) &&
            typeof event.at === 'object' &&
            JSON.parse(event.arguments as string)[0].field === op.field(caller) &&
            event.idsComplete === true &&
            (op.name === 'ping' || changed.length > 0);
          if (complete) tally.complete += 1;
          else tally.missing += 1;
          expect(complete, JSON.stringify(event)).toBe(true);
          expect(refusals).toBe(0);
        } else {
          tally.refused += 1;
          expect(status).toBe(rank[caller] < 0 ? 401 : 403);
          if (rank[caller] < 0) tally.anonymousEvents += events.records.length;
          expect(events.records).toHaveLength(0);
          tally.refusalRecords += refusals;
          if (refusals !== 1) tally.missing += 1;
          expect(refusals).toBe(1);
        }
      }
    }
    console.log(
      `[resilience] audit matrix: ${callers.length} callers × ${operations.length} write operations = ${tally.cells} cells → ` +
        `${tally.ran} ran, ${tally.complete} with a complete AuditEvent; ${tally.refused} refused, ` +
        `${tally.refusalRecords} AccessRefusals; ${tally.missing} missing or incomplete; ` +
        `${tally.anonymousEvents} AuditEvents from anonymous or forged callers`,
    );
  });
});

describe('logins', () => {
  const username = `res-${run}-login`;
  const password = 'fixture-password-long-enough';
  beforeAll(async () => {
    await saveUser(
      driver,
      undefined,
      { username, role: 'analyst', passwordHash: await hashPassword(password) },
      'test',
    );
  });

  it('locks after N failures: 0 successes with the right password until the lock ends', async () => {
    const lockSeconds = 10;
    const api = await server({
      loginMaxFailures: 5,
      loginLockoutSeconds: lockSeconds,
      loginMaxFailuresPerAddress: 1000,
    });
    for (let i = 0; i < 5; i += 1) expect((await login(api, username, `wrong-${i}`)).status).toBe(401);
    const lockedAt = Date.now();
    let successes = 0;
    let refused = 0;
    for (let i = 0; i < 20; i += 1) {
      const { status } = await login(api, username, password);
      if (status === 200) successes += 1;
      if (status === 429) refused += 1;
    }
    expect(successes).toBe(0);
    let unlockedAfter = 0;
    for (;;) {
      const { status } = await login(api, username, password);
      if (status === 200) {
        unlockedAfter = Date.now() - lockedAt;
        break;
      }
      expect(status).toBe(429);
      await new Promise((r) => setTimeout(r, 250));
    }
    console.log(
      `[resilience] login lockout: 5 failures lock "${username}"; then 20 attempts with the right password → ` +
        `${successes} successes, ${refused} × 429; first success ${(unlockedAfter / 1000).toFixed(1)} s after the lock (lock ${lockSeconds} s)`,
    );
    expect(unlockedAfter).toBeGreaterThanOrEqual((lockSeconds - 1) * 1000);
  });

  it('bounds the password hashes of 40 concurrent bad logins (was: 32 s, +515 MB)', async () => {
    const api = await server({ loginMaxFailures: 1000, loginMaxFailuresPerAddress: 1000 });
    const before = process.memoryUsage().rss;
    let peak = before;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 25);
    const started = Date.now();
    const answers = await Promise.all(Array.from({ length: 40 }, () => login(api, username, 'wrong')));
    const ms = Date.now() - started;
    clearInterval(sampler);
    const statuses = answers.map((a) => a.status);
    const refused = statuses.filter((s) => s === 429).length;
    console.log(
      `[resilience] 40 concurrent bad logins (${base.loginMaxConcurrentHashes} hashes at once, queue ${base.loginHashQueue}): ` +
        `${statuses.filter((s) => s === 401).length} × 401, ${refused} × 429 at once; all answered in ${(ms / 1000).toFixed(1)} s; ` +
        `peak RSS +${Math.round((peak - before) / 2 ** 20)} MB`,
    );
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(
      base.loginMaxConcurrentHashes + base.loginHashQueue,
    );
    expect(refused).toBeGreaterThanOrEqual(40 - base.loginMaxConcurrentHashes - base.loginHashQueue);
  });

  it('answers unknown users like wrong passwords, in about the same time', async () => {
    const api = await server({ loginMaxFailures: 1000, loginMaxFailuresPerAddress: 1000 });
    const timings = { known: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 12; i += 1) {
      for (const kind of ['known', 'unknown'] as const) {
        const started = performance.now();
        const { status } = await login(
          api,
          kind === 'known' ? username : `res-${run}-ghost-${i}`,
          'wrong-password',
        );
        timings[kind].push(performance.now() - started);
        expect(status).toBe(401);
      }
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    console.log(
      `[resilience] login timing, 12 each: wrong password median ${median(timings.known).toFixed(0)} ms, ` +
        `unknown user median ${median(timings.unknown).toFixed(0)} ms (both hash once)`,
    );
  });
});

describe('revoked tokens', () => {
  it('are refused on another server within the version cache lifetime (≤ 30 s)', async () => {
    const [a, b] = [await server(), await server()];
    const username = `res-${run}-revoked`;
    const password = 'fixture-password-long-enough';
    await saveUser(
      driver,
      undefined,
      { username, role: 'editor', passwordHash: await hashPassword(password) },
      'test',
    );
    const read = `{ agencies(limit: 1) { id } }`;
    const figures: string[] = [];
    for (const how of ['logout', 'role change', 'deletion'] as const) {
      const { token } = await login(a, username, password);
      expect((await b.gql(read, { token })).status).toBe(200);
      const admin = await a.token('admin', `res-${run}-admin`);
      const started = Date.now();
      if (how === 'logout') {
        const out = await fetch(`${a.url}/auth/logout`, {
          method: 'POST',
          headers: { authorization: `Bearer ${token}` },
        });
        expect(out.status).toBe(204);
      } else {
        const mutation =
          how === 'role change'
            ? `mutation { updateUsers(where: { username: { eq: "${username}" } }, update: { role: { set: analyst } }) { users { role } } }`
            : `mutation { deleteUsers(where: { username: { eq: "${username}" } }) { nodesDeleted } }`;
        expect((await a.gql(mutation, { token: admin })).body.errors).toBeUndefined();
      }
      let ms = 0;
      for (;;) {
        if ((await b.gql(read, { token })).status === 401) {
          ms = Date.now() - started;
          break;
        }
        await new Promise((r) => setTimeout(r, 100));
      }
      figures.push(`${how} ${(ms / 1000).toFixed(1)} s`);
      expect(ms).toBeLessThanOrEqual(30_000);
    }
    console.log(
      `[resilience] revoked token refused by another server (version cache ${base.tokenCheckSeconds} s) after: ${figures.join(', ')}`,
    );
  });
});

describe('production secrets', () => {
  it('refuses to start with the example secret or a weak database password, and starts with good ones', async () => {
    const start = (env: Record<string, string>) =>
      new Promise<{ code: number | null; output: string; ms: number; child: ReturnType<typeof spawn> }>(
        (resolve) => {
          const started = Date.now();
          const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/start.ts'], {
            cwd: repoRoot,
            env: {
              ...process.env,
              NODE_ENV: 'production',
              PORT: '0',
              NEO4J_URI: neo4j.connection.uri,
              NEO4J_PASSWORD: neo4j.connection.password,
              OPSGRAPH_SEED_ON_START: 'false',
              ...env,
            },
          });
          let output = '';
          child.stdout.on('data', (chunk: Buffer) => {
            output += chunk;
            if (output.includes('Press Ctrl-C'))
              resolve({ code: null, output, ms: Date.now() - started, child });
          });
          child.stderr.on('data', (chunk: Buffer) => (output += chunk));
          child.on('exit', (code) => resolve({ code, output, ms: Date.now() - started, child }));
        },
      );
    const example = await start({ JWT_SECRET: 'change-me-to-a-long-random-string' });
    expect(example.code).toBe(1);
    expect(example.output).toMatch(/JWT_SECRET: is an example published .*openssl rand -base64 48/);
    const weakDb = await start({
      JWT_SECRET: randomBytes(48).toString('base64'),
      NEO4J_PASSWORD: 'neo4jneo4jneo4jneo4j',
    });
    expect(weakDb.code).toBe(1);
    expect(weakDb.output).toMatch(/NEO4J_PASSWORD: is too easy to guess/);
    const good = await start({ JWT_SECRET: TEST_JWT_SECRET });
    expect(good.code).toBeNull();
    const stopped = new Promise<number | null>((resolve) => good.child.on('exit', resolve));
    good.child.kill('SIGTERM');
    expect(await stopped).toBe(0);
    console.log(
      `[resilience] production start: example JWT_SECRET refused (exit 1) in ${(example.ms / 1000).toFixed(1)} s, ` +
        `weak NEO4J_PASSWORD refused in ${(weakDb.ms / 1000).toFixed(1)} s, a random secret served in ${(good.ms / 1000).toFixed(1)} s`,
    );
  });
});
