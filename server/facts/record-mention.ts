import neo4j from 'neo4j-driver';
import { apiError, ErrorCode } from '../errors.ts';
import { checkEvidence, refuse, type EvidenceInput } from './check-fact.ts';
import { factId } from './fact-id.ts';
import { factQuery, type FactTransaction } from './fact-store.ts';
import { citedSource, type Reviewer, type WriteOptions } from './record-fact.ts';

export interface RecordMentionInput {
  /** The entity named. */
  nodeId: string;
  /** Where: a quote with its offsets (a reference is cited without one). */
  evidence: EvidenceInput;
  /** A surface form to add to the entity's aliases (e.g. an inflected or abbreviated name). */
  alias?: string | null;
}

/**
 * Records one mention of an entity in a source, checked like any evidence (the source exists, the quote is
 * at its offsets, an inferred one has a basis), in the caller's transaction; the ingestion commit writes its
 * mentions through this. Writing the same mention again updates it (one per entity, source and offset).
 */
export async function recordMention(
  tx: FactTransaction,
  reviewer: Reviewer,
  input: RecordMentionInput,
  options: WriteOptions = {},
): Promise<string> {
  const { evidence } = input;
  checkEvidence(evidence, await citedSource(tx, evidence.sourceId, options));
  const alias = input.alias?.trim() || null;
  if (input.alias !== undefined && input.alias !== null && !alias) throw refuse('alias', 'is empty');
  const key = evidence.start === null || evidence.start === undefined ? undefined : `at-${evidence.start}`;
  const id = factId({ from: input.nodeId, type: 'MENTIONED_IN', to: evidence.sourceId, key });
  const props = {
    sourceId: evidence.sourceId,
    quote: evidence.quote ?? null,
    start: evidence.start ?? null,
    end: evidence.end ?? null,
    inferred: evidence.inferred === true,
    basis: evidence.basis?.trim() || null,
    extractor: evidence.extractor?.trim() || 'manual',
    reviewedBy: reviewer.sub,
    reviewedAt: (options.now ?? new Date()).toISOString(),
    alias,
    provenance: 'source',
  };
  const { records } = await tx.run(factQuery('write-mention'), {
    nodeId: input.nodeId,
    sourceId: evidence.sourceId,
    id,
    props: { ...props, start: intOrNull(props.start), end: intOrNull(props.end) },
    alias,
  });
  if (records.length === 0)
    throw apiError(ErrorCode.BAD_USER_INPUT, `nodeId: no entity with id "${input.nodeId}"`);
  return id;
}

const intOrNull = (value: number | null) => (value === null ? null : neo4j.int(value));
