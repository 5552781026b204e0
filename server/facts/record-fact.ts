import { apiError, ErrorCode } from '../errors.ts';
import type { RelationshipType } from '../../vocabulary/index.ts';
import {
  checkEnds,
  checkEvidence,
  checkValidity,
  type EvidenceInput,
  type SourceText,
} from './check-fact.ts';
import { decodeEvidence, mergeEvidence, type EvidenceItem } from './evidence-item.ts';
import { factEvidenceProperties } from './fact-properties.ts';
import { factId, parseFactId } from './fact-id.ts';
import { readFactEnds, readSources, writeFacts, type FactRow, type FactTransaction } from './fact-store.ts';

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

/** The cited source: from `options.sources` when the caller read it, else from the database. */
export async function citedSource(
  tx: FactTransaction,
  sourceId: string,
  options: WriteOptions,
): Promise<SourceText | undefined> {
  return options.sources?.get(sourceId) ?? (await readSources(tx, [sourceId])).get(sourceId);
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

/**
 * Records a fact with one checked evidence item, in the caller's transaction: creates the fact, or adds
 * the item to the existing fact of that type between those ends (never a second fact). Every check runs
 * before anything is written; a failed one throws 400 BAD_USER_INPUT naming the field.
 */
export async function recordFact(
  tx: FactTransaction,
  reviewer: Reviewer,
  input: RecordFactInput,
  options: WriteOptions = {},
): Promise<RecordedFact> {
  checkValidity(input.type, input);
  const id = factId(input);
  const ends = await readFactEnds(tx, { id, type: input.type, from: input.from, to: input.to });
  checkEnds(input.type, { id: input.from, label: ends.fromLabel }, { id: input.to, label: ends.toLabel });
  return addChecked(tx, reviewer, { ...input, id, existing: ends.fact }, options);
}

/** Adds one checked evidence item to the existing fact `factId`; 404 NOT_FOUND when there is none. */
export async function addEvidence(
  tx: FactTransaction,
  reviewer: Reviewer,
  id: string,
  evidence: EvidenceInput,
  options: WriteOptions = {},
): Promise<RecordedFact> {
  const key = parseFactId(id);
  const ends = key ? await readFactEnds(tx, { id, type: key.type, from: key.from, to: key.to }) : null;
  if (!key || !ends?.fact || ends.fact.id !== id)
    throw apiError(ErrorCode.NOT_FOUND, `no fact with id ${id}`);
  return addChecked(tx, reviewer, { ...key, id, evidence, existing: ends.fact }, options);
}

async function addChecked(
  tx: FactTransaction,
  reviewer: Reviewer,
  fact: RecordFactInput & { id: string; existing: StoredFact | null },
  options: WriteOptions,
): Promise<RecordedFact> {
  const source = await citedSource(tx, fact.evidence.sourceId, options);
  const { row, recorded } = planEvidence(fact, source, reviewer, options.now ?? new Date());
  await writeFacts(tx, [row]);
  return recorded;
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
