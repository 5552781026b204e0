import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';

export interface GraphDigest {
  nodes: number;
  relationships: number;
  /** sha256 over every node's labels and properties and every relationship's ends, type and properties. */
  checksum: string;
}

/** A content digest independent of internal ids and storage order, to compare a graph before and after. */
export async function graphDigest(driver: Driver, database?: string): Promise<GraphDigest> {
  const nodes = await driver.executeQuery(
    'MATCH (n) RETURN apoc.convert.toJson({labels: apoc.coll.sort(labels(n)), props: properties(n)}) AS row',
    {},
    { database },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b)
     RETURN apoc.convert.toJson({from: coalesce(a.id, elementId(a)), to: coalesce(b.id, elementId(b)), type: type(r), props: properties(r)}) AS row`,
    {},
    { database },
  );
  const rows = [...nodes.records, ...rels.records].map((r) => String(r.get('row'))).sort();
  const hash = createHash('sha256');
  for (const row of rows) hash.update(row).update('\n');
  return { nodes: nodes.records.length, relationships: rels.records.length, checksum: hash.digest('hex') };
}
