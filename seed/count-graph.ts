import type { Driver } from 'neo4j-driver';
import type { SeedGraph } from './build-graph.ts';

export interface GraphCounts {
  nodes: Record<string, number>;
  relationships: Record<string, number>;
}

const COUNT_NODES = /* cypher */ `
UNWIND $rows AS row
MATCH (n:$(row.label) {id: row.id})
RETURN row.label AS key, count(n) AS count ORDER BY key`;

const COUNT_RELATIONSHIPS = /* cypher */ `
UNWIND $rows AS row
MATCH (:$(row.fromLabel) {id: row.from})-[r:$(row.type) {id: row.id}]->(:$(row.toLabel) {id: row.to})
RETURN row.type AS key, count(r) AS count ORDER BY key`;

function toRecord(records: { get(key: string): unknown }[]): Record<string, number> {
  return Object.fromEntries(records.map((r) => [String(r.get('key')), Number(r.get('count'))]));
}

/**
 * Counts, in the database, the seed's own nodes by label and relationships by type. Counting by id rather
 * than whole labels keeps the numbers right on a database other people also write to.
 */
export async function countGraph(driver: Driver, graph: SeedGraph, database?: string): Promise<GraphCounts> {
  const nodeRows = graph.nodes.map(({ id, label }) => ({ id, label }));
  const relRows = graph.relationships.map(({ id, type, from, fromLabel, to, toLabel }) => ({
    id,
    type,
    from,
    fromLabel,
    to,
    toLabel,
  }));
  const nodes = await driver.executeQuery(COUNT_NODES, { rows: nodeRows }, { database, routing: 'READ' });
  const rels = await driver.executeQuery(
    COUNT_RELATIONSHIPS,
    { rows: relRows },
    { database, routing: 'READ' },
  );
  return { nodes: toRecord(nodes.records), relationships: toRecord(rels.records) };
}
