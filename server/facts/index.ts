// The one module that writes facts' evidence (docs/data-model.md, "Evidence"): the stored JSON items, the
// merge, the primary mirror, the checks, and recordFact / addEvidence / retractSource, each taking the
// caller's transaction so the API's mutations and the ingestion commit write through the same code; and
// recordMention, the same checks for where an entity is named.
export * from './check-fact.ts';
export * from './evidence-item.ts';
export * from './fact-id.ts';
export * from './fact-properties.ts';
export * from './partial-date.ts';
export * from './plan-evidence.ts';
export * from './record-fact.ts';
export * from './record-facts.ts';
export * from './record-mention.ts';
export * from './retract-source.ts';
export type { FactTransaction } from './fact-store.ts';
