import type { Lang } from '../i18n/lang.ts';
import { fill, h } from '../ui/dom.ts';
import { reviewCounts } from '../../../shared/proposal-status.ts';
import { confirmBar } from './confirm-bar.ts';
import { entityEditForm } from './entity-edit-form.ts';
import type { IngestApi } from './ingest-api.ts';
import { caretAt, caretSpan, moveCaret, type Caret } from './keyboard-caret.ts';
import { moveSpanEdge, trimSpan } from './move-span-edge.ts';
import { proposalRow } from './proposal-row.ts';
import {
  changedDecisions,
  decide,
  editSpan,
  nextUndecided,
  proposalsOf,
  segmentsOf,
  spansOf,
  statusOf,
} from './review-model.ts';
import { KEY_HINTS, keyOf } from './review-keys.ts';
import { rt, type ReviewKey } from './review-strings.ts';
import { selectedSpan } from './selected-span.ts';
import { textPieces } from './text-pieces.ts';
import type { CommitResult, Conflict, ReviewDecisions, Span, StoredDraft } from './review-types.ts';

/**
 * The review screen of one draft: the text with every mention highlighted beside the proposals, each
 * accepted, rejected or edited from the keyboard (name, label, link, and spans a word at a time or from the
 * text's selection, made with the mouse or with the keyboard caret; hints always shown, help on `?`), the
 * counts, decisions saved as they are made, the commit, and the discard (after a confirmation). Returns the
 * element and a `dispose` that removes the key handler.
 */
export function reviewScreen(
  lang: Lang,
  api: IngestApi,
  stored: StoredDraft,
  conflicts: Conflict[],
  done: (result: CommitResult | 'discarded' | null) => void,
  fail: (error: unknown) => void,
): { element: HTMLElement; dispose: () => void } {
  const t = (key: ReviewKey, values?: Record<string, string | number>) => rt(lang, key, values);
  const { draft } = stored;
  const proposals = proposalsOf(draft);
  let decisions: ReviewDecisions = stored.decisions;
  let saved: ReviewDecisions = stored.decisions;
  let at = 0;
  /** Which mention of the current entity the span keys act on. */
  let mention = 0;
  let editing = false;
  /** The keyboard caret in the text (← →, Shift to select), or null until an arrow key places it. */
  let caret: Caret | null = null;
  let saving: Promise<void> = Promise.resolve();

  const textPane = h('div', { test: 'review-text', class: 'review-text' });
  const list = h('ol', { test: 'review-proposals', class: 'review-proposals' });
  const status = h('div', { test: 'review-status', class: 'review-status' });
  const counts = h('div', { test: 'review-counts', class: 'review-counts muted' });
  const notice = h('div', { test: 'review-notice', class: 'review-notice', role: 'status' });
  const hints = h(
    'ul',
    { test: 'review-keys', class: 'review-keys' },
    ...KEY_HINTS.map((hint) => h('li', {}, h('kbd', {}, hint.keys), ' ', hint[lang])),
  );
  const help = h('div', { test: 'review-help', class: 'review-help', hidden: true }, t('help'));
  const confirmDiscard = confirmBar({
    test: 'review-discard-confirm',
    question: t('discardQuestion'),
    yes: t('discardYes'),
    no: t('discardNo'),
    onYes: () => void discard(),
  });
  const commitButton = h(
    'button',
    { test: 'review-commit', type: 'button', onclick: () => void commit() },
    t('commit'),
  );
  const element = h(
    'section',
    { test: 'review-screen', class: 'review-screen', 'data-draft': stored.id, 'data-saving': 'false' },
    h(
      'header',
      { class: 'review-head' },
      h('button', { test: 'review-back', type: 'button', onclick: () => done(null) }, t('back')),
      h(
        'strong',
        { class: 'review-title', title: draft.source.title ?? stored.fileName ?? stored.id },
        draft.source.title ?? stored.fileName ?? stored.id,
      ),
      status,
      counts,
      h(
        'button',
        { test: 'review-next-undecided', type: 'button', onclick: () => toNextUndecided() },
        t('nextUndecided'),
      ),
      commitButton,
      h(
        'button',
        { test: 'review-discard', type: 'button', onclick: () => confirmDiscard.open() },
        t('discard'),
      ),
    ),
    confirmDiscard.element,
    hints,
    help,
    notice,
    h('div', { class: 'review-body' }, textPane, list),
  );

  function row(p: (typeof proposals)[number], i: number): HTMLElement {
    const li = proposalRow({ draft, decisions, conflicts, t, mention }, p, i === at);
    li.addEventListener('click', () => select(i));
    if (i === at && editing && p.kind === 'entity') li.append(editForm(p.ref));
    return li;
  }

  function editForm(ref: string): HTMLElement {
    return entityEditForm(
      t,
      draft.entities.find((e) => e.ref === ref)!,
      decisions.entities[ref],
      (edit) => {
        editing = false;
        change(decide(decisions, { kind: 'entity', ref }, 'accepted', edit));
      },
      () => ((editing = false), render()),
    );
  }

  /** The span the edit keys act on: a fact's quote, or the current entity's focused mention. */
  function focusSpan(): Span | null {
    const p = proposals[at];
    if (!p) return null;
    const spans = spansOf(draft, decisions, p);
    mention = Math.min(mention, spans.length - 1);
    return spans[mention] ?? null;
  }

  function render() {
    const current = proposals[at] ?? null;
    const focus = focusSpan();
    const keyboard = caret && { at: caret.at, picked: caretSpan(caret) };
    const segments = segmentsOf(draft, decisions, current, focus, keyboard);
    fill(textPane, ...textPieces(segments, caret?.at ?? null, draft.source.text.length));
    fill(list, ...proposals.map(row));
    const count = reviewCounts(draft, decisions);
    status.textContent = t('left', { n: count.pending });
    status.classList.toggle('done', count.pending === 0);
    counts.textContent = t('counts', count);
    for (const [key, n] of Object.entries(count))
      element.dataset[key === 'pending' ? 'undecided' : key] = String(n);
    list.children[at]?.scrollIntoView({ block: 'nearest' });
    textPane.querySelector('mark.selected')?.scrollIntoView({ block: 'nearest' });
  }

  /** ← → move the caret by a word (placed first at the current span's start); with Shift they select. */
  function moveKeyboardCaret(direction: -1 | 1, extend: boolean) {
    if (!caret) {
      caret = caretAt(focusSpan()?.start ?? 0);
      if (extend) caret = moveCaret(draft.source.text, caret, direction, true);
    } else caret = moveCaret(draft.source.text, caret, direction, extend);
    const picked = caretSpan(caret);
    element.dataset.picked = picked ? draft.source.text.slice(picked.start, picked.end) : '';
    render();
    textPane.querySelector('.review-caret')?.scrollIntoView({ block: 'nearest' });
  }

  function dropCaret() {
    caret = null;
    delete element.dataset.picked;
  }

  function select(i: number) {
    at = Math.max(0, Math.min(proposals.length - 1, i));
    mention = 0;
    editing = false;
    dropCaret();
    notice.textContent = '';
    render();
  }

  function toNextUndecided() {
    const i = nextUndecided(draft, decisions, at);
    if (i < 0) notice.textContent = t('allDecided');
    else select(i);
  }

  /**
   * Sets the focused span (or, with `add`, a new mention of the current entity) from the text's selection:
   * the mouse's, else the keyboard caret's.
   */
  function spanFromSelection(add: boolean) {
    const p = proposals[at];
    const picked = selectedSpan(textPane) ?? caretSpan(caret);
    const span = picked && trimSpan(draft.source.text, picked);
    if (!p || !span) return void (notice.textContent = t('noSelection'));
    if (add && p.kind !== 'entity') return void (notice.textContent = t('onlyEntities'));
    if (add) mention = spansOf(draft, decisions, p).length;
    document.getSelection()?.removeAllRanges();
    dropCaret();
    change(editSpan(draft, decisions, p, mention, span));
  }

  /** Moves one edge of the focused span by a word. */
  function moveEdge(edge: 'start' | 'end', direction: -1 | 1) {
    const p = proposals[at];
    const span = focusSpan();
    if (!p || !span) return;
    const moved = moveSpanEdge(draft.source.text, span, edge, direction);
    if (moved.start !== span.start || moved.end !== span.end)
      change(editSpan(draft, decisions, p, mention, moved));
  }

  function removeMention() {
    const p = proposals[at];
    if (p?.kind !== 'entity') return void (notice.textContent = t('onlyEntities'));
    if (spansOf(draft, decisions, p).length < 2) return void (notice.textContent = t('lastMention'));
    change(editSpan(draft, decisions, p, mention, null));
  }

  /** Applies a change and saves what changed; saves run one after another so none is lost. */
  function change(next: ReviewDecisions) {
    decisions = next;
    notice.textContent = '';
    render();
    element.dataset.saving = 'true';
    saving = saving.then(async () => {
      const delta = changedDecisions(saved, decisions);
      if (!Object.keys(delta.entities).length && !Object.keys(delta.relationships).length) return;
      const sent = decisions;
      await api.decide(stored.id, delta).then(() => void (saved = sent), fail);
    });
    void saving.then(() => (element.dataset.saving = 'false'));
  }

  function setVerdict(verdict: 'accepted' | 'rejected' | 'pending') {
    const p = proposals[at];
    if (!p) return;
    change(decide(decisions, p, verdict));
    if (verdict !== 'pending' && at < proposals.length - 1) select(at + 1);
  }

  async function commit() {
    await saving;
    commitButton.disabled = true;
    try {
      done((await api.commit(stored.id)).commit);
    } catch (error) {
      fail(error);
    } finally {
      commitButton.disabled = false;
    }
  }

  async function discard() {
    await saving;
    await api.discard(stored.id).then(() => done('discarded'), fail);
  }

  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    // While the discard is asked about, only its answers count (Enter and Tab work on its buttons).
    if (confirmDiscard.isOpen()) {
      if (confirmDiscard.key(keyOf(event))) event.preventDefault();
      else if (event.key !== 'Enter' && event.key !== 'Tab' && event.key !== ' ') event.preventDefault();
      return;
    }
    if (event.key === 'Escape') {
      if (editing) return ((editing = false), render());
      if (caret) return (dropCaret(), render());
      help.hidden = true;
      return;
    }
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keys: Record<string, () => void> = {
      n: toNextUndecided,
      s: () => spanFromSelection(false),
      '+': () => spanFromSelection(true),
      x: removeMention,
      m: () => {
        const p = proposals[at];
        if (p?.kind !== 'entity') return void (notice.textContent = t('onlyEntities'));
        mention = (mention + 1) % spansOf(draft, decisions, p).length;
        render();
      },
      '[': () => moveEdge('end', -1),
      ']': () => moveEdge('end', 1),
      '{': () => moveEdge('start', -1),
      '}': () => moveEdge('start', 1),
      j: () => select(at + 1),
      ArrowDown: () => select(at + 1),
      k: () => select(at - 1),
      ArrowUp: () => select(at - 1),
      ArrowLeft: () => moveKeyboardCaret(-1, event.shiftKey),
      ArrowRight: () => moveKeyboardCaret(1, event.shiftKey),
      d: () => confirmDiscard.open(),
      a: () => setVerdict('accepted'),
      r: () => setVerdict('rejected'),
      u: () => setVerdict('pending'),
      e: () => {
        if (proposals[at]?.kind !== 'entity') return;
        editing = true;
        render();
      },
      A: () =>
        change(
          proposals.reduce(
            (d, p) => (statusOf(draft, d, p) === 'pending' ? decide(d, p, 'accepted') : d),
            decisions,
          ),
        ),
      c: () => void commit(),
      '?': () => (help.hidden = !help.hidden),
    };
    const action = keys[keyOf(event)];
    if (!action) return;
    event.preventDefault();
    action();
  };
  document.addEventListener('keydown', onKey);
  render();
  return { element, dispose: () => document.removeEventListener('keydown', onKey) };
}
