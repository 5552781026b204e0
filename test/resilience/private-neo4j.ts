import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/config.ts';
import { freePort } from '../../server/neo4j/local/free-port.ts';
import { LocalNeo4j } from '../../server/neo4j/local/local-neo4j.ts';
import { isAlive, readState } from '../../server/neo4j/local/local-state.ts';
import type { Neo4jConnection } from '../../server/neo4j/neo4j-connection.ts';
import { prepareDatabase } from '../../server/neo4j/prepare-database.ts';
import { loadSeed } from '../../seed/load-seed.ts';

/** A throwaway Neo4j in a temp home that a test may kill, stop and restart at will. */
export interface PrivateNeo4j {
  connection: Neo4jConnection;
  /** `kill -9` of the server process; resolves once it is gone. */
  kill9(): Promise<void>;
  /** Clean stop (SIGTERM). */
  stop(): Promise<void>;
  /** Starts it again on the same port (so an open driver reconnects); resolves when it answers. */
  start(): Promise<void>;
  /** Stops it and removes its home. */
  dispose(): Promise<void>;
}

/**
 * Starts a private Neo4j on a fixed free port with a small heap (the machine is shared), applies the
 * schema and, if asked, the seed. The same port across restarts is what lets the API's driver reconnect.
 */
export async function startPrivateNeo4j(name: string, seed: boolean): Promise<PrivateNeo4j> {
  const home = await fs.mkdtemp(path.join(os.tmpdir(), `opsgraph-${name}-`));
  const settings = { ...loadConfig().local, boltPort: await freePort(), heap: '512m', pageCache: '128m' };
  const local = new LocalNeo4j(home, settings);
  const connection = await local.start();
  await prepareDatabase(connection, seed ? { seed: 'always', loadSeed } : { seed: 'never' });
  return {
    connection,
    async kill9() {
      const state = await readState(home);
      if (!state) throw new Error('no state.json: Neo4j is not running');
      process.kill(state.pid, 'SIGKILL');
      for (let i = 0; i < 100 && isAlive(state.pid); i += 1) await new Promise((r) => setTimeout(r, 100));
    },
    async stop() {
      await local.stop(30_000);
    },
    async start() {
      await local.start();
    },
    async dispose() {
      await local.stop(10_000);
      await fs.rm(home, { recursive: true, force: true });
    },
  };
}
