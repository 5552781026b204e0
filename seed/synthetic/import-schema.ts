import fs from 'node:fs/promises';
import path from 'node:path';
import type { Driver } from 'neo4j-driver';
import { repoRoot } from '../../server/config.ts';
import { splitCypherStatements } from '../../server/neo4j/apply-constraints.ts';

/**
 * Bulk-load order for the schema in cypher/constraints.cypher. Only the uniqueness constraints go in
 * before the load: MERGE needs their index to find a node by `id` (without it every MERGE scans the label).
 * The lookup indexes and the full-text index `entity_search` are built once afterwards, from the store,
 * instead of being updated row by row inside every import transaction: measured on the 100k graph, the
 * synchronous full-text index alone put ~50 % more CPU into the node transactions (see docs/performance.md).
 */
async function schemaStatements(): Promise<string[]> {
  const file = path.join(repoRoot, 'cypher', 'constraints.cypher');
  return splitCypherStatements(await fs.readFile(file, 'utf8'));
}

/** True for the statements the load itself needs: `CREATE CONSTRAINT … REQUIRE … IS UNIQUE`. */
export function isUniquenessConstraint(statement: string): boolean {
  return /^CREATE\s+CONSTRAINT\b[\s\S]*\bIS\s+UNIQUE\s*$/i.test(statement);
}

async function apply(driver: Driver, statements: string[], database?: string): Promise<void> {
  for (const statement of statements) await driver.executeQuery(statement, {}, { database });
  // Every statement is `IF NOT EXISTS`; the wait makes "applied" mean "ONLINE" (an hour covers 1M nodes).
  await driver.executeQuery('CALL db.awaitIndexes(3600)', {}, { database });
}

/** Before the load: the uniqueness constraints only (idempotent, `IF NOT EXISTS`). */
export async function applyLoadSchema(driver: Driver, database?: string): Promise<void> {
  await apply(driver, (await schemaStatements()).filter(isUniquenessConstraint), database);
}

/**
 * After the load: the whole file (the constraints exist already, so this creates the deferred indexes),
 * so the database ends with exactly the schema `applyConstraints` gives, every index ONLINE on return.
 * Callers report this time on its own (B6-index-build-s); it is not hidden in or dropped from the load.
 */
export async function applyDeferredSchema(driver: Driver, database?: string): Promise<void> {
  await apply(driver, await schemaStatements(), database);
}
