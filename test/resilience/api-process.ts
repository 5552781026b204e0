import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { issueToken } from '../../server/auth/issue-token.ts';
import { ensureTokenUser } from '../../server/auth/user-store.ts';
import { loadConfig, repoRoot, type Config } from '../../server/config.ts';
import { openDriver } from '../../server/neo4j/neo4j-connection.ts';
import type { Role } from '../../server/auth/roles.ts';
import type { Neo4jConnection } from '../../server/neo4j/neo4j-connection.ts';

const SECRET = 'resilience-secret-for-the-api-process-only-0123';

export interface ApiProcess {
  url: string;
  token(role: Role): Promise<string>;
  close(): Promise<void>;
}

/** Starts test/resilience/serve-api.ts in its own Node process; resolves once it listens. */
export async function startApiProcess(
  connection: Neo4jConnection,
  overrides: { graphql?: Partial<Config['graphql']> } = {},
): Promise<ApiProcess> {
  const child: ChildProcess = spawn(
    process.execPath,
    ['--import', 'tsx', path.join(repoRoot, 'test', 'resilience', 'serve-api.ts')],
    {
      cwd: repoRoot,
      env: {
        ...process.env,
        OPSGRAPH_TEST_CONNECTION: JSON.stringify(connection),
        OPSGRAPH_TEST_OVERRIDES: JSON.stringify(overrides),
        OPSGRAPH_TEST_SECRET: SECRET,
        LOG_LEVEL: 'error',
      },
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /listening (http:\/\/\S+)/.exec(out);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the API process exited (${code}) before listening`)));
  });
  const auth = loadConfig({ NODE_ENV: 'test' }).auth;
  return {
    url,
    // Tokens name an account whose token version the server checks, so the account is made first.
    async token(role) {
      const sub = `resilience-${role}`;
      const driver = openDriver(connection, { maxPoolSize: 1 });
      try {
        const version = await ensureTokenUser(driver, connection.database, sub, role, 'test');
        return await issueToken(auth, SECRET, { sub, role, version });
      } finally {
        await driver.close();
      }
    },
    close: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
