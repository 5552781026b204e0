import { createHash } from 'node:crypto';
import type { ManagedTransaction, Transaction } from 'neo4j-driver';

export interface AuditEntry {
  /** Subject of the verified token (or `system`/the CLI user). */
  actor: string;
  /** GraphQL operation name and root fields, e.g. `AddNote: createAnnotations`. */
  operation: string;
  variables: unknown;
}

/** JSON with sorted keys, so equal variables always give the same digest. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

/** SHA-256 of the canonical variables: proves what was sent without storing personal data twice. */
export function variablesDigest(variables: unknown): string {
  return createHash('sha256').update(canonicalJson(variables)).digest('hex');
}

/** Writes an `:AuditEvent` in the caller's transaction, so the audit and the change commit together. */
export async function writeAuditEvent(
  tx: Transaction | ManagedTransaction,
  entry: AuditEntry,
): Promise<void> {
  await tx.run(
    `CREATE (:AuditEvent {id: 'audit:' + randomUUID(), actor: $actor, at: datetime(), operation: $operation,
       variablesDigest: $digest})`,
    { actor: entry.actor, operation: entry.operation, digest: variablesDigest(entry.variables) },
  );
}
