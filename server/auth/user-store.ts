import type { Driver } from 'neo4j-driver';
import { writeAuditEvent } from '../audit/audit-event.ts';
import type { Role } from './roles.ts';

/** A local account as stored in Neo4j (`:User`); the hash never leaves the server. */
export interface StoredUser {
  username: string;
  role: Role;
  passwordHash: string;
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
    'MATCH (u:User {username: $username}) RETURN u.username AS username, u.role AS role, u.passwordHash AS passwordHash',
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
 * `system` for the first admin.
 */
export async function saveUser(
  driver: Driver,
  database: string | undefined,
  user: StoredUser,
  actor: string,
) {
  const session = driver.session({ database });
  try {
    await session.executeWrite(async (tx) => {
      await tx.run(
        `MERGE (u:User {username: $username})
         ON CREATE SET u.id = 'user:' + $username, u.createdAt = datetime()
         SET u.role = $role, u.passwordHash = $passwordHash, u.updatedAt = datetime()`,
        user,
      );
      await writeAuditEvent(tx, {
        actor,
        operation: 'saveUser',
        variables: { username: user.username, role: user.role },
      });
    });
  } finally {
    await session.close();
  }
}
