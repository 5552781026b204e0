import type { TestProject } from 'vitest/node';
import { loadConfig } from '../../server/config.ts';
import { ensureDatabase } from '../../server/neo4j/ensure-database.ts';
import type { Neo4jConnection } from '../../server/neo4j/neo4j-connection.ts';
import { prepareDatabase } from '../../server/neo4j/prepare-database.ts';
import { loadSeed } from '../../seed/load-seed.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}

/** One real Neo4j per test run: a throwaway local instance, or NEO4J_URI when it is set. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const config = loadConfig(process.env, {});
  const db = await ensureDatabase(config, {
    instance: 'test',
    log: (line: string) => console.log(`[neo4j] ${line}`),
  });
  await prepareDatabase(db.connection, {
    seed: 'always',
    loadSeed,
    log: (line: string) => console.log(`[prepare] ${line}`),
  });
  project.provide('neo4j', db.connection);
  return () => db.stop();
}
