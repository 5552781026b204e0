import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

// The audit trail (issue 15, part 2): what a mutation that ran leaves behind, what a refused one leaves
// behind, and what anonymous callers can never leave behind. Test fixture data: invented agencies and
// people under this run's own ids.
const run = randomUUID().slice(0, 8);
const who = (role: string) => `test-${run}-${role}`;
const agency = (what: string) => `agency:test-${run}-${what}`;
const person = (what: string) => `person:test-${run}-${what}`;
const database = testConnection().database;
const driver = testDriver();
let api: ApiServer;
let refusalsApi: ApiServer;

beforeAll(async () => {
  api = await startApiServer(driver, database);
  // A server of its own with a tiny refusal budget, so the rate limit is seen without flooding.
  const access = { ...loadConfig({ NODE_ENV: 'test' }).access, auditRefusalsPerMinute: 3 };
  refusalsApi = await startApiServer(driver, database, { access });
  await driver.executeQuery(
    // Every domain node carries the id label (data contract v2), which the generated mutations match on.
    `CREATE (:Person:Entity {id: $p1, name: 'Test Person One (fixture)'}), (:Person:Entity {id: $p2, name: 'Test Person Two (fixture)'}),
            (t:Agency:Entity {id: $target, name: 'Test Target (fixture)'})-[:PART_OF {id: $link}]->(:Agency:Entity {id: $parent, name: 'Test Parent (fixture)'})`,
    {
      p1: person('one'),
      p2: person('two'),
      target: agency('target'),
      parent: agency('parent'),
      link: `${agency('target')}|PART_OF|${agency('parent')}`,
    },
    { database },
  );
});
afterAll(async () => {
  await driver.executeQuery(
    `MATCH (n) WHERE ((n:Agency OR n:Person) AND n.id CONTAINS $run) OR (n:Annotation AND n.author STARTS WITH $prefix)
       OR ((n:AuditEvent OR n:AccessRefusal) AND n.actor STARTS WITH $prefix) OR (n:User AND n.username STARTS WITH $prefix)
     DETACH DELETE n`,
    { run, prefix: `test-${run}` },
    { database },
  );
  await api.close();
  await refusalsApi.close();
});

type Stored = Record<string, unknown>;
const lastEvent = async (actor: string): Promise<Stored | undefined> => {
  const { records } = await driver.executeQuery(
    'MATCH (a:AuditEvent {actor: $actor}) RETURN a ORDER BY a.at DESC LIMIT 1',
    { actor },
    { database },
  );
  return records[0]?.get('a').properties as Stored | undefined;
};
const countOf = async (label: 'AuditEvent' | 'AccessRefusal', where: Record<string, unknown>) => {
  const { records } = await driver.executeQuery(
    `MATCH (a:${label}) WHERE all(k IN keys($where) WHERE a[k] = $where[k]) RETURN count(a) AS n`,
    { where },
    { database },
  );
  return Number(records[0]!.get('n'));
};

describe('a committed mutation', () => {
  it('records who, the executed root fields, every argument (variables substituted), ids, counts, outcome', async () => {
    const token = await api.token('editor', who('editor'));
    const { status, body } = await api.gql(
      `mutation AddAgency($id: ID!) { createAgencies(input: [{ id: $id, name: "Inline Name (fixture)" }]) { info { nodesCreated } } }`,
      { token, variables: { id: agency('created') } },
    );
    expect(body.errors).toBeUndefined();
    expect(status).toBe(200);
    const event = (await lastEvent(who('editor')))!;
    expect(event).toMatchObject({
      actor: who('editor'),
      actorRoles: ['viewer', 'analyst', 'editor'],
      operationName: 'AddAgency',
      operation: 'AddAgency: createAgencies',
      rootFields: ['createAgencies'],
      outcome: 'committed',
      createdIds: [agency('created')],
      updatedIds: [],
      deletedIds: [],
      nodesCreated: 1,
      idsComplete: true,
    });
    expect(event.address).toMatch(/127\.0\.0\.1/);
    expect(event).not.toHaveProperty('code');
    // The client selected no ids, yet they are recorded, and the hidden selection never reaches it.
    expect(body.data).toEqual({ createAgencies: { info: { nodesCreated: 1 } } });
    expect(JSON.parse(event.arguments as string)).toEqual([
      {
        field: 'createAgencies',
        arguments: { input: [{ id: agency('created'), name: 'Inline Name (fixture)' }] },
      },
    ]);
    expect(event.argumentsDigest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('reads a delete wrapped in an inline fragment (or a named one) as what it is', async () => {
    const token = await api.token('editor', who('editor'));
    const inline = await api.gql(
      `mutation ReadOnlyPing { ... on Mutation { deletePeople(where: { id: { eq: "${person('one')}" } }) { nodesDeleted } } }`,
      { token },
    );
    expect(inline.body.errors).toBeUndefined();
    expect(await lastEvent(who('editor'))).toMatchObject({
      operationName: 'ReadOnlyPing',
      rootFields: ['deletePeople'],
      deletedIds: [person('one')],
      nodesDeleted: 1,
      idsComplete: true,
    });
    const named = await api.gql(
      `mutation Harmless { ...Wipe } fragment Wipe on Mutation { gone: deletePeople(where: { id: { eq: "${person('two')}" } }) { nodesDeleted } }`,
      { token },
    );
    expect(named.body.errors).toBeUndefined();
    expect(await lastEvent(who('editor'))).toMatchObject({
      rootFields: ['gone:deletePeople'],
      deletedIds: [person('two')],
    });
  });

  it('records updated ids and counts relationships removed by a nested disconnect', async () => {
    const token = await api.token('editor', who('editor'));
    const { body } = await api.gql(
      `mutation Link($parent: ID!) { updateAgencies(where: { id: { eq: "${agency('target')}" } },
         update: { notes: { set: "unlinked" }, partOf: [{ disconnect: [{ where: { node: { id: { eq: $parent } } } }] }] }) { agencies { name } } }`,
      { token, variables: { parent: agency('parent') } },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data).toEqual({ updateAgencies: { agencies: [{ name: 'Test Target (fixture)' }] } });
    expect(await lastEvent(who('editor'))).toMatchObject({
      rootFields: ['updateAgencies'],
      updatedIds: [agency('target')],
      relationshipsDeleted: 1,
      idsComplete: true,
    });
  });

  it('records the fact a recordFact created, and the same fact as updated when evidence is added to it', async () => {
    const token = await api.token('editor', who('editor'));
    const record = `mutation Fact($input: RecordFactInput!) { recordFact(input: $input) { id created } }`;
    const input = {
      type: 'PART_OF',
      from: agency('parent'),
      to: agency('target'),
      evidence: { sourceId: 'source:000-45e4f8d52d4d9bbc', inferred: true, basis: 'audit test fixture' },
    };
    const first = await api.gql(record, { token, variables: { input } });
    expect(first.body.errors).toBeUndefined();
    const id = (first.body.data as { recordFact: { id: string } }).recordFact.id;
    expect(await lastEvent(who('editor'))).toMatchObject({
      rootFields: ['recordFact'],
      createdIds: [id],
      updatedIds: [],
      relationshipsCreated: 1,
      idsComplete: true,
    });
    const again = { ...input, evidence: { ...input.evidence, basis: 'audit test fixture, second item' } };
    expect((await api.gql(record, { token, variables: { input: again } })).body.errors).toBeUndefined();
    expect(await lastEvent(who('editor'))).toMatchObject({
      createdIds: [],
      updatedIds: [id],
      idsComplete: true,
    });
  });

  it("records the server-made id of an analyst's note, whose createdAt only the server sets", async () => {
    const token = await api.token('analyst', who('analyst'));
    const { body } = await api.gql(
      `mutation Note { createAnnotations(input: [{ text: "fixture note", author: "${who('analyst')}", aboutIds: [] }]) { annotations { text createdAt } } }`,
      { token },
    );
    expect(body.errors).toBeUndefined();
    const event = (await lastEvent(who('analyst')))!;
    const [id] = event.createdIds as string[];
    const { records } = await driver.executeQuery(
      'MATCH (n:Annotation {id: $id}) RETURN n.createdAt AS at, n.author AS author',
      { id },
      { database },
    );
    expect(records[0]?.get('author')).toBe(who('analyst'));
    const at = new Date(String(records[0]!.get('at')));
    expect(Math.abs(Date.now() - at.getTime())).toBeLessThan(10 * 60_000);
    for (const backdate of [
      `mutation { createAnnotations(input: [{ text: "x", author: "${who('analyst')}", aboutIds: [], createdAt: "2001-01-01T00:00:00Z" }]) { annotations { id } } }`,
      `mutation { updateAnnotations(where: { id: { eq: "${id}" } }, update: { createdAt: { set: "2001-01-01T00:00:00Z" } }) { annotations { id } } }`,
    ]) {
      const refused = await api.gql(backdate, { token });
      expect(refused.status).toBe(400);
    }
    const after = await driver.executeQuery(
      'MATCH (n:Annotation {id: $id}) RETURN n.createdAt AS at',
      { id },
      { database },
    );
    expect(String(after.records[0]!.get('at'))).toBe(String(records[0]!.get('at')));
  });
});

describe('a mutation that runs and fails', () => {
  it('is rolled back entirely and recorded as failed, with its arguments and no ids', async () => {
    const token = await api.token('editor', who('editor'));
    const id = agency('dupe');
    const twice = `mutation Twice { a: createAgencies(input: [{ id: "${agency('first')}", name: "One" }]) { info { nodesCreated } }
      b: createAgencies(input: [{ id: "${id}", name: "Two" }]) { info { nodesCreated } }
      c: createAgencies(input: [{ id: "${id}", name: "Two again" }]) { info { nodesCreated } } }`;
    const { status, body } = await api.gql(twice, { token });
    expect(status).toBe(409);
    expect(body.data).toBeNull();
    const { records } = await driver.executeQuery(
      'MATCH (n:Agency) WHERE n.id IN $ids RETURN count(n) AS n',
      { ids: [agency('first'), id] },
      { database },
    );
    expect(records[0]!.get('n')).toBe(0);
    expect(await lastEvent(who('editor'))).toMatchObject({
      operationName: 'Twice',
      rootFields: ['a:createAgencies', 'b:createAgencies', 'c:createAgencies'],
      outcome: 'failed',
      code: 'CONSTRAINT_VIOLATION',
      createdIds: [],
      nodesCreated: 0,
    });
  });
});

describe('refused mutations', () => {
  it('an anonymous mutation X { __typename } is refused (401, WWW-Authenticate) and writes no AuditEvent', async () => {
    const operationName = `X${run}`;
    const before = await countOf('AuditEvent', { operationName });
    const res = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation ${operationName} { __typename }` }),
    });
    expect(res.status).toBe(401);
    expect(res.headers.get('www-authenticate')).toBe('Bearer realm="opsgraph"');
    expect(((await res.json()) as { data?: unknown }).data ?? null).toBeNull();
    expect(await countOf('AuditEvent', { operationName })).toBe(before);
    expect(await countOf('AccessRefusal', { operationName, actor: 'anonymous', status: 401 })).toBe(1);
  });

  it('caps what a refusal stores: a 90 KB operation name keeps 100 characters', async () => {
    const name = `Long${run}${'x'.repeat(90_000)}`;
    const { status } = await api.gql(`mutation ${name} { __typename }`);
    expect(status).toBe(401);
    const { records } = await driver.executeQuery(
      'MATCH (r:AccessRefusal) WHERE r.operationName STARTS WITH $p RETURN r.operationName AS name',
      { p: `Long${run}` },
      { database },
    );
    expect(records).toHaveLength(1);
    expect((records[0]!.get('name') as string).length).toBe(100);
  });

  it('records a viewer, a schema rule, a bad token and an unparsable mutation without their data', async () => {
    const viewer = await api.token('viewer', who('viewer'));
    const analyst = await api.token('analyst', who('analyst'));
    const cases = [
      {
        token: viewer,
        query: `mutation V { deleteAgencies(where: { id: { eq: "${agency('target')}" } }) { nodesDeleted } }`,
        status: 403,
        actor: who('viewer'),
        fields: ['deleteAgencies'],
      },
      {
        token: analyst,
        query: `mutation A { deleteAgencies(where: { id: { eq: "${agency('target')}" } }) { nodesDeleted } }`,
        status: 403,
        actor: who('analyst'),
        fields: ['deleteAgencies'],
      },
      {
        token: `${viewer}x`,
        query: `mutation B { deleteAgencies(where: {}) { nodesDeleted } }`,
        status: 401,
        actor: 'anonymous',
        fields: ['deleteAgencies'],
      },
      {
        token: analyst,
        query: `mutation P { deleteAgencies(where: { id: { eq: "x" } }) { nodesDeleted }`,
        status: 400,
        actor: who('analyst'),
        fields: [],
      },
    ];
    for (const { token, query, status, actor, fields } of cases) {
      const res = await api.gql(query, { token });
      expect(res.status, query).toBe(status);
      const { records } = await driver.executeQuery(
        `MATCH (r:AccessRefusal {actor: $actor, status: $status}) WHERE r.at > datetime() - duration('PT1M')
         RETURN r ORDER BY r.at DESC LIMIT 1`,
        { actor, status },
        { database },
      );
      const refusal = records[0]?.get('r').properties as Stored;
      expect(refusal, query).toMatchObject({ rootFields: fields, outcome: 'refused' });
      expect(Object.keys(refusal)).not.toContain('arguments');
    }
    expect(await countOf('AuditEvent', { actor: who('viewer') })).toBe(0);
    const { records } = await driver.executeQuery(
      'MATCH (n:Agency {id: $id}) RETURN count(n) AS n',
      { id: agency('target') },
      { database },
    );
    expect(records[0]!.get('n')).toBe(1);
  });

  it('rate-limits refusal records per client address and counts the ones left out', async () => {
    const operationName = `Flood${run}`;
    for (let i = 0; i < 8; i += 1) {
      expect((await refusalsApi.gql(`mutation ${operationName} { __typename }`)).status).toBe(401);
    }
    expect(await countOf('AccessRefusal', { operationName })).toBe(3);
  });
});

describe('the audit trail through the API', () => {
  it('lets admins page and filter it by actor, time, operation and outcome, and no one else', async () => {
    const admin = await api.token('admin', who('admin'));
    const since = new Date(Date.now() - 10 * 60_000).toISOString();
    const query = `query Trail($actor: String!, $since: DateTime!, $offset: Int) {
      auditEvents(where: { actor: { eq: $actor }, at: { gte: $since }, outcome: { eq: "committed" },
                           rootFields: { includes: "createAgencies" } }, sort: [{ at: ASC }], limit: 1, offset: $offset) {
        rootFields outcome createdIds }
      accessRefusals(where: { actor: { eq: "anonymous" }, operationName: { eq: "X${run}" } }) { status code } }`;
    const page = async (offset: number) =>
      api.gql(query, { token: admin, variables: { actor: who('editor'), since, offset } });
    const first = await page(0);
    expect(first.body.errors).toBeUndefined();
    expect(first.body.data).toEqual({
      auditEvents: [
        { rootFields: ['createAgencies'], outcome: 'committed', createdIds: [agency('created')] },
      ],
      accessRefusals: [{ status: 401, code: 'UNAUTHENTICATED' }],
    });
    expect((await page(1)).body.data?.auditEvents).toEqual([]);
    const editor = await api.token('editor', who('editor'));
    const refused = await api.gql(query, { token: editor, variables: { actor: who('editor'), since } });
    expect(refused.status).toBe(403);
  });
});
