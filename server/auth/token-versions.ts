import type { Driver } from 'neo4j-driver';
import type { Role } from './roles.ts';

/** What a token is checked against: the user's role and token version now. */
export interface TokenState {
  role: Role;
  tokenVersion: string | null;
}

export interface TokenVersions {
  /** The user's state, read at most `ttlSeconds` ago; null when there is no such user. */
  current(username: string): Promise<TokenState | null>;
  /** Forgets a cached state (after this process changed it), so the change bites at once here. */
  forget(username: string): void;
}

// Bounds the cache: one entry per user seen, oldest dropped first.
const MAX_ENTRIES = 10_000;

/**
 * Users' token versions with a short cache: a request costs a map lookup, and a logout, role change or
 * deletion made anywhere takes effect within `ttlSeconds` (at most 30, docs/api.md). Concurrent misses for
 * one user share one read.
 */
export function tokenVersions(
  driver: Driver,
  database: string | undefined,
  ttlSeconds: number,
): TokenVersions {
  const cache = new Map<string, { until: number; state: Promise<TokenState | null> }>();
  const read = async (username: string): Promise<TokenState | null> => {
    const { records } = await driver.executeQuery(
      'MATCH (u:User {username: $username}) RETURN u.role AS role, u.tokenVersion AS tokenVersion',
      { username },
      { database, routing: 'READ' },
    );
    return records[0] ? (records[0].toObject() as TokenState) : null;
  };
  return {
    current(username) {
      const now = Date.now();
      const hit = cache.get(username);
      if (hit && hit.until > now) return hit.state;
      cache.delete(username);
      if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
      const state = read(username);
      cache.set(username, { until: now + ttlSeconds * 1000, state });
      // A failed read is not remembered: the next request asks the database again.
      state.catch(() => cache.delete(username));
      return state;
    },
    forget(username) {
      cache.delete(username);
    },
  };
}
