import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Config } from '../server/config.ts';
import { issueToken } from '../server/auth/issue-token.ts';
import { ensureTokenUser } from '../server/auth/user-store.ts';
import { openDriver, type Neo4jConnection } from '../server/neo4j/neo4j-connection.ts';

export interface ApiProcess {
  url: string;
  /** A viewer token signed with the secret the child was given. */
  token: string;
  stop(): Promise<void>;
}

const here = path.dirname(fileURLToPath(import.meta.url));

/**
 * Starts the API in a child process, as in production (NODE_ENV=production: error masking, no
 * introspection), so its CPU is its own and autocannon's load generator does not share its event loop.
 * `cpuProfileDir` adds `--cpu-prof` for a flame graph of the server.
 */
export async function startApi(
  config: Config,
  neo4j: Neo4jConnection,
  cpuProfileDir?: string,
): Promise<ApiProcess> {
  const secret = randomBytes(48).toString('base64url');
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    HOST: '127.0.0.1',
    PORT: '0',
    NEO4J_URI: neo4j.uri,
    NEO4J_USERNAME: neo4j.username,
    NEO4J_PASSWORD: neo4j.password,
    JWT_SECRET: secret,
    OPSGRAPH_SEED_ON_START: 'false',
    // The bench's own operations are not in the trusted-operation manifest, and what it measures is the
    // API's cost per request, not its admission of documents.
    GRAPHQL_TRUSTED_OPERATIONS: 'false',
    // B4 compares the API with its raw Cypher at the views' default sizes (a 200-node neighbourhood with every
    // edge's evidence): the cost budget would refuse those, and admission is not what is measured.
    GRAPHQL_MAX_COST: '10000000',
    // One log line per request would fill the stdout pipe nobody reads after LISTENING and stall the server.
    LOG_LEVEL: 'warn',
  };
  const profile = cpuProfileDir ? ['--cpu-prof', `--cpu-prof-dir=${cpuProfileDir}`] : [];
  const child = spawn(process.execPath, [...profile, '--import', 'tsx', path.join(here, 'serve-api.ts')], {
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await listeningPort(child);
  // Tokens carry their user's token version, so the bench's viewer is a (password-less) user.
  const driver = openDriver(neo4j, { maxPoolSize: 1 });
  const version = await ensureTokenUser(driver, neo4j.database, 'bench', 'viewer', 'bench').finally(() =>
    driver.close(),
  );
  const token = await issueToken(config.auth, secret, { sub: 'bench', role: 'viewer', version });
  return {
    url: `http://127.0.0.1:${port}`,
    token,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

function listeningPort(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    let buffered = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const match = /LISTENING (\d+)/.exec(buffered);
      if (match) resolve(Number(match[1]));
    });
    child.once('exit', (code) => reject(new Error(`The API exited with code ${code} before listening`)));
  });
}
