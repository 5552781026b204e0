import { apiError, ErrorCode } from '../errors.ts';
import type { EvidenceInput } from './check-fact.ts';
import { parseFactId } from './fact-id.ts';
import { readFactEnds, readSources, writeFacts, type FactTransaction } from './fact-store.ts';
import {
  planEvidence,
  type RecordedFact,
  type RecordFactInput,
  type Reviewer,
  type WriteOptions,
} from './plan-evidence.ts';
import { recordFacts } from './record-facts.ts';

/**
 * Records a fact with one checked evidence item, in the caller's transaction: creates the fact, or adds
 * the item to the existing fact of that type between those ends (never a second fact). Every check runs
 * before anything is written; a failed one throws 400 BAD_USER_INPUT naming the field. It is the batch
 * of one, so a single fact and a reviewed draft's many go through the same checks and statements.
 */
export async function recordFact(
  tx: FactTransaction,
  reviewer: Reviewer,
  input: RecordFactInput,
  options: WriteOptions = {},
): Promise<RecordedFact> {
  const [recorded] = await recordFacts(tx, reviewer, [input], { ...options, where: () => null });
  return recorded!;
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
  const source =
    options.sources?.get(evidence.sourceId) ??
    (await readSources(tx, [evidence.sourceId])).get(evidence.sourceId);
  const { row, recorded } = planEvidence(
    { ...key, id, evidence, existing: ends.fact },
    source,
    reviewer,
    options.now ?? new Date(),
  );
  await writeFacts(tx, [row]);
  return recorded;
}
