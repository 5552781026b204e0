import type { Driver } from 'neo4j-driver';

// Admins page the trail by time and filter it by actor (docs/queries/recent-audit-events.graphql).
const STATEMENTS = [
  'CREATE INDEX audit_event_at IF NOT EXISTS FOR (a:AuditEvent) ON (a.at)',
  'CREATE INDEX audit_event_actor IF NOT EXISTS FOR (a:AuditEvent) ON (a.actor)',
  'CREATE INDEX access_refusal_at IF NOT EXISTS FOR (r:AccessRefusal) ON (r.at)',
  'CREATE CONSTRAINT audit_event_id IF NOT EXISTS FOR (a:AuditEvent) REQUIRE a.id IS UNIQUE',
  'CREATE CONSTRAINT access_refusal_id IF NOT EXISTS FOR (r:AccessRefusal) REQUIRE r.id IS UNIQUE',
];

/** The audit trail's indexes and constraints; idempotent. */
export async function ensureAuditSchema(driver: Driver, database: string | undefined): Promise<void> {
  for (const statement of STATEMENTS) await driver.executeQuery(statement, {}, { database });
}
