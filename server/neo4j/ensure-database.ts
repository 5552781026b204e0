import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Config } from '../config.ts';
import { LocalNeo4j, type Log } from './local/local-neo4j.ts';
import type { Neo4jConnection } from './neo4j-connection.ts';

export interface Database {
  connection: Neo4jConnection;
  /** Where it came from: NEO4J_URI, a local instance started now, or one that was already running. */
  origin: 'external' | 'started' | 'reused';
  /** Stops what this call started (nothing for external or reused databases). */
  stop(): Promise<void>;
}

export interface EnsureOptions {
  /** `default`: the persistent database of `npm start`; `test`: a throwaway one, deleted on stop. */
  instance: 'default' | 'test';
  log?: Log;
}

/** The persistent local instance's folder (data, logs, password) for this checkout. */
export function defaultHome(config: Config): string {
  return path.join(config.local.stateDir, 'neo4j');
}

/** Gives a usable database: NEO4J_URI when set, otherwise a local Neo4j this project fetches and starts. */
export async function ensureDatabase(config: Config, options: EnsureOptions): Promise<Database> {
  const log = options.log ?? (() => {});
  if (config.external) {
    const { uri, username, password, database } = config.external;
    log(`Using the database at ${uri} (NEO4J_URI); nothing is started locally.`);
    return { connection: { uri, username, password, database }, origin: 'external', stop: async () => {} };
  }
  if (options.instance === 'default') {
    const local = new LocalNeo4j(defaultHome(config), config.local, log);
    const running = await local.status();
    if (running) {
      log(`Using the local Neo4j already running at ${running.uri}.`);
      return { connection: running, origin: 'reused', stop: async () => {} };
    }
    const connection = await local.start({ tiedToProcess: true });
    // 10 s, then SIGKILL: a signal must stop everything within 15 s (docs/architecture.md, "Shutdown").
    return { connection, origin: 'started', stop: async () => void (await local.stop(10_000)) };
  }
  const home = await fs.mkdtemp(path.join(os.tmpdir(), 'opsgraph-test-neo4j-'));
  const local = new LocalNeo4j(home, config.local, log);
  try {
    const connection = await local.start({ tiedToProcess: true });
    return {
      connection,
      origin: 'started',
      stop: async () => {
        // Its data is deleted next, so a clean shutdown (about 10 s of Bolt draining) buys nothing.
        await local.stop(1000);
        await fs.rm(home, { recursive: true, force: true });
      },
    };
  } catch (error) {
    await fs.rm(home, { recursive: true, force: true });
    throw error;
  }
}
