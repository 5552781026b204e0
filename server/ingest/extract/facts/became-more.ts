import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { MetricFigure } from './metric-phrases.ts';

// «при этом фактов сбыта стало в 1,5 раза больше», «притонов стало вдвое меньше», «закладчиков стало больше на
// 20 %», «несовершеннолетних потребителей становится меньше на треть»: a change told of things in the genitive
// by «стало/становится больше/меньше», no head word («число») and no level. The metric is the things
// («факты сбыта»); the figure is the change.

/** The genitive words opening the clause, then «стало» or «становится», at the end of the text before the figure. */
const BECAME =
  /(?:^|[,;:—–«]\s*|(?:^|\s)(?:при\s+этом|а|и|но|зато)\s+)((?:[а-я-]+\s+){1,3}?)(?:стало|становится|станет)(?:\s+(?:почти|примерно|уже))?(?:\s+(?:больше|меньше))?(?:\s+(?:почти|примерно))?\s+(?:на\s+|в\s+)?$/iu;

/** Changes of things told by «стало больше/меньше», each with the things as the metric. */
export function becameMore(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  for (const figure of sc.figures) {
    if (!figure.isChange) continue;
    const lead = ctx.folded.slice(sc.sentence.start, figure.start);
    const m = BECAME.exec(lead);
    if (!m) continue;
    const after = ctx.folded.slice(figure.end, sc.sentence.end);
    const said = `${m[0]} ${after.slice(0, 12)}`;
    if (!/больше|меньше/u.test(said)) continue;
    const words = m[1]!.trim().split(/\s+/u);
    if (!words.every((w) => genitive(ctx, w)) || !plural(ctx, words[0]!)) continue;
    const start = sc.sentence.start + m.index + m[0].indexOf(m[1]!);
    const end = start + m[1]!.trimEnd().length;
    const tail = /^\s*(?:больше|меньше)/u.exec(after);
    const name = nominativePhrase(ctx.morph, ctx.folded.slice(start, end).toLowerCase().split(/\s+/u), {
      capitaliseFirst: false,
      plural: true,
    });
    out.push({
      figure,
      metric: {
        ...tokenRange(sc, start, end),
        start,
        end,
        phrase: name,
        evidence: { start, end: figure.end + (tail?.[0].length ?? 0) },
      },
    });
  }
  return out;
}

function genitive(ctx: DocumentContext, word: string): boolean {
  return ctx
    .morph(word)
    .some((p) => p.score > 0.1 && /^(?:NOUN|ADJF|PRTF)$/u.test(p.tag.POS ?? '') && p.tag.CAse === 'gent');
}

function plural(ctx: DocumentContext, word: string): boolean {
  return ctx.morph(word).some((p) => p.score > 0.1 && p.tag.CAse === 'gent' && p.tag.NMbr === 'plur');
}
