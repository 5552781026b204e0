import type { Driver } from 'neo4j-driver';
import { addIdLabel } from './add-id-label.ts';
import { applyConstraints } from './apply-constraints.ts';
import { openDriver, type Neo4jConnection } from './neo4j-connection.ts';

/**
 * Loads the seed graph into a prepared database. Passed in by the composition roots (`server/index.ts`,
 * `scripts/db.ts`, the tests' global setups), so `server/neo4j/` never imports `seed/`, which imports it.
 */
export type SeedLoader = (
  driver: Driver,
  options: { database?: string; log: (line: string) => void },
) => Promise<unknown>;

export type PrepareOptions = { log?: (line: string) => void } & (
  | { seed: 'never' }
  /** `always` (tests), `if-empty` (npm start: seed a new database, never touch a used one). */
  | { seed: 'always' | 'if-empty'; loadSeed: SeedLoader }
);

/** Schema first (constraints, indexes), then the seed graph when asked. */
export async function prepareDatabase(connection: Neo4jConnection, options: PrepareOptions): Promise<void> {
  const log = options.log ?? (() => {});
  const driver = openDriver(connection, { maxPoolSize: 4 });
  const database = connection.database;
  try {
    const count = await applyConstraints(driver, database);
    log(`Applied ${count} schema statements from cypher/constraints.cypher.`);
    const labelled = await addIdLabel(driver, database);
    if (labelled > 0) log(`Gave ${labelled} nodes written before data contract v2 the id label.`);
    if (options.seed === 'never') return;
    let seed = options.seed === 'always';
    if (options.seed === 'if-empty') {
      const result = await driver.executeQuery('MATCH (n) RETURN count(n) > 0 AS used', {}, { database });
      seed = !result.records[0]?.get('used');
      if (!seed) log('Database already holds data: seed not loaded (run `npm run seed` to update it).');
    }
    if (seed) {
      log('Loading the seed graph…');
      await options.loadSeed(driver, { database, log });
    }
  } finally {
    await driver.close();
  }
}
