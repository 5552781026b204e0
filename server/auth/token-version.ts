import { randomBytes } from 'node:crypto';

/**
 * A new token version for a user. Tokens carry the version they were issued with (`ver`); a new one on
 * the User node (logout, role change, password reset, any admin update) makes every older token fail.
 * Random rather than a counter, because @neo4j/graphql's @populatedBy callback cannot read the old value.
 */
export function newTokenVersion(): string {
  return randomBytes(9).toString('base64url');
}
