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
