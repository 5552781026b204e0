import { PROPERTY_LABELS, PROPERTY_VALUES, UNIT_WORDS } from '../i18n/property-labels.ts';
import type { Lang, PropValue } from './graph-types.ts';

export type { PropValue };
import { formatPartialDate, formatPeriod } from './partial-date.ts';

/**
 * One line of the details table; `lang` is set when the value is written in the other language, `raw` when
 * the value is an enumeration's word for a stored value (the panel shows the stored value as the tooltip).
 */
export interface PropertyRow {
  key: string;
  label: string;
  value: string;
  lang?: Lang;
  raw?: string;
}

/** Bookkeeping of the seed and the store, and what other rows already show (units, the other language). */
const HIDDEN = new Set([
  'seedFile',
  'provenance',
  'sha256',
  'addedBy',
  'addedAt',
  'centreId',
  'identityInferred',
  'inferred',
  'basisRu',
  'unit',
  'changeUnit',
  'amountQualifier',
  'metricRu',
  'substanceEn',
  'mainOffendersEn',
  'lat',
  'lon',
]);
/** Free text the seed writes in English (a Russian reader sees it marked as English). */
const ENGLISH = new Set(['notes', 'yearBasis', 'identityBasis', 'qualifier', 'kind', 'roles', 'summaryEn']);
/** Russian and English forms of one property: the interface's language is shown, the other is the fallback. */
const PAIRS: Record<string, { ru: string; en: string }> = {
  metric: { ru: 'metricRu', en: 'metric' },
  substance: { ru: 'substance', en: 'substanceEn' },
  mainOffenders: { ru: 'mainOffenders', en: 'mainOffendersEn' },
};
const YEARS = new Set(['year', 'comparedToYear']);

function number(value: number, lang: Lang, signed = false): string {
  const text = new Intl.NumberFormat(lang === 'ru' ? 'ru-RU' : 'en-GB', {
    maximumFractionDigits: 3,
    signDisplay: signed ? 'exceptZero' : 'auto',
  }).format(value);
  return text.replace('-', '−');
}

/** A number with its unit, the unit word agreeing with the number ("3 343 преступления", "65,5 %"). */
export function withUnit(value: number, unit: string | undefined, lang: Lang, signed = false): string {
  const n = number(value, lang, signed);
  if (!unit) return n;
  const words = UNIT_WORDS[unit]?.[lang];
  if (!words) return `${n} ${unit}`;
  const category = new Intl.PluralRules(lang === 'ru' ? 'ru' : 'en').select(Math.abs(value));
  return `${n} ${words[category] ?? words.other ?? unit}`;
}

function enumValue(key: string, value: string, lang: Lang): string | undefined {
  return PROPERTY_VALUES[key]?.[value]?.[lang];
}

function plain(key: string, value: PropValue, lang: Lang): string {
  if (Array.isArray(value)) return value.join(key === 'references' ? '; ' : ', ');
  if (typeof value === 'boolean')
    return value ? (lang === 'ru' ? 'да' : 'yes') : lang === 'ru' ? 'нет' : 'no';
  if (typeof value === 'number') return YEARS.has(key) ? String(value) : number(value, lang);
  if (key === 'date') return formatPartialDate(value, lang);
  if (key === 'period' || key === 'periodReviewed') {
    const [from, to] = value.split('/');
    return formatPeriod(from, to, lang) ?? value;
  }
  return enumValue(key, value, lang) ?? value;
}

function rowValue(key: string, props: Record<string, PropValue>, lang: Lang): string {
  const value = props[key]!;
  if (key === 'amountKg' && typeof value === 'number') {
    const q =
      typeof props.amountQualifier === 'string'
        ? enumValue('amountQualifier', props.amountQualifier, lang)
        : '';
    return `${q ? `${q} ` : ''}${withUnit(value, 'kg', lang)}`;
  }
  if (key === 'value' && typeof value === 'number') return withUnit(value, props.unit as string, lang);
  if (key === 'change' && typeof value === 'number')
    return withUnit(value, props.changeUnit as string, lang, true);
  return plain(key, value, lang);
}

/**
 * A node's properties as rows of the details table, in the interface's language: numbers with their units
 * and agreeing unit words, dates and periods as a reader writes them, enumerations translated, the Russian
 * or English form of paired properties, and English-only text marked as such. Empty values are left out.
 */
export function propertyRows(props: Record<string, PropValue | null | undefined>, lang: Lang): PropertyRow[] {
  const present: Record<string, PropValue> = {};
  for (const [key, value] of Object.entries(props)) {
    if (value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    present[key] = value;
  }
  const rows: PropertyRow[] = [];
  for (const key of Object.keys(present)) {
    if (HIDDEN.has(key) && !PAIRS[key]) continue;
    const label = PROPERTY_LABELS[key]?.[lang] ?? key;
    const pair = PAIRS[key];
    if (pair) {
      const mine = present[pair[lang]];
      const other = present[pair[lang === 'ru' ? 'en' : 'ru']];
      const value = mine ?? other;
      if (value !== undefined)
        rows.push({
          key,
          label,
          value: plain(key, value, lang),
          ...(mine === undefined ? { lang: lang === 'ru' ? 'en' : 'ru' } : {}),
        });
      continue;
    }
    const row: PropertyRow = { key, label, value: rowValue(key, present, lang) };
    const stored = present[key];
    if (typeof stored === 'string' && enumValue(key, stored, lang)) row.raw = stored;
    if (key === 'basis' && lang === 'ru' && typeof present.basisRu === 'string') row.value = present.basisRu;
    else if (
      (ENGLISH.has(key) || key === 'basis') &&
      lang === 'ru' &&
      !enumValue(key, String(present[key]), lang)
    )
      row.lang = 'en';
    rows.push(row);
  }
  return rows;
}
