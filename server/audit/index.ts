// The audit trail: records of committed and failed mutations (in their own transaction or the change's)
// and of refused ones. Neutral ground: server/auth (account changes) and server/graphql (the API) both
// write through it, and it imports neither.
export { AUDIT_LIMITS, NO_CHANGES, type AccessRefusalRecord, type AuditChanges } from './audit-record.ts';
export type { AuditEventRecord } from './audit-record.ts';
export { canonicalJson, digestOf } from './canonical-json.ts';
export { redactSecrets, REDACTED } from './redact-secrets.ts';
export { refusalRecorder, type RefusalRecorder } from './refusal-recorder.ts';
export { writeAccessRefusal } from './write-access-refusal.ts';
export { writeAuditEvent } from './write-audit-event.ts';
export { ensureAuditSchema } from './ensure-audit-schema.ts';
