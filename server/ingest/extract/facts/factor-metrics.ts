import { tokenRange, type DocumentContext, type SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Metric } from './metric-phrases.ts';

/** «Вдвое меньше людей погибло …», «в 1,5 раза больше наркопреступлений выявлено …». */
const MORE_OR_LESS = /^\s+(?:меньше|больше)\s+([а-я-]+)((?:\s+[а-я-]+){0,5})/u;

/**
 * A factor of change put before what it counts: «Вдвое меньше людей погибло в дорожно-транспортных
 * происшествиях» → "люди (погибло в дорожно-транспортных происшествиях)". The noun after «меньше/больше» is in
 * the genitive; the words after it, to the clause end, say what happened to them.
 */
export function factorMetrics(ctx: DocumentContext, sc: SentenceContext): Metric[] {
  const out: Metric[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== 'times') continue;
    const tail = ctx.folded.slice(figure.end, sc.sentence.end);
    const said = MORE_OR_LESS.exec(/^[^,.;:]*/u.exec(tail)![0]);
    if (!said) continue;
    const noun = said[1]!;
    if (!ctx.morph(noun).some((p) => p.tag.POS === 'NOUN' && p.tag.CAse === 'gent')) continue;
    const start = figure.end + said.index + said[0].indexOf(noun);
    const end = figure.end + said.index + said[0].length;
    const { from, to } = tokenRange(sc, start, end);
    const head = nominativePhrase(ctx.morph, [ctx.text.slice(start, start + noun.length)], {
      capitaliseFirst: false,
      plural: true,
    });
    const rest = said[2]!.trim();
    out.push({
      from,
      to,
      start,
      end,
      phrase: rest ? `${head} (${ctx.text.slice(end - said[2]!.trimStart().length, end)})` : head,
    });
  }
  return out;
}
