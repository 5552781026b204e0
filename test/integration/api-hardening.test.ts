import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

const driver = testDriver();
const database = testConnection().database;
let api: ApiServer;
let prod: ApiServer;
let token: string;

beforeAll(async () => {
  api = await startApiServer(driver, database);
  const base = api.config;
  prod = await startApiServer(driver, database, { env: 'production', introspection: false });
  token = await api.token('viewer');
  expect(base.introspection).toBe(true);
});
afterAll(async () => {
  await api.close();
  await prod.close();
});

const codeOf = (body: { errors?: { extensions?: { code?: string } }[] }) =>
  body.errors?.[0]?.extensions?.code;

describe('query-shape limits (graphql-armor and the cost model)', () => {
  it('refuses a query deeper than the limit with 400', async () => {
    let inner = 'id';
    for (let i = 0; i < 14; i += 1) inner = `partOf { ${inner} }`;
    const { status, body } = await api.gql(`{ agencies { ${inner} } }`, { token });
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses too many aliases, directives and tokens with 400', async () => {
    const aliases = Array.from({ length: 30 }, (_, i) => `a${i}: people(limit: 1) { id }`).join(' ');
    const directives = `{ people(limit: 1) ${'@include(if: true) '.repeat(40)} { id } }`;
    const tokens = `{ ${'__typename '.repeat(4000)} }`;
    for (const query of [`{ ${aliases} }`, directives, tokens]) {
      const { status, body } = await api.gql(query, { token });
      expect(status).toBe(400);
      expect(['GRAPHQL_VALIDATION_FAILED', 'GRAPHQL_PARSE_FAILED', 'BAD_REQUEST']).toContain(codeOf(body));
    }
  });

  it('refuses an expensive query with 400 QUERY_TOO_COMPLEX (cost model: operation-guard-plugin.ts)', async () => {
    const wide = 'id name nameEn aliases notes';
    const query = `{ agencies(limit: 500) { ${wide} partOf { ${wide} parts { ${wide} parts { ${wide} positions { ${wide} } } } } } }`;
    const { status, body } = await api.gql(query, { token });
    expect(status).toBe(400);
    expect(codeOf(body)).toBe('QUERY_TOO_COMPLEX');
  });
});

describe('HTTP hardening', () => {
  it('refuses a body over the limit with 413 and malformed JSON with 400, each with a code', async () => {
    const big = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ __typename }`, variables: { pad: 'x'.repeat(200_000) } }),
    });
    expect(big.status).toBe(413);
    expect(codeOf(await big.json())).toBe('PAYLOAD_TOO_LARGE');
    const broken = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(broken.status).toBe(400);
    expect(codeOf(await broken.json())).toBe('BAD_REQUEST');
  });

  it('blocks simple cross-site requests (CSRF prevention)', async () => {
    const simple = await fetch(`${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}`);
    expect(simple.status).toBe(400);
    const form = await fetch(`${api.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(form.status).toBeGreaterThanOrEqual(400);
    expect(form.status).toBeLessThan(500);
  });

  it('refuses mutations over GET', async () => {
    const res = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('mutation { deleteAgencies { nodesDeleted } }')}`,
      {
        headers: { 'apollo-require-preflight': 'true', authorization: `Bearer ${token}` },
      },
    );
    expect(res.status).toBe(405);
  });

  it('answers unknown routes with a JSON 404', async () => {
    const res = await fetch(`${api.url}/nope`);
    expect(res.status).toBe(404);
    expect(codeOf(await res.json())).toBe('NOT_FOUND');
  });
});

describe('client files', () => {
  it('serves client/dist at / with index.html for client-side routes, and leaves API paths alone', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'opsgraph-client-'));
    fs.writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>OpsGraph</title>');
    fs.writeFileSync(path.join(dir, 'app.js'), 'console.log(1)');
    const withClient = await startApiServer(driver, database, { clientDir: dir });
    try {
      const html = { accept: 'text/html' };
      expect(await (await fetch(`${withClient.url}/`, { headers: html })).text()).toContain('OpsGraph');
      expect(
        await (await fetch(`${withClient.url}/graph/person:alenov`, { headers: html })).text(),
      ).toContain('OpsGraph');
      expect(await (await fetch(`${withClient.url}/app.js`)).text()).toContain('console.log');
      expect((await fetch(`${withClient.url}/auth/nothing`, { headers: html })).status).toBe(404);
      expect((await fetch(`${withClient.url}/health`)).status).toBe(200);
    } finally {
      await withClient.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('production mode', () => {
  it('has introspection off, no suggestions and no stack traces', async () => {
    const introspection = await prod.gql(`{ __schema { types { name } } }`, { token });
    expect(introspection.status).toBe(400);
    const typo = await prod.gql(`{ peple { id } }`, { token });
    expect(typo.status).toBe(400);
    expect(JSON.stringify(typo.body)).not.toMatch(/Did you mean|people|stacktrace/);
    const refused = await prod.gql(`{ people { id } }`);
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.body)).not.toMatch(/stacktrace|at /);
  });

  it('development has introspection on', async () => {
    const { body } = await api.gql(`{ __schema { queryType { name } } }`);
    expect(body.data).toEqual({ __schema: { queryType: { name: 'Query' } } });
  });
});

describe('GraphQL over HTTP (graphql-http serverAudits)', () => {
  it('passes every MUST audit', async () => {
    const audits = serverAudits({ url: `${api.url}/graphql`, fetchFn: fetch });
    const results = await Promise.all(
      audits.map(async (audit) => ({ ...(await audit.fn()), name: audit.name })),
    );
    const failedMust = results.filter((r) => r.name.startsWith('MUST') && r.status !== 'ok');
    expect(failedMust.map((r) => `${r.name}: ${'reason' in r ? r.reason : ''}`)).toEqual([]);
    const summary: Record<string, number> = { ok: 0, notice: 0, warn: 0, error: 0 };
    for (const r of results) summary[r.status] = (summary[r.status] ?? 0) + 1;
    console.log(
      `graphql-http audits: ${results.length} run, ${summary.ok} ok, ${summary.warn} warn, ${summary.error} error`,
    );
    for (const r of results.filter((x) => x.status !== 'ok')) console.log(`  ${r.status}: ${r.name}`);
  });
});
