import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { domainDigest } from '../helpers/domain-digest.ts';
import { hostileString } from '../helpers/hostile-strings.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

const RUNS = 60;
// Each property sends up to RUNS requests through the whole API (the login one pays a production-cost
// scrypt per attempt): about 10 s alone on a busy 2-core machine, so each gets 2 minutes.
const PROPERTY_TIMEOUT = 120_000;
const database = testConnection().database;
const driver = testDriver();
let api: ApiServer;
let viewer: string;
let editor: string;

beforeAll(async () => {
  api = await startApiServer(driver, database);
  viewer = await api.token('viewer');
  editor = await api.token('editor');
});
afterAll(async () => {
  await api.close();
});

// A Cypher syntax error (or anything unforeseen) would surface as INTERNAL_SERVER_ERROR with a 5xx.
const ALLOWED = new Set(['OK', 'NOT_FOUND', 'BAD_USER_INPUT']);
const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code ?? 'OK';

/** Every String/ID argument of the contract fields, fed through GraphQL variables. */
const CONTRACT: { field: string; query: string; vars: (s: string) => Record<string, unknown> }[] = [
  { field: 'search.text', query: 'query Q($s: String!) { search(text: $s) { id } }', vars: (s) => ({ s }) },
  {
    field: 'neighborhood.id',
    query: 'query Q($s: ID!) { neighborhood(id: $s) { nodes { id } } }',
    vars: (s) => ({ s }),
  },
  {
    field: 'neighborhood.relTypes',
    query: 'query Q($s: [RelType!]) { neighborhood(id: "person:alenov", relTypes: $s) { nodes { id } } }',
    vars: (s) => ({ s: [s, 'HOLDS'] }),
  },
  {
    field: 'shortestPath.fromId',
    query: 'query Q($s: ID!) { shortestPath(fromId: $s, toId: "person:alenov") { nodes { id } } }',
    vars: (s) => ({ s }),
  },
  {
    field: 'shortestPath.toId',
    query: 'query Q($s: ID!) { shortestPath(fromId: "person:alenov", toId: $s) { nodes { id } } }',
    vars: (s) => ({ s }),
  },
  {
    field: 'responsibilityChain.directiveId',
    query: 'query Q($s: ID!) { responsibilityChain(directiveId: $s) { nodes { id } } }',
    vars: (s) => ({ s }),
  },
  {
    field: 'supplyNetwork.regionId',
    query: 'query Q($s: ID!) { supplyNetwork(regionId: $s) { nodes { id } } }',
    vars: (s) => ({ s }),
  },
];

describe('property: hostile strings into the contract fields', () => {
  const seen: Record<string, Record<string, number>> = {};
  afterAll(() =>
    console.log(`[resilience] contract fields × ${RUNS} hostile strings → ${JSON.stringify(seen)}`),
  );

  it.each(CONTRACT)(
    '$field never errors with anything but NOT_FOUND / BAD_USER_INPUT',
    async ({ field, query, vars }) => {
      const counts: Record<string, number> = (seen[field] = {});
      await fc.assert(
        fc.asyncProperty(hostileString, async (s) => {
          const { status, body } = await api.gql(query, { token: viewer, variables: vars(s) });
          const code = codeOf(body);
          counts[code] = (counts[code] ?? 0) + 1;
          expect(status).toBeLessThan(500);
          expect(ALLOWED.has(code), `${code} for ${JSON.stringify(s)}`).toBe(true);
        }),
        { numRuns: RUNS, seed: 42 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});

describe('property: hostile logins', () => {
  it(
    'answers 400 or 401, never 5xx, and writes nothing',
    async () => {
      const before = await domainDigest(driver, database);
      const value = fc.oneof(
        hostileString,
        fc.integer(),
        fc.constant(null),
        fc.array(fc.string(), { maxLength: 3 }),
      );
      const statuses: Record<number, number> = {};
      await fc.assert(
        fc.asyncProperty(value, value, async (username, password) => {
          const res = await fetch(`${api.url}/auth/login`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ username, password }),
          });
          statuses[res.status] = (statuses[res.status] ?? 0) + 1;
          expect([400, 401, 413]).toContain(res.status);
        }),
        { numRuns: RUNS, seed: 43 },
      );
      console.log(`[resilience] login × ${RUNS} hostile pairs → statuses ${JSON.stringify(statuses)}`);
      expect(await domainDigest(driver, database)).toEqual(before);
    },
    PROPERTY_TIMEOUT,
  );
});

describe('property: refused writes with hostile strings leave the database unchanged', () => {
  const CREATE =
    'mutation W($id: ID!, $name: String!) { createAgencies(input: [{ id: $id, name: $name }]) { agencies { id } } }';
  it.each([
    { who: 'viewer creating', expected: 'FORBIDDEN', id: (s: string) => s },
    { who: 'editor re-creating an existing id', expected: 'CONSTRAINT_VIOLATION', id: () => 'agency:mvd' },
  ])(
    '$who → $expected, digest equal after every attempt',
    async ({ who, expected, id }) => {
      await fc.assert(
        fc.asyncProperty(hostileString, hostileString, async (s, name) => {
          const before = await domainDigest(driver, database);
          const token = who.startsWith('viewer') ? viewer : editor;
          const { status, body } = await api.gql(CREATE, { token, variables: { id: id(s), name } });
          expect(codeOf(body)).toBe(expected);
          expect(status).toBeLessThan(500);
          expect(await domainDigest(driver, database)).toEqual(before);
        }),
        { numRuns: 25, seed: 44 },
      );
    },
    PROPERTY_TIMEOUT,
  );
});
