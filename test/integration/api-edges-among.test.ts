import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  quote: string | null;
  inferred: boolean;
}

const EDGES = `query E($ids: [ID!]!, $t: [RelType!]) {
  edgesAmong(ids: $ids, relTypes: $t) { id type source target quote inferred }
}`;
const LIMITS = `{ viewLimits { neighborhoodNodes edgesAmongIds } }`;

const database = testConnection().database;
const driver = testDriver();
let api: ApiServer;
let token: string;

beforeAll(async () => {
  api = await startApiServer(driver, database);
  token = await api.token('viewer');
});
afterAll(async () => {
  await api.close();
});

async function edgesAmong(ids: string[], relTypes?: string[]) {
  const { status, body } = await api.gql(EDGES, { token, variables: { ids, t: relTypes } });
  return { status, body, edges: (body.data?.edgesAmong ?? []) as Edge[] };
}

async function limits(): Promise<{ neighborhoodNodes: number; edgesAmongIds: number }> {
  const { body } = await api.gql(LIMITS, { token });
  expect(body.errors).toBeUndefined();
  return body.data!.viewLimits as { neighborhoodNodes: number; edgesAmongIds: number };
}

/** The relationships among `ids` straight from the database, as `source-TYPE->target` keys. */
async function relationshipsInDatabase(ids: string[]): Promise<string[]> {
  const { records } = await driver.executeQuery(
    'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN a.id + "-" + type(r) + "->" + b.id AS key',
    { ids },
    { database },
  );
  return records.map((r) => r.get('key') as string).sort();
}

const key = (e: Edge) => `${e.source}-${e.type}->${e.target}`;

describe('edgesAmong', () => {
  it('returns exactly the relationships of the database among the ids, in both directions, with evidence', async () => {
    const ids = [
      'person:alenov',
      'person:mukhametkaliev',
      'meeting:dp-sko-2024-review',
      'position:mvd-first-deputy-minister',
      'directive:precursor-imports',
    ];
    const existing = await driver.executeQuery(
      'MATCH (n) WHERE n.id IN $ids RETURN count(n) AS n',
      { ids },
      { database },
    );
    const { status, edges } = await edgesAmong(ids);
    expect(status).toBe(200);
    const expected = await relationshipsInDatabase(ids);
    // The fixture must be meaningful: every id exists and both people are tied to something among them.
    expect(existing.records[0]!.get('n')).toBe(ids.length);
    expect(expected.length).toBeGreaterThan(2);
    expect(edges.map(key).sort()).toEqual(expected);
    expect(edges.filter((e) => !e.inferred).every((e) => typeof e.quote === 'string')).toBe(true);
  });

  it('follows relTypes, ignores unknown ids and answers an empty list for no ids', async () => {
    const ids = [
      'person:alenov',
      'position:mvd-first-deputy-minister',
      'directive:precursor-imports',
      'x:none',
    ];
    const holds = await edgesAmong(ids, ['HOLDS']);
    expect(holds.edges.map(key)).toEqual(['person:alenov-HOLDS->position:mvd-first-deputy-minister']);
    expect((await edgesAmong([])).edges).toEqual([]);
  });

  it('refuses relationship types outside the contract and more ids than its limit', async () => {
    const bad = await edgesAmong(['person:alenov'], ['HOLDS]->(x) DETACH DELETE x //']);
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { edgesAmongIds } = await limits();
    // At the limit and past it, with few fields: the cost budget counts one edge per id.
    const few = (length: number) =>
      api.gql(`query E($ids: [ID!]!) { edgesAmong(ids: $ids) { id type source target } }`, {
        token,
        variables: { ids: Array.from({ length }, (_, i) => `x:${i}`) },
      });
    const atLimit = await few(edgesAmongIds);
    expect(atLimit.status).toBe(200);
    const over = await few(edgesAmongIds + 1);
    expect(over.status).toBe(400);
    expect(over.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(over.body.errors?.[0]?.message).toContain(String(edgesAmongIds));
  });

  it.each([
    ['edgesAmong', EDGES],
    ['viewLimits', LIMITS],
  ])('%s needs a token', async (_name, query) => {
    const { status, body } = await api.gql(query, { variables: { ids: ['person:alenov'] } });
    expect(status).toBe(401);
    expect(body.data ?? null).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('viewLimits', () => {
  it("is the neighborhood's real cap: a hub with more neighbours returns exactly that many nodes", async () => {
    const { neighborhoodNodes } = await limits();
    const prefix = `test-limits-${randomUUID()}`;
    const hub = `${prefix}:hub`;
    // Invented test fixture: one hub city and more located-in neighbours than the cap allows.
    await driver.executeQuery(
      `CREATE (h:Region:Entity {id: $hub, name: 'Test fixture hub'})
       WITH h UNWIND range(1, $n) AS i
       CREATE (:City:Entity {id: $prefix + ':' + i, name: 'Test fixture city ' + i})-[:LOCATED_IN]->(h)`,
      { hub, prefix, n: neighborhoodNodes + 20 },
      { database },
    );
    try {
      const { body } = await api.gql(
        `query N($id: ID!) { neighborhood(id: $id, limit: 100000) { nodes { id } } }`,
        { token, variables: { id: hub } },
      );
      expect(body.errors).toBeUndefined();
      const nodes = (body.data!.neighborhood as { nodes: unknown[] }).nodes;
      expect(nodes).toHaveLength(neighborhoodNodes);
    } finally {
      await driver.executeQuery(
        'MATCH (n) WHERE n.id STARTS WITH $prefix DETACH DELETE n',
        { prefix },
        { database },
      );
    }
  });
});
