import { z } from 'zod';
import { refuse } from '../../facts/index.ts';
import { ENTITY_LABELS, type NodeLabel } from '../../../vocabulary/index.ts';
import type { Draft } from '../draft.ts';
import type { ReviewDecisions, Span } from '../../../shared/proposal-status.ts';

export type {
  EntityDecision,
  RelationshipDecision,
  ReviewDecisions,
  Verdict,
} from '../../../shared/proposal-status.ts';

export const NO_DECISIONS: ReviewDecisions = { entities: {}, relationships: {} };

/** Labels a reviewer may give an entity: the vocabulary's entity labels. */
const REVIEW_LABELS = ENTITY_LABELS as [NodeLabel, ...NodeLabel[]];
const verdict = z.enum(['pending', 'accepted', 'rejected']);
const span = z.object({ start: z.number().int().min(0), end: z.number().int().min(1) }).strict();

const decisionsSchema = z
  .object({
    entities: z
      .record(
        z.string().max(40),
        z
          .object({
            verdict,
            name: z.string().trim().min(1).max(300).optional(),
            label: z.enum(REVIEW_LABELS).optional(),
            existingId: z.string().min(1).max(300).nullable().optional(),
            mentions: z.array(span).min(1).max(200).optional(),
          })
          .strict(),
      )
      .default({}),
    relationships: z
      .record(
        z.string().regex(/^\d{1,5}$/),
        z
          .object({
            verdict,
            start: z.number().int().min(0).optional(),
            end: z.number().int().min(1).optional(),
          })
          .strict()
          .refine((d) => (d.start === undefined) === (d.end === undefined), 'start and end go together'),
      )
      .default({}),
  })
  .strict();

/**
 * Checks decisions sent for `draft`: the shape, every ref and index naming a proposal of this draft, and
 * every edited span lying inside the document's text. Throws 400 BAD_USER_INPUT naming the field.
 */
export function parseDecisions(input: unknown, draft: Draft): ReviewDecisions {
  const parsed = decisionsSchema.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw refuse(['decisions', ...issue.path.map(String)].join('.'), issue.message);
  }
  const decisions = parsed.data as ReviewDecisions;
  const refs = new Set(draft.entities.map((e) => e.ref));
  const length = draft.source.text.length;
  const checkSpan = (field: string, m: Span) => {
    if (m.end <= m.start || m.end > length)
      throw refuse(field, `[${m.start}, ${m.end}) is not a span of the text (length ${length})`);
    if (draft.source.text.slice(m.start, m.end).trim() === '')
      throw refuse(field, `[${m.start}, ${m.end}) holds only white space`);
  };
  for (const [ref, decision] of Object.entries(decisions.entities)) {
    if (!refs.has(ref)) throw refuse(`decisions.entities.${ref}`, 'the draft has no entity with this ref');
    for (const [i, m] of (decision.mentions ?? []).entries())
      checkSpan(`decisions.entities.${ref}.mentions.${i}`, m);
  }
  for (const [index, decision] of Object.entries(decisions.relationships)) {
    if (Number(index) >= draft.relationships.length)
      throw refuse(`decisions.relationships.${index}`, 'the draft has no relationship with this index');
    if (decision.start !== undefined && decision.end !== undefined)
      checkSpan(`decisions.relationships.${index}`, { start: decision.start, end: decision.end });
  }
  return decisions;
}

/** `base` with `update` laid over it, proposal by proposal (a later save replaces a proposal's decision). */
export function mergeDecisions(base: ReviewDecisions, update: ReviewDecisions): ReviewDecisions {
  return {
    entities: { ...base.entities, ...update.entities },
    relationships: { ...base.relationships, ...update.relationships },
  };
}

/** Every undecided proposal accepted, decided ones kept: what `commit --accept-all` does. */
export function acceptPending(draft: Draft, base: ReviewDecisions = NO_DECISIONS): ReviewDecisions {
  const entities: ReviewDecisions['entities'] = {};
  for (const e of draft.entities) {
    const decided = base.entities[e.ref];
    entities[e.ref] =
      !decided || decided.verdict === 'pending' ? { ...decided, verdict: 'accepted' } : decided;
  }
  const relationships: ReviewDecisions['relationships'] = {};
  draft.relationships.forEach((_, i) => {
    const decided = base.relationships[i];
    const verdict = decided?.verdict ?? 'pending';
    relationships[i] = { ...decided, verdict: verdict === 'pending' ? 'accepted' : verdict };
  });
  return { entities, relationships };
}
