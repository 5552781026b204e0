import { encodeEvidence } from './evidence-item.ts';
import { checkEnds, checkValidity, inItem } from './check-fact.ts';
import { factId } from './fact-id.ts';
import { readFactsEnds, readSources, writeFacts, type FactRow, type FactTransaction } from './fact-store.ts';
import {
  planEvidence,
  type RecordedFact,
  type RecordFactInput,
  type Reviewer,
  type StoredFact,
  type WriteOptions,
} from './plan-evidence.ts';

export interface BatchOptions extends WriteOptions {
  /** Where item `index` came from, put in front of its refusal (default `facts.<index>`); null: nothing. */
  where?: (index: number) => string | null;
}

/**
 * recordFact for many facts in the caller's transaction, with the same checks and the same result per item,
 * in three statements however many there are: every end locked and read at once (in id order, so writers of
 * one fact take turns), the cited sources not given in `options.sources` read at once, and every fact
 * written by one UNWIND. Items are applied in order, so two items of one fact merge as two calls would
 * (the first creates it, the second adds to it). Every item is checked before anything is written; a refusal
 * throws 400 naming the item (`where(i)`) and its field, and the caller's rollback leaves nothing behind.
 */
export async function recordFacts(
  tx: FactTransaction,
  reviewer: Reviewer,
  inputs: readonly RecordFactInput[],
  options: BatchOptions = {},
): Promise<RecordedFact[]> {
  if (inputs.length === 0) return [];
  const where = options.where ?? ((index: number) => `facts.${index}`);
  const keyed = inputs.map((input, index) => {
    try {
      checkValidity(input.type, input);
    } catch (error) {
      throw inItem(error, where(index));
    }
    return { ...input, id: factId(input) };
  });
  const ends = await readFactsEnds(tx, keyed);
  const sources = new Map(options.sources);
  const unread = keyed.map((f) => f.evidence.sourceId).filter((id) => !sources.has(id));
  if (unread.length > 0) for (const [id, source] of await readSources(tx, unread)) sources.set(id, source);
  const now = options.now ?? new Date();
  // The fact as the items before this one left it, by id; and the one row per fact that gets written.
  const planned = new Map<string, StoredFact>();
  const rows = new Map<string, FactRow>();
  const recorded = keyed.map((fact, index) => {
    try {
      const read = ends[index]!;
      checkEnds(fact.type, { id: fact.from, label: read.fromLabel }, { id: fact.to, label: read.toLabel });
      const existing = planned.get(fact.id) ?? read.fact;
      const plan = planEvidence({ ...fact, existing }, sources.get(fact.evidence.sourceId), reviewer, now);
      const { row } = plan;
      planned.set(fact.id, {
        elementId: row.elementId ?? null,
        id: row.id,
        evidence: plan.recorded.evidence.map(encodeEvidence),
        validFrom: plan.recorded.validFrom,
        validTo: plan.recorded.validTo,
      });
      // A later item's row replaces an earlier one's, keeping what only the first says (provenance).
      rows.set(fact.id, { ...row, props: { ...rows.get(fact.id)?.props, ...row.props } });
      return plan.recorded;
    } catch (error) {
      throw inItem(error, where(index));
    }
  });
  await writeFacts(tx, [...rows.values()]);
  return recorded;
}
