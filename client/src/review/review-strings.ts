import type { Lang } from '../i18n/lang.ts';

// The review page's words; kept with the page (a lazily loaded chunk), not in the workspace's bundle.
const STRINGS = {
  title: { ru: 'Приём документов', en: 'Document intake' },
  toWorkspace: { ru: '← Рабочее пространство', en: '← Workspace' },
  paste: { ru: 'Вставьте текст релиза', en: 'Paste a release' },
  docTitle: { ru: 'Заголовок (необязательно)', en: 'Title (optional)' },
  published: { ru: 'Дата публикации', en: 'Published' },
  propose: { ru: 'Предложить факты', en: 'Propose facts' },
  upload: {
    ru: 'или загрузите файл (.txt, .html, .pdf, .docx)',
    en: 'or upload a file (.txt, .html, .pdf, .docx)',
  },
  drafts: { ru: 'Черновики на проверке', en: 'Drafts waiting for review' },
  noDrafts: { ru: 'Нет черновиков', en: 'No drafts' },
  documents: { ru: 'Документы в графе', en: 'Documents in the graph' },
  noDocuments: { ru: 'Нет документов', en: 'No documents' },
  review: { ru: 'Проверить', en: 'Review' },
  back: { ru: '← К списку', en: '← Back to the list' },
  accepted: { ru: 'принято', en: 'accepted' },
  rejected: { ru: 'отклонено', en: 'rejected' },
  pending: { ru: 'не решено', en: 'undecided' },
  dropped: { ru: 'отпадёт: конец отклонён', en: 'dropped: an end is rejected' },
  edited: { ru: 'изменено', en: 'edited' },
  mention: { ru: 'упоминание {i} из {n}', en: 'mention {i} of {n}' },
  noSelection: {
    ru: 'Выделите фрагмент в тексте документа (Shift+← → или мышью), затем нажмите s (или + — добавить упоминание)',
    en: 'Select a piece of the document text (Shift+← → or the mouse), then press s (or + to add a mention)',
  },
  onlyEntities: { ru: 'Упоминания есть только у узлов', en: 'Only entities have mentions' },
  lastMention: {
    ru: 'Последнее упоминание не убрать: отклоните узел (r)',
    en: 'The last mention stays: reject the entity (r)',
  },
  allDecided: { ru: 'Всё решено — можно фиксировать (c)', en: 'All decided — ready to commit (c)' },
  nextUndecided: { ru: 'Следующее нерешённое (n)', en: 'Next undecided (n)' },
  newNode: { ru: 'новый', en: 'new' },
  inferred: { ru: 'выведено', en: 'inferred' },
  commit: { ru: 'Зафиксировать в графе', en: 'Commit to the graph' },
  discard: { ru: 'Отбросить черновик', en: 'Discard the draft' },
  discardQuestion: {
    ru: 'Отбросить этот черновик? В граф он не попадёт; запись о нём останется в журнале.',
    en: 'Discard this draft? Nothing of it goes into the graph; the record of it stays in the audit trail.',
  },
  discardYes: { ru: 'Отбросить (y)', en: 'Discard (y)' },
  discardNo: { ru: 'Оставить (n, Esc)', en: 'Keep it (n, Esc)' },
  discarded: { ru: 'Черновик отброшен: {title}', en: 'Draft discarded: {title}' },
  left: { ru: 'Не решено: {n}', en: 'Undecided: {n}' },
  counts: {
    ru: 'принято {accepted} · отклонено {rejected} · отпадёт {dropped} · изменено {edited}',
    en: 'accepted {accepted} · rejected {rejected} · dropped {dropped} · edited {edited}',
  },
  committed: {
    ru: 'Зафиксировано: {nodes} новых узлов, {facts} новых фактов, {evidence} с новым источником.',
    en: 'Committed: {nodes} new nodes, {facts} new facts, {evidence} with new evidence.',
  },
  open: { ru: 'Открыть в графе', en: 'Open in the graph' },
  name: { ru: 'Имя', en: 'Name' },
  label: { ru: 'Тип', en: 'Label' },
  link: { ru: 'Связать с узлом (id) или пусто — новый', en: 'Link to node (id), or empty for a new one' },
  save: { ru: 'Принять с правкой (Enter)', en: 'Accept edited (Enter)' },
  cancel: { ru: 'Отмена (Esc)', en: 'Cancel (Esc)' },
  postHeld: { ru: 'Должность в графе занимает {name}', en: 'The graph says {name} holds this post' },
  factExists: {
    ru: 'Факт уже есть в графе ({n} ист.): добавится источник',
    en: 'Already in the graph ({n} sources): this adds evidence',
  },
  similarName: { ru: 'Похожее имя в графе: {name} ({id})', en: 'Similar name in the graph: {name} ({id})' },
  help: {
    ru: 'Клавиши работают и в русской раскладке. e — правка имени, типа и связи (Enter — сохранить, Esc — отмена). Фрагмент: выделите текст в документе — стрелками ← → (курсор встаёт в начало текущего фрагмента и идёт по словам, с Shift выделяет) или мышью — и нажмите s — он станет цитатой факта или текущим упоминанием узла (+ добавит его как ещё одно упоминание); [ и ] сдвигают конец на слово, { и } — начало; m переходит к следующему упоминанию узла (оно подчёркнуто в тексте), x убирает его. Правка фрагмента не меняет решения. Факт, у которого отклонён конец, отпадёт при фиксации и решения не требует; он вернётся, если конец снова принять. d — отбросить черновик (после подтверждения: y — да, n или Esc — нет). Esc — убрать курсор, закрыть справку.',
    en: "Keys work in the Russian layout too. e edits name, label and link (Enter saves, Esc cancels). Spans: select text in the document — with ← → (the caret starts at the current span and moves by word; with Shift it selects) or the mouse — and press s — it becomes the fact's quote or the entity's current mention (+ adds it as another mention); [ and ] move the end by a word, { and } the start; m goes to the entity's next mention (underlined in the text), x removes it. Editing a span keeps the decision. A fact whose end is rejected drops at commit and needs no decision; it comes back when the end is accepted again. d discards the draft (after a confirmation: y yes, n or Esc no). Esc removes the caret, closes this help.",
  },
} as const;

export type ReviewKey = keyof typeof STRINGS;

/** A review string in `lang`, with `{name}` placeholders filled. */
export function rt(lang: Lang, key: ReviewKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
