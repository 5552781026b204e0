import { entityEdited } from '../../../shared/proposal-status.ts';
import { h } from '../ui/dom.ts';
import { conflictsOf, spansOf, statusOf, type Proposal } from './review-model.ts';
import type { ReviewKey } from './review-strings.ts';
import type { Conflict, ReviewDecisions, StoredDraft } from './review-types.ts';

/** What a proposal row shows besides the proposal: the state of the review and the page's words. */
export interface RowContext {
  draft: StoredDraft['draft'];
  decisions: ReviewDecisions;
  conflicts: readonly Conflict[];
  t: (key: ReviewKey, values?: Record<string, string | number>) => string;
  /** The current row's focused mention (the one the span keys edit). */
  mention: number;
}

/**
 * One row of the proposal list: label, name (as edited), link or «new», the fact's quote (its edited span),
 * the status the commit will act on (`dropped` for a fact whose end was rejected), «edited», and conflicts.
 * The current row also says which of its entity's mentions the span keys act on.
 */
export function proposalRow(ctx: RowContext, p: Proposal, current: boolean): HTMLLIElement {
  const { draft, decisions, t } = ctx;
  const text = draft.source.text;
  const status = statusOf(draft, decisions, p);
  const entity = p.kind === 'entity' ? draft.entities.find((e) => e.ref === p.ref)! : null;
  const relation = p.kind === 'relationship' ? draft.relationships[p.index]! : null;
  const decision = entity ? decisions.entities[entity.ref] : undefined;
  const label = entity ? (decision?.label ?? entity.label) : relation!.type;
  const own = p.kind === 'entity' ? decision : decisions.relationships[p.index];
  const edited =
    p.kind === 'entity' ? entityEdited(decision) : decisions.relationships[p.index]?.start !== undefined;
  const spans = spansOf(draft, decisions, p);
  const linked = entity
    ? decision?.existingId !== undefined
      ? decision.existingId
      : entity.existingId
    : null;
  const nameOf = (ref: string) =>
    decisions.entities[ref]?.name ?? draft.entities.find((e) => e.ref === ref)?.name;
  const focus = spans[Math.min(ctx.mention, spans.length - 1)]!;
  return h(
    'li',
    {
      test: 'review-proposal',
      class: `proposal ${status}${current ? ' current' : ''}`,
      'data-kind': p.kind,
      'data-key': p.kind === 'entity' ? p.ref : String(p.index),
      'data-verdict': own?.verdict ?? 'pending',
      'data-status': status,
      'data-edited': String(edited),
      'data-label': label,
    },
    h('span', { class: 'badge' }, label),
    ' ',
    h(
      'span',
      { test: 'proposal-name' },
      entity ? nameOf(entity.ref)! : `${nameOf(relation!.from)} → ${nameOf(relation!.to)}`,
    ),
    ' ',
    entity && h('span', { class: 'muted' }, linked ? `→ ${linked}` : t('newNode')),
    ' ',
    // The status first, on the name's line, so a glance down the list reads every row's in one column.
    h('span', { test: 'proposal-status', class: 'verdict' }, t(status)),
    edited && h('span', { class: 'edited' }, ` · ${t('edited')}`),
    relation &&
      h('q', { test: 'proposal-quote', class: 'quote' }, text.slice(spans[0]!.start, spans[0]!.end)),
    relation?.inferred && h('div', { class: 'muted basis' }, `${t('inferred')}: ${relation.basis ?? ''}`),
    current &&
      entity &&
      h(
        'div',
        { test: 'proposal-mention', class: 'mention' },
        `${t('mention', { i: Math.min(ctx.mention, spans.length - 1) + 1, n: spans.length })}: `,
        h('q', {}, text.slice(focus.start, focus.end)),
      ),
    ...conflictsOf(ctx.conflicts, p).map((c) =>
      h('div', { test: 'review-conflict', class: 'conflict', 'data-kind': c.kind }, conflictText(t, c)),
    ),
  );
}

function conflictText(t: RowContext['t'], c: Conflict): string {
  if (c.kind === 'post-held') return t('postHeld', { name: c.name });
  if (c.kind === 'fact-exists') return t('factExists', { n: c.evidenceCount });
  return t('similarName', { name: c.name, id: c.id });
}
