import { entityVerdict, relationshipStatus, reviewCounts } from '../../../shared/proposal-status.ts';
import type {
  Conflict,
  Draft,
  EntityDecision,
  ProposalStatus,
  ReviewDecisions,
  Span,
  Verdict,
} from './review-types.ts';

/** One row of the review list: an entity by its ref, or a relationship by its index in the draft. */
export type Proposal = { kind: 'entity'; ref: string } | { kind: 'relationship'; index: number };

/** Entities first (they are what the facts join), then the facts, in the draft's order. */
export function proposalsOf(draft: Draft): Proposal[] {
  return [
    ...draft.entities.map((e): Proposal => ({ kind: 'entity', ref: e.ref })),
    ...draft.relationships.map((_, index): Proposal => ({ kind: 'relationship', index })),
  ];
}

export function verdictOf(decisions: ReviewDecisions, p: Proposal): Verdict {
  return (
    (p.kind === 'entity' ? decisions.entities[p.ref]?.verdict : decisions.relationships[p.index]?.verdict) ??
    'pending'
  );
}

/**
 * What the commit will do with a proposal (shared/proposal-status.ts, the rule the server applies): a fact
 * whose end was rejected is `dropped`, shown as such and counted apart from the accepted ones.
 */
export function statusOf(draft: Draft, decisions: ReviewDecisions, p: Proposal): ProposalStatus {
  return p.kind === 'entity'
    ? entityVerdict(decisions, p.ref)
    : relationshipStatus(decisions, draft.relationships[p.index]!, p.index);
}

/** Decisions with one proposal's verdict (and, for an entity, its edits) replaced; a fact keeps its span. */
export function decide(
  decisions: ReviewDecisions,
  p: Proposal,
  verdict: Verdict,
  edit: Omit<EntityDecision, 'verdict'> = {},
): ReviewDecisions {
  if (p.kind === 'entity') {
    const kept = decisions.entities[p.ref] ?? { verdict };
    return { ...decisions, entities: { ...decisions.entities, [p.ref]: { ...kept, ...edit, verdict } } };
  }
  const kept = decisions.relationships[p.index];
  return { ...decisions, relationships: { ...decisions.relationships, [p.index]: { ...kept, verdict } } };
}

/**
 * Decisions with span `which` of a proposal replaced by `span` (a fact has one span, its quote; an entity
 * one per mention, and `which` equal to their count adds one), its verdict kept. `null` removes an entity's
 * mention, unless it is the last.
 */
export function editSpan(
  draft: Draft,
  decisions: ReviewDecisions,
  p: Proposal,
  which: number,
  span: Span | null,
): ReviewDecisions {
  if (p.kind === 'relationship') {
    if (!span) return decisions;
    const kept = decisions.relationships[p.index] ?? { verdict: 'pending' };
    const next = { ...kept, start: span.start, end: span.end };
    return { ...decisions, relationships: { ...decisions.relationships, [p.index]: next } };
  }
  const mentions = [...spansOf(draft, decisions, p)];
  if (span) mentions.splice(which, 1, { start: span.start, end: span.end });
  else if (mentions.length > 1) mentions.splice(which, 1);
  else return decisions;
  const kept = decisions.entities[p.ref] ?? { verdict: 'pending' };
  return { ...decisions, entities: { ...decisions.entities, [p.ref]: { ...kept, mentions } } };
}

/** The index of the first undecided proposal after `from`, wrapping around; -1 when none is left. */
export function nextUndecided(draft: Draft, decisions: ReviewDecisions, from: number): number {
  const proposals = proposalsOf(draft);
  for (let step = 1; step <= proposals.length; step++) {
    const i = (from + step) % proposals.length;
    if (statusOf(draft, decisions, proposals[i]!) === 'pending') return i;
  }
  return -1;
}

/** Only what changed between two decision sets: what a save sends. */
export function changedDecisions(before: ReviewDecisions, after: ReviewDecisions): ReviewDecisions {
  const pick = <T>(a: Record<string, T>, b: Record<string, T>) =>
    Object.fromEntries(Object.entries(b).filter(([k, v]) => JSON.stringify(a[k]) !== JSON.stringify(v)));
  return {
    entities: pick(before.entities, after.entities),
    relationships: pick(before.relationships, after.relationships),
  };
}

/** Proposals still waiting for a decision (a fact whose end was rejected needs none). */
export function undecided(draft: Draft, decisions: ReviewDecisions): number {
  return reviewCounts(draft, decisions).pending;
}

/** The spans a proposal stands on: an entity's mentions (as edited), a fact's quote. */
export function spansOf(draft: Draft, decisions: ReviewDecisions, p: Proposal): Span[] {
  if (p.kind === 'relationship') {
    const r = draft.relationships[p.index]!;
    const d = decisions.relationships[p.index];
    return [{ start: d?.start ?? r.start, end: d?.end ?? r.end }];
  }
  const entity = draft.entities.find((e) => e.ref === p.ref)!;
  return decisions.entities[p.ref]?.mentions ?? entity.mentions;
}

/** The conflicts of one proposal. */
export function conflictsOf(conflicts: readonly Conflict[], p: Proposal): Conflict[] {
  return conflicts.filter((c) =>
    'ref' in c ? p.kind === 'entity' && c.ref === p.ref : p.kind === 'relationship' && c.index === p.index,
  );
}

/**
 * A piece of the text and the entity refs whose mentions cover it; `selected` when the current proposal's,
 * `focused` when inside the span the edit keys act on.
 */
export interface Segment {
  text: string;
  start: number;
  refs: string[];
  selected: boolean;
  focused: boolean;
  /** Inside the keyboard caret's selection. */
  picked: boolean;
}

/**
 * The text cut at every mention boundary, so each piece can be highlighted by the entities it mentions, and
 * the selected proposal's spans marked. Pure: the drawing only turns segments into elements.
 */
export function segmentsOf(
  draft: Draft,
  decisions: ReviewDecisions,
  selected: Proposal | null,
  focus: Span | null = null,
  /** The keyboard caret's position and selection (keyboard-caret.ts): the text is also cut there. */
  keyboard: { at: number; picked: Span | null } | null = null,
): Segment[] {
  const { text } = draft.source;
  const marks = draft.entities.flatMap((e) =>
    (decisions.entities[e.ref]?.mentions ?? e.mentions).map((m) => ({ ...m, ref: e.ref })),
  );
  const chosen = selected ? spansOf(draft, decisions, selected) : [];
  const cuts = new Set([0, text.length]);
  const picked = keyboard?.picked ?? null;
  if (keyboard) cuts.add(Math.max(0, Math.min(text.length, keyboard.at)));
  for (const m of [...marks, ...chosen, ...(focus ? [focus] : []), ...(picked ? [picked] : [])]) {
    cuts.add(Math.max(0, Math.min(text.length, m.start)));
    cuts.add(Math.max(0, Math.min(text.length, m.end)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i]!, points[i + 1]!];
    const inside = (s: Span) => s.start <= start && end <= s.end;
    segments.push({
      text: text.slice(start, end),
      start,
      refs: marks.filter(inside).map((m) => m.ref),
      selected: chosen.some(inside),
      focused: focus !== null && inside(focus),
      picked: picked !== null && inside(picked),
    });
  }
  return segments;
}
