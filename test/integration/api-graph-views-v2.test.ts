import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { holdsOn } from '../../server/facts/partial-date.ts';
import { expandCypher } from '../../server/graphql/load-cypher-query.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

// The data contract v2 in the graph views on the seed graph: evidence lists, time on facts, `asOf`, and the
// properties of nodes. Read-only: every test here only reads the seed.

interface Evidence {
  sourceId: string;
  quote: string | null;
  start: number | null;
  end: number | null;
  inferred: boolean;
  basis: string | null;
  extractor: string | null;
}
interface Edge {
  id: string;
  type: string;
  source: string;
  target: string;
  quote: string | null;
  sourceId: string | null;
  inferred: boolean;
  validFrom: string | null;
  validTo: string | null;
  current: boolean | null;
  evidence: Evidence[];
}
interface Node {
  id: string;
  label: string;
  name: string;
  aliases: string[] | null;
  year: number | null;
  properties: Record<string, unknown>;
}
interface Slice {
  nodes: Node[];
  edges: Edge[];
}

const SLICE = /* GraphQL */ `
  {
    nodes {
      id
      label
      name
      aliases
      year
      properties
    }
    edges {
      id
      type
      source
      target
      quote
      sourceId
      inferred
      validFrom
      validTo
      current
      evidence {
        sourceId
        quote
        start
        end
        inferred
        basis
        extractor
      }
    }
  }
`;

const ARTICLE = 'source:000-45e4f8d52d4d9bbc';
const FORMER = 'person:alenov|HOLDS|position:dp-almaty-region-head';
const PRESENT = 'person:alenov|HOLDS|position:mvd-first-deputy-minister';

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

async function slice(field: string, query: string, variables: Record<string, unknown>): Promise<Slice> {
  const { status, body } = await api.gql(query, { token, variables });
  expect(body.errors, JSON.stringify(body.errors)).toBeUndefined();
  expect(status).toBe(200);
  return (body.data as Record<string, Slice>)[field]!;
}

const NEIGHBORHOOD = `query N($id: ID!, $asOf: Date) { neighborhood(id: $id, asOf: $asOf, limit: 50) ${SLICE} }`;
const CHAIN = `query C($id: ID!, $asOf: Date) { responsibilityChain(directiveId: $id, asOf: $asOf) ${SLICE} }`;
const byId = (s: Slice, id: string) => s.edges.find((e) => e.id === id);

describe('evidence on every edge', () => {
  it("Alenov's present post: the article's quote first, then the two references, each with its source", async () => {
    const s = await slice('neighborhood', NEIGHBORHOOD, { id: 'person:alenov' });
    const holds = byId(s, PRESENT)!;
    expect(holds.evidence).toEqual([
      {
        sourceId: ARTICLE,
        quote: 'первого заместителя министра внутренних дел РК Бауыржана Аленова',
        start: 142,
        end: 206,
        inferred: false,
        basis: null,
        extractor: 'seed',
      },
      {
        sourceId: 'source:ref-32',
        quote: null,
        start: null,
        end: null,
        inferred: false,
        basis: null,
        extractor: 'seed',
      },
      {
        sourceId: 'source:ref-33',
        quote: null,
        start: null,
        end: null,
        inferred: false,
        basis: null,
        extractor: 'seed',
      },
    ]);
    // The v1 fields are the primary (first stated) item.
    expect(holds).toMatchObject({ quote: holds.evidence[0]!.quote, sourceId: ARTICLE, inferred: false });
  });

  it('a reference fact cites its reference Source instead of showing no quote', async () => {
    const s = await slice('neighborhood', NEIGHBORHOOD, { id: 'agency:anti-drug-hq' });
    const reports = byId(s, 'agency:anti-drug-hq|REPORTS_TO|agency:government')!;
    expect(reports.quote).toBeNull();
    expect(reports.evidence.map((e) => e.sourceId)).toEqual(['source:ref-31']);
    expect(reports.validFrom).toBe('2025-08');
  });

  it('every edge of a 2-hop neighbourhood has at least one item, and every quote sits at its offsets', async () => {
    const s = await slice(
      'neighborhood',
      `query N($id: ID!) { neighborhood(id: $id, depth: 2, limit: 50) ${SLICE} }`,
      {
        id: 'person:alenov',
      },
    );
    expect(s.edges.length).toBeGreaterThan(20);
    const text = (
      await driver.executeQuery('MATCH (s:Source {id: $id}) RETURN s.text AS text', { id: ARTICLE })
    ).records[0]!.get('text') as string;
    for (const edge of s.edges) {
      expect(edge.evidence.length, edge.id).toBeGreaterThan(0);
      expect(edge.inferred, edge.id).toBe(edge.evidence.every((e) => e.inferred));
      for (const item of edge.evidence.filter((e) => e.sourceId === ARTICLE && e.quote))
        expect(text.slice(item.start!, item.end!), edge.id).toBe(item.quote);
    }
  });
});

describe('time on facts', () => {
  it('without asOf both of his posts come back, the former one with current: false and its end date', async () => {
    const s = await slice('neighborhood', NEIGHBORHOOD, { id: 'person:alenov' });
    expect(byId(s, FORMER)).toMatchObject({
      validFrom: null,
      validTo: '2024-10-07',
      current: false,
      inferred: true,
    });
    expect(byId(s, FORMER)!.evidence.every((e) => e.basis?.includes('7 October 2024'))).toBe(true);
    expect(byId(s, PRESENT)).toMatchObject({ validFrom: '2024-10-07', validTo: null, current: true });
    // Types that do not hold for a period have no `current`.
    expect(s.edges.find((e) => e.type === 'ATTENDED')?.current).toBeNull();
  });

  it.each([
    ['2024-06-01', true, false],
    ['2025-01-01', false, true],
  ])(
    'asOf %s: the Almaty post is in (%s), the First Deputy post is in (%s)',
    async (asOf, former, present) => {
      const s = await slice('neighborhood', NEIGHBORHOOD, { id: 'person:alenov', asOf });
      const ids = s.nodes.map((n) => n.id);
      expect(Boolean(byId(s, FORMER))).toBe(former);
      expect(ids.includes('position:dp-almaty-region-head')).toBe(former);
      expect(Boolean(byId(s, PRESENT))).toBe(present);
      expect(ids.includes('position:mvd-first-deputy-minister')).toBe(present);
      // Facts that do not hold for a period stay whatever the date.
      expect(s.edges.some((e) => e.type === 'ATTENDED')).toBe(true);
    },
  );

  it.each([
    ['2024-06-01', true],
    ['2025-01-01', false],
  ])('asOf %s: his responsibility chain holds the Almaty post and its body (%s)', async (asOf, former) => {
    const s = await slice('responsibilityChain', CHAIN, { id: 'directive:precursor-imports', asOf });
    const ids = s.nodes.map((n) => n.id);
    expect(ids).toContain('person:alenov');
    expect(ids.includes('position:dp-almaty-region-head')).toBe(former);
    expect(ids.includes('agency:dp-almaty-region')).toBe(former);
    const all = await slice('responsibilityChain', CHAIN, { id: 'directive:precursor-imports' });
    expect(all.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['position:dp-almaty-region-head']));
    for (const edge of s.edges) {
      const ends = new Set(s.nodes.map((n) => n.id));
      expect(ends.has(edge.source) && ends.has(edge.target), edge.id).toBe(true);
    }
  });

  it('shortestPath with asOf searches only the facts valid on that date', async () => {
    const query = `query P($a: ID!, $b: ID!, $asOf: Date) { shortestPath(fromId: $a, toId: $b, asOf: $asOf) ${SLICE} }`;
    const vars = { a: 'person:alenov', b: 'agency:dp-almaty-region' };
    const now = await slice('shortestPath', query, vars);
    expect(now.edges.map((e) => e.id)).toContain(FORMER);
    const before = await slice('shortestPath', query, { ...vars, asOf: '2024-06-01' });
    expect(before.edges.map((e) => e.id)).toContain(FORMER);
    const after = await slice('shortestPath', query, { ...vars, asOf: '2025-01-01' });
    expect(after.edges.map((e) => e.id)).not.toContain(FORMER);
    for (const edge of after.edges) expect(edge.current === false, edge.id).toBe(false);
  });
});

describe('the validity rule', () => {
  it('is the same in the database (cypher/fragments/valid-on.cypher) as in server/facts', async () => {
    const bounds = [null, '2024', '2024-10', '2024-10-07', '2025-08'];
    const days = [
      '2023-12-31',
      '2024-01-01',
      '2024-10-06',
      '2024-10-07',
      '2024-10-31',
      '2024-11-01',
      '2025-08-15',
    ];
    const cases = bounds.flatMap((from) => bounds.flatMap((to) => days.map((day) => ({ from, to, day }))));
    const { records } = await driver.executeQuery(
      `UNWIND $cases AS c WITH c, {validFrom: c.from, validTo: c.to} AS r, c.day AS day
       RETURN c.from AS from, c.to AS to, c.day AS day, ${expandCypher('{{valid-on}}', 'this test')} AS holds`,
      { cases },
      { database: testConnection().database },
    );
    expect(records).toHaveLength(cases.length);
    for (const r of records) {
      const [from, to, day] = [r.get('from'), r.get('to'), r.get('day')];
      expect(r.get('holds'), `${from}..${to} on ${day}`).toBe(holdsOn(from, to, day));
    }
  });
});

describe('node properties', () => {
  it('carry the figures a client shows without a second query: 770 kg, 3343 crimes, 65.5 %', async () => {
    // Node fields only: the network's edges with every evidence item would pass the cost budget.
    const NODES = `{ nodes { id label name aliases year properties } edges { id } }`;
    const net = await slice('supplyNetwork', `query S($id: ID!) { supplyNetwork(regionId: $id) ${NODES} }`, {
      id: 'region:north-kazakhstan',
    });
    const seizure = net.nodes.find((n) => n.id === 'seizure:sko-2024-drugs')!;
    expect(seizure.year).toBe(2024);
    expect(seizure.properties).toMatchObject({
      amountKg: 770,
      amountQualifier: 'over',
      substance: expect.any(String),
    });
    const region = await slice(
      'neighborhood',
      `query N($id: ID!) { neighborhood(id: $id, relTypes: [MEASURES], limit: 50) ${SLICE} }`,
      { id: 'region:north-kazakhstan' },
    );
    const values = Object.fromEntries(region.nodes.map((n) => [n.id, n.properties.value]));
    expect(values['indicator:sko-2024-registered-crimes']).toBe(3343);
    expect(values['indicator:sko-2024-clearance-rate']).toBe(65.5);
    const alenov = (await slice('neighborhood', NEIGHBORHOOD, { id: 'person:alenov' })).nodes.find(
      (n) => n.id === 'person:alenov',
    )!;
    expect(alenov.aliases).toEqual(expect.arrayContaining(['Аленов', 'Alenov']));
    expect(alenov.properties).not.toHaveProperty('name');
  });
});
