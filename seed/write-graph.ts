import type { Driver } from 'neo4j-driver';
import type { NodeRow, RelationshipRow, SeedGraph } from './build-graph.ts';

/** Rows per transaction: the seed is small, but batching keeps memory flat if it grows. */
export const BATCH_SIZE = 500;

// Dynamic labels and types ($(…), Neo4j 5.26+) keep every statement parameterised: no string building.
const MERGE_NODES = /* cypher */ `
UNWIND $rows AS row
MERGE (n:$(row.label) {id: row.id})
SET n += row.props
RETURN count(n) AS written`;

const MERGE_RELATIONSHIPS = /* cypher */ `
UNWIND $rows AS row
MATCH (a:$(row.fromLabel) {id: row.from})
MATCH (b:$(row.toLabel) {id: row.to})
MERGE (a)-[r:$(row.type) {id: row.id}]->(b)
SET r += row.props
RETURN count(r) AS written`;

export interface WriteCounters {
  nodesCreated: number;
  relationshipsCreated: number;
  propertiesSet: number;
  labelsAdded: number;
}

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

async function writeBatches(
  driver: Driver,
  database: string | undefined,
  query: string,
  rows: (NodeRow | RelationshipRow)[],
  counters: WriteCounters,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const batch of batches(rows)) {
      const result = await session.executeWrite((tx) => tx.run(query, { rows: batch }));
      const written = Number(result.records[0]?.get('written') ?? 0);
      // Validation guarantees both ends exist; a shortfall means a node went missing mid-load.
      if (written !== batch.length) throw new Error(`Seed write wrote ${written} of ${batch.length} rows`);
      const c = result.summary.counters.updates();
      counters.nodesCreated += c.nodesCreated;
      counters.relationshipsCreated += c.relationshipsCreated;
      counters.propertiesSet += c.propertiesSet;
      counters.labelsAdded += c.labelsAdded;
    }
  } finally {
    await session.close();
  }
}

/** Writes nodes, then relationships, with MERGE on `id`: re-running creates nothing new. */
export async function writeGraph(
  driver: Driver,
  graph: SeedGraph,
  database?: string,
): Promise<WriteCounters> {
  const counters: WriteCounters = {
    nodesCreated: 0,
    relationshipsCreated: 0,
    propertiesSet: 0,
    labelsAdded: 0,
  };
  await writeBatches(driver, database, MERGE_NODES, graph.nodes, counters);
  await writeBatches(driver, database, MERGE_RELATIONSHIPS, graph.relationships, counters);
  return counters;
}
