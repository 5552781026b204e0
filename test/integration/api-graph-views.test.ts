import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

interface Slice {
  nodes: { id: string; label: string; name: string; lat: number | null }[];
  edges: { type: string; source: string; target: string; quote: string | null }[];
}

const SLICE = /* GraphQL */ `
  {
    nodes {
      id
      label
      name
      lat
    }
    edges {
      type
      source
      target
      quote
    }
  }
`;
const sourcesDir = path.join(repoRoot, 'seed', 'data', 'sources');
const SOURCES = fs
  .readdirSync(sourcesDir)
  .map((file) => fs.readFileSync(path.join(sourcesDir, file), 'utf8'));
let api: ApiServer;
let token: string;
const driver = testDriver();

beforeAll(async () => {
  api = await startApiServer(driver, testConnection().database);
  token = await api.token('viewer');
});
afterAll(async () => {
  await api.close();
});

async function view(query: string, variables: Record<string, unknown>) {
  const { status, body } = await api.gql(query, { token, variables });
  return { status, body, data: body.data as Record<string, Slice> | null };
}

function expectClosed(slice: Slice) {
  const ids = new Set(slice.nodes.map((n) => n.id));
  for (const edge of slice.edges) {
    expect(ids.has(edge.source) && ids.has(edge.target), `${edge.source}-${edge.type}->${edge.target}`).toBe(
      true,
    );
  }
}

describe('search', () => {
  it.each([
    ['Аленов', 'person:alenov'],
    ['Alenov', 'person:alenov'],
    ['Alenof', 'person:alenov'],
    ['Mukhametkaliev', 'person:mukhametkaliev'],
    ['Мухаметкал', 'person:mukhametkaliev'],
    ['Кокшет', 'city:kokshetau'],
  ])('finds %s first as %s', async (text, id) => {
    const { body } = await api.gql(`query S($t: String!) { search(text: $t, limit: 5) { id label score } }`, {
      token,
      variables: { t: text },
    });
    const hits = (body.data as { search: { id: string; score: number }[] }).search;
    expect(hits[0]?.id).toBe(id);
    expect(hits.map((h) => h.score)).toEqual([...hits.map((h) => h.score)].sort((a, b) => b - a));
  });

  it('treats Lucene syntax as text and bounds the limit', async () => {
    const { body } = await api.gql(`{ search(text: "КНБ OR *:* AND (", limit: 100000) { id } }`, { token });
    expect(body.errors).toBeUndefined();
    expect((body.data as { search: unknown[] }).search.length).toBeLessThanOrEqual(100);
    const empty = await api.gql(`{ search(text: "!!!") { id } }`, { token });
    expect(empty.status).toBe(400);
    expect(empty.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('graph views on the seed graph', () => {
  it('responsibilityChain of the precursor directive names controllers, Alenov, КНБ and customs, with quotes', async () => {
    const { data } = await view(`query C($id: ID!) { responsibilityChain(directiveId: $id) ${SLICE} }`, {
      id: 'directive:precursor-imports',
    });
    const chain = data!.responsibilityChain!;
    const ids = chain.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining([
        'position:head-of-state',
        'position:mvd-minister',
        'person:alenov',
        'position:mvd-first-deputy-minister',
        'agency:knb-north-kazakhstan',
        'agency:customs-bodies',
      ]),
    );
    const types = new Set(chain.edges.map((e) => e.type));
    for (const type of ['UNDER_CONTROL_OF', 'ISSUED', 'HOLDS', 'ASSIGNED_TO', 'COOPERATES_WITH'])
      expect(types).toContain(type);
    const cooperation = chain.edges.filter((e) => e.type === 'COOPERATES_WITH');
    expect(cooperation.length).toBeGreaterThan(0);
    // Each quote is evidence: non-empty and word for word in one of the seed's source texts.
    expect(cooperation.filter((e) => !e.quote || !SOURCES.some((text) => text.includes(e.quote!)))).toEqual(
      [],
    );
    expectClosed(chain);
  });

  it('supplyNetwork of North Kazakhstan Region shows Kokshetau, Astana and Almaty with coordinates', async () => {
    const { data } = await view(`query N($id: ID!) { supplyNetwork(regionId: $id) ${SLICE} }`, {
      id: 'region:north-kazakhstan',
    });
    const net = data!.supplyNetwork!;
    const cities = net.nodes.filter((n) => n.label === 'City');
    expect(cities.map((c) => c.id)).toEqual(
      expect.arrayContaining(['city:kokshetau', 'city:astana', 'city:almaty']),
    );
    // The coordinates are the database's own, and inside Kazakhstan (40.5°N–55.5°N).
    const { records } = await driver.executeQuery(
      'MATCH (c:City) WHERE c.id IN $ids RETURN c.id AS id, c.lat AS lat',
      { ids: cities.map((c) => c.id) },
      { database: testConnection().database },
    );
    const stored = Object.fromEntries(records.map((r) => [r.get('id') as string, r.get('lat') as number]));
    expect(Object.fromEntries(cities.map((c) => [c.id, c.lat]))).toEqual(stored);
    expect(cities.filter((c) => c.lat === null || c.lat < 40.5 || c.lat > 55.5)).toEqual([]);
    const types = new Set(net.edges.map((e) => e.type));
    for (const type of ['DESTINED_FOR', 'ORIGINATES_IN', 'DISRUPTED', 'SEIZED'])
      expect(types).toContain(type);
    expectClosed(net);
  });

  it('neighborhood follows depth, relTypes and limit, and leaves MENTIONED_IN out unless asked', async () => {
    const query = `query N($id: ID!, $d: Int, $t: [RelType!], $l: Int) { neighborhood(id: $id, depth: $d, relTypes: $t, limit: $l) ${SLICE} }`;
    const one = (await view(query, { id: 'person:alenov', d: 1 })).data!.neighborhood!;
    expect(one.nodes.map((n) => n.id)).toContain('position:mvd-first-deputy-minister');
    expect(one.edges.some((e) => e.type === 'MENTIONED_IN')).toBe(false);
    expectClosed(one);
    const holds = (await view(query, { id: 'person:alenov', d: 3, t: ['HOLDS'] })).data!.neighborhood!;
    expect(new Set(holds.edges.map((e) => e.type))).toEqual(new Set(['HOLDS']));
    const capped = (await view(query, { id: 'person:alenov', d: 99, l: 5 })).data!.neighborhood!;
    expect(capped.nodes.length).toBeLessThanOrEqual(5);
    const bad = await view(query, { id: 'person:alenov', t: ['HOLDS]->(x) DETACH DELETE x //'] });
    expect(bad.status).toBe(400);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('shortestPath connects Alenov to Kokshetau within the bound, and is empty when the bound is too small', async () => {
    const query = `query P($a: ID!, $b: ID!, $h: Int) { shortestPath(fromId: $a, toId: $b, maxHops: $h) ${SLICE} }`;
    const path = (await view(query, { a: 'person:alenov', b: 'city:kokshetau' })).data!.shortestPath!;
    expect(path.nodes[0]?.id).toBe('person:alenov');
    expect(path.nodes.at(-1)?.id).toBe('city:kokshetau');
    expect(path.edges).toHaveLength(path.nodes.length - 1);
    const none = (await view(query, { a: 'person:alenov', b: 'city:kokshetau', h: 1 })).data!.shortestPath!;
    expect(none).toEqual({ nodes: [], edges: [] });
    const self = (await view(query, { a: 'person:alenov', b: 'person:alenov' })).data!.shortestPath!;
    expect(self.nodes.map((n) => n.id)).toEqual(['person:alenov']);
  });

  it.each([
    ['neighborhood', `{ neighborhood(id: "person:nobody") { nodes { id } } }`],
    ['shortestPath', `{ shortestPath(fromId: "person:alenov", toId: "city:atlantis") { nodes { id } } }`],
    ['responsibilityChain', `{ responsibilityChain(directiveId: "person:alenov") { nodes { id } } }`],
    ['supplyNetwork', `{ supplyNetwork(regionId: "region:atlantis") { nodes { id } } }`],
  ])('%s of an unknown id is NOT_FOUND (404)', async (_name, query) => {
    const { status, body } = await api.gql(query, { token });
    expect(status).toBe(404);
    expect(body.data).toBeNull();
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
