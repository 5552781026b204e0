import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

// Bounded work per request (issue 15 parts 1, 6, 7): refusals before anything runs, with variables
// resolved; limits that really cut nested and union lists; the response-size cap; search bounds.
const driver = testDriver();
const database = testConnection().database;
const base = loadConfig({ NODE_ENV: 'test' });
let api: ApiServer;
let tight: ApiServer;
let viewer: string;
let admin: string;

beforeAll(async () => {
  api = await startApiServer(driver, database);
  // Small bounds, so their effect shows on the seed graph.
  tight = await startApiServer(driver, database, {
    graphql: { ...base.graphql, nestedListDefault: 1, nestedListMax: 3, maxResponseBytes: 1500 },
  });
  viewer = await api.token('viewer');
  admin = await api.token('admin');
}, 120_000);
afterAll(async () => {
  await api.close();
  await tight.close();
});

const first = (body: { errors?: { message: string; extensions?: Record<string, unknown> }[] }) =>
  body.errors?.[0];

// The stall of issue 15: 217 characters, 32 MB and 19 s of a blocked event loop before.
const STALL = `{ agencies(where: { id: { eq: "agency:mvd" } }) { id parts(limit: 500) { id partOf { id parts(limit: 500) {
  id partOf { id parts(limit: 500) { id partOf { id parts(limit: 500) { id partOf { id name } } } } } } } } } }`;

describe('cost budget', () => {
  it('refuses the stall of issue 15 with 400 QUERY_TOO_COMPLEX before anything runs', async () => {
    const { status, body } = await api.gql(STALL, { token: viewer });
    expect(status).toBe(400);
    expect(first(body)?.extensions).toMatchObject({
      code: 'QUERY_TOO_COMPLEX',
      maxCost: base.graphql.maxCost,
    });
    expect(first(body)?.extensions?.cost).toBeGreaterThan(1e12);
    expect(body.data).toBeUndefined();
  });

  it('counts `limit: $n` and `first: $n` with the variables resolved', async () => {
    const nested =
      'query Q($n: Int) { agencies(limit: $n) { id parts(limit: $n) { id partOf(limit: $n) { id } } } }';
    const connection =
      'query Q($n: Int) { agenciesConnection(first: $n) { edges { node { id partsConnection(first: $n) { edges { node { id } } } } } } }';
    for (const query of [nested, connection]) {
      const refused = await api.gql(query, { token: viewer, variables: { n: 500 } });
      expect(refused.status, query).toBe(400);
      expect(first(refused.body)?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      const small = await api.gql(query, { token: viewer, variables: { n: 2 } });
      expect(small.status, query).toBe(200);
      expect(small.body.errors).toBeUndefined();
    }
  });
});

describe('nested and union lists', () => {
  it('cuts a nested list at the nested maximum even when more is asked for', async () => {
    const query = '{ agencies(where: { id: { eq: "agency:mvd" } }) { id parts(limit: 50) { id } } }';
    const wide = await api.gql(query, { token: viewer });
    const cut = await tight.gql(query, { token: viewer });
    const partsOf = (body: { data?: Record<string, unknown> | null }) =>
      (body.data?.agencies as { parts: unknown[] }[])[0]!.parts.length;
    expect(partsOf(wide.body)).toBeGreaterThan(3);
    expect(partsOf(cut.body)).toBe(3);
  });

  it('gives lists of a union type a default, which @neo4j/graphql would not', async () => {
    const query =
      '{ directives(limit: 50) { id assignedTo { ... on Agency { id } ... on Position { id } } } }';
    const all = await api.gql(query, { token: viewer });
    const cut = await tight.gql(query, { token: viewer });
    const most = (body: { data?: Record<string, unknown> | null }) =>
      Math.max(...(body.data?.directives as { assignedTo: unknown[] }[]).map((d) => d.assignedTo.length));
    expect(most(all.body)).toBeGreaterThan(1);
    expect(most(cut.body)).toBe(1);
  });
});

describe('response-size cap', () => {
  it('refuses an answer over the cap with 413 RESPONSE_TOO_LARGE and keeps small ones', async () => {
    const large = await tight.gql('{ sources(limit: 1) { id text } }', { token: viewer });
    expect(large.status).toBe(413);
    expect(first(large.body)?.extensions?.code).toBe('RESPONSE_TOO_LARGE');
    expect(JSON.stringify(large.body)).not.toContain('Аленов');
    const small = await tight.gql('{ sources(limit: 1) { id } }', { token: viewer });
    expect(small.status).toBe(200);
  });
});

describe('caller mistakes are 400 BAD_USER_INPUT naming the argument (they were 200 internal errors)', () => {
  it.each([
    ['negative limit', '{ agencies(limit: -1) { id } }', {}, 'limit'],
    [
      'negative offset in a variable',
      'query Q($o: Int) { agencies(offset: $o) { id } }',
      { o: -1 },
      'offset',
    ],
    ['negative first', '{ agenciesConnection(first: -1) { totalCount } }', {}, 'first'],
    ['null for a defaulted argument', '{ search(text: "alenov", limit: null) { id } }', {}, 'limit'],
    [
      'null depth in a variable',
      'query Q($d: Int) { neighborhood(id: "person:alenov", depth: $d) { nodes { id } } }',
      { d: null },
      'depth',
    ],
    [
      'eight 990-letter words',
      'query Q($t: String!) { search(text: $t) { id } }',
      { t: Array(8).fill('ж'.repeat(990)).join(' ') },
      'text',
    ],
    ['nine words', '{ search(text: "a b c d e f g h i") { id } }', {}, 'text'],
    ['a phrase with no words', '{ peopleByName(phrase: "*:*") { totalCount } }', {}, 'phrase'],
  ])('%s', async (_what, query, variables, argument) => {
    const { status, body } = await api.gql(query, { token: viewer, variables });
    expect(status).toBe(400);
    expect(first(body)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument });
    expect(first(body)?.message).toContain(`(${argument}:)`);
  });

  it('a DateTime Neo4j cannot read', async () => {
    const { status, body } = await api.gql('{ auditEvents(where: { at: { gt: "yesterday" } }) { id } }', {
      token: admin,
    });
    expect(status).toBe(400);
    expect(first(body)?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'where' });
    expect(first(body)?.message).toMatch(/where\.at\.gt is "yesterday"/);
  });
});

describe('full-text phrases', () => {
  it('reach Lucene only as escaped words: syntax is harmless, names are still found', async () => {
    const query = 'query Q($p: String!) { peopleByName(phrase: $p) { edges { node { id } } } }';
    for (const phrase of ['Але[', 'Аленов:*', '/Аленов/~~', '(Аленов^']) {
      const { status, body } = await api.gql(query, { token: viewer, variables: { p: phrase } });
      expect(status, phrase).toBe(200);
      const ids = (body.data?.peopleByName as { edges: { node: { id: string } }[] }).edges.map(
        (e) => e.node.id,
      );
      expect(ids, phrase).toContain('person:alenov');
    }
  });
});
