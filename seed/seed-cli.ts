/**
 * `npm run seed`: applies nothing but the seed itself to the project's database (NEO4J_URI when set,
 * otherwise the local instance of `npm start`, started if needed). Safe to re-run: everything is MERGEd.
 */
import { loadConfig } from '../server/config.ts';
import { ensureDatabase } from '../server/neo4j/ensure-database.ts';
import { openDriver } from '../server/neo4j/neo4j-connection.ts';
import { loadSeed } from './load-seed.ts';
import { SeedValidationError } from './seed-error.ts';

const log = (line: string) => console.log(line);

async function main(): Promise<number> {
  const db = await ensureDatabase(loadConfig(), { instance: 'default', log });
  const driver = openDriver(db.connection, { maxPoolSize: 4 });
  try {
    await loadSeed(driver, { database: db.connection.database, log });
    return 0;
  } catch (error) {
    // Validation problems are the user's to fix: print them plainly, without a stack trace.
    if (error instanceof SeedValidationError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await driver.close();
    await db.stop();
  }
}

process.exitCode = await main();
