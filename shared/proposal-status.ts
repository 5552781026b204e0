// Review decisions and the rule that turns them into what a commit will do with each proposal. Shared by the
// server (server/ingest/review/reviewed-draft.ts decides what is written) and the review page (its status
// line and counts), so the screen never says «принято» about a fact the commit drops. Types only and pure
// functions: nothing here may import server or browser code.

/** A reviewer's verdict on one proposal; `pending` until someone decides. */
export type Verdict = 'pending' | 'accepted' | 'rejected';

/** A span of the document's text: JS (UTF-16) offsets, `text.slice(start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/**
 * The decision on one proposed entity. Accepting with any of the optional members set is an edit: a new
 * name, label or spans, or a different link (`existingId`: a graph node's id, or null for a new node).
 */
export interface EntityDecision {
  verdict: Verdict;
  name?: string;
  label?: string;
  existingId?: string | null;
  mentions?: Span[];
}

/** The decision on one proposed fact; `start`/`end` (both or neither) move its quote to another span. */
export interface RelationshipDecision {
  verdict: Verdict;
  start?: number;
  end?: number;
}

/** Review decisions of one draft: entities by `ref`, relationships by their index in the draft (`"0"`, …). */
export interface ReviewDecisions {
  entities: Record<string, EntityDecision>;
  relationships: Record<string, RelationshipDecision>;
}

/** What the commit will do with a proposal: its verdict, or `dropped` for a fact whose end was rejected. */
export type ProposalStatus = Verdict | 'dropped';

/** An entity's verdict, `pending` when nobody decided it. */
export function entityVerdict(decisions: ReviewDecisions, ref: string): Verdict {
  return decisions.entities[ref]?.verdict ?? 'pending';
}

/**
 * The status of relationship `index` (from `from` to `to`). A fact whose start or end entity is rejected
 * cannot be written, so it is `dropped` whatever its own verdict (unless it was rejected itself), needs no
 * decision, and comes back with its own verdict as soon as both ends are no longer rejected.
 */
export function relationshipStatus(
  decisions: ReviewDecisions,
  relationship: { from: string; to: string },
  index: number,
): ProposalStatus {
  const own = decisions.relationships[index]?.verdict ?? 'pending';
  if (own === 'rejected') return own;
  const endRejected = [relationship.from, relationship.to].some(
    (ref) => entityVerdict(decisions, ref) === 'rejected',
  );
  return endRejected ? 'dropped' : own;
}

/** How many proposals of a draft have each status, and how many were edited: the review's counts. */
export function reviewCounts(
  draft: { entities: readonly { ref: string }[]; relationships: readonly { from: string; to: string }[] },
  decisions: ReviewDecisions,
): Record<ProposalStatus | 'edited', number> {
  const counts = { pending: 0, accepted: 0, rejected: 0, dropped: 0, edited: 0 };
  for (const e of draft.entities) {
    counts[entityVerdict(decisions, e.ref)] += 1;
    if (entityEdited(decisions.entities[e.ref])) counts.edited += 1;
  }
  draft.relationships.forEach((r, i) => {
    counts[relationshipStatus(decisions, r, i)] += 1;
    if (decisions.relationships[i]?.start !== undefined) counts.edited += 1;
  });
  return counts;
}

/** True when an entity's decision changes the proposal (a name, label, link or spans of its own). */
export function entityEdited(decision: EntityDecision | undefined): boolean {
  if (!decision) return false;
  const { name, label, existingId, mentions } = decision;
  return [name, label, existingId, mentions].some((value) => value !== undefined);
}
