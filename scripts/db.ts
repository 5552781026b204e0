// `npm run db -- start|stop|status [--json]|reset|logs`: the local Neo4j of this checkout.
import fs from 'node:fs/promises';
import path from 'node:path';
import { ConfigError, loadConfig } from '../server/config.ts';
import { defaultHome } from '../server/neo4j/ensure-database.ts';
import { LocalNeo4j } from '../server/neo4j/local/local-neo4j.ts';
import { LocalNeo4jError } from '../server/neo4j/local/local-neo4j-error.ts';
import { backupDatabase, restoreDatabase } from '../server/neo4j/local/backup.ts';
import { logTail, statePaths } from '../server/neo4j/local/local-state.ts';
import { prepareDatabase } from '../server/neo4j/prepare-database.ts';
import { loadSeed } from '../seed/load-seed.ts';

const USAGE =
  'usage: npm run db -- start | stop | status [--json] | reset | logs [--lines N] | backup <file> | restore <file>';

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const config = loadConfig();
  const log = (line: string) => console.error(line);
  const local = new LocalNeo4j(defaultHome(config), config.local, log);
  if (config.external && command !== 'status') {
    console.error(
      `NEO4J_URI is set (${config.external.uri}): the local database is not used. Unset it to manage the local one.`,
    );
    return 1;
  }
  switch (command) {
    case 'start': {
      const connection = await local.start();
      await prepareDatabase(connection, { seed: 'if-empty', loadSeed, log });
      console.log(
        `Neo4j running at ${connection.uri} (user ${connection.username}; password in ${statePaths(local.home).password}).`,
      );
      return 0;
    }
    case 'stop':
      console.log((await local.stop()) ? 'Neo4j stopped.' : 'Neo4j was not running.');
      return 0;
    case 'status': {
      const connection = config.external
        ? { uri: config.external.uri, username: config.external.username, password: config.external.password }
        : await local.status();
      if (rest.includes('--json')) {
        console.log(JSON.stringify(connection ? { running: true, ...connection } : { running: false }));
      } else {
        console.log(
          connection ? `running at ${connection.uri} (user ${connection.username})` : 'not running',
        );
      }
      return connection ? 0 : 3;
    }
    case 'reset': {
      await local.stop();
      await fs.rm(local.home, { recursive: true, force: true });
      console.log(`Removed ${local.home}: the next start creates an empty database with a new password.`);
      return 0;
    }
    case 'logs': {
      const index = rest.indexOf('--lines');
      const lines = index >= 0 ? Number(rest[index + 1]) || 50 : 50;
      console.log(await logTail(path.join(statePaths(local.home).logs, 'neo4j.log'), lines));
      return 0;
    }
    case 'backup':
    case 'restore': {
      const file = rest[0];
      if (!file) {
        console.error(`usage: npm run db -- ${command} <file>`);
        return 2;
      }
      if (command === 'backup')
        console.log(`Dump written to ${await backupDatabase(local, config.local, file, log)}.`);
      else {
        await restoreDatabase(local, config.local, file, log);
        console.log(`Database restored from ${file}.`);
      }
      return 0;
    }
    default:
      console.error(USAGE);
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof LocalNeo4jError) console.error(error.describe());
    else if (error instanceof ConfigError) console.error(error.message);
    else console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  },
);
