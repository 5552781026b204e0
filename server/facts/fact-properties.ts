import neo4j, { type Integer } from 'neo4j-driver';
import { encodeEvidence, type EvidenceItem } from './evidence-item.ts';

/** What a fact stores about its evidence: the list, its index key, and the v1 mirror of the primary item. */
export interface FactEvidenceProperties {
  evidence: string[];
  /** Distinct source ids, in first-cited order: what the `fact_sources` full-text index covers. */
  sourceIds: string[];
  evidenceCount: Integer;
  /** True only when every item is inferred: one source that states the fact makes it stated. */
  inferred: boolean;
  // The primary item (the first stated one, else the first), mirrored so v1 fields, filters and views
  // keep working. Null removes the property (`SET r += …`).
  quote: string | null;
  sourceId: string | null;
  start: Integer | null;
  end: Integer | null;
  basis: string | null;
}

const integer = (value: number | null | undefined) =>
  value === null || value === undefined ? null : neo4j.int(value);

/** The primary item: the first stated one, or the first one when all are inferred. */
export function primaryEvidence(items: readonly EvidenceItem[]): EvidenceItem | undefined {
  return items.find((item) => !item.inferred) ?? items[0];
}

/**
 * The evidence properties of a fact with these items (at least one: a fact without evidence is deleted).
 * The only place the list, `sourceIds`, the counts and the primary mirror are derived.
 */
export function factEvidenceProperties(items: readonly EvidenceItem[]): FactEvidenceProperties {
  const primary = primaryEvidence(items);
  if (!primary) throw new Error('A fact needs at least one evidence item');
  return {
    evidence: items.map(encodeEvidence),
    sourceIds: [...new Set(items.map((item) => item.sourceId))],
    evidenceCount: neo4j.int(items.length),
    inferred: items.every((item) => item.inferred),
    quote: primary.quote ?? null,
    sourceId: primary.sourceId,
    start: integer(primary.start),
    end: integer(primary.end),
    basis: primary.basis ?? null,
  };
}
