import type { Lang } from './graph-types.ts';
import { formatPeriod } from './partial-date.ts';

/** The time marks of a fact as the graph views return them (only time-bound types have them). */
export interface FactTime {
  validFrom: string | null;
  validTo: string | null;
  /** Whether it holds today; null for types that are not time-bound. */
  current: boolean | null;
}

/** How a fact stands in time, for a badge: a former post, a current one with its start, or nothing. */
export interface Tenure {
  former: boolean;
  /** "бывшая · 2022 – 07.10.2024", "с 07.10.2024"; null for facts without time. */
  text: string | null;
}

/**
 * A former post (or hierarchy) is one the data says no longer holds: `current` is false. Its dates are
 * shown so the reader sees when it ended; a current one shows when it began.
 */
export function tenure(fact: FactTime, lang: Lang): Tenure {
  const period = formatPeriod(fact.validFrom, fact.validTo, lang);
  if (fact.current === false) {
    const word = lang === 'ru' ? 'в прошлом' : 'former';
    return { former: true, text: period ? `${word} · ${period}` : word };
  }
  return { former: false, text: period };
}
