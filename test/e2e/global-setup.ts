import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { randomBytes } from 'node:crypto';
import type { TestProject } from 'vitest/node';
import { createApp } from '../../server/app.ts';
import { hashPassword } from '../../server/auth/password-hash.ts';
import { ensureUserConstraint, saveUser } from '../../server/auth/user-store.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { ensureDatabase } from '../../server/neo4j/ensure-database.ts';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import { prepareDatabase } from '../../server/neo4j/prepare-database.ts';
import { loadSeed } from '../../seed/load-seed.ts';
import { ensureClientBuilt } from '../../scripts/ensure-client-built.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    e2e: { baseUrl: string; username: string; password: string };
    /** An editor account (ingestion: an analyst proposes, an editor commits), same password as the viewer. */
    e2eEditor: { username: string; password: string };
    /** The run's database, for tests that compare what the page draws with the graph itself. */
    e2eDatabase: { uri: string; username: string; password: string; database?: string };
  }
}

/** Only for this run's throwaway server; HS256 wants 32+ characters. */
const E2E_JWT_SECRET = randomBytes(36).toString('base64url');

/**
 * One stack per e2e run: the client built, a throwaway Neo4j with the seed, a viewer account, and the real
 * app (API + client) on a free port. Tests only get a URL and credentials, as an investigator would.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const log = (line: string) => console.log(`[e2e] ${line}`);
  await ensureClientBuilt(log);
  const base = loadConfig(process.env, {});
  const db = await ensureDatabase(base, { instance: 'test', log: (line) => log(`neo4j: ${line}`) });
  const stops: (() => Promise<void>)[] = [() => db.stop()];
  const teardown = async () => {
    for (const stop of stops.reverse()) await stop().catch((error: unknown) => console.error(error));
  };
  try {
    await prepareDatabase(db.connection, {
      seed: 'always',
      loadSeed,
      log: (line) => log(`prepare: ${line}`),
    });
    const driver = openDriver(db.connection, { maxPoolSize: 10 });
    stops.push(() => driver.close());
    const database = db.connection.database;
    const username = 'e2e-investigator';
    const password = randomBytes(12).toString('base64url');
    await ensureUserConstraint(driver, database);
    await saveUser(
      driver,
      database,
      { username, role: 'viewer', passwordHash: await hashPassword(password) },
      'e2e',
    );
    const editor = 'e2e-editor';
    await saveUser(
      driver,
      database,
      { username: editor, role: 'editor', passwordHash: await hashPassword(password) },
      'e2e',
    );
    const config: Config = {
      ...base,
      env: 'test',
      auth: { ...base.auth, jwtSecret: E2E_JWT_SECRET },
      // Production's 15 s is too short when two test runs share a loaded 2-core machine.
      queryTimeoutMs: 120_000,
    };
    const { app, stop } = await createApp({ config, driver, database });
    stops.push(stop);
    const server: Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s));
    });
    stops.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    log(`workspace at ${baseUrl}`);
    project.provide('e2e', { baseUrl, username, password });
    project.provide('e2eEditor', { username: editor, password });
    project.provide('e2eDatabase', { ...db.connection });
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
