import { refuse } from '../../facts/index.ts';
import type { Draft, DraftMention, DraftRelationship } from '../draft.ts';
import type { ReviewDecisions } from './review-decisions.ts';

/** An accepted entity as the reviewer left it: the extractor's proposal with the edits applied. */
export interface ReviewedEntity {
  ref: string;
  label: string;
  name: string;
  /** The graph node it is, or null for a new one. */
  existingId: string | null;
  mentions: DraftMention[];
  properties: Record<string, unknown>;
}

/** What a commit writes: accepted entities and the accepted facts between them. */
export interface ReviewedDraft {
  entities: ReviewedEntity[];
  relationships: DraftRelationship[];
  /** Accepted relationships left out because an end was rejected. */
  orphaned: number;
  rejected: { entities: number; relationships: number };
}

/**
 * Applies review decisions to a draft. Every proposal must be decided (accepted or rejected): a commit never
 * writes something nobody looked at, so undecided ones are refused with their count and first ref. A
 * relationship whose end was rejected is dropped, whatever its own verdict.
 */
export function reviewedDraft(draft: Draft, decisions: ReviewDecisions): ReviewedDraft {
  const pendingEntities = draft.entities.filter(
    (e) => (decisions.entities[e.ref]?.verdict ?? 'pending') === 'pending',
  );
  const pendingRelationships = draft.relationships.filter(
    (_, i) => (decisions.relationships[i]?.verdict ?? 'pending') === 'pending',
  );
  const pending = pendingEntities.length + pendingRelationships.length;
  if (pending > 0) {
    const first = pendingEntities[0]
      ? `entity ${pendingEntities[0].ref}`
      : `relationship ${draft.relationships.indexOf(pendingRelationships[0]!)}`;
    throw refuse(
      'decisions',
      `${pending} proposal${pending === 1 ? ' is' : 's are'} still undecided (first: ${first}); accept or reject every one`,
    );
  }
  const entities: ReviewedEntity[] = [];
  for (const e of draft.entities) {
    const d = decisions.entities[e.ref]!;
    if (d.verdict !== 'accepted') continue;
    const mentions = (d.mentions ?? e.mentions).map(({ start, end }) => ({
      start,
      end,
      text: draft.source.text.slice(start, end),
    }));
    entities.push({
      ref: e.ref,
      label: d.label ?? e.label,
      name: d.name ?? e.name,
      existingId: d.existingId === undefined ? e.existingId : d.existingId,
      mentions,
      properties: e.properties,
    });
  }
  const accepted = new Set(entities.map((e) => e.ref));
  let orphaned = 0;
  const relationships = draft.relationships.filter((r, i) => {
    if (decisions.relationships[i]!.verdict !== 'accepted') return false;
    if (accepted.has(r.from) && accepted.has(r.to)) return true;
    orphaned += 1;
    return false;
  });
  return {
    entities,
    relationships,
    orphaned,
    rejected: {
      entities: draft.entities.length - entities.length,
      relationships: draft.relationships.filter((_, i) => decisions.relationships[i]!.verdict === 'rejected')
        .length,
    },
  };
}
