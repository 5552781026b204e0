import type { Span } from '../text/segment.ts';
import { numberWord } from '../text/number-words.ts';
import { currentPeriodEnd, deadlineYear, ordinal } from './deadline-dates.ts';
import { formatPartialDate, type PartialDate } from './partial-date.ts';

/** A time expression in the text, resolved against the publication date where it is relative. */
export interface TimeRef extends Span {
  year: number | null;
  /** YYYY-MM or YYYY-MM-DD when a month or day is named. */
  date: string | null;
  /** "9 месяцев", "с начала года"… */
  period: string | null;
  /** Set when the year was worked out from the publication date; says how. */
  basis: string | null;
  /** "в сравнении за 2023 год", "аналогичный период прошлого года": a comparison, not the fact's own time. */
  comparison: boolean;
  /** "до 31 октября", "в срок до …": a deadline. */
  deadline: boolean;
  /** "с 2019 по 2022 год", "с 2021 года", "с 1 по 20 июня": a stretch of time (partial dates). */
  range?: { from: string; to?: string };
}

export const MONTHS = [
  'январ',
  'феврал',
  'март',
  'апрел',
  'ма',
  'июн',
  'июл',
  'август',
  'сентябр',
  'октябр',
  'ноябр',
  'декабр',
];
// «марте» before «марта?», which would stop at «март» and leave «е 2024 года» unread.
export const MONTH_WORD = String.raw`(январ[яеь]|феврал[яеь]|марте|марта?|апрел[яеь]|ма[яйе]|июн[яеь]|июл[яеь]|августе|августа?|сентябр[яеь]|октябр[яеь]|ноябр[яеь]|декабр[яеь])`;
export interface Rule {
  re: RegExp;
  resolve(m: RegExpExecArray, published: PartialDate | null): Omit<TimeRef, 'start' | 'end'> | null;
}

const relative =
  (offset: number, period: string | null, what: string) => (_m: RegExpExecArray, p: PartialDate | null) =>
    p
      ? {
          year: p.year + offset,
          date: null,
          period,
          basis: `«${what}» counted from the publication year ${p.year}`,
          comparison: false,
          deadline: false,
        }
      : null;

/** The time expressions the genre uses, most specific first: an earlier rule wins an overlap. */
export const RULES: Rule[] = [
  {
    re: /за (\d{1,2}|[\p{L}ё]+) месяц\p{L}*(?: (\d{4}) года| текущего года)?/giu,
    resolve: (m, p) => {
      const months = /^\d+$/.test(m[1]!) ? Number(m[1]) : numberWord(m[1]!);
      if (!months || months > 12) return null;
      if (m[2])
        return {
          year: Number(m[2]),
          date: null,
          period: `${months} месяцев`,
          basis: null,
          comparison: false,
          deadline: false,
        };
      if (!p) return null;
      // Nine months' results are reported after September: before then they must be last year's.
      const year = !/текущ/i.test(m[0]) && p.month && p.month <= months ? p.year - 1 : p.year;
      return {
        year,
        date: null,
        period: `${months} месяцев`,
        basis: `«${m[0]}» counted from the publication date ${formatPartialDate(p)}`,
        comparison: false,
        deadline: false,
      };
    },
  },
  {
    re: /(?:аналогичн\p{L}+ период\p{L}* )?(?:прошлого|минувшего|предыдущего) года/giu,
    resolve: (m, p) => {
      const r = relative(-1, null, m[0])(m, p);
      return r && { ...r, comparison: /аналогичн/i.test(m[0]) };
    },
  },
  {
    re: /(?:в|за|по итогам) (?:минувш\p{L}+|прошл\p{L}+|истекш\p{L}+|предыдущ\p{L}+) год\p{L}*/giu,
    resolve: (m, p) => relative(-1, null, m[0])(m, p),
  },
  {
    // «до конца первого полугодия 2026 года», «до конца III квартала», «до конца текущего квартала»: the
    // period's last day (of the publication year unless a year is named).
    re: /(?:в срок )?до конца (?:(первого|1|I|второго|2|II) полугодия|(первого|1|I|второго|2|II|третьего|3|III|четвертого|4|IV) квартала|(?:текущего |этого )?(квартала|полугодия))(?: (\d{4}) года| текущего года)?/giu,
    resolve: (m, p) => {
      const month = m[1] ? 6 * ordinal(m[1]) : m[2] ? 3 * ordinal(m[2]) : currentPeriodEnd(m[3]!, p);
      const year = Number(m[4] ?? p?.year ?? NaN);
      return Number.isFinite(year) && month > 0
        ? date(year, month, month === 6 || month === 9 ? 30 : 31, !m[4], p, true)
        : null;
    },
  },
  {
    // «до конца года», «до конца текущего года»: 31 December of the publication year.
    re: /(?:в срок )?до конца (?:текущего |этого |нынешнего |сего )?(?:(\d{4}) )?года/giu,
    resolve: (m, p) => {
      const year = Number(m[1] ?? p?.year ?? NaN);
      return Number.isFinite(year) ? date(year, 12, 31, !m[1], p, true) : null;
    },
  },
  {
    re: /(?:в|за|с начала) (?:текущ\p{L}+|этом|нынешн\p{L}+|сего) год\p{L}*|с начала (?:текущего )?года|текущего года/giu,
    resolve: (m, p) => relative(0, /начала/i.test(m[0]) ? 'с начала года' : null, m[0])(m, p),
  },
  {
    re: /(?:(?:в|по) сравнении (?:за|с)|по сравнению с) (\d{4}) год\p{L}*/giu,
    resolve: (m) => ({
      year: Number(m[1]),
      date: null,
      period: null,
      basis: null,
      comparison: true,
      deadline: false,
    }),
  },
  {
    re: new RegExp(String.raw`(в срок до|до|к) (\d{1,2}) ${MONTH_WORD}(?: (\d{4}) года)?`, 'giu'),
    resolve: (m, p) =>
      date(
        Number(m[4] ?? deadlineYear(p, monthOf(m[3]!), Number(m[2]))),
        monthOf(m[3]!),
        Number(m[2]),
        !m[4],
        p,
        true,
      ),
  },
  {
    re: new RegExp(String.raw`(\d{1,2}) ${MONTH_WORD}(?: (\d{4}) года)?`, 'giu'),
    resolve: (m, p) => date(Number(m[3] ?? p?.year ?? NaN), monthOf(m[2]!), Number(m[1]), !m[3], p, false),
  },
  {
    re: new RegExp(String.raw`в ${MONTH_WORD}(?: (\d{4}) года)?`, 'giu'),
    resolve: (m, p) => date(Number(m[2] ?? p?.year ?? NaN), monthOf(m[1]!), undefined, !m[2], p, false),
  },
  {
    re: /(?:за|в|по итогам|на) (\d{4}) год\p{L}*|(\d{4}) года/giu,
    resolve: (m) => ({
      year: Number(m[1] ?? m[2]),
      date: null,
      period: null,
      basis: null,
      comparison: false,
      deadline: false,
    }),
  },
];

export function monthOf(word: string): number {
  const lower = word.toLowerCase();
  return MONTHS.findIndex((stem) => lower.startsWith(stem)) + 1;
}

function date(
  year: number,
  month: number,
  day: number | undefined,
  yearFromPublication: boolean,
  p: PartialDate | null,
  deadline: boolean,
) {
  if (!Number.isFinite(year) || month < 1) return null;
  const value = formatPartialDate({ year, month, ...(day ? { day } : {}) });
  const basis =
    yearFromPublication && p
      ? year === p.year
        ? `the year of the publication date ${formatPartialDate(p)}`
        : `a deadline after the publication date ${formatPartialDate(p)}, so the next year`
      : null;
  return { year, date: value, period: null, basis, comparison: false, deadline };
}
