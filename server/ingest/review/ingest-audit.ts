import type { Driver, ManagedTransaction, Transaction } from 'neo4j-driver';
import { writeAuditEvent } from '../../audit/write-audit-event.ts';
import { NO_CHANGES, type AuditChanges, type AuditEventRecord } from '../../audit/audit-record.ts';
import { classifyError } from '../../errors.ts';

/** Who does an ingestion step: a token's subject and roles (or `cli:<user>`), and from where. */
export interface IngestActor {
  sub: string;
  roles: readonly string[];
  /** Client address of an HTTP request; null from the CLI. */
  address: string | null;
}

/**
 * The audit record of an ingestion step (`ingest.propose`, `ingest.commit`, …), written in the step's own
 * transaction so the change and its record commit together, like the GraphQL mutations' (audit-plugin.ts).
 */
export async function auditIngest(
  tx: Transaction | ManagedTransaction,
  actor: IngestActor,
  step: string,
  args: Record<string, unknown>,
  changes: Partial<AuditChanges> = {},
): Promise<void> {
  await writeAuditEvent(tx, stepRecord(actor, step, args, 'committed', null, { ...NO_CHANGES, ...changes }));
}

/** A failed step's record, alone in a transaction of its own (the step's was rolled back). */
export async function auditIngestFailure(
  driver: Driver,
  database: string | undefined,
  actor: IngestActor,
  step: string,
  args: Record<string, unknown>,
  error: unknown,
): Promise<void> {
  const session = driver.session({ database });
  try {
    const record = stepRecord(actor, step, args, 'failed', classifyError(error).code, NO_CHANGES);
    await session.executeWrite((tx) => writeAuditEvent(tx, record));
  } finally {
    await session.close();
  }
}

/** An ingestion step as an audit record: the step is its operation and its one root field. */
function stepRecord(
  actor: IngestActor,
  step: string,
  args: Record<string, unknown>,
  outcome: AuditEventRecord['outcome'],
  code: string | null,
  changes: AuditChanges,
): AuditEventRecord {
  return {
    actor: actor.sub,
    actorRoles: actor.roles,
    address: actor.address,
    operationName: step,
    rootFields: [step],
    arguments: [{ field: step, arguments: args }],
    outcome,
    code,
    changes,
  };
}
