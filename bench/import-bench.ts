import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../server/config.ts';
import { applyConstraints } from '../server/neo4j/apply-constraints.ts';
import { runAdminTool } from '../server/neo4j/local/admin-tool.ts';
import type { LocalNeo4j } from '../server/neo4j/local/local-neo4j.ts';
import { openDriver, type Neo4jConnection } from '../server/neo4j/neo4j-connection.ts';
import { BENCH_MEMORY } from '../seed/synthetic/bench-neo4j.ts';
import type { GraphPlan } from '../seed/synthetic/graph-plan.ts';
import { importSyntheticGraph } from '../seed/synthetic/import-graph.ts';
import { adminImportArgs, writeCsv } from '../seed/synthetic/write-csv.ts';
import { metric, type Metric } from './metrics.ts';

/** Empties the bench database: Community has one user database and no CREATE OR REPLACE, so the files go. */
export async function resetDatabase(neo4j: LocalNeo4j): Promise<Neo4jConnection> {
  await neo4j.stop();
  for (const dir of ['databases', 'transactions']) {
    await fs.rm(path.join(neo4j.home, 'data', dir, 'neo4j'), { recursive: true, force: true });
  }
  return neo4j.start();
}

/**
 * B6: batched UNWIND into an empty database. The import applies the uniqueness constraints first and
 * builds the lookup and full-text indexes after the load (bulk-load order, see import-schema.ts); that
 * build is its own metric, and the end-to-end rates include it, so no index time is left out.
 */
export async function unwindImport(
  neo4j: LocalNeo4j,
  plan: GraphPlan,
  options: { batchSize: number; concurrency: number },
): Promise<{ connection: Neo4jConnection; metrics: Metric[] }> {
  const connection = await resetDatabase(neo4j);
  const driver = openDriver(connection);
  try {
    const r = await importSyntheticGraph(driver, plan, options);
    const note = `${r.nodes} nodes in ${r.nodeSeconds.toFixed(1)} s, ${r.relationships} relationships in ${r.relationshipSeconds.toFixed(1)} s; batch ${options.batchSize}, ${options.concurrency} in flight; indexes after the load`;
    const total = r.nodeSeconds + r.relationshipSeconds + r.indexSeconds;
    return {
      connection,
      metrics: [
        metric('B6-unwind-nodes-per-s', r.nodes / r.nodeSeconds, 'nodes/s', '>= 50000', note),
        metric('B6-unwind-rels-per-s', r.relationships / r.relationshipSeconds, 'rels/s', '>= 60000'),
        metric(
          'B6-index-build-s',
          r.indexSeconds,
          's',
          null,
          'lookup + full-text indexes created after the load and awaited (db.awaitIndexes)',
        ),
        metric(
          'B6-end-to-end-s',
          total,
          's',
          null,
          `nodes + relationships + index build: ${Math.round((r.nodes + r.relationships) / total)} elements/s over the whole import; ${r.retries} deadlock retries`,
        ),
      ],
    };
  } finally {
    await driver.close();
  }
}

/**
 * B7: CSV for the whole graph, then `neo4j-admin database import full` into the stopped bench instance.
 * The metric is the import alone; writing the CSV and building the indexes afterwards are reported beside it.
 */
export async function offlineImport(
  config: Config,
  neo4j: LocalNeo4j,
  plan: GraphPlan,
  log: (line: string) => void,
): Promise<{ connection: Neo4jConnection; metrics: Metric[] }> {
  const dir = path.join(config.local.stateDir, 'bench-csv');
  await fs.rm(dir, { recursive: true, force: true });
  let started = performance.now();
  const files = await writeCsv(plan, dir);
  const csvSeconds = (performance.now() - started) / 1000;
  log(`CSV written in ${csvSeconds.toFixed(1)} s`);
  await neo4j.stop();
  const settings = { ...config.local, ...BENCH_MEMORY };
  started = performance.now();
  await runAdminTool(neo4j.home, settings, adminImportArgs(files), (line) => {
    if (/IMPORT DONE|Imported:|nodes|relationships|properties/i.test(line)) log(line.trim());
  });
  const importSeconds = (performance.now() - started) / 1000;
  const connection = await neo4j.start();
  const driver = openDriver(connection);
  started = performance.now();
  try {
    await applyConstraints(driver);
  } finally {
    await driver.close();
  }
  const indexSeconds = (performance.now() - started) / 1000;
  await fs.rm(dir, { recursive: true, force: true });
  return {
    connection,
    metrics: [
      metric(
        'B7-offline-import-s',
        importSeconds,
        's',
        '<= 60',
        `neo4j-admin import only; CSV writing ${csvSeconds.toFixed(1)} s before`,
      ),
      metric(
        'B7-index-build-s',
        indexSeconds,
        's',
        null,
        'constraints and full-text index built after the offline import',
      ),
      metric('B7-csv-write-s', csvSeconds, 's', null),
    ],
  };
}
