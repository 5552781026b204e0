import type { Driver } from 'neo4j-driver';
import { generatePassword, hashPassword } from './password-hash.ts';
import { countAdmins, ensureUserConstraint, saveUser } from './user-store.ts';

export const FIRST_ADMIN = 'admin';

/**
 * On first start, creates the `admin` account with a random password and returns it once, so the caller
 * can print it; returns null when an admin already exists (the password is never stored in clear).
 */
export async function ensureAdminUser(
  driver: Driver,
  database: string | undefined,
): Promise<{ username: string; password: string } | null> {
  await ensureUserConstraint(driver, database);
  if ((await countAdmins(driver, database)) > 0) return null;
  const password = generatePassword();
  await saveUser(
    driver,
    database,
    { username: FIRST_ADMIN, role: 'admin', passwordHash: await hashPassword(password) },
    'system',
  );
  return { username: FIRST_ADMIN, password };
}
