import type { RelationshipType } from '../../vocabulary/index.ts';
import { checkEvidence, checkValidity, type EvidenceInput, type SourceText } from './check-fact.ts';
import { decodeEvidence, mergeEvidence, type EvidenceItem } from './evidence-item.ts';
import { factEvidenceProperties } from './fact-properties.ts';
import type { FactRow } from './fact-store.ts';

/** Who accepts the evidence: a token's subject, recorded as `reviewedBy` on every item written. */
export interface Reviewer {
  sub: string;
}

export interface RecordFactInput {
  type: RelationshipType;
  from: string;
  to: string;
  evidence: EvidenceInput;
  validFrom?: string | null;
  validTo?: string | null;
}

/** A fact as written: its id, whether this call created it, and all of its evidence. */
export interface RecordedFact {
  id: string;
  type: RelationshipType;
  from: string;
  to: string;
  created: boolean;
  evidence: EvidenceItem[];
  validFrom: string | null;
  validTo: string | null;
}

export interface WriteOptions {
  /** The review time (default: now). */
  now?: Date;
  /**
   * Sources the caller has already read in this transaction (the ingestion commit writes dozens of items
   * citing one document); an id not in it is read as usual.
   */
  sources?: ReadonlyMap<string, SourceText>;
}

function toItem(input: EvidenceInput, reviewer: Reviewer, now: Date): EvidenceItem {
  return {
    sourceId: input.sourceId,
    quote: input.quote ?? null,
    start: input.start ?? null,
    end: input.end ?? null,
    inferred: input.inferred === true,
    basis: input.basis?.trim() || null,
    basisRu: input.basisRu?.trim() || null,
    extractor: input.extractor?.trim() || 'manual',
    reviewedBy: reviewer.sub,
    reviewedAt: now.toISOString(),
  };
}

/** A fact as it stands before an item is added: read from the graph, or planned earlier in a batch. */
export interface StoredFact {
  /** Null for a fact an earlier item of the same batch creates (it is MERGEd by id). */
  elementId: string | null;
  id: string | null;
  evidence: string[];
  validFrom: string | null;
  validTo: string | null;
}

/**
 * Checks one evidence item against its source and merges it into the fact as it stands (`existing`, null
 * when there is none yet): the row to write and the fact as written. Pure, so recordFact and the batch
 * recordFacts apply the same rules.
 */
export function planEvidence(
  fact: RecordFactInput & { id: string; existing: StoredFact | null },
  source: SourceText | undefined,
  reviewer: Reviewer,
  now: Date,
): { row: FactRow; recorded: RecordedFact } {
  checkEvidence(fact.evidence, source);
  const item = toItem(fact.evidence, reviewer, now);
  const { existing } = fact;
  const evidence = mergeEvidence((existing?.evidence ?? []).map(decodeEvidence), [item]);
  const validFrom = fact.validFrom ?? existing?.validFrom ?? null;
  const validTo = fact.validTo ?? existing?.validTo ?? null;
  checkValidity(fact.type, { validFrom, validTo });
  const id = existing?.id ?? fact.id;
  const created = existing === null;
  // A new fact is document-derived or reference data by its first source, as v1's `provenance` says.
  const provenance = created ? { provenance: source?.kind === 'reference' ? 'reference' : 'source' } : {};
  return {
    row: {
      id,
      type: fact.type,
      from: fact.from,
      to: fact.to,
      elementId: existing?.elementId ?? null,
      props: { ...factEvidenceProperties(evidence), ...provenance, validFrom, validTo },
    },
    recorded: { id, type: fact.type, from: fact.from, to: fact.to, created, evidence, validFrom, validTo },
  };
}
