// `npm run -s token -- --role viewer [--sub NAME]`: prints a development token as the last line, signed
// with the secret the server uses (JWT_SECRET, or the development secret in .opsgraph/) and carrying the
// user's current token version, so the server accepts it until that user logs out or changes role.
// The user (default `dev-<role>`) is created without a password if missing: it can never sign in.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { ensureDatabase } from '../neo4j/ensure-database.ts';
import { openDriver } from '../neo4j/neo4j-connection.ts';
import { issueToken } from './issue-token.ts';
import { resolveJwtSecret } from './jwt-secret.ts';
import { isRole, ROLES } from './roles.ts';
import { ensureTokenUser, ensureUserConstraint } from './user-store.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { role: { type: 'string', default: 'viewer' }, sub: { type: 'string' } },
  });
  if (!isRole(values.role))
    throw new Error(`usage: npm run -s token -- --role ${ROLES.join('|')} [--sub NAME]`);
  const config = loadConfig();
  const secret = resolveJwtSecret(config);
  if (!secret)
    throw new ConfigError('JWT_SECRET', 'not set: tokens come from the external issuer (JWT_JWKS_URL)');
  const sub = values.sub ?? `dev-${values.role}`;
  const db = await ensureDatabase(config, { instance: 'default', log: (line) => console.error(line) });
  const driver = openDriver(db.connection, { maxPoolSize: 2 });
  try {
    await ensureUserConstraint(driver, db.connection.database);
    const actor = `cli:${process.env.USER ?? 'unknown'}`;
    const version = await ensureTokenUser(driver, db.connection.database, sub, values.role, actor);
    console.log(await issueToken(config.auth, secret, { sub, role: values.role, version }));
  } finally {
    await driver.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
