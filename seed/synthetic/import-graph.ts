import type { Driver } from 'neo4j-driver';
import { estimateRelationships, nodeBatches, relationshipBatches } from './generate-graph.ts';
import { totalNodes, type GraphPlan } from './graph-plan.ts';
import { mergeNodesStatement, mergeRelationshipsStatement, propertyKeys } from './import-statements.ts';
import { withIntegers } from './prop-types.ts';
import { ProgressBar, type ProgressOutput } from './progress-bar.ts';

/**
 * Rows per transaction: large enough that the Bolt round trip and transaction commit are a small share of
 * each batch, small enough that one batch's transaction state stays far below the heap and
 * `db.transaction.timeout` even on a loaded machine (docs/performance.md has the measurements).
 */
export const DEFAULT_BATCH_SIZE = 10_000;
export const DEFAULT_CONCURRENCY = 2;

export interface ImportOptions {
  database?: string;
  batchSize?: number;
  /**
   * Transactions in flight (default 2: one per core of the bench machine, +28 % nodes/s and +35 % rels/s
   * over 1 on the 100k graph). Node batches never conflict; relationship batches may wait on hub locks,
   * and executeWrite retries the rare deadlock.
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
}

/** Imports the planned graph with batched UNWIND + MERGE: nodes first, then relationships. */
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
  };
  const pool = new WritePool(driver, options.database, options.concurrency ?? DEFAULT_CONCURRENCY);
  const out = options.progress === undefined ? process.stderr : options.progress;

  let bar = out ? new ProgressBar('nodes        ', totalNodes(plan), out) : null;
  let started = performance.now();
  for (const batch of nodeBatches(plan, batchSize)) {
    await pool.submit(mergeNodesStatement(batch.label, propertyKeys(batch.rows)), batch.rows, (created) => {
      result.nodes += batch.rows.length;
      result.nodesCreated += created.nodes;
      bar?.tick(batch.rows.length);
    });
  }
  await pool.drain();
  bar?.finish();
  result.nodeSeconds = (performance.now() - started) / 1000;

  bar = out ? new ProgressBar('relationships', estimateRelationships(plan), out) : null;
  started = performance.now();
  for (const batch of relationshipBatches(plan, batchSize)) {
    const statement = mergeRelationshipsStatement(
      batch.type,
      batch.fromLabel,
      batch.toLabel,
      propertyKeys(batch.rows),
    );
    await pool.submit(statement, batch.rows, (created) => {
      result.relationships += batch.rows.length;
      result.relationshipsCreated += created.relationships;
      bar?.tick(batch.rows.length);
    });
  }
  await pool.drain();
  bar?.finish();
  result.relationshipSeconds = (performance.now() - started) / 1000;
  return result;
}

type Done = (created: { nodes: number; relationships: number }) => void;

/**
 * Keeps up to `concurrency` write transactions in flight. `submit` returns once a slot is free, so the
 * generator builds the next batch while Neo4j writes the previous one even at concurrency 1.
 */
class WritePool {
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
    private readonly concurrency: number,
  ) {}

  async submit(statement: string, rows: unknown[], done: Done): Promise<void> {
    while (this.inFlight.size >= this.concurrency) await Promise.race(this.inFlight);
    const task = this.write(statement, rows).then(done);
    const tracked = task.finally(() => this.inFlight.delete(tracked));
    // Marked handled here; the failure still surfaces through the next race() or drain().
    tracked.catch(() => {});
    this.inFlight.add(tracked);
  }

  async drain(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  private async write(statement: string, rows: unknown[]): Promise<{ nodes: number; relationships: number }> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: 'WRITE' });
    try {
      // executeWrite retries transient failures (deadlocks between concurrent batches on a shared hub).
      const params = { rows: withIntegers(rows) };
      const summary = await session.executeWrite(async (tx) => (await tx.run(statement, params)).summary);
      const c = summary.counters.updates();
      return { nodes: c.nodesCreated, relationships: c.relationshipsCreated };
    } finally {
      await session.close();
    }
  }
}
