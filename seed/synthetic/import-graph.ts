import neo4j, { type Driver } from 'neo4j-driver';
import { nodeRows, relationshipRows } from './batch-rows.ts';
import { estimateRelationships, nodeBatches, relationshipBatches } from './generate-graph.ts';
import { totalNodes, type GraphPlan } from './graph-plan.ts';
import { applyDeferredSchema, applyLoadSchema } from './import-schema.ts';
import { nodeRowsStatement, propertyKeys, relationshipRowsStatement } from './import-statements.ts';
import { ProgressBar, type ProgressOutput } from './progress-bar.ts';
import { WritePool } from './write-pool.ts';

/**
 * Rows per transaction: large enough that the Bolt round trip and transaction commit are a small share of
 * each batch, small enough that one batch's transaction state stays far below the heap and
 * `db.transaction.timeout` even on a loaded machine. 20,000 saved no CPU on 300k (docs/performance.md).
 */
export const DEFAULT_BATCH_SIZE = 10_000;
export const DEFAULT_CONCURRENCY = 2;

export interface ImportOptions {
  database?: string;
  batchSize?: number;
  /**
   * Transactions in flight (default 2: one per core of the bench machine; on 300k, 1 in flight gave
   * -46 % nodes/s and -24 % rels/s). Node batches never conflict; relationship batches may wait on hub
   * locks, and executeWrite retries the rare deadlock (counted in `retries`).
   */
  concurrency?: number;
  /** Progress bars go here; null for none. */
  progress?: ProgressOutput | null;
}

export interface ImportResult {
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  nodeSeconds: number;
  relationshipSeconds: number;
  /** Creating the deferred indexes after the load and waiting until they are ONLINE. */
  indexSeconds: number;
  /** Batches executeWrite ran again after a transient error (deadlocks between concurrent batches). */
  retries: number;
}

/**
 * Imports the planned graph with batched UNWIND + MERGE: the uniqueness constraints, nodes, relationships,
 * then the rest of cypher/constraints.cypher (lookup and full-text indexes, built once from the store).
 * The database ends with the full schema whatever it had before; every step is idempotent.
 */
export async function importSyntheticGraph(
  driver: Driver,
  plan: GraphPlan,
  options: ImportOptions = {},
): Promise<ImportResult> {
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  const result = {
    nodes: 0,
    relationships: 0,
    nodesCreated: 0,
    relationshipsCreated: 0,
    nodeSeconds: 0,
    relationshipSeconds: 0,
    indexSeconds: 0,
    retries: 0,
  };
  const pool = new WritePool(driver, options.database, options.concurrency ?? DEFAULT_CONCURRENCY);
  const out = options.progress === undefined ? process.stderr : options.progress;

  await applyLoadSchema(driver, options.database);
  let bar = out ? new ProgressBar('nodes        ', totalNodes(plan), out) : null;
  let started = performance.now();
  // `id` → internal node id, filled by the node phase for the relationship phase (~100 MB at 1M nodes).
  const nodeIds = new Map<string, number>();
  for (const batch of nodeBatches(plan, batchSize)) {
    const keys = propertyKeys(batch.rows);
    await pool.submit(nodeRowsStatement(batch.label, keys), nodeRows(batch.rows, keys), (written) => {
      for (const [id, internal] of written.records[0]!.get('ids') as [string, unknown][])
        nodeIds.set(id, neo4j.integer.toNumber(internal as number));
      result.nodes += batch.rows.length;
      result.nodesCreated += written.nodes;
      bar?.tick(batch.rows.length);
    });
  }
  await pool.drain();
  bar?.finish();
  result.nodeSeconds = (performance.now() - started) / 1000;

  bar = out ? new ProgressBar('relationships', estimateRelationships(plan), out) : null;
  started = performance.now();
  for (const batch of relationshipBatches(plan, batchSize)) {
    const keys = propertyKeys(batch.rows);
    const rows = relationshipRows(batch.rows, keys, nodeIds);
    await pool.submit(relationshipRowsStatement(batch.type, keys), rows, (written) => {
      result.relationships += batch.rows.length;
      result.relationshipsCreated += written.relationships;
      bar?.tick(batch.rows.length);
    });
  }
  await pool.drain();
  bar?.finish();
  result.relationshipSeconds = (performance.now() - started) / 1000;
  result.retries = pool.retries;

  started = performance.now();
  out?.write('indexes       building the deferred lookup and full-text indexes…\n');
  await applyDeferredSchema(driver, options.database);
  result.indexSeconds = (performance.now() - started) / 1000;
  out?.write(`indexes       ONLINE in ${result.indexSeconds.toFixed(1)}s\n`);
  return result;
}
