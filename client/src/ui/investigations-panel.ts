import type { Investigation, Note } from '../api/index.ts';
import type { Lang } from '../graph/graph-types.ts';
import { investigationLink } from '../graph/investigation-state.ts';
import { translate } from '../i18n/strings.ts';
import { h } from './dom.ts';

export interface InvestigationsView {
  lang: Lang;
  current: Investigation | null;
  list: Investigation[] | null;
  /** "сохранено 23:05", "сохранение…", or an error; null before any save. */
  status: string | null;
  /** The selected node or edge, with its notes in this investigation (only when one is open). */
  selected: { id: string; caption: string; notes: Note[] } | null;
  /** Whether the reader may write notes (an analyst or above). */
  canWrite: boolean;
}

export interface InvestigationsActions {
  save(name: string, sharedWith: string[]): void;
  refresh(): void;
  addNote(elementId: string, text: string): void;
}

const SHARE = ['', 'viewer', 'analyst', 'editor'] as const;

/**
 * The investigations panel: the current one (name, sharing, save; later changes save themselves), and the
 * list of yours and of those shared with you, each a link that opens it.
 */
export function investigationsPanel(view: InvestigationsView, actions: InvestigationsActions): HTMLElement {
  const t = (key: Parameters<typeof translate>[1]) => translate(view.lang, key);
  const name = h('input', {
    test: 'investigation-name',
    placeholder: t('investigationName'),
    value: view.current?.name ?? '',
    maxlength: 120,
  });
  const share = h(
    'select',
    { test: 'investigation-share', title: t('investigationShare') },
    ...SHARE.map((role) =>
      h(
        'option',
        { value: role, selected: (view.current?.sharedWith[0] ?? '') === role },
        role ? `${t('investigationShareWith')} ${role}` : t('investigationPrivate'),
      ),
    ),
  );
  const mine = !view.current || view.current.mine;
  const save = h(
    'button',
    {
      test: 'investigation-save',
      disabled: !mine,
      onclick: () => actions.save(name.value, share.value ? [share.value] : []),
    },
    view.current ? t('investigationSave') : t('investigationSaveNew'),
  );
  const item = (inv: Investigation) =>
    h(
      'li',
      { test: 'investigation-item', 'data-id': inv.id },
      h('a', { href: investigationLink(inv.id) }, inv.name),
      ' ',
      h(
        'span',
        { class: 'muted' },
        inv.mine ? t('investigationMine') : `${t('investigationFrom')} ${inv.owner}`,
      ),
    );
  return h(
    'section',
    { class: 'investigations', test: 'investigations', 'data-current': view.current?.id ?? '' },
    h('h3', {}, t('investigations')),
    view.current && !view.current.mine
      ? h('p', { class: 'muted' }, `${t('investigationFrom')} ${view.current.owner}`)
      : null,
    h('div', { class: 'investigation-form' }, name, share, save),
    view.status ? h('p', { class: 'muted', test: 'investigation-status' }, view.status) : null,
    view.current
      ? h(
          'a',
          { test: 'investigation-link', href: investigationLink(view.current.id) },
          t('investigationLink'),
        )
      : null,
    h(
      'button',
      { class: 'link', test: 'investigation-refresh', onclick: () => actions.refresh() },
      t('investigationList'),
    ),
    view.list ? h('ul', { class: 'investigation-list' }, ...view.list.map(item)) : null,
    view.current && view.selected ? notesView(view, actions) : null,
  );
}

/** The notes of the selected element in the open investigation, and a box to add one. */
function notesView(view: InvestigationsView, actions: InvestigationsActions): HTMLElement {
  const selected = view.selected!;
  const text = h('textarea', { test: 'note-text', rows: 2, maxlength: 2000 });
  return h(
    'div',
    { class: 'notes', test: 'notes', 'data-id': selected.id },
    h('h4', {}, `${translate(view.lang, 'notes')}: ${selected.caption}`),
    h(
      'ul',
      {},
      ...selected.notes.map((note) =>
        h('li', { test: 'note' }, note.text, ' ', h('span', { class: 'muted' }, `— ${note.author}`)),
      ),
    ),
    view.canWrite ? text : null,
    view.canWrite
      ? h(
          'button',
          {
            test: 'note-add',
            onclick: () => {
              if (text.value.trim()) actions.addNote(selected.id, text.value.trim());
            },
          },
          translate(view.lang, 'noteAdd'),
        )
      : null,
  );
}
