import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';

// A figure to reach is no figure reached: «Моя задача – довести долю пресечённых каналов до 60 %», «площадь
// уничтоженных посевов в текущем году превысит три тысячи гектаров», «планируется заблокировать не менее 600
// наркосайтов», «к концу года число … должно снизиться до 150», «ожидается, что объём изъятого составит …».
// Releases report results in the past tense; a target, a forecast or a task is read in the figure's own
// clause (a result told in another clause of the same sentence stays).

/**
 * A task or target (infinitives of reaching; «удалось добиться» is a result), a plan, a forecast, or a future tense of
 * the figure verbs.
 */
const PLANNED =
  /(?<!\p{L})(?<!(?:удалось|смогли|сумели|позволил\p{L}*)\s+)(?:довести|добиться|достичь|достигнуть|обеспечить|снизить|сократить|увеличить|повысить|нарастить|задача|задачу|цель|планиру\p{L}*|запланирован\p{L}*|прогноз\p{L}*|ожидает\p{L}*|намерен\p{L}*|должн(?:а|о|ы)?|будет|будут|превысит|превысят|составит|составят|достигнет|достигнут|вырастет|возрастет|увеличится|снизится|сократится|уменьшится)(?!\p{L})/iu;

/** Whether a figure is told as a target or forecast in its own clause. */
export function plannedFigure(ctx: DocumentContext, sc: SentenceContext, figure: Figure): boolean {
  const before = ctx.folded.slice(sc.sentence.start, figure.start);
  // The clause opens after the last comma, semicolon, colon or quote mark, or at the sentence's start
  // («в текущем году будет уделено синтетике: «Доля синтетики … выросла вдвое»» reports a result).
  const opens = Math.max(...[',', ';', ':', '(', '«'].map((c) => before.lastIndexOf(c)));
  const after = ctx.folded.slice(figure.end, sc.sentence.end);
  const closes = after.search(/[,;.)]|\s[—–]\s/u);
  const own = `${before.slice(opens + 1)} ${after.slice(0, closes < 0 ? after.length : closes)}`;
  return PLANNED.test(own);
}
