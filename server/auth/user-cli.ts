// `npm run user -- add NAME --role R [--password-stdin]`: creates or updates a local account.
// Without --password-stdin a random password is generated and printed once.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.ts';
import { ensureDatabase } from '../neo4j/ensure-database.ts';
import { openDriver } from '../neo4j/neo4j-connection.ts';
import { generatePassword, hashPassword } from './password-hash.ts';
import { isRole, ROLES } from './roles.ts';
import { ensureUserConstraint, saveUser } from './user-store.ts';

const USAGE = `usage: npm run user -- add NAME --role ${ROLES.join('|')} [--password-stdin]`;
const USERNAME = /^[a-z0-9][a-z0-9._-]{1,63}$/;

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8').trim();
}

async function main(): Promise<void> {
  const { positionals, values } = parseArgs({
    allowPositionals: true,
    options: { role: { type: 'string' }, 'password-stdin': { type: 'boolean', default: false } },
  });
  const [command, username] = positionals;
  if (command !== 'add' || !username || !isRole(values.role)) throw new Error(USAGE);
  if (!USERNAME.test(username)) throw new Error('NAME: 2–64 characters of a-z, 0-9, ".", "_" or "-"');
  const password = values['password-stdin'] ? await readStdin() : generatePassword();
  if (password.length < 12) throw new Error('The password must be at least 12 characters long');

  const config = loadConfig();
  const db = await ensureDatabase(config, { instance: 'default', log: (line) => console.error(line) });
  const driver = openDriver(db.connection, { maxPoolSize: 2 });
  try {
    await ensureUserConstraint(driver, db.connection.database);
    const actor = `cli:${process.env.USER ?? 'unknown'}`;
    await saveUser(
      driver,
      db.connection.database,
      { username, role: values.role, passwordHash: await hashPassword(password) },
      actor,
    );
    console.log(`Saved user ${username} with role ${values.role}.`);
    if (!values['password-stdin']) console.log(`One-time password (shown once): ${password}`);
  } finally {
    await driver.close();
    await db.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof ConfigError || error instanceof Error ? error.message : String(error));
  process.exit(1);
});
