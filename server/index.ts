import type { Server } from 'node:http';
import type { Express } from 'express';
import type { Config } from './config.ts';
import { createApp } from './app.ts';
import { ensureAuditSchema } from './audit/index.ts';
import { ensureAdminUser } from './auth/index.ts';
import { assertProductionSecrets } from './auth/production-secrets.ts';
import { ensureDatabase, type Database } from './neo4j/ensure-database.ts';
import { openDriver } from './neo4j/neo4j-connection.ts';
import { prepareDatabase } from './neo4j/prepare-database.ts';
import { loadSeed } from '../seed/load-seed.ts';

export interface Running {
  url: string;
  /** Set only on the start that created the first admin: its one-time password, to print once. */
  firstAdmin: { username: string; password: string } | null;
  database: Database;
  /** Stops the HTTP server, the driver and the Neo4j this process started (if any). */
  close(): Promise<void>;
}

// Requests still running when a stop begins get this long before their connections are cut.
const DRAIN_MS = 3_000;

/** The composition root: config → database → driver → app → listen. */
export async function startOpsGraph(config: Config, log: (line: string) => void): Promise<Running> {
  // Before anything starts: production refuses published, short or weak secrets.
  await assertProductionSecrets(config);
  const database = await ensureDatabase(config, { instance: 'default', log });
  try {
    await prepareDatabase(
      database.connection,
      config.seedOnStart ? { seed: 'if-empty', loadSeed, log } : { seed: 'never', log },
    );
    const driver = openDriver(database.connection);
    const firstAdmin = await ensureAdminUser(driver, database.connection.database);
    await ensureAuditSchema(driver, database.connection.database);
    const app = await createApp({ config, driver, database: database.connection.database });
    const server = await listen(app.app, config.port, config.host);
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    const url = `http://${config.host === '0.0.0.0' ? 'localhost' : config.host}:${port}`;
    return {
      url,
      firstAdmin,
      database,
      close: async () => {
        await closeServer(server);
        await app.stop();
        await driver.close();
        await database.stop();
      },
    };
  } catch (error) {
    await database.stop();
    throw error;
  }
}

/** Stops accepting, lets running requests finish for DRAIN_MS, then cuts what is left (keep-alive sockets). */
function closeServer(server: Server): Promise<void> {
  return new Promise<void>((resolve) => {
    const cut = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
    server.close(() => {
      clearTimeout(cut);
      resolve();
    });
    server.closeIdleConnections();
  });
}

function listen(app: Express, port: number, host: string): Promise<Server> {
  return new Promise((resolve, reject) => {
    const server = app.listen(port, host);
    server.once('listening', () => resolve(server));
    server.once('error', (error: NodeJS.ErrnoException) => {
      reject(
        error.code === 'EADDRINUSE'
          ? new Error(`Port ${port} is already in use: set PORT to another port.`)
          : error,
      );
    });
  });
}
