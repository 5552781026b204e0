import type { Driver, ManagedTransaction, ResultSummary } from 'neo4j-driver';
import { decodeEvidence, mergeEvidence } from '../server/facts/evidence-item.ts';
import { factEvidenceProperties } from '../server/facts/fact-properties.ts';
import { factQuery, writeFacts } from '../server/facts/fact-store.ts';
import { ID_LABEL } from '../vocabulary/index.ts';
import type { NodeRow, RelationshipRow, SeedGraph } from './build-graph.ts';

/** Rows per transaction: the seed is small, but batching keeps memory flat if it grows. */
export const BATCH_SIZE = 500;

// Dynamic labels and types ($(…), Neo4j 5.26+) keep every statement parameterised: no string building.
// Every node also gets the id label (ids unique across labels); a Source keeps the time it was first added.
const MERGE_NODES = /* cypher */ `
UNWIND $rows AS row
MERGE (n:$(row.label) {id: row.id})
SET n += row.props, n:$($idLabel)
SET n.addedAt = CASE WHEN n:Source THEN coalesce(n.addedAt, datetime()) ELSE n.addedAt END
RETURN count(n) AS written`;

// Mentions: one per (node, source, offset), MERGEd by id.
const MERGE_MENTIONS = /* cypher */ `
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

/** Writes one batch in its transaction: how many rows were written, and the statement's summary. */
type Write = (
  tx: ManagedTransaction,
  rows: (NodeRow | RelationshipRow)[],
) => Promise<{ written: number; summary: ResultSummary }>;

function batches<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH_SIZE) out.push(rows.slice(i, i + BATCH_SIZE));
  return out;
}

const statement =
  (query: string): Write =>
  async (tx, rows) => {
    const { records, summary } = await tx.run(query, { rows, idLabel: ID_LABEL });
    return { written: Number(records[0]?.get('written') ?? 0), summary };
  };

/**
 * Facts go through server/facts, the one writer of evidence lists: the stored list is read, the seed's own
 * items replaced by the file's (`replaceExtractor: 'seed'`), everything ingested or entered by hand kept.
 */
const writeSeedFacts: Write = async (tx, rows) => {
  const facts = rows as RelationshipRow[];
  const stored = await tx.run(factQuery('read-fact-evidence'), {
    rows: facts.map(({ id, from, to }) => ({ id, from, to })),
  });
  const existing = new Map(
    stored.records.map((r) => [r.get('id') as string, (r.get('evidence') ?? []) as string[]]),
  );
  return writeFacts(
    tx,
    facts.map(({ id, type, from, to, props, evidence }) => {
      const stored = (existing.get(id) ?? []).map(decodeEvidence);
      const items = mergeEvidence(stored, evidence ?? [], { replaceExtractor: 'seed' });
      return { id, type, from, to, props: { ...props, ...factEvidenceProperties(items) } };
    }),
  );
};

async function writeBatches(
  driver: Driver,
  database: string | undefined,
  write: Write,
  rows: (NodeRow | RelationshipRow)[],
  counters: WriteCounters,
): Promise<void> {
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    for (const batch of batches(rows)) {
      const { written, summary } = await session.executeWrite((tx) => write(tx, batch));
      // Validation guarantees both ends exist; a shortfall means a node went missing mid-load.
      if (written !== batch.length) throw new Error(`Seed write wrote ${written} of ${batch.length} rows`);
      const c = summary.counters.updates();
      counters.nodesCreated += c.nodesCreated;
      counters.relationshipsCreated += c.relationshipsCreated;
      counters.propertiesSet += c.propertiesSet;
      counters.labelsAdded += c.labelsAdded;
    }
  } finally {
    await session.close();
  }
}

/** Writes nodes, then facts, then mentions, with MERGE on `id`: re-running creates nothing new. */
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
  const facts = graph.relationships.filter((r) => r.evidence);
  const mentions = graph.relationships.filter((r) => !r.evidence);
  await writeBatches(driver, database, statement(MERGE_NODES), graph.nodes, counters);
  await writeBatches(driver, database, writeSeedFacts, facts, counters);
  await writeBatches(driver, database, statement(MERGE_MENTIONS), mentions, counters);
  return counters;
}
