import neo4j from 'neo4j-driver';
import { apiError, ErrorCode } from '../errors.ts';
import { checkEvidence, inItem, refuse, type EvidenceInput } from './check-fact.ts';
import { factId } from './fact-id.ts';
import { factQuery, readSources, type FactTransaction } from './fact-store.ts';
import type { BatchOptions } from './record-facts.ts';
import type { Reviewer, WriteOptions } from './plan-evidence.ts';

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
 * at its offsets, an inferred one has a basis), in the caller's transaction. Writing the same mention again
 * updates it (one per entity, source and offset). Returns the mention's id.
 */
export async function recordMention(
  tx: FactTransaction,
  reviewer: Reviewer,
  input: RecordMentionInput,
  options: WriteOptions = {},
): Promise<string> {
  return (await recordMentions(tx, reviewer, [input], { ...options, where: () => null }))[0]!;
}

/**
 * recordMention for many mentions in two statements at most (the sources not in `options.sources`, then one
 * UNWIND write); the ingestion commit writes a document's mentions through it. Every item is checked before
 * anything is written; a refusal names the item (`where(i)`, default `mentions.<index>`) and its field.
 */
export async function recordMentions(
  tx: FactTransaction,
  reviewer: Reviewer,
  inputs: readonly RecordMentionInput[],
  options: BatchOptions = {},
): Promise<string[]> {
  if (inputs.length === 0) return [];
  const where = options.where ?? ((index: number) => `mentions.${index}`);
  const at = (index: number, error: unknown) => inItem(error, where(index));
  const sources = new Map(options.sources);
  const unread = inputs.map((m) => m.evidence.sourceId).filter((id) => !sources.has(id));
  if (unread.length > 0) for (const [id, source] of await readSources(tx, unread)) sources.set(id, source);
  const reviewedAt = (options.now ?? new Date()).toISOString();
  const rows = inputs.map((input, index) => {
    try {
      return mentionRow(input, index, sources.get(input.evidence.sourceId), reviewer, reviewedAt);
    } catch (error) {
      throw at(index, error);
    }
  });
  const { records } = await tx.run(factQuery('write-mentions'), { rows });
  const written = new Set(records.map((r) => Number(r.get('index'))));
  const missing = rows.findIndex((_, index) => !written.has(index));
  if (missing >= 0)
    throw at(
      missing,
      apiError(ErrorCode.BAD_USER_INPUT, `nodeId: no entity with id "${inputs[missing]!.nodeId}"`),
    );
  return rows.map((row) => row.id);
}

/** One checked mention as write-mentions.cypher takes it. */
function mentionRow(
  input: RecordMentionInput,
  index: number,
  source: Parameters<typeof checkEvidence>[1],
  reviewer: Reviewer,
  reviewedAt: string,
) {
  const { evidence } = input;
  checkEvidence(evidence, source);
  const alias = input.alias?.trim() || null;
  if (input.alias !== undefined && input.alias !== null && !alias) throw refuse('alias', 'is empty');
  const key = evidence.start === null || evidence.start === undefined ? undefined : `at-${evidence.start}`;
  const id = factId({ from: input.nodeId, type: 'MENTIONED_IN', to: evidence.sourceId, key });
  const props = {
    sourceId: evidence.sourceId,
    quote: evidence.quote ?? null,
    start: intOrNull(evidence.start ?? null),
    end: intOrNull(evidence.end ?? null),
    inferred: evidence.inferred === true,
    basis: evidence.basis?.trim() || null,
    extractor: evidence.extractor?.trim() || 'manual',
    reviewedBy: reviewer.sub,
    reviewedAt,
    alias,
    provenance: 'source',
  };
  return { index, nodeId: input.nodeId, sourceId: evidence.sourceId, id, props, alias };
}

const intOrNull = (value: number | null) => (value === null ? null : neo4j.int(value));
