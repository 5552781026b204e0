import os from 'node:os';
import { ensureAuditSchema } from '../../audit/index.ts';
import { loadConfig } from '../../config.ts';
import { ensureDatabase } from '../../neo4j/ensure-database.ts';
import { openDriver } from '../../neo4j/neo4j-connection.ts';
import { prepareDatabase } from '../../neo4j/prepare-database.ts';
import { ensureDraftSchema } from '../review/draft-store.ts';
import type { IngestActor } from '../review/ingest-audit.ts';
import { graphIngestDeps } from '../review/ingest-deps.ts';
import { ingestService, type IngestService } from '../review/ingest-service.ts';

/**
 * Runs `work` with the ingestion service over the project's database (NEO4J_URI, or the local instance of
 * `npm start`, started if needed, as `npm run seed` does), then closes everything.
 */
export async function withIngestService<T>(
  work: (service: IngestService) => Promise<T>,
  options: { extractor?: string } = {},
): Promise<T> {
  const log = (line: string) => console.error(`[neo4j] ${line}`);
  const db = await ensureDatabase(loadConfig(), { instance: 'default', log });
  // The graph's schema (constraints, the search and fact_sources indexes), idempotent; the seed is
  // `npm start`'s or `npm run seed`'s to load.
  await prepareDatabase(db.connection, { seed: 'never' });
  const driver = openDriver(db.connection, { maxPoolSize: 4 });
  const database = db.connection.database;
  try {
    await ensureDraftSchema(driver, database);
    await ensureAuditSchema(driver, database);
    return await work(ingestService(graphIngestDeps(driver, database, options.extractor)));
  } finally {
    await driver.close();
    await db.stop();
  }
}

/** Who runs a CLI step: `cli:<name>` (the --as value, else the OS user), as the audit trail names it. */
export function cliActor(as: string | undefined): IngestActor {
  return { sub: `cli:${as ?? os.userInfo().username}`, roles: ['cli'], address: null };
}
