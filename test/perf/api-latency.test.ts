import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from '../integration/api-server.ts';

// p50 of each graph view over HTTP on the seed graph (sequential requests after a warm-up), printed for
// the closing note. A measurement, not a test: `npm run bench:views`, never part of `npm test`.
const SLICE = `{ nodes { id label name lat lon } edges { id type source target quote sourceId inferred } }`;
/** The nodes of Alenov's and Mukhametkaliev's neighbourhoods, as on the canvas after expanding both. */
const CANVAS = [
  'person:alenov',
  'person:mukhametkaliev',
  'meeting:dp-sko-2024-review',
  'meeting:alenov-veterans',
  'position:mvd-first-deputy-minister',
  'position:dp-sko-deputy-head',
  'directive:precursor-imports',
  'agency:dp-north-kazakhstan',
  'region:north-kazakhstan',
  'city:kokshetau',
];
// What a client of data contract v2 reads besides: every edge's evidence items, and nodes' properties.
const SLICE_V2 = `{ nodes { id label name lat lon properties } edges { id type source target quote sourceId inferred
  current evidence { sourceId quote start end inferred } } }`;
const SLICE_VIEWS: Record<string, string> = {
  neighborhood: `neighborhood(id: "person:alenov", depth: 2)`,
  shortestPath: `shortestPath(fromId: "person:alenov", toId: "city:kokshetau")`,
  responsibilityChain: `responsibilityChain(directiveId: "directive:precursor-imports")`,
  supplyNetwork: `supplyNetwork(regionId: "region:north-kazakhstan")`,
};
const VIEWS: Record<string, string> = {
  search: `{ search(text: "Аленов", limit: 20) { id label name nameEn score } }`,
  ...Object.fromEntries(Object.entries(SLICE_VIEWS).map(([name, field]) => [name, `{ ${field} ${SLICE} }`])),
  ...Object.fromEntries(
    Object.entries(SLICE_VIEWS).map(([name, field]) => [
      `${name} (v2 fields)`,
      // Every edge's evidence counts against the cost budget: the neighbourhood is asked for 50 nodes.
      `{ ${name === 'neighborhood' ? field.replace(')', ', limit: 50)') : field} ${SLICE_V2} }`,
    ]),
  ),
  // What the workspace asks after every change: the relationships among the nodes on the canvas.
  edgesAmong: `{ edgesAmong(ids: ${JSON.stringify(CANVAS)}) { id type source target quote sourceId inferred } }`,
};
const RUNS = 30;

const driver = testDriver();
let api: ApiServer;
let token: string;

beforeAll(async () => {
  api = await startApiServer(driver, testConnection().database);
  token = await api.token('viewer');
});
afterAll(async () => {
  await api.close();
});

describe('graph view latency', () => {
  it.each(Object.entries(VIEWS))('%s', async (name, query) => {
    for (let i = 0; i < 3; i += 1) await api.gql(query, { token });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const started = performance.now();
      const { body } = await api.gql(query, { token });
      times.push(performance.now() - started);
      expect(body.errors).toBeUndefined();
    }
    times.sort((a, b) => a - b);
    const p50 = times[Math.floor(RUNS / 2)]!;
    const p95 = times[Math.floor(RUNS * 0.95)]!;
    console.log(`${name}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${RUNS} runs)`);
  });
});
