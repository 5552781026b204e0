import type { SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { MONEY_NOUN } from './counted-nouns.ts';

/**
 * «обеспечить охват профилактическими осмотрами не менее 8 тыс. учащихся», «провести не менее 50 рейдов»,
 * «охватить скринингом 1 200 подростков»: an instruction that sets a number to reach has it as its `count`.
 * Only one counted thing in the instruction: two («20 рейдов и 15 проверок») leave the target unclear; sums
 * of money, shares, dates, articles of law and stretches of time are no target (findFigures drops the last
 * three).
 */
export function directiveTarget(sc: SentenceContext, own: Span): { count?: number } {
  const counts = sc.figures.filter(
    (f) =>
      f.start >= own.start &&
      f.end <= own.end &&
      f.unit === 'count' &&
      !f.isChange &&
      f.noun !== null &&
      !MONEY_NOUN.test(f.noun) &&
      /^\p{L}/u.test(f.noun),
  );
  return counts.length === 1 ? { count: counts[0]!.value } : {};
}
