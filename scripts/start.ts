// `npm start`: build what is missing, ensure the database, serve OpsGraph; Ctrl-C, SIGTERM to any process of
// the npm chain, or the death of npm itself stops everything it started (docs/architecture.md, "Shutdown").
import { ConfigError, loadConfig } from '../server/config.ts';
import { startOpsGraph } from '../server/index.ts';
import { LocalNeo4jError } from '../server/neo4j/local/local-neo4j-error.ts';
import { ensureClientBuilt } from './ensure-client-built.ts';
import { watchParent } from './watch-parent.ts';

// Past this, the stop gives up waiting and exits; the Neo4j watchdog then stops the database.
const STOP_DEADLINE_MS = 14_000;

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
  const stop = async (reason: string) => {
    if (stopping) return;
    stopping = true;
    log(`\n${reason}: stopping…`);
    const started = Date.now();
    setTimeout(() => {
      console.error(`Stopping took over ${STOP_DEADLINE_MS / 1000} s; exiting now.`);
      process.exit(1);
    }, STOP_DEADLINE_MS).unref();
    await running.close();
    log(`Stopped in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    process.exit(0);
  };
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void stop(signal));
  watchParent(() => void stop('the parent process exited'));
}

main().catch((error: unknown) => {
  if (error instanceof LocalNeo4jError) console.error(error.describe());
  else if (error instanceof ConfigError) console.error(error.message);
  else console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
