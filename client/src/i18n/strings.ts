import type { Lang } from './lang.ts';

/** Interface text in both languages; keys are stable, so tests and code never depend on wording. */
export const STRINGS = {
  title: { ru: 'OpsGraph — рабочее место', en: 'OpsGraph workspace' },
  signIn: { ru: 'Войти', en: 'Sign in' },
  signOut: { ru: 'Выйти', en: 'Sign out' },
  username: { ru: 'Пользователь', en: 'Username' },
  password: { ru: 'Пароль', en: 'Password' },
  searchPlaceholder: { ru: 'Поиск: Аленов, Alenov, СКО…', en: 'Search: Alenov, Аленов, Kokshetau…' },
  noMatches: { ru: 'Ничего не найдено', en: 'No matches' },
  layout: { ru: 'Раскладка', en: 'Layout' },
  expand: { ru: 'Раскрыть', en: 'Expand' },
  expandTypes: { ru: 'Связи при раскрытии', en: 'Expand along' },
  allTypes: { ru: 'все типы', en: 'all types' },
  hide: { ru: 'Скрыть', en: 'Hide' },
  pin: { ru: 'Закрепить', en: 'Pin' },
  undo: { ru: 'Отменить', en: 'Undo' },
  fit: { ru: 'Вписать', en: 'Fit' },
  clear: { ru: 'Очистить', en: 'Clear' },
  supply: { ru: 'Каналы поставки', en: 'Supply network' },
  chain: { ru: 'Цепочка ответственности', en: 'Responsibility chain' },
  path: { ru: 'Путь между', en: 'Path between' },
  centrality: { ru: 'Размер по', en: 'Size by' },
  none: { ru: 'нет', en: 'none' },
  exportPng: { ru: 'PNG', en: 'PNG' },
  exportJson: { ru: 'JSON', en: 'JSON' },
  exportGraphml: { ru: 'GraphML', en: 'GraphML' },
  legend: { ru: 'Легенда', en: 'Legend' },
  filters: { ru: 'Фильтры', en: 'Filters' },
  labels: { ru: 'Типы узлов', en: 'Node types' },
  relTypes: { ru: 'Типы связей', en: 'Relationship types' },
  evidenceAll: { ru: 'все', en: 'all' },
  evidenceStated: { ru: 'из текста', en: 'stated' },
  evidenceInferred: { ru: 'выведенные', en: 'inferred' },
  years: { ru: 'Годы', en: 'Years' },
  details: { ru: 'Сведения', en: 'Details' },
  evidence: { ru: 'Доказательства', en: 'Evidence' },
  inferredBasis: { ru: 'Выведено, основание', en: 'Inferred, basis' },
  noQuote: { ru: 'Цитаты нет (справочные данные)', en: 'No quote (reference data)' },
  quoteNotFound: { ru: 'Цитата не найдена в тексте источника', en: 'Quote not found in the source text' },
  nothingSelected: { ru: 'Выберите узел или связь', en: 'Select a node or an edge' },
  emptyCanvas: {
    ru: 'Найдите человека, орган или место, чтобы начать. Клавиша / — поиск, ? — подсказка.',
    en: 'Search for a person, body or place to start. Press / to search, ? for help.',
  },
  emptyResult: { ru: 'По запросу ничего не найдено', en: 'The query returned nothing' },
  loading: { ru: 'Загрузка…', en: 'Loading…' },
  selectRegion: { ru: 'Выберите регион', en: 'Select a region first' },
  selectDirective: { ru: 'Выберите поручение', en: 'Select a directive first' },
  selectTwo: { ru: 'Выберите ровно два узла (Shift+щелчок)', en: 'Select exactly two nodes (Shift+click)' },
  capExceeded: {
    ru: 'Раскрытие добавило бы {n} элементов — больше лимита {cap}. Выберите тип связей или увеличьте лимит.',
    en: 'Expanding would add {n} elements, more than the limit of {cap}. Pick a relationship type or raise the limit.',
  },
  cap: { ru: 'Лимит раскрытия', en: 'Expansion limit' },
  nothingNew: { ru: 'Новых соседей нет', en: 'No new neighbours' },
  undone: { ru: 'Отменено: {what}', en: 'Undone: {what}' },
  nothingToUndo: { ru: 'Нечего отменять', en: 'Nothing to undo' },
  shortcuts: {
    ru: '/ поиск · Enter раскрыть · H скрыть · P закрепить · Ctrl+Z отменить · 1–4 раскладки · F вписать · Esc снять выбор',
    en: '/ search · Enter expand · H hide · P pin · Ctrl+Z undo · 1–4 layouts · F fit · Esc deselect',
  },
  'error.UNAUTHENTICATED': { ru: 'Требуется вход', en: 'Please sign in' },
  'error.FORBIDDEN': { ru: 'Недостаточно прав', en: 'Your role may not do this' },
  'error.NOT_FOUND': { ru: 'Такого узла нет', en: 'No such node' },
  'error.BAD_USER_INPUT': { ru: 'Неверный запрос', en: 'Invalid request' },
  'error.GRAPHQL_VALIDATION_FAILED': {
    ru: 'Клиент и сервер разошлись в схеме',
    en: 'Client and server schemas differ',
  },
  'error.BAD_REQUEST': { ru: 'Запрос отклонён', en: 'Request refused' },
  'error.TOO_MANY_REQUESTS': {
    ru: 'Слишком много запросов, подождите',
    en: 'Too many requests, wait a moment',
  },
  'error.INTERNAL_SERVER_ERROR': { ru: 'Ошибка сервера', en: 'Server error' },
  // Every code of shared/error-codes.ts has a line here (test/unit/api-error-codes.test.ts).
  'error.DATABASE_UNAVAILABLE': {
    ru: 'База данных недоступна, повторите позже',
    en: 'The database is unavailable; try again shortly',
  },
  'error.TIMEOUT': { ru: 'Запрос выполнялся слишком долго', en: 'The query took too long' },
  'error.PAYLOAD_TOO_LARGE': { ru: 'Запрос слишком велик', en: 'The request is too large' },
  'error.RESPONSE_TOO_LARGE': {
    ru: 'Ответ слишком велик: уменьшите лимит',
    en: 'The answer is too large; lower the limit',
  },
  'error.QUERY_TOO_COMPLEX': {
    ru: 'Запрос слишком сложный: уменьшите лимит',
    en: 'The query is too complex; lower the limit',
  },
  'error.UNTRUSTED_OPERATION': {
    ru: 'Сервер не выполняет этот запрос',
    en: 'The server does not run this operation',
  },
  'error.CONSTRAINT_VIOLATION': { ru: 'Такой идентификатор уже есть', en: 'This id already exists' },
  'error.GRAPHQL_PARSE_FAILED': {
    ru: 'Клиент отправил неверный запрос',
    en: 'The client sent a malformed query',
  },
  'error.OPERATION_RESOLUTION_FAILURE': { ru: 'Запрос отклонён', en: 'Request refused' },
  'error.PERSISTED_QUERY_NOT_FOUND': { ru: 'Запрос отклонён', en: 'Request refused' },
  'error.PERSISTED_QUERY_NOT_SUPPORTED': { ru: 'Запрос отклонён', en: 'Request refused' },
  'error.NETWORK_ERROR': { ru: 'Сервер недоступен', en: 'Server unreachable' },
  'error.UNKNOWN': { ru: 'Неизвестная ошибка', en: 'Unknown error' },
  badCredentials: { ru: 'Неверное имя или пароль', en: 'Wrong username or password' },
  // Canvas, map and tools (issue 14): kept in one block for an easy merge.
  redo: { ru: 'Повторить', en: 'Redo' },
  redone: { ru: 'Повторено: {what}', en: 'Redone: {what}' },
  nothingToRedo: { ru: 'Нечего повторять', en: 'Nothing to redo' },
  lasso: { ru: 'Лассо', en: 'Lasso' },
  lassoHint: {
    ru: 'Лассо: обведите узлы мышью (Shift — добавить к выбору), Esc — выход',
    en: 'Lasso: draw around nodes (Shift adds to the selection), Esc to leave',
  },
  lassoSelected: { ru: 'Выбрано узлов: {n}', en: '{n} nodes selected' },
  capExceededNodes: {
    ru: 'Раскрытие добавило бы {n} узлов — больше лимита {cap}. Выберите тип связей или увеличьте лимит (не больше {max}).',
    en: 'Expanding would add {n} nodes, more than the limit of {cap}. Pick a relationship type or raise the limit (at most {max}).',
  },
  cutByServer: {
    ru: 'Сервер отдаёт не больше {max} узлов за раз: добавлена только часть соседей. Раскройте по типу связей.',
    en: 'The server returns at most {max} nodes at a time: only part of the neighbours was added. Expand along one relationship type.',
  },
  exportEmpty: {
    ru: 'Нечего экспортировать: на холсте нет видимых элементов',
    en: 'Nothing to export: no visible elements on the canvas',
  },
  linkNotFound: {
    ru: 'Ссылка не открылась: {what}. Рабочее место готово — начните с поиска.',
    en: 'The link could not be opened: {what}. The workspace is ready — start with a search.',
  },
  linkIgnored: {
    ru: 'Непонятные параметры ссылки заменены значениями по умолчанию: {what}',
    en: 'Link parameters not understood were replaced by defaults: {what}',
  },
  close: { ru: 'Закрыть', en: 'Close' },
  restored: {
    ru: 'Восстановлен набор, открытый до окончания сеанса',
    en: 'Restored the working set open when the session ended',
  },
  sessionExpired: {
    ru: 'Сеанс истёк. Войдите снова — набор на холсте сохранён и вернётся.',
    en: 'Your session ended. Sign in again — the working set is kept and will come back.',
  },
  styleRule: { ru: 'Стиль по свойству', en: 'Style by property' },
  ruleSize: { ru: 'размер', en: 'size' },
  ruleColor: { ru: 'цвет', en: 'colour' },
  edgeLegend: { ru: 'Связи', en: 'Relationships' },
  edgeStated: { ru: 'из текста (с цитатой)', en: 'stated (with a quote)' },
  edgeInferred: { ru: 'выведенная (с основанием)', en: 'inferred (with a basis)' },
  edgePath: { ru: 'кратчайший путь', en: 'shortest path' },
  edgeFlow: { ru: 'поток поставки: город → регион', en: 'supply flow: city → region' },
  edgeSelected: { ru: 'выбранная', en: 'selected' },
  'channels.one': { ru: '{n} канал', en: '{n} channel' },
  'channels.few': { ru: '{n} канала', en: '{n} channels' },
  'channels.many': { ru: '{n} каналов', en: '{n} channels' },
  'channels.other': { ru: '{n} канала', en: '{n} channels' },
  flowShared: { ru: '{channels} всего из {k} городов', en: '{channels} in all from {k} cities' },
  'viewName.explore': { ru: 'Окружение', en: 'Neighbourhood' },
  'viewName.supply': { ru: 'Каналы поставки', en: 'Supply network' },
  'viewName.chain': { ru: 'Цепочка ответственности', en: 'Responsibility chain' },
  'viewName.path': { ru: 'Путь', en: 'Path' },
  'prop.amountKg': { ru: 'масса, кг', en: 'amount, kg' },
  'prop.value': { ru: 'значение', en: 'value' },
  'prop.count': { ru: 'число', en: 'count' },
  'prop.change': { ru: 'изменение', en: 'change' },
  'prop.year': { ru: 'год', en: 'year' },
  'prop.centrality': { ru: 'центральность', en: 'centrality' },
  // Details, evidence, brief, time bar and investigations (issue 14, workspace parts): one block.
  noPublisher: { ru: 'издатель не указан', en: 'publisher not stated' },
  noDate: { ru: 'дата не указана', en: 'date not stated' },
  evidenceQuotes: { ru: 'Цитаты из документов: {n}', en: 'Quotes from documents: {n}' },
  evidenceCitations: { ru: 'Справочные источники: {n}', en: 'Reference citations: {n}' },
  properties: { ru: 'Свойства', en: 'Properties' },
  shortcutsAll: {
    ru: '/ поиск · Enter раскрыть · H скрыть · P закрепить · Ctrl+Z отменить · Ctrl+Shift+Z повторить · L лассо · 1–4 раскладки · F вписать · Esc снять выбор',
    en: '/ search · Enter expand · H hide · P pin · Ctrl+Z undo · Ctrl+Shift+Z redo · L lasso · 1–4 layouts · F fit · Esc deselect',
  },
} satisfies Record<string, Record<Lang, string>>;

export type StringKey = keyof typeof STRINGS;

/** Interface text for a key, with `{name}` placeholders filled in. */
export function translate(lang: Lang, key: StringKey, vars: Record<string, string | number> = {}): string {
  return STRINGS[key][lang].replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** Interface text for a key that may not exist (e.g. a property name), or `fallback` when it does not. */
export function translateOr(lang: Lang, key: string, fallback: string): string {
  return key in STRINGS ? translate(lang, key as StringKey) : fallback;
}
