import type { Driver } from 'neo4j-driver';
import { ID_LABEL, NODE_LABELS } from '../../vocabulary/index.ts';

// Data contract v2 gives every node the id label, whose one constraint makes ids unique across labels. A
// database written before v2 has nodes without it; this adds it once, in batches. Two nodes of different
// labels with one id (which v1 allowed) would break the constraint: they are named instead, and nothing
// changes until one gets a new id.
const MISSING = /* cypher */ `
MATCH (n) WHERE n.id IS NOT NULL AND NOT $idLabel IN labels(n) AND any(l IN labels(n) WHERE l IN $labels)
RETURN count(n) AS missing`;

const CLASHES = /* cypher */ `
MATCH (n) WHERE n.id IS NOT NULL AND any(l IN labels(n) WHERE l IN $labels)
WITH n.id AS id, collect(head([l IN labels(n) WHERE l IN $labels])) AS labels WHERE size(labels) > 1
RETURN id, labels LIMIT 20`;

const ADD = /* cypher */ `
MATCH (n) WHERE n.id IS NOT NULL AND NOT $idLabel IN labels(n) AND any(l IN labels(n) WHERE l IN $labels)
CALL (n) { SET n:$($idLabel) } IN TRANSACTIONS OF 10000 ROWS`;

/** Gives every node of a vocabulary label the id label; returns how many it labelled (0 once done). */
export async function addIdLabel(driver: Driver, database?: string): Promise<number> {
  const params = { idLabel: ID_LABEL, labels: NODE_LABELS };
  const missing = await driver.executeQuery(MISSING, params, { database });
  const count = Number(missing.records[0]?.get('missing') ?? 0);
  if (count === 0) return 0;
  const clashes = await driver.executeQuery(CLASHES, params, { database });
  if (clashes.records.length > 0) {
    const list = clashes.records.map((r) => `${r.get('id')} (${(r.get('labels') as string[]).join(', ')})`);
    throw new Error(
      `These ids are used by nodes of different labels, which data contract v2 forbids; give one of each a new id, then start again: ${list.join('; ')}`,
    );
  }
  // CALL … IN TRANSACTIONS needs an auto-commit transaction: a session's run, not executeQuery.
  const session = driver.session({ database, defaultAccessMode: 'WRITE' });
  try {
    await session.run(ADD, params);
  } finally {
    await session.close();
  }
  return count;
}
