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
  newNode: { ru: 'новый', en: 'new' },
  inferred: { ru: 'выведено', en: 'inferred' },
  commit: { ru: 'Зафиксировать в графе', en: 'Commit to the graph' },
  discard: { ru: 'Отбросить черновик', en: 'Discard the draft' },
  left: { ru: 'Не решено: {n}', en: 'Undecided: {n}' },
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
    ru: 'j/↓ — следующее · k/↑ — предыдущее · a — принять · r — отклонить · e — править (Enter — сохранить, Esc — отмена) · u — снять решение · Shift+A — принять все нерешённые · c — зафиксировать · ? — эта справка · Esc — закрыть',
    en: 'j/↓ next · k/↑ previous · a accept · r reject · e edit (Enter save, Esc cancel) · u undecide · Shift+A accept all undecided · c commit · ? this help · Esc close',
  },
  helpHint: { ru: '? — клавиши', en: '? — keys' },
} as const;

export type ReviewKey = keyof typeof STRINGS;

/** A review string in `lang`, with `{name}` placeholders filled. */
export function rt(lang: Lang, key: ReviewKey, values: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? ''));
}
