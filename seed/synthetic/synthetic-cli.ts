// `npx tsx seed/synthetic/synthetic-cli.ts --size 10k|100k|1m [--import] [--csv DIR] [--batch-size N]
//  [--concurrency N] [--seed N] [--prefix P]`: generates the synthetic graph and imports it with batched
// UNWIND (into NEO4J_URI if set, else the bench's own local Neo4j) and/or writes neo4j-admin CSV files.
import { parseArgs } from 'node:util';
import { loadConfig } from '../../server/config.ts';
import { openDriver, type Neo4jConnection } from '../../server/neo4j/neo4j-connection.ts';
import { benchNeo4j } from './bench-neo4j.ts';
import { countGraph } from './generate-graph.ts';
import { parseSize, planFor } from './graph-plan.ts';
import { DEFAULT_BATCH_SIZE, DEFAULT_CONCURRENCY, importSyntheticGraph } from './import-graph.ts';
import { adminImportArgs, writeCsv } from './write-csv.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      size: { type: 'string', default: '10k' },
      import: { type: 'boolean', default: false },
      csv: { type: 'string' },
      'batch-size': { type: 'string', default: String(DEFAULT_BATCH_SIZE) },
      concurrency: { type: 'string', default: String(DEFAULT_CONCURRENCY) },
      seed: { type: 'string' },
      prefix: { type: 'string' },
    },
  });
  const plan = planFor(parseSize(values.size), {
    seed: values.seed === undefined ? undefined : Number(values.seed),
    prefix: values.prefix,
  });
  if (!values.import && !values.csv) {
    const counts = countGraph(plan);
    console.log(JSON.stringify({ labels: plan.counts, relationships: counts.relationships }, null, 2));
    return;
  }
  if (values.csv) {
    const started = performance.now();
    const files = await writeCsv(plan, values.csv);
    console.log(`CSV written to ${values.csv} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
    console.log(`neo4j-admin ${adminImportArgs(files).join(' ')}`);
  }
  if (values.import) await importInto(plan, Number(values['batch-size']), Number(values.concurrency));
}

async function importInto(
  plan: ReturnType<typeof planFor>,
  batchSize: number,
  concurrency: number,
): Promise<void> {
  const config = loadConfig();
  // The bench's own instance is stopped after the import if this command started it: it holds 8 GB.
  const local = config.external ? null : benchNeo4j(config, (line) => console.error(line));
  const startedHere = local !== null && (await local.status()) === null;
  const connection: Neo4jConnection = config.external ?? (await local!.start());
  const driver = openDriver(connection);
  try {
    // The import applies the schema itself: constraints before the load, the other indexes after it.
    const r = await importSyntheticGraph(driver, plan, {
      batchSize,
      concurrency,
      database: connection.database,
    });
    console.log(
      `${r.nodes} nodes (${r.nodesCreated} new) in ${r.nodeSeconds.toFixed(1)} s = ${Math.round(r.nodes / r.nodeSeconds)}/s; ` +
        `${r.relationships} relationships (${r.relationshipsCreated} new) in ${r.relationshipSeconds.toFixed(1)} s = ` +
        `${Math.round(r.relationships / r.relationshipSeconds)}/s; indexes built after the load in ${r.indexSeconds.toFixed(1)} s; ${r.retries} retried batches`,
    );
  } finally {
    await driver.close();
    if (startedHere) await local!.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
