import type { ManagedTransaction, Transaction } from 'neo4j-driver';
import { AUDIT_LIMITS, capText, type AuditEventRecord } from './audit-record.ts';
import { canonicalJson, digestOf } from './canonical-json.ts';
import { redactSecrets } from './redact-secrets.ts';

/**
 * Writes an `:AuditEvent` in the caller's transaction, so a committed change and its record commit
 * together (and a failed one's record is written alone). Arguments are redacted before anything is
 * stored or hashed; every text is capped (AUDIT_LIMITS).
 */
export async function writeAuditEvent(
  tx: Transaction | ManagedTransaction,
  record: AuditEventRecord,
): Promise<void> {
  const redacted = redactSecrets(record.arguments);
  const json = canonicalJson(redacted);
  const operationName = record.operationName
    ? capText(record.operationName, AUDIT_LIMITS.operationName)
    : null;
  const rootFields = record.rootFields
    .slice(0, AUDIT_LIMITS.rootFields)
    .map((field) => capText(field, AUDIT_LIMITS.fieldName));
  const ids = (list: readonly string[]) => list.slice(0, AUDIT_LIMITS.idsPerList);
  const { changes } = record;
  await tx.run(
    `CREATE (:AuditEvent {
       id: 'audit:' + randomUUID(), at: datetime(), actor: $actor, actorRoles: $actorRoles, address: $address,
       operation: $operation, operationName: $operationName, rootFields: $rootFields,
       arguments: $arguments, argumentsTruncated: $argumentsTruncated, argumentsDigest: $argumentsDigest,
       outcome: $outcome, code: $code,
       createdIds: $createdIds, updatedIds: $updatedIds, deletedIds: $deletedIds, idsComplete: $idsComplete,
       nodesCreated: $nodesCreated, nodesDeleted: $nodesDeleted, relationshipsCreated: $relationshipsCreated,
       relationshipsDeleted: $relationshipsDeleted, propertiesSet: $propertiesSet})`,
    {
      actor: capText(record.actor, AUDIT_LIMITS.operationName),
      actorRoles: [...record.actorRoles],
      address: record.address,
      operation: `${operationName ?? 'anonymous'}: ${rootFields.join(', ')}`,
      operationName,
      rootFields,
      arguments: capText(json, AUDIT_LIMITS.argumentsJson),
      argumentsTruncated: json.length > AUDIT_LIMITS.argumentsJson,
      argumentsDigest: digestOf(redacted),
      outcome: record.outcome,
      code: record.code,
      createdIds: ids(changes.createdIds),
      updatedIds: ids(changes.updatedIds),
      deletedIds: ids(changes.deletedIds),
      idsComplete:
        changes.idsComplete &&
        [changes.createdIds, changes.updatedIds, changes.deletedIds].every(
          (list) => list.length <= AUDIT_LIMITS.idsPerList,
        ),
      nodesCreated: changes.nodesCreated,
      nodesDeleted: changes.nodesDeleted,
      relationshipsCreated: changes.relationshipsCreated,
      relationshipsDeleted: changes.relationshipsDeleted,
      propertiesSet: changes.propertiesSet,
    },
  );
}
