import type { Config } from '../../config.ts';
import { defaultHome } from '../../neo4j/ensure-database.ts';
import { LocalNeo4j } from '../../neo4j/local/local-neo4j.ts';
import { openDriver } from '../../neo4j/neo4j-connection.ts';
import type { GazetteerEntry } from '../draft.ts';
import { loadDbGazetteer, mergeGazetteers } from './db-gazetteer.ts';
import { loadSeedGazetteer } from './seed-gazetteer.ts';

export interface LoadedGazetteer {
  entries: GazetteerEntry[];
  /** Where the entries came from, for the command's summary. */
  from: 'seed' | 'seed+database';
  /** Why the database was not used, when it was not. */
  note: string | null;
}

/**
 * The seed's entries plus, when a database is reachable (NEO4J_URI, or this checkout's running local
 * Neo4j), the graph's own; without one, extraction still works on the seed alone. Never starts a database.
 */
export async function loadGazetteer(config: Config): Promise<LoadedGazetteer> {
  const seed = await loadSeedGazetteer();
  const connection =
    config.external ?? (await new LocalNeo4j(defaultHome(config), config.local, () => {}).status());
  if (!connection)
    return { entries: seed, from: 'seed', note: 'no database running: linking uses the seed files' };
  const driver = openDriver(connection, { maxPoolSize: 1 });
  try {
    const fromDb = await loadDbGazetteer(driver, config.external?.database);
    return { entries: mergeGazetteers(fromDb, seed), from: 'seed+database', note: null };
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    return {
      entries: seed,
      from: 'seed',
      note: `database not reachable (${reason}): linking uses the seed files`,
    };
  } finally {
    await driver.close();
  }
}
