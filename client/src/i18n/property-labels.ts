import type { Lang } from './lang.ts';

/** Names of node properties in both languages, for the details panel; unknown ones show their own name. */
export const PROPERTY_LABELS: Record<string, Record<Lang, string>> = {
  amountKg: { ru: 'масса', en: 'amount' },
  value: { ru: 'значение', en: 'value' },
  change: { ru: 'изменение', en: 'change' },
  direction: { ru: 'динамика', en: 'direction' },
  comparedToYear: { ru: 'по сравнению с', en: 'compared with' },
  metric: { ru: 'показатель', en: 'metric' },
  qualifier: { ru: 'оценка', en: 'qualifier' },
  mainOffenders: { ru: 'основные нарушители', en: 'main offenders' },
  substance: { ru: 'вещество', en: 'substance' },
  count: { ru: 'число', en: 'count' },
  status: { ru: 'состояние', en: 'status' },
  commodity: { ru: 'товар', en: 'commodity' },
  year: { ru: 'год', en: 'year' },
  yearBasis: { ru: 'почему этот год', en: 'why this year' },
  date: { ru: 'дата', en: 'date' },
  period: { ru: 'период', en: 'period' },
  periodReviewed: { ru: 'рассмотренный период', en: 'period reviewed' },
  text: { ru: 'текст', en: 'text' },
  summaryEn: { ru: 'кратко (англ.)', en: 'summary' },
  kind: { ru: 'вид', en: 'kind' },
  abbreviation: { ru: 'сокращение', en: 'abbreviation' },
  nameKk: { ru: 'название (KK)', en: 'name (KK)' },
  iso: { ru: 'код ISO', en: 'ISO code' },
  isoOld: { ru: 'прежний код ISO', en: 'former ISO code' },
  regionalCentre: { ru: 'областной центр', en: 'regional centre' },
  roles: { ru: 'роли', en: 'roles' },
  references: { ru: 'источники (справка)', en: 'citations' },
  notes: { ru: 'примечания', en: 'notes' },
  unsure: { ru: 'не подтверждено', en: 'unconfirmed' },
  basis: { ru: 'основание', en: 'basis' },
  identityBasis: { ru: 'почему это он', en: 'identity basis' },
  centrality: { ru: 'центральность', en: 'centrality' },
};

/**
 * Values of the enumerations the graph uses, so a Russian reader gets Russian words (the details panel shows
 * the stored value in the tooltip). The one table for them: add a value here and every panel names it.
 */
export const PROPERTY_VALUES: Record<string, Record<string, Record<Lang, string>>> = {
  direction: { up: { ru: 'рост ↑', en: 'up ↑' }, down: { ru: 'снижение ↓', en: 'down ↓' } },
  // One property for every label: regions', agencies', directives', meetings' and sources' kinds do not clash.
  kind: {
    oblast: { ru: 'область', en: 'region (oblast)' },
    'city-of-republican-significance': {
      ru: 'город республиканского значения',
      en: 'city of republican significance',
    },
    government: { ru: 'правительство', en: 'government' },
    ministry: { ru: 'министерство', en: 'ministry' },
    committee: { ru: 'комитет', en: 'committee' },
    agency: { ru: 'агентство', en: 'agency' },
    "prosecutor's office": { ru: 'прокуратура', en: "prosecutor's office" },
    headquarters: { ru: 'штаб', en: 'headquarters' },
    'territorial police department': {
      ru: 'территориальный департамент полиции',
      en: 'territorial police department',
    },
    'territorial department': { ru: 'территориальный департамент', en: 'territorial department' },
    'police services': { ru: 'службы полиции', en: 'police services' },
    'task force': { ru: 'оперативная группа', en: 'task force' },
    customs: { ru: 'таможенные органы', en: 'customs' },
    veterans: { ru: 'ветераны', en: 'veterans' },
    instruction: { ru: 'поручение', en: 'instruction' },
    set: { ru: 'комплекс поручений', en: 'set of instructions' },
    appeal: { ru: 'обращение', en: 'appeal' },
    'operational meeting': { ru: 'оперативное совещание', en: 'operational meeting' },
    'meeting with veterans': { ru: 'встреча с ветеранами', en: 'meeting with veterans' },
    document: { ru: 'документ', en: 'document' },
    reference: { ru: 'справка', en: 'reference' },
  },
  status: { cut: { ru: 'пресечён', en: 'cut' }, active: { ru: 'действует', en: 'active' } },
  amountQualifier: { over: { ru: 'свыше', en: 'over' }, exactly: { ru: '', en: '' } },
};

/** Unit words by plural category (Intl.PluralRules), so "3 343 преступления" agrees with its number. */
export const UNIT_WORDS: Record<string, Record<Lang, Partial<Record<Intl.LDMLPluralRule, string>>>> = {
  crimes: {
    ru: { one: 'преступление', few: 'преступления', many: 'преступлений', other: 'преступления' },
    en: { one: 'crime', other: 'crimes' },
  },
  kg: { ru: { other: 'кг' }, en: { other: 'kg' } },
  '%': { ru: { other: '%' }, en: { other: '%' } },
};
