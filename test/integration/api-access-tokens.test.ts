import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { BAD_TOKEN_KINDS, forgeToken, type TokenClaims } from '../helpers/forged-tokens.ts';
import { domainDigest } from '../helpers/domain-digest.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { accessOperations, createScratch } from './access-operations.ts';
import { startApiServer, TEST_JWT_SECRET, type ApiServer } from './api-server.ts';

// The other half of the access matrix (api-access.test.ts has anonymous and the four roles): tokens that
// must be refused for every operation, read or write, before anything runs.
const run = randomUUID().slice(0, 8);
const subject = (caller: string) => `test-${run}-${caller.replaceAll(' ', '-')}`;
const database = testConnection().database;
const driver = testDriver();
const claims: TokenClaims = {
  secret: TEST_JWT_SECRET,
  issuer: 'https://opsgraph.test',
  audience: 'opsgraph-api',
};
const OPERATIONS = accessOperations(run, subject);
const callers = BAD_TOKEN_KINDS.map((kind) => kind.replaceAll(' ', '-'));
let api: ApiServer;

beforeAll(async () => {
  const base = loadConfig({ NODE_ENV: 'test' }).auth;
  api = await startApiServer(driver, database, {
    auth: { ...base, jwtSecret: TEST_JWT_SECRET, issuer: claims.issuer, audience: claims.audience },
  });
  await createScratch(driver, database, run, callers);
});
afterAll(async () => {
  await driver.executeQuery(
    `MATCH (n) WHERE (n:Agency AND n.id STARTS WITH $prefix) OR (n:Annotation AND n.author STARTS WITH $subjects)
     DETACH DELETE n`,
    { prefix: `agency:test-${run}`, subjects: `test-${run}` },
    { database },
  );
  await api.close();
});

describe('a token with the right issuer and audience is accepted (the control case)', () => {
  it('reads as viewer', async () => {
    const { status } = await api.gql(`{ people(limit: 1) { id } }`, { token: await api.token('viewer') });
    expect(status).toBe(200);
  });
});

const tally = { refused: 0, leakedRows: 0, unauthorisedWrites: 0 };
afterAll(() =>
  console.log(
    `[resilience] access matrix (bad tokens): ${BAD_TOKEN_KINDS.length} callers (${BAD_TOKEN_KINDS.join(', ')}) × ` +
      `${OPERATIONS.length} operations → ${tally.refused} refused with 401, ${tally.leakedRows} rows leaked, ` +
      `${tally.unauthorisedWrites} unauthorised writes`,
  ),
);

describe.each(BAD_TOKEN_KINDS)('an admin token with %s', (kind) => {
  const caller = kind.replaceAll(' ', '-');
  it.each(OPERATIONS)('is refused for $name: 401, no data, no write', async ({ query, effect }) => {
    const before = effect ? await domainDigest(driver, database) : undefined;
    const token = await forgeToken(kind, claims, subject(caller));
    const { status, body } = await api.gql(query(caller), { token });
    if (status === 401) tally.refused += 1;
    if (body.data) tally.leakedRows += Object.keys(body.data).length;
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    if (effect) {
      const { records } = await driver.executeQuery(...effect(caller), { database });
      tally.unauthorisedWrites += Number(records[0]?.get('n'));
      expect(records[0]?.get('n')).toBe(0);
      expect(await domainDigest(driver, database)).toEqual(before);
    }
  });
});
