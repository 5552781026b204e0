import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { MONEY_NOUN } from './counted-nouns.ts';

/** A verb in the infinitive: «обеспечить», «провести», «установить», «открыть». */
const INFINITIVE = /(?<![\p{L}])\p{L}{3,}(?:ть|ти|чь)(?:ся)?(?![\p{L}])/iu;

/**
 * «обеспечить охват профилактическими осмотрами не менее 8 тыс. учащихся», «провести не менее 50 рейдов»,
 * «охватить скринингом 1 200 подростков»: an instruction that sets a number to reach has it as its `count`.
 * Only one counted thing in the instruction: two («20 рейдов и 15 проверок») leave the target unclear; sums
 * of money, shares, dates, articles of law and stretches of time are no target (findFigures drops the last
 * three).
 */
export function directiveTarget(
  ctx: DocumentContext,
  sc: SentenceContext,
  own: Span,
  kind: string,
): { count?: number } {
  if (kind !== 'instruction') return {};
  const counts = sc.figures.filter(
    (f) =>
      // «провести не менее 50 рейдов»: the number follows the verb to do; «3 сотрудника привлечены …» in a
      // representation's text is what was done, no target.
      INFINITIVE.test(ctx.text.slice(own.start, f.start)) &&
      f.start >= own.start &&
      f.end <= own.end &&
      f.unit === 'count' &&
      !f.isChange &&
      f.noun !== null &&
      !MONEY_NOUN.test(f.noun) &&
      // «ежемесячно, до 5 числа»: a day of the month is a deadline, not a number to reach.
      !/^числ/u.test(f.noun) &&
      /^\p{L}/u.test(f.noun),
  );
  return counts.length === 1 ? { count: counts[0]!.value } : {};
}
