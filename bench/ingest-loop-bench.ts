import fs from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { randomBytes } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { createApp } from '../server/app.ts';
import { ensureAuditSchema } from '../server/audit/index.ts';
import { issueToken } from '../server/auth/issue-token.ts';
import { ensureTokenUser, ensureUserConstraint } from '../server/auth/user-store.ts';
import { loadConfig } from '../server/config.ts';
import { metric, type Metric } from './metrics.ts';
import type { MetricId } from './metric-ids.ts';

export const INGEST_LOOP: MetricId[] = [
  ['I4-propose-http-loop-p99-ms', 'ms', null],
  ['I5-propose-http-loop-max-ms', 'ms', null],
  ['I6-propose-http-inline-loop-p99-ms', 'ms', null],
  ['I7-propose-http-inline-loop-max-ms', 'ms', null],
];

const repo = path.resolve(import.meta.dirname, '..');
const ACTOR = 'bench-ingest-http';
const MARK = 'Метка замера цикла событий';

/** The seed article (3.8 KB) and, glued together until 90 KB, the gold releases and the article. */
function texts(run: string): { small: string[]; large: string } {
  const article = fs.readFileSync(
    path.join(repo, 'seed', 'data', 'sources', '000_45e4f8d52d4d9bbc.txt'),
    'utf8',
  );
  const dir = path.join(repo, 'test', 'fixtures', 'ingest');
  const gold = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const parts = [article, ...gold];
  let large = '';
  for (let i = 0; Buffer.byteLength(large) < 90 * 1024; i++)
    large += `${parts[i % parts.length]!.trimEnd()}\n\n`;
  const small = Array.from({ length: 10 }, (_, i) => `${article.trimEnd()}\n${MARK}: ${run}-${i}.\n`);
  return { small, large: `${large}${MARK}: ${run}-large.\n` };
}

/**
 * What extraction costs everyone else: the API in this process, 10 releases of ~4 KB and one of ~90 KB
 * proposed over HTTP at once, and the main thread's event-loop delay (perf_hooks, 10 ms resolution) while
 * they are read: with the extraction pool (I4, I5: one worker, the default on 2 cores) and on the
 * request's thread (I6, I7: INGEST_EXTRACT_WORKERS=0, as before the pool). A delay is how long any other
 * request (the workspace, GraphQL, /health) waits before it is even looked at. No targets: the figures are
 * read side by side, and beside the idle delays of the note (on a loaded machine the main thread also
 * waits for a core).
 */
export async function ingestLoopBench(driver: Driver, database: string | undefined): Promise<Metric[]> {
  await ensureUserConstraint(driver, database);
  await ensureAuditSchema(driver, database);
  const pooled = await measure(driver, database, 1);
  const inline = await measure(driver, database, 0);
  const note = (m: Measured) =>
    `11 proposals (10 × ${m.smallKb} KB, 1 × ${m.largeKb} KB) over HTTP in ${m.seconds.toFixed(1)} s; ${m.workers} worker(s); p50 ${m.p50.toFixed(1)} ms; idle for 3 s before: p99 ${m.idleP99.toFixed(1)}, max ${m.idleMax.toFixed(1)} ms`;
  return [
    metric('I4-propose-http-loop-p99-ms', pooled.p99, 'ms', null, note(pooled)),
    metric('I5-propose-http-loop-max-ms', pooled.max, 'ms', null, note(pooled)),
    metric('I6-propose-http-inline-loop-p99-ms', inline.p99, 'ms', null, note(inline)),
    metric('I7-propose-http-inline-loop-max-ms', inline.max, 'ms', null, note(inline)),
  ];
}

interface Measured {
  workers: number;
  p50: number;
  p99: number;
  /** The same delays with nothing to do, just before: the machine's own noise. */
  idleP99: number;
  idleMax: number;
  max: number;
  seconds: number;
  smallKb: string;
  largeKb: string;
}

async function measure(driver: Driver, database: string | undefined, workers: number): Promise<Measured> {
  const base = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const secret = randomBytes(48).toString('base64url');
  const config = {
    ...base,
    auth: { ...base.auth, jwtSecret: secret },
    clientDir: '/nonexistent',
    queryTimeoutMs: 120_000,
    ingest: { ...base.ingest, extractWorkers: workers },
  };
  const { app, stop } = await createApp({ config, driver, database });
  const server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const version = await ensureTokenUser(driver, database, ACTOR, 'analyst', 'bench');
  const token = await issueToken(config.auth, secret, { sub: ACTOR, role: 'analyst', version });
  const propose = async (text: string) => {
    const response = await fetch(`${url}/ingest/documents`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ text, publishedAt: '2025-03-01' }),
    });
    if (response.status !== 201)
      throw new Error(`propose answered ${response.status}: ${await response.text()}`);
  };
  try {
    // Warm: the extractor's dictionaries, the gazetteer, the threads (not measured).
    await propose(texts(`${Date.now().toString(36)}-warm`).small[0]!);
    const { small, large } = texts(Date.now().toString(36));
    const idle = monitorEventLoopDelay({ resolution: 10 });
    idle.enable();
    await new Promise((resolve) => setTimeout(resolve, 3000));
    idle.disable();
    const histogram = monitorEventLoopDelay({ resolution: 10 });
    histogram.enable();
    const t0 = performance.now();
    await Promise.all([large, ...small].map(propose));
    const seconds = (performance.now() - t0) / 1000;
    histogram.disable();
    const ms = (ns: number) => ns / 1e6;
    return {
      workers,
      p50: ms(histogram.percentile(50)),
      p99: ms(histogram.percentile(99)),
      max: ms(histogram.max),
      idleP99: ms(idle.percentile(99)),
      idleMax: ms(idle.max),
      seconds,
      smallKb: (Buffer.byteLength(small[0]!) / 1024).toFixed(1),
      largeKb: (Buffer.byteLength(large) / 1024).toFixed(1),
    };
  } finally {
    await stop();
    await new Promise((resolve) => server.close(resolve));
    await driver.executeQuery(
      'MATCH (d:IngestDraft {createdBy: $actor}) DETACH DELETE d',
      { actor: ACTOR },
      { database },
    );
  }
}
