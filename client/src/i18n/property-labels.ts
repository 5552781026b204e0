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

/** Values of the few enumerations the seed uses, so a Russian reader gets Russian words. */
export const PROPERTY_VALUES: Record<string, Record<string, Record<Lang, string>>> = {
  direction: { up: { ru: 'рост ↑', en: 'up ↑' }, down: { ru: 'снижение ↓', en: 'down ↓' } },
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
