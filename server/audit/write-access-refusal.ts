import type { Driver } from 'neo4j-driver';
import { AUDIT_LIMITS, capText, type AccessRefusalRecord } from './audit-record.ts';

/**
 * Writes an `:AccessRefusal` in a transaction of its own (the refused operation wrote nothing to join).
 * `suppressed` is the number of refusals from the same address that the rate limit kept out of the trail
 * since the previous record, so a flood shows up as a count instead of as a flood of nodes.
 */
export async function writeAccessRefusal(
  driver: Driver,
  database: string | undefined,
  record: AccessRefusalRecord,
  suppressed: number,
): Promise<void> {
  await driver.executeQuery(
    `CREATE (:AccessRefusal {
       id: 'refusal:' + randomUUID(), at: datetime(), actor: $actor, actorRoles: $actorRoles, address: $address,
       operationName: $operationName, rootFields: $rootFields, outcome: 'refused', status: $status, code: $code,
       suppressed: $suppressed})`,
    {
      actor: capText(record.actor, AUDIT_LIMITS.operationName),
      actorRoles: record.actorRoles.slice(0, 8).map((role) => capText(role, AUDIT_LIMITS.fieldName)),
      address: record.address ? capText(record.address, AUDIT_LIMITS.fieldName) : null,
      operationName: record.operationName ? capText(record.operationName, AUDIT_LIMITS.operationName) : null,
      rootFields: record.rootFields
        .slice(0, AUDIT_LIMITS.refusalRootFields)
        .map((field) => capText(field, AUDIT_LIMITS.fieldName)),
      status: record.status,
      code: capText(record.code, AUDIT_LIMITS.fieldName),
      suppressed,
    },
    { database },
  );
}
