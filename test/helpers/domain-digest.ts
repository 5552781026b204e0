import { createHash } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import type { GraphDigest } from './graph-checksum.ts';

// What other integration files write while this one runs (they share one database and run in parallel):
// audit events and refusal records, notes, accounts, ingestion drafts, their test-prefixed nodes (`agency:test-…`,
// `source:test-…`: any kind) and nodes with a random test label.
const VOLATILE_LABELS = ['AuditEvent', 'AccessRefusal', 'Annotation', 'User', 'IngestDraft'];
const VOLATILE_ID = '(?s)[a-z]+(-[a-z]+)*:test-.*';
const RANDOM_LABEL = '^[A-Za-z]+_[0-9a-f]{32}$';

const KEEP = /* cypher */ `
  none(l IN labels(n) WHERE l IN $volatileLabels OR l =~ $randomLabel)
  AND NOT coalesce(toString(n.id), '') =~ $volatileId`;

/**
 * Like `graphDigest`, but only over the domain graph: the part no concurrent test file may change, so a
 * test can prove its refused writes left it untouched while other files write their own scratch data.
 */
export async function domainDigest(driver: Driver, database?: string): Promise<GraphDigest> {
  const params = {
    volatileLabels: VOLATILE_LABELS,
    randomLabel: RANDOM_LABEL,
    volatileId: VOLATILE_ID,
  };
  const nodes = await driver.executeQuery(
    `MATCH (n) WHERE ${KEEP}
     RETURN apoc.convert.toJson({labels: apoc.coll.sort(labels(n)), props: properties(n)}) AS row`,
    params,
    { database },
  );
  const rels = await driver.executeQuery(
    `MATCH (a)-[r]->(b) WITH a, r, b, a AS n WHERE ${KEEP}
     WITH a, r, b, b AS n WHERE ${KEEP}
     RETURN apoc.convert.toJson({from: a.id, to: b.id, type: type(r), props: properties(r)}) AS row`,
    params,
    { database },
  );
  const rows = [...nodes.records, ...rels.records].map((r) => String(r.get('row'))).sort();
  const hash = createHash('sha256');
  for (const row of rows) hash.update(row).update('\n');
  return { nodes: nodes.records.length, relationships: rels.records.length, checksum: hash.digest('hex') };
}
