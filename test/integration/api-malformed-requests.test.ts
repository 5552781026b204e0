import v8 from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ERROR_CODES } from '../../shared/error-codes.ts';
import { malformedRequests, type MalformedRequest } from '../helpers/malformed-bodies.ts';
import { testConnection, testDriver } from '../helpers/neo4j.ts';
import { startApiServer, type ApiServer } from './api-server.ts';

const COUNT = 5_000;
const WARM_UP = 300;
// The one list of codes server and client share (Apollo's own codes included).
const KNOWN_CODES = new Set<string>(API_ERROR_CODES);
// A V8 stack frame ("at fn (file.ts:12:5)") or Apollo's stacktrace extension.
const STACK_TRACE = /\bat [^\n]*:\d+:\d+|stacktrace|node_modules/;

const driver = testDriver();
let api: ApiServer;
let token: string;

beforeAll(async () => {
  api = await startApiServer(driver, testConnection().database, { env: 'production', introspection: false });
  token = await api.token('viewer');
});
afterAll(async () => {
  await api.close();
});

interface Outcome {
  kind: string;
  status: number;
  /** Codes of the errors in the answer; 'NONE' for a refusal without one. */
  codes: string[];
  stackTrace: boolean;
}

async function send(request: MalformedRequest): Promise<Outcome> {
  const headers: Record<string, string> = { 'apollo-require-preflight': 'true' };
  if (request.contentType) headers['content-type'] = request.contentType;
  if (request.authenticated) headers.authorization = `Bearer ${token}`;
  const res = await fetch(`${api.url}/graphql`, { method: 'POST', headers, body: request.body });
  const text = await res.text();
  let codes: string[] = [];
  try {
    const body = JSON.parse(text) as { errors?: { extensions?: { code?: unknown } }[] };
    codes = (body.errors ?? []).map((e) => String(e.extensions?.code ?? 'NONE'));
  } catch {
    codes = res.ok ? [] : ['NONE'];
  }
  if (!res.ok && codes.length === 0) codes = ['NONE'];
  return { kind: request.kind, status: res.status, codes, stackTrace: STACK_TRACE.test(text) };
}

async function sendAll(requests: Iterator<MalformedRequest>, workers = 4): Promise<Outcome[]> {
  const outcomes: Outcome[] = [];
  const worker = async () => {
    for (let r = requests.next(); !r.done; r = requests.next()) outcomes.push(await send(r.value));
  };
  await Promise.all(Array.from({ length: workers }, worker));
  return outcomes;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

// Retained memory is what a leak grows; without a full collection first, the figure would be mostly garbage.
v8.setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;
function retained() {
  gc();
  gc();
  return process.memoryUsage();
}

describe('malformed requests against a live server', () => {
  it(`${COUNT} generated bodies: no 5xx, no stack trace, every error coded, memory bounded`, async () => {
    await sendAll(malformedRequests(WARM_UP, 1));
    const before = retained();
    const t0 = Date.now();
    const outcomes = await sendAll(malformedRequests(COUNT));
    const seconds = (Date.now() - t0) / 1000;
    const after = retained();

    const byKind: Record<string, number> = {};
    const byStatus: Record<number, number> = {};
    for (const o of outcomes) {
      byKind[o.kind] = (byKind[o.kind] ?? 0) + 1;
      byStatus[o.status] = (byStatus[o.status] ?? 0) + 1;
    }
    const fiveXx = outcomes.filter((o) => o.status >= 500);
    const traces = outcomes.filter((o) => o.stackTrace);
    const uncoded = outcomes.filter((o) => o.codes.some((c) => !KNOWN_CODES.has(c)));
    const rssGrowth = mb(after.rss - before.rss);
    const heapGrowth = mb(after.heapUsed + after.external - before.heapUsed - before.external);
    console.log(
      `[resilience] malformed requests: ${outcomes.length} bodies in ${seconds.toFixed(1)} s ${JSON.stringify(byKind)} → ` +
        `statuses ${JSON.stringify(byStatus)}; ${fiveXx.length} 5xx, ${traces.length} stack traces, ` +
        `${uncoded.length} errors without a known code; retained memory growth (heap + external, after full GC) ` +
        `${heapGrowth.toFixed(1)} MB, rss ${rssGrowth.toFixed(1)} MB (server and client share this process)`,
    );
    for (const o of [...fiveXx, ...uncoded].slice(0, 5)) console.log(`  e.g. ${JSON.stringify(o)}`);
    expect(outcomes).toHaveLength(COUNT);
    expect(fiveXx).toEqual([]);
    expect(traces).toEqual([]);
    expect(uncoded).toEqual([]);
    expect(heapGrowth).toBeLessThan(50);
  }, 300_000);
});
