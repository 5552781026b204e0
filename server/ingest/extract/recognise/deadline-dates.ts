import type { PartialDate } from './partial-date.ts';

/** «первого», «2», «III»: the number of a quarter or half-year. */
export function ordinal(word: string): number {
  const w = word.toLowerCase();
  if (/^\d$/.test(w)) return Number(w);
  const roman = ['i', 'ii', 'iii', 'iv'].indexOf(w);
  return roman >= 0 ? roman + 1 : ['перв', 'втор', 'трет', 'четв'].findIndex((x) => w.startsWith(x)) + 1;
}

/** «до конца (текущего) квартала | полугодия»: the last month of the period the publication falls in. */
export function currentPeriodEnd(period: string, p: PartialDate | null): number {
  if (!p?.month) return NaN;
  return period.startsWith('к') ? 3 * Math.ceil(p.month / 3) : p.month <= 6 ? 6 : 12;
}

/**
 * «до 1 февраля» in a release of November: a deadline lies ahead, so a day already past in the publication
 * year is next year's.
 */
export function deadlineYear(p: PartialDate | null, month: number, day: number): number {
  if (!p) return NaN;
  const past =
    p.month !== undefined && (month < p.month || (month === p.month && p.day !== undefined && day < p.day));
  return past ? p.year + 1 : p.year;
}
