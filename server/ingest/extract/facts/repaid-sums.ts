import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';
import type { MetricFigure } from './metric-phrases.ts';
import { resultVerbBefore } from './result-verb.ts';

/** A day named («2 октября») or a time of day: the sum is of one case, not a figure of the period. */
const ONE_DAY = /(?:^|\s)(?:вечером|ночью|утром|днем)\s/iu;

/**
 * «потерпевшим возмещено 640 млн тенге», «в бюджет взыскано 12 млн тенге», «выделено 120 млн тенге»: a sum
 * told right after the verb of what was done with it, no «на сумму» between. Its metric is the sum with the
 * clause's words («сумма (потерпевшим возмещено)»), as people counted are named with what was done to them.
 */
export function repaidSum(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
  clauseStart: number,
): MetricFigure | undefined {
  const lead = ctx.folded.slice(clauseStart, figure.start);
  if (!resultVerbBefore(ctx, lead)) return undefined;
  if (sc.times.some((t) => /^\d{4}-\d{2}-\d{2}$/.test(t.date ?? '')) || ONE_DAY.test(sc.sentence.text))
    return undefined;
  // The clause's words from its last preposition-free stretch: «за 9 месяцев потерпевшим возмещено».
  const said = ctx.text
    .slice(clauseStart, figure.start)
    .replace(/\s+(?:не\s+)?(?:менее|более|свыше|около|почти|порядка|примерно)\s*$/iu, '')
    .trim()
    .replace(
      /^(?:(?:за|с|в|на)\s+[^,]*?\s+(?:год\p{L}*|месяц\p{L}*|период\p{L}*)(?:\s+\d{4}\s+год\p{L}*)?\s+)/iu,
      '',
    )
    .replace(/^(?:что|также|кроме\s+того,?)\s+/iu, '');
  if (!said) return undefined;
  const end = figure.end + (/^\s*(?:тенге|тг\.?)/u.exec(ctx.text.slice(figure.end))?.[0].length ?? 0);
  const start = ctx.text.indexOf(said, clauseStart);
  const { from, to } = tokenRange(sc, start, end);
  return {
    figure: { ...figure, end },
    metric: {
      from,
      to,
      start,
      end,
      phrase: `сумма (${said.charAt(0).toLowerCase()}${said.slice(1)})`,
      evidence: { start, end },
    },
  };
}
