// `npm start`: build what is missing, ensure the database, serve OpsGraph; Ctrl-C stops everything it started.
import { ConfigError, loadConfig } from '../server/config.ts';
import { startOpsGraph } from '../server/index.ts';
import { LocalNeo4jError } from '../server/neo4j/local/local-neo4j-error.ts';
import { ensureClientBuilt } from './ensure-client-built.ts';

const log = (line: string) => console.log(line);

async function main(): Promise<void> {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  if (major < 20 || (major === 20 && minor < 19)) {
    throw new Error(`Node ${process.versions.node} is too old: OpsGraph needs Node >= 20.19.`);
  }
  const config = loadConfig();
  await ensureClientBuilt(log);
  const running = await startOpsGraph(config, log);
  log('');
  log(`OpsGraph is running:`);
  log(`  app      ${running.url}/`);
  log(`  GraphQL  ${running.url}/graphql`);
  log(`  health   ${running.url}/health   ready ${running.url}/ready`);
  log(`  Neo4j    ${running.database.connection.uri} (${running.database.origin})`);
  if (running.firstAdmin) {
    log('');
    log(`First start: created the user "${running.firstAdmin.username}" with the one-time password`);
    log(`  ${running.firstAdmin.password}`);
    log(
      'It is shown only now (only its hash is stored). Add users with `npm run user -- add NAME --role viewer`.',
    );
  }
  log('Press Ctrl-C to stop.');

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${signal}: stopping…`);
    await running.close();
    log('Stopped.');
    process.exit(0);
  };
  process.on('SIGINT', () => void stop('SIGINT'));
  process.on('SIGTERM', () => void stop('SIGTERM'));
}

main().catch((error: unknown) => {
  if (error instanceof LocalNeo4jError) console.error(error.describe());
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
