import type { Driver } from 'neo4j-driver';
import { applyConstraints } from '../../server/neo4j/apply-constraints.ts';

// Bulk-load order for the schema in cypher/constraints.cypher. Only the uniqueness constraints go in
// before the load: MERGE needs their index to find a node by `id` (without it every MERGE scans the label).
// The lookup indexes and the full-text index `entity_search` are built once afterwards, from the store,
// instead of being updated row by row inside every import transaction: measured on the 100k graph, the
// synchronous full-text index alone put ~50 % more CPU into the node transactions (see docs/performance.md).

/** True for the statements the load itself needs: `CREATE CONSTRAINT … REQUIRE … IS UNIQUE`. */
export function isUniquenessConstraint(statement: string): boolean {
  return /^CREATE\s+CONSTRAINT\b[\s\S]*\bIS\s+UNIQUE\s*$/i.test(statement);
}

// An hour covers building the indexes of a 1M-node store; the usual start-up wait is much shorter.
const AWAIT_SECONDS = 3600;

/** Before the load: the uniqueness constraints only (idempotent, `IF NOT EXISTS`). */
export async function applyLoadSchema(driver: Driver, database?: string): Promise<void> {
  await applyConstraints(driver, database, { only: isUniquenessConstraint, awaitSeconds: AWAIT_SECONDS });
}

/**
 * After the load: the whole file (the constraints exist already, so this creates the deferred indexes),
 * so the database ends with exactly the schema `applyConstraints` gives, every index ONLINE on return.
 * Callers report this time on its own (B6-index-build-s); it is not hidden in or dropped from the load.
 */
export async function applyDeferredSchema(driver: Driver, database?: string): Promise<void> {
  await applyConstraints(driver, database, { awaitSeconds: AWAIT_SECONDS });
}
