// `npm run bench -- --size 100k|1m [--reuse] [--offline] [--no-browser] [--iterations N] [--batch-size N]
//  [--concurrency N] [--profile] [--only-ingest]`: imports the synthetic graph into the bench's own Neo4j, measures the
// GraphQL API against raw Cypher (interleaved), the importers and the client's rendering, writes
// bench/results/<date>-<size>.json and latest.json, prints the table, and always stops its Neo4j.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Driver } from 'neo4j-driver';
import { loadConfig } from '../server/config.ts';
import { autoCommitReader } from '../server/graphql/auto-commit-reader.ts';
import { openDriver, type Neo4jConnection } from '../server/neo4j/neo4j-connection.ts';
import { benchNeo4j } from '../seed/synthetic/bench-neo4j.ts';
import { parseSize, planFor, totalNodes } from '../seed/synthetic/graph-plan.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY } from '../seed/synthetic/import-graph.ts';
import { startApi, type ApiProcess } from './api-process.ts';
import { browserBench } from './browser-bench.ts';
import { compareView } from './compare-views.ts';
import { offlineImport, unwindImport } from './import-bench.ts';
import { profileView } from './profile-views.ts';
import { loadTest } from './load-test.ts';
import { describeMachine, formatTable, missing, writeResults, type Metric } from './metrics.ts';
import { renderSlices } from './render-slices.ts';
import { drawSamples } from './samples.ts';
import { translateBench } from './translate-bench.ts';
import { ingestBench, INGEST } from './ingest-bench.ts';
import { ingestLoopBench, INGEST_LOOP } from './ingest-loop-bench.ts';
import { prepareDatabase } from '../server/neo4j/prepare-database.ts';
import { loadSeed } from '../seed/load-seed.ts';
import { viewCases } from './view-cases.ts';
import { viewMetrics } from './view-metrics.ts';
import { B1, B5, B6, B7, B89, viewIds, type MetricId } from './metric-ids.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
const log = (line: string) => console.error(`[bench] ${line}`);

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '100k' },
    reuse: { type: 'boolean', default: false },
    offline: { type: 'boolean', default: false },
    'no-browser': { type: 'boolean', default: false },
    iterations: { type: 'string', default: '300' },
    'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
    concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
    profile: { type: 'boolean', default: false },
    // Only the ingestion ids (I1–I3) on the seed graph, without the synthetic import: a quick run.
    'only-ingest': { type: 'boolean', default: false },
  },
});

const config = loadConfig();
const plan = planFor(parseSize(values.size));
const neo4j = benchNeo4j(config, log);
const metrics: Metric[] = [];
const date = new Date().toISOString();
const machine = describeMachine();

/** Runs one phase; a failure becomes `value: null, pass: false` rows with the reason, and the run goes on. */
async function phase(name: string, ids: MetricId[], run: () => Promise<Metric[]>): Promise<void> {
  log(`${name}…`);
  try {
    metrics.push(...(await run()));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0]! : String(error);
    log(`${name} failed: ${reason}`);
    for (const [id, unit, target] of ids)
      metrics.push(missing(id, unit, target, `${name} failed: ${reason}`));
  }
}

let connection: Neo4jConnection | undefined;
let driver: Driver | undefined;
let api: ApiProcess | undefined;
try {
  if (values['only-ingest']) {
    connection = await neo4j.start();
    // The drafts link to the seed's nodes; a bench home that holds a synthetic graph gets them too
    // (the seed loader is idempotent), or every commit would be refused for a missing link.
    await prepareDatabase(connection, { seed: 'always', loadSeed, log });
    driver = openDriver(connection);
    await phase('I ingest', INGEST, () => ingestBench(driver!, connection!.database));
    await phase('I ingest loop delay', INGEST_LOOP, () => ingestLoopBench(driver!, connection!.database));
  } else if (values.reuse) {
    connection = await neo4j.start();
    for (const [id, unit, target] of B6)
      metrics.push(missing(id, unit, target, 'not measured: --reuse kept the graph already imported'));
  } else {
    await phase('B6 UNWIND import', B6, async () => {
      const r = await unwindImport(neo4j, plan, {
        batchSize: Number(values['batch-size']),
        concurrency: Number(values.concurrency),
      });
      connection = r.connection;
      return r.metrics;
    });
  }
  if (!values['only-ingest']) await mainPhases();
} finally {
  await api?.stop();
  await driver?.close();
  await neo4j.stop();
}

async function mainPhases() {
  connection ??= await neo4j.start();
  driver = openDriver(connection);
  const { records } = await driver.executeQuery('MATCH (n) RETURN count(n) AS nodes');
  log(`graph: ${records[0]!.get('nodes')} nodes (plan: ${totalNodes(plan)})`);

  const samples = drawSamples(plan, 500);
  const cases = viewCases();
  const generated = cases.find((c) => c.id === '1hop-generated')!;
  await phase('B1 translation without a database', B1, async () => [
    await translateBench(generated, samples),
  ]);

  await phase('API start', [], async () => {
    api = await startApi(
      config,
      connection!,
      values.profile ? path.join(config.local.stateDir, 'bench-profile') : undefined,
    );
    return [];
  });
  const iterations = Number(values.iterations);
  const readerOptions = { database: connection.database, timeoutMs: config.queryTimeoutMs };
  for (const view of cases) {
    await phase(`B4 ${view.id}`, viewIds(view.id), async () => {
      if (!api) throw new Error('the API did not start');
      const t = await compareView(
        view,
        samples,
        { url: api.url, token: api.token, driver: driver!, reader: autoCommitReader(driver!, readerOptions) },
        {
          warmup: Math.min(100, iterations),
          iterations: view.id === '1hop' ? iterations * 2 : iterations,
        },
      );
      return viewMetrics(t);
    });
  }
  await phase('B5 load', B5, async () => {
    if (!api) throw new Error('the API did not start');
    return loadTest(
      cases.find((c) => c.id === '1hop')!,
      samples,
      api,
      driver!,
    );
  });
  await api?.stop();
  api = undefined;
  for (const view of cases.filter((c) => c.id !== 'floor')) {
    await phase(`PROFILE ${view.id}`, [], async () => [await profileView(view, samples, driver!)]);
  }

  if (!values['no-browser']) {
    await phase('B8/B9 rendering', B89, async () =>
      browserBench(await renderSlices(driver!, plan), path.join(config.local.stateDir, 'bench-page')),
    );
  } else {
    for (const [id, unit, target] of B89)
      metrics.push(missing(id, unit, target, 'not measured: --no-browser'));
  }

  await phase('I ingest', INGEST, () => ingestBench(driver!, connection!.database));
  await phase('I ingest loop delay', INGEST_LOOP, () => ingestLoopBench(driver!, connection!.database));
  if (values.size === '1m' || values.offline) {
    await driver.close();
    driver = undefined;
    await phase('B7 offline import', B7, async () => (await offlineImport(config, neo4j, plan, log)).metrics);
  } else {
    for (const [id, unit, target] of B7)
      metrics.push(missing(id, unit, target, 'measured on the 1m size only (or --offline)'));
  }
}

metrics.sort((a, b) => a.id.localeCompare(b.id, 'en', { numeric: true }));
const partial = values.reuse || values['no-browser'] || values['only-ingest'];
const file = writeResults(
  path.join(here, 'results'),
  { date, size: values['only-ingest'] ? 'ingest' : values.size, machine, metrics },
  partial,
);
console.log(formatTable(metrics));
const where = partial ? ' (partial run: latest.json untouched)' : ' and bench/results/latest.json';
console.log(`\nWritten to ${path.relative(process.cwd(), file)}${where}`);
