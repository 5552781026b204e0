import neo4j, { type Integer } from 'neo4j-driver';
import { encodeEvidence, type EvidenceItem } from './evidence-item.ts';

/** What a fact stores about its evidence: the list, its index key, and the v1 mirror of the primary item. */
export interface FactEvidenceValues<Int = number> {
  evidence: string[];
  /** Distinct source ids, in first-cited order: what the `fact_sources` full-text index covers. */
  sourceIds: string[];
  evidenceCount: Int;
  /** True only when every item is inferred: one source that states the fact makes it stated. */
  inferred: boolean;
  // The primary item (the first stated one, else the first), mirrored so v1 fields, filters and views
  // keep working. Null removes the property (`SET r += …`).
  quote: string | null;
  sourceId: string | null;
  start: Int | null;
  end: Int | null;
  basis: string | null;
}

/** The same, with the INTEGER properties as the driver must send them (a JS number goes as FLOAT). */
export type FactEvidenceProperties = FactEvidenceValues<Integer>;

/** The primary item: the first stated one, or the first one when all are inferred. */
export function primaryEvidence(items: readonly EvidenceItem[]): EvidenceItem | undefined {
  return items.find((item) => !item.inferred) ?? items[0];
}

/**
 * The evidence properties of a fact with these items (at least one: a fact without evidence is deleted), as
 * plain values (the bulk importers type them by name). The only place the list, `sourceIds`, the count
 * and the primary mirror are derived.
 */
export function factEvidenceValues(items: readonly EvidenceItem[]): FactEvidenceValues {
  const primary = primaryEvidence(items);
  if (!primary) throw new Error('A fact needs at least one evidence item');
  return {
    evidence: items.map(encodeEvidence),
    sourceIds: [...new Set(items.map((item) => item.sourceId))],
    evidenceCount: items.length,
    inferred: items.every((item) => item.inferred),
    quote: primary.quote ?? null,
    sourceId: primary.sourceId,
    start: primary.start ?? null,
    end: primary.end ?? null,
    basis: primary.basis ?? null,
  };
}

const integer = (value: number | null) => (value === null ? null : neo4j.int(value));

/** `factEvidenceValues` ready for a parameterised write through the driver. */
export function factEvidenceProperties(items: readonly EvidenceItem[]): FactEvidenceProperties {
  const values = factEvidenceValues(items);
  return {
    ...values,
    evidenceCount: neo4j.int(values.evidenceCount),
    start: integer(values.start),
    end: integer(values.end),
  };
}
