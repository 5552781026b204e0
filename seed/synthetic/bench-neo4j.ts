import path from 'node:path';
import type { Config } from '../../server/config.ts';
import { LocalNeo4j, type Log } from '../../server/neo4j/local/local-neo4j.ts';

/** Bench memory: the 1M graph (~1.5 GB of store) fits the page cache whole, so queries run hot. */
export const BENCH_MEMORY = { heap: '4g', pageCache: '4g' } as const;

/**
 * The bench's own Neo4j home (git-ignored, under the state folder): never the user's `.opsgraph/neo4j`
 * data nor the test instances, because the bench wipes and bulk-imports its database.
 */
export function benchNeo4j(config: Config, log: Log = () => {}): LocalNeo4j {
  const home = path.join(config.local.stateDir, 'bench-neo4j');
  return new LocalNeo4j(home, { ...config.local, ...BENCH_MEMORY, boltPort: 0 }, log);
}
