import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import type { MetricFigure } from './metric-phrases.ts';

// Sums told by what happened to the money rather than by a thing «на сумму»: cash taken in searches («свыше 9
// млн тенге наличными», «наличные средства на сумму 86 млн тенге») and money moved («свыше 640 млн тенге
// обналичено через 57 банковских карт»). Cash is a figure of the case even in a sentence that seizes drugs.

/** «тенге наличными», «тенге в наличной форме». */
const CASH_AFTER = /^\s*(?:тенге|тг\.?)\s+(?:наличными|в\s+наличной\s+форме|наличных)/iu;
/** «наличные (денежные) средства на сумму», «наличных денег в сумме». */
const CASH_BEFORE =
  /наличн\p{L}*\s+(?:денежн\p{L}*\s+)?(?:средств\p{L}*|деньг\p{L}*|денег)\s+(?:на\s+(?:общую\s+)?сумму|в\s+(?:общей\s+)?сумме|в\s+размере)(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;
/** «тенге обналичено», «тенге выведено в криптовалюту», «тенге легализовано». */
const MOVED_AFTER =
  /^\s*(?:тенге|тг\.?)\s+((?:было\s+)?(?:обналичен|выведен|легализован|переведен|переведён|отмыт|похищен|выплачен)\p{L}*)/iu;
const QUALIFIER = /(?:^|\s)((?:не\s+)?(?:более|свыше|около|почти|порядка|менее)\s+)$/iu;

/** Whether a sum is cash (so a seizure sentence does not make it the seizure's). */
export function isCash(ctx: DocumentContext, figure: Figure): boolean {
  return (
    CASH_AFTER.test(ctx.folded.slice(figure.end, figure.end + 40)) ||
    CASH_BEFORE.test(ctx.folded.slice(Math.max(0, figure.start - 80), figure.start))
  );
}

/** «свыше 9 млн тенге наличными», «свыше 640 млн тенге обналичено»: the sum quoted with its own words. */
export function cashOrMovedSum(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
): MetricFigure | null {
  const after = ctx.folded.slice(figure.end, sc.sentence.end);
  const cash = CASH_AFTER.exec(after);
  const moved = cash ? null : MOVED_AFTER.exec(after);
  if (!cash && !moved) return null;
  const q = QUALIFIER.exec(ctx.folded.slice(Math.max(sc.sentence.start, figure.start - 20), figure.start));
  const start = figure.start - (q ? q[1]!.length : 0);
  const end = figure.end + (cash ?? moved)![0].length;
  const from = sc.tokens.findIndex((t) => t.start >= start);
  const to = sc.tokens.findIndex((t) => t.start >= end);
  return {
    figure,
    metric: {
      from,
      to: to < 0 ? sc.tokens.length : to,
      start,
      end,
      phrase: cash
        ? 'наличные (сумма в тенге)'
        : `средства, ${moved![1]!.replace(/^было\s+/u, '')} (сумма в тенге)`,
      evidence: { start, end },
      ofCase: true,
    },
  };
}
