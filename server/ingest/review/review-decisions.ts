import { z } from 'zod';
import { refuse } from '../../facts/index.ts';
import { NODE_LABELS } from '../../../vocabulary/index.ts';
import type { Draft } from '../draft.ts';

/** A reviewer's verdict on one proposal; `pending` until someone decides. */
export type Verdict = 'pending' | 'accepted' | 'rejected';

/**
 * The decision on one proposed entity. Accepting with any of the optional members set is an edit: a new
 * name, label or spans, or a different link (`existingId`: a graph node's id, or null for a new node).
 */
export interface EntityDecision {
  verdict: Verdict;
  name?: string;
  label?: string;
  existingId?: string | null;
  mentions?: { start: number; end: number }[];
}

/** Review decisions of one draft: entities by `ref`, relationships by their index in the draft (`"0"`, …). */
export interface ReviewDecisions {
  entities: Record<string, EntityDecision>;
  relationships: Record<string, { verdict: Verdict }>;
}

export const NO_DECISIONS: ReviewDecisions = { entities: {}, relationships: {} };

/** Labels a reviewer may give an entity: every label of the vocabulary but Source. */
const ENTITY_LABELS = NODE_LABELS.filter((label) => label !== 'Source') as [string, ...string[]];
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
            label: z.enum(ENTITY_LABELS).optional(),
            existingId: z.string().min(1).max(300).nullable().optional(),
            mentions: z.array(span).min(1).max(200).optional(),
          })
          .strict(),
      )
      .default({}),
    relationships: z.record(z.string().regex(/^\d{1,5}$/), z.object({ verdict }).strict()).default({}),
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
  for (const [ref, decision] of Object.entries(decisions.entities)) {
    if (!refs.has(ref)) throw refuse(`decisions.entities.${ref}`, 'the draft has no entity with this ref');
    for (const [i, m] of (decision.mentions ?? []).entries()) {
      if (m.end <= m.start || m.end > length)
        throw refuse(
          `decisions.entities.${ref}.mentions.${i}`,
          `[${m.start}, ${m.end}) is not a span of the text (length ${length})`,
        );
    }
  }
  for (const index of Object.keys(decisions.relationships)) {
    if (Number(index) >= draft.relationships.length)
      throw refuse(`decisions.relationships.${index}`, 'the draft has no relationship with this index');
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
    const decided = base.relationships[i]?.verdict ?? 'pending';
    relationships[i] = { verdict: decided === 'pending' ? 'accepted' : decided };
  });
  return { entities, relationships };
}
