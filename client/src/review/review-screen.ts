import type { Lang } from '../i18n/lang.ts';
import { fill, h } from '../ui/dom.ts';
import type { IngestApi } from './ingest-api.ts';
import {
  changedDecisions,
  conflictsOf,
  decide,
  proposalsOf,
  segmentsOf,
  undecided,
  verdictOf,
  type Proposal,
} from './review-model.ts';
import { rt, type ReviewKey } from './review-strings.ts';
import type { CommitResult, Conflict, ReviewDecisions, StoredDraft } from './review-types.ts';

const LABELS = [
  'Person',
  'Position',
  'Agency',
  'Region',
  'City',
  'Operation',
  'Meeting',
  'Directive',
  'Measure',
  'Indicator',
  'Seizure',
  'SupplyChannel',
];

/**
 * The review screen of one draft: the text with every mention highlighted beside the proposals, each
 * accepted, rejected or edited from the keyboard (help on `?`), decisions saved as they are made, and the
 * commit. Returns the element and a `dispose` that removes the key handler.
 */
export function reviewScreen(
  lang: Lang,
  api: IngestApi,
  stored: StoredDraft,
  conflicts: Conflict[],
  done: (result: CommitResult | null) => void,
  fail: (error: unknown) => void,
): { element: HTMLElement; dispose: () => void } {
  const t = (key: ReviewKey, values?: Record<string, string | number>) => rt(lang, key, values);
  const { draft } = stored;
  const proposals = proposalsOf(draft);
  const names = new Map(draft.entities.map((e) => [e.ref, e.name]));
  let decisions: ReviewDecisions = stored.decisions;
  let saved: ReviewDecisions = stored.decisions;
  let at = 0;
  let editing = false;
  let saving: Promise<void> = Promise.resolve();

  const textPane = h('div', { test: 'review-text', class: 'review-text' });
  const list = h('ol', { test: 'review-proposals', class: 'review-proposals' });
  const status = h('div', { test: 'review-status', class: 'review-status' });
  const help = h('div', { test: 'review-help', class: 'review-help', hidden: true }, t('help'));
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
      h('strong', {}, draft.source.title ?? stored.fileName ?? stored.id),
      status,
      commitButton,
      h('button', { test: 'review-discard', type: 'button', onclick: () => void discard() }, t('discard')),
      h('span', { class: 'muted' }, t('helpHint')),
    ),
    help,
    h('div', { class: 'review-body' }, textPane, list),
  );

  const nameOf = (p: Proposal) => {
    if (p.kind === 'entity') return decisions.entities[p.ref]?.name ?? names.get(p.ref)!;
    const r = draft.relationships[p.index]!;
    return `${decisions.entities[r.from]?.name ?? names.get(r.from)} → ${decisions.entities[r.to]?.name ?? names.get(r.to)}`;
  };
  const conflictText = (c: Conflict) =>
    c.kind === 'post-held'
      ? t('postHeld', { name: c.name })
      : c.kind === 'fact-exists'
        ? t('factExists', { n: c.evidenceCount })
        : t('similarName', { name: c.name, id: c.id });

  function row(p: Proposal, i: number): HTMLElement {
    const verdict = verdictOf(decisions, p);
    const entity = p.kind === 'entity' ? draft.entities.find((e) => e.ref === p.ref)! : null;
    const relation = p.kind === 'relationship' ? draft.relationships[p.index]! : null;
    const linked = entity
      ? decisions.entities[entity.ref]?.existingId !== undefined
        ? decisions.entities[entity.ref]!.existingId
        : entity.existingId
      : null;
    const li = h(
      'li',
      {
        test: 'review-proposal',
        class: `proposal ${verdict}${i === at ? ' current' : ''}`,
        'data-kind': p.kind,
        'data-key': p.kind === 'entity' ? p.ref : String(p.index),
        'data-verdict': verdict,
        'data-label': entity ? (decisions.entities[entity.ref]?.label ?? entity.label) : relation!.type,
        onclick: () => select(i),
      },
      h(
        'span',
        { class: 'badge' },
        entity ? (decisions.entities[entity.ref]?.label ?? entity.label) : relation!.type,
      ),
      ' ',
      h('span', { test: 'proposal-name' }, nameOf(p)),
      ' ',
      entity && h('span', { class: 'muted' }, linked ? `→ ${linked}` : t('newNode')),
      relation && h('q', { class: 'quote' }, relation.quote),
      relation?.inferred && h('span', { class: 'muted' }, ` (${t('inferred')}: ${relation.basis ?? ''})`),
      ' ',
      h('span', { class: 'verdict' }, t(verdict)),
      ...conflictsOf(conflicts, p).map((c) =>
        h('div', { test: 'review-conflict', class: 'conflict', 'data-kind': c.kind }, conflictText(c)),
      ),
    );
    if (i === at && editing && entity) li.append(editForm(entity.ref));
    return li;
  }

  function editForm(ref: string): HTMLElement {
    const entity = draft.entities.find((e) => e.ref === ref)!;
    const d = decisions.entities[ref];
    const name = h('input', {
      test: 'edit-name',
      type: 'text',
      value: d?.name ?? entity.name,
      'aria-label': t('name'),
    });
    const label = h(
      'select',
      { test: 'edit-label', 'aria-label': t('label') },
      ...LABELS.map((l) => h('option', { value: l }, l)),
    );
    label.value = d?.label ?? entity.label;
    const link = h('input', {
      test: 'edit-link',
      type: 'text',
      list: `alternatives-${ref}`,
      value: (d?.existingId !== undefined ? d.existingId : entity.existingId) ?? '',
      placeholder: t('link'),
    });
    const options = h(
      'datalist',
      { id: `alternatives-${ref}` },
      ...(entity.alternatives ?? []).map((a) => h('option', { value: a.id }, a.name)),
    );
    const save = () => {
      editing = false;
      const edit = {
        name: name.value.trim() || entity.name,
        label: label.value,
        existingId: link.value.trim() || null,
      };
      change(decide(decisions, { kind: 'entity', ref }, 'accepted', edit));
    };
    const form = h(
      'form',
      {
        test: 'review-edit',
        class: 'review-edit',
        onsubmit: (e: Event) => (e.preventDefault(), save()),
        // Enter clicks the submit button; the row's click would re-render and drop the form first.
        onclick: (e: Event) => e.stopPropagation(),
      },
      h('label', {}, t('name'), ' ', name),
      h('label', {}, t('label'), ' ', label),
      h('label', {}, t('link'), ' ', link, options),
      h('button', { test: 'edit-save', type: 'submit' }, t('save')),
      h('button', { type: 'button', onclick: () => ((editing = false), render()) }, t('cancel')),
    );
    queueMicrotask(() => name.focus());
    return form;
  }

  function render() {
    const current = proposals[at] ?? null;
    fill(
      textPane,
      ...segmentsOf(draft, decisions, current).map((s) =>
        s.refs.length || s.selected
          ? h(
              'mark',
              {
                test: s.selected ? 'review-highlight' : 'review-mention',
                class: s.selected ? 'selected' : '',
                'data-refs': s.refs.join(' '),
              },
              s.text,
            )
          : s.text,
      ),
    );
    fill(list, ...proposals.map(row));
    const left = undecided(draft, decisions);
    status.textContent = t('left', { n: left });
    element.dataset.undecided = String(left);
    list.children[at]?.scrollIntoView({ block: 'nearest' });
    textPane.querySelector('mark.selected')?.scrollIntoView({ block: 'nearest' });
  }

  function select(i: number) {
    at = Math.max(0, Math.min(proposals.length - 1, i));
    editing = false;
    render();
  }

  /** Applies a change and saves what changed; saves run one after another so none is lost. */
  function change(next: ReviewDecisions) {
    decisions = next;
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
    await api.discard(stored.id).then(() => done(null), fail);
  }

  const onKey = (event: KeyboardEvent) => {
    const target = event.target as HTMLElement | null;
    if (event.key === 'Escape') {
      if (editing) return ((editing = false), render());
      help.hidden = true;
      return;
    }
    if (target && /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)) return;
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const keys: Record<string, () => void> = {
      j: () => select(at + 1),
      ArrowDown: () => select(at + 1),
      k: () => select(at - 1),
      ArrowUp: () => select(at - 1),
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
            (d, p) => (verdictOf(d, p) === 'pending' ? decide(d, p, 'accepted') : d),
            decisions,
          ),
        ),
      c: () => void commit(),
      '?': () => (help.hidden = !help.hidden),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };
  document.addEventListener('keydown', onKey);
  render();
  return { element, dispose: () => document.removeEventListener('keydown', onKey) };
}
