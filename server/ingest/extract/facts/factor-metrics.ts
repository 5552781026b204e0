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
    if (!said) {
      const before = countedBefore(ctx, sc, figure.start, tail);
      if (before) out.push(before);
      continue;
    }
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

/**
 * «однако фактов сбыта синтетических наркотиков выявлено вдвое больше», «притонов ликвидировано в 1,5 раза
 * больше»: the genitive plural noun opens its clause, a result participle and the factor follow («стало
 * больше» is became-more.ts's). Named in the nominative with its words after it: "факты сбыта синтетических наркотиков".
 */
const COUNTED_BEFORE =
  /(?:^|[,;:—–]\s*|\s(?:а|но|однако|зато|при\s+этом)\s+)(?!(?:а|но|однако|зато|и|при)\s)([а-я-]+)((?:\s+[а-я-]+){0,5}?)\s+\p{L}+[нт][оаы]\s+(?:(?:почти|примерно|около|более\s+чем)\s+)?(?:в\s+)?$/u;
const MORE_AFTER = /^\s*(?:раза?\s+)?(?:больше|меньше)(?!\p{L})/u;

function countedBefore(ctx: DocumentContext, sc: SentenceContext, at: number, tail: string): Metric | null {
  if (!MORE_AFTER.test(tail)) return null;
  const lead = ctx.folded.slice(sc.sentence.start, at);
  const said = COUNTED_BEFORE.exec(lead.toLowerCase());
  if (!said) return null;
  const noun = said[1]!;
  const plural = ctx
    .morph(noun)
    .some((p) => p.score > 0.1 && p.tag.POS === 'NOUN' && p.tag.CAse === 'gent' && p.tag.NMbr === 'plur');
  if (!plural) return null;
  const start = sc.sentence.start + said.index + said[0].indexOf(noun);
  const end = start + noun.length + said[2]!.length;
  const { from, to } = tokenRange(sc, start, end);
  const head = nominativePhrase(ctx.morph, [ctx.text.slice(start, start + noun.length)], {
    capitaliseFirst: false,
    plural: true,
  });
  const rest = said[2]!.trim();
  return { from, to, start, end, phrase: rest ? `${head} ${ctx.text.slice(end - rest.length, end)}` : head };
}
