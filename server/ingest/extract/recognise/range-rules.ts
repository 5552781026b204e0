import { formatPartialDate } from './partial-date.ts';
import { MONTH_WORD, monthOf, type Rule } from './time-rules.ts';

const none = { year: null, date: null, period: null, basis: null, comparison: false, deadline: false };

/**
 * Stretches of time: a career («с 2019 по 2022 год был начальником», «руководивший … с 2021 года») or an
 * operation («проводился с 1 по 20 июня»). Tried before the other rules, so «2021 года» inside one is not read
 * as an event's year.
 */
export const RANGE_RULES: Rule[] = [
  {
    // A biography line or a career clause by months: «с июля 2022 года по март 2024 года», «с апреля 2021 года».
    re: new RegExp(
      String.raw`с ${MONTH_WORD} (\d{4}) года(?:\s*(?:по|[-–—])\s*${MONTH_WORD} (\d{4}) года)?`,
      'giu',
    ),
    resolve: (m) => {
      const month = (word: string, year: string) =>
        formatPartialDate({ year: Number(year), month: monthOf(word) });
      return {
        ...none,
        range: { from: month(m[1]!, m[2]!), ...(m[3] ? { to: month(m[3], m[4]!) } : {}) },
      };
    },
  },
  {
    // «2009–2014 гг. —», «2015-2018 годы»: a dated line of a biography, without «с … по».
    re: /(\d{4})\s*[-–—]\s*(\d{4})\s*(?:гг\.?|годы|годах|г\.)/giu,
    resolve: (m) => ({ ...none, range: { from: m[1]!, to: m[2]! } }),
  },
  {
    re: /(?:с|в) (\d{4})(?: года)?\s*(?:по|[-–—])\s*(\d{4}) г(?:од\p{L}*|г\.|\.)?/giu,
    resolve: (m) => ({ ...none, range: { from: m[1]!, to: m[2]! } }),
  },
  {
    re: new RegExp(
      String.raw`с (\d{1,2})(?: ${MONTH_WORD})? по (\d{1,2}) ${MONTH_WORD}(?: (\d{4}) года)?`,
      'giu',
    ),
    resolve: (m, p) => {
      const year = Number(m[5] ?? p?.year ?? NaN);
      if (!Number.isFinite(year)) return null;
      const to = monthOf(m[4]!);
      const from = m[2] ? monthOf(m[2]) : to;
      const day = (d: string, month: number) => formatPartialDate({ year, month, day: Number(d) });
      return {
        ...none,
        year,
        basis: m[5] || !p ? null : `the year of the publication date ${formatPartialDate(p)}`,
        range: { from: day(m[1]!, from), to: day(m[3]!, to) },
      };
    },
  },
  {
    re: /с (\d{4}) года/giu,
    resolve: (m) => ({ ...none, range: { from: m[1]! } }),
  },
];
