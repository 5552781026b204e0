import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { MONEY_NOUN } from './counted-nouns.ts';

/** A verb in the infinitive: «обеспечить», «провести», «установить», «открыть». */
const INFINITIVE = /(?<![\p{L}])\p{L}{3,}(?:ть|ти|чь)(?:ся)?(?![\p{L}])/iu;

/** «не менее 90 %», «до 60 %», «не ниже 95 %»: a share to reach, said with its bound. */
const SHARE_BOUND = /(?<!\p{L})(?:не\s+менее|не\s+меньше|не\s+ниже|до|свыше|более)\s+$/iu;

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
): { count?: number; value?: number; unit?: '%' } {
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
  if (counts.length === 1) return { count: counts[0]!.value };
  return counts.length === 0 ? shareTarget(ctx, sc, own) : {};
}

/**
 * «обеспечить охват профилактическими осмотрами не менее 90 % лиц, состоящих на учете», «довести долю
 * раскрытых преступлений до 75 %», «добиться охвата тестированием не ниже 95 % учащихся»: a share to reach is
 * the instruction's `value` in %. Only one share, bound by «не менее»/«до»: a bare «на 10 %» is a change to
 * make, and two shares leave the target unclear.
 */
function shareTarget(ctx: DocumentContext, sc: SentenceContext, own: Span): { value?: number; unit?: '%' } {
  const shares = sc.figures.filter(
    (f) =>
      f.start >= own.start &&
      f.end <= own.end &&
      f.unit === '%' &&
      INFINITIVE.test(ctx.text.slice(own.start, f.start)),
  );
  if (shares.length !== 1 || shares[0]!.isChange) return {};
  const share = shares[0]!;
  return SHARE_BOUND.test(ctx.text.slice(Math.max(own.start, share.start - 20), share.start))
    ? { value: share.value, unit: '%' }
    : {};
}
