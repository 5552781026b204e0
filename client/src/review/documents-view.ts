import type { Lang } from '../i18n/lang.ts';
import { fill, h } from '../ui/dom.ts';
import { confirmBar } from './confirm-bar.ts';
import type { IngestApi } from './ingest-api.ts';
import { rt } from './review-strings.ts';
import type { DraftSummary } from './review-types.ts';

/**
 * The documents list: paste or upload a release (it becomes a draft), the drafts waiting for review, and
 * the documents already in the graph. `open` goes to a draft's review screen; a draft can also be discarded
 * here, after a confirmation.
 */
export function documentsView(
  lang: Lang,
  api: IngestApi,
  open: (id: string) => void,
  fail: (error: unknown) => void,
): HTMLElement {
  const t = (key: Parameters<typeof rt>[1], values?: Record<string, string | number>) =>
    rt(lang, key, values);
  const text = h('textarea', { test: 'ingest-text', rows: 8, placeholder: t('paste') });
  const title = h('input', { test: 'ingest-title', type: 'text', placeholder: t('docTitle') });
  const published = h('input', { test: 'ingest-published', type: 'date', title: t('published') });
  const file = h('input', { test: 'ingest-file', type: 'file', accept: '.txt,.html,.htm,.pdf,.docx' });
  const busy = (on: boolean) => root.setAttribute('data-busy', String(on));
  const proposed = (answer: { draft: DraftSummary }) => open(answer.draft.id);
  const submit = h(
    'button',
    {
      test: 'ingest-propose',
      type: 'button',
      onclick: () => {
        if (!text.value.trim()) return text.focus();
        busy(true);
        api
          .paste(text.value, { title: title.value || undefined, publishedAt: published.value || undefined })
          .then(proposed, fail)
          .finally(() => busy(false));
      },
    },
    t('propose'),
  );
  file.addEventListener('change', () => {
    const chosen = file.files?.[0];
    if (!chosen) return;
    busy(true);
    api
      .upload(chosen)
      .then(proposed, fail)
      .finally(() => busy(false));
  });
  const drafts = h('ul', { test: 'ingest-drafts', class: 'ingest-list' });
  const documents = h('ul', { test: 'ingest-documents', class: 'ingest-list' });
  const root = h(
    'section',
    { test: 'ingest-documents-view', class: 'ingest-documents', 'data-busy': 'true' },
    h(
      'div',
      { class: 'ingest-new' },
      text,
      h('div', { class: 'row' }, title, published, submit),
      h('label', {}, t('upload'), ' ', file),
    ),
    h('h2', {}, t('drafts')),
    drafts,
    h('h2', {}, t('documents')),
    documents,
  );
  /** A waiting draft: review it, or discard it after a confirmation in its row. */
  function draftRow(draft: DraftSummary): HTMLElement {
    const name = draft.title ?? draft.fileName ?? draft.id;
    const row = h('li', { test: 'ingest-draft', 'data-id': draft.id });
    const confirm = confirmBar({
      test: 'ingest-draft-discard-confirm',
      question: t('discardQuestion'),
      yes: t('discardYes'),
      no: t('discardNo'),
      onYes: () =>
        void api.discard(draft.id).then(() => {
          row.dataset.status = 'discarded';
          fill(row, h('span', { class: 'muted' }, t('discarded', { title: name })));
        }, fail),
    });
    fill(
      row,
      h('button', { type: 'button', onclick: () => open(draft.id) }, t('review')),
      ` ${name} — ${draft.entityCount} / ${draft.relationshipCount} · ${draft.createdBy} · ${draft.createdAt.slice(0, 16).replace('T', ' ')} `,
      h(
        'button',
        { test: 'ingest-draft-discard', type: 'button', onclick: () => confirm.open() },
        t('discard'),
      ),
      confirm.element,
    );
    return row;
  }
  Promise.all([api.drafts(), api.documents()])
    .then(([d, s]) => {
      fill(
        drafts,
        ...(d.drafts.length
          ? d.drafts.map((draft) => draftRow(draft))
          : [h('li', { class: 'muted' }, t('noDrafts'))]),
      );
      fill(
        documents,
        ...(s.documents.length
          ? s.documents.map((doc) =>
              h(
                'li',
                { test: 'ingest-document', 'data-id': doc.id },
                `${doc.title ?? doc.id} — ${doc.publishedAt ?? '?'} · ${doc.addedBy ?? ''} ${doc.addedAt?.slice(0, 10) ?? ''}`,
              ),
            )
          : [h('li', { class: 'muted' }, t('noDocuments'))]),
      );
    }, fail)
    .finally(() => busy(false));
  return root;
}
