import { refuse } from '../../facts/index.ts';
import type { Draft, DraftMention, DraftRelationship } from '../draft.ts';
import { entityVerdict, relationshipStatus } from '../../../shared/proposal-status.ts';
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
  /** Relationships left out because an end was rejected (shared/proposal-status.ts: `dropped`). */
  orphaned: number;
  rejected: { entities: number; relationships: number };
}

/**
 * Applies review decisions to a draft. Every proposal must be decided (accepted or rejected): a commit never
 * writes something nobody looked at, so undecided ones are refused with their count and first ref. A
 * relationship whose end was rejected is dropped, whatever its own verdict, and needs no decision. An edited
 * span of a fact takes its quote from the text there; recordFact checks every quote against its offsets.
 */
export function reviewedDraft(draft: Draft, decisions: ReviewDecisions): ReviewedDraft {
  const statuses = draft.relationships.map((r, i) => relationshipStatus(decisions, r, i));
  const pendingEntities = draft.entities.filter((e) => entityVerdict(decisions, e.ref) === 'pending');
  const pendingRelationships = draft.relationships.filter((_, i) => statuses[i] === 'pending');
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
  const relationships = draft.relationships.flatMap((r, i) => {
    if (statuses[i] !== 'accepted') return [];
    // Only an edited span gets its quote from the text: the extractor's own quote is checked as it is.
    const { start, end } = decisions.relationships[i]!;
    if (start === undefined || end === undefined) return [r];
    return [{ ...r, start, end, quote: draft.source.text.slice(start, end) }];
  });
  return {
    entities,
    relationships,
    orphaned: statuses.filter((s) => s === 'dropped').length,
    rejected: {
      entities: draft.entities.length - entities.length,
      relationships: statuses.filter((s) => s === 'rejected').length,
    },
  };
}
