import type { Driver, ManagedTransaction } from 'neo4j-driver';
import { NO_CHANGES, writeAuditEvent } from '../audit/index.ts';
import type { Role } from './roles.ts';
import { newTokenVersion } from './token-version.ts';

/** A local account as stored in Neo4j (`:User`); the hash never leaves the server. */
export interface StoredUser {
  username: string;
  role: Role;
  /** Null for accounts that cannot sign in (development-token users). */
  passwordHash: string | null;
  /** The version every valid token of this user carries (token-version.ts). */
  tokenVersion: string | null;
}

/** Creates the uniqueness constraint local accounts rely on; idempotent. */
export async function ensureUserConstraint(driver: Driver, database: string | undefined): Promise<void> {
  await driver.executeQuery(
    'CREATE CONSTRAINT user_username IF NOT EXISTS FOR (u:User) REQUIRE u.username IS UNIQUE',
    {},
    { database },
  );
}

export async function findUser(
  driver: Driver,
  database: string | undefined,
  username: string,
): Promise<StoredUser | null> {
  const { records } = await driver.executeQuery(
    `MATCH (u:User {username: $username})
     RETURN u.username AS username, u.role AS role, u.passwordHash AS passwordHash, u.tokenVersion AS tokenVersion`,
    { username },
    { database, routing: 'READ' },
  );
  const record = records[0];
  return record ? (record.toObject() as StoredUser) : null;
}

export async function countAdmins(driver: Driver, database: string | undefined): Promise<number> {
  const { records } = await driver.executeQuery(
    "MATCH (u:User {role: 'admin'}) RETURN count(u) AS admins",
    {},
    { database, routing: 'READ' },
  );
  return Number(records[0]?.get('admins') ?? 0);
}

/**
 * Creates or replaces an account and records who did it, in one transaction; `actor` is the CLI user or
 * `system` for the first admin. Every save issues a new token version: a password reset or a role change
 * ends the account's sessions.
 */
export async function saveUser(
  driver: Driver,
  database: string | undefined,
  user: { username: string; role: Role; passwordHash: string },
  actor: string,
): Promise<void> {
  await writeUser(driver, database, 'saveUser', actor, { username: user.username, role: user.role }, (tx) =>
    tx.run(
      `MERGE (u:User {username: $username})
       ON CREATE SET u.id = 'user:' + $username, u.createdAt = datetime()
       SET u.role = $role, u.passwordHash = $passwordHash, u.tokenVersion = $version, u.updatedAt = datetime()
       RETURN u.id AS id`,
      { ...user, version: newTokenVersion() },
    ),
  );
}

/**
 * The account a development token (or a test) stands for: created without a password if missing, so it
 * can never sign in; refused when it exists with another role. Returns its token version.
 */
export async function ensureTokenUser(
  driver: Driver,
  database: string | undefined,
  username: string,
  role: Role,
  actor: string,
): Promise<string> {
  const existing = await findUser(driver, database, username);
  if (existing && existing.role !== role) {
    throw new Error(`The user ${username} has the role ${existing.role}, not ${role}.`);
  }
  if (existing?.tokenVersion) return existing.tokenVersion;
  const version = newTokenVersion();
  await writeUser(driver, database, 'ensureTokenUser', actor, { username, role }, (tx) =>
    tx.run(
      `MERGE (u:User {username: $username})
       ON CREATE SET u.id = 'user:' + $username, u.createdAt = datetime(), u.role = $role
       SET u.tokenVersion = coalesce(u.tokenVersion, $version), u.updatedAt = datetime()
       RETURN u.id AS id`,
      { username, role, version },
    ),
  );
  return (await findUser(driver, database, username))?.tokenVersion ?? version;
}

/** Ends every session of an account (logout): a new token version. False when there is no such user. */
export async function revokeTokens(
  driver: Driver,
  database: string | undefined,
  username: string,
  actor: string,
): Promise<boolean> {
  let found = false;
  await writeUser(driver, database, 'revokeTokens', actor, { username }, async (tx) => {
    const result = await tx.run(
      'MATCH (u:User {username: $username}) SET u.tokenVersion = $version RETURN u.id AS id',
      { username, version: newTokenVersion() },
    );
    found = result.records.length > 0;
    return result;
  });
  return found;
}

type UserWrite = (tx: ManagedTransaction) => Promise<{
  records: { get(key: string): unknown }[];
  summary: { counters: { updates(): Record<string, number> } };
}>;

/** Runs one account change and its audit event in one transaction. */
async function writeUser(
  driver: Driver,
  database: string | undefined,
  operation: string,
  actor: string,
  args: Record<string, unknown>,
  write: UserWrite,
): Promise<void> {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      const result = await write(tx);
      const ids = result.records.map((record) => String(record.get('id')));
      const counts = result.summary.counters.updates();
      const created = (counts.nodesCreated ?? 0) > 0;
      await writeAuditEvent(tx, {
        actor,
        actorRoles: [],
        address: null,
        operationName: operation,
        rootFields: [operation],
        arguments: [{ field: operation, arguments: args }],
        outcome: 'committed',
        code: null,
        changes: {
          ...NO_CHANGES,
          createdIds: created ? ids : [],
          updatedIds: created ? [] : ids,
          nodesCreated: counts.nodesCreated ?? 0,
          propertiesSet: counts.propertiesSet ?? 0,
        },
      });
    });
  } finally {
    await session.close();
  }
}
