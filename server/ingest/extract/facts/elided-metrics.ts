import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Metric } from './metric-phrases.ts';

/** A dash, then the figure: «– в 1,4 раза», «— на 17 %», «– 1 486». */
const DASH_FIGURE = /^\s*[—–-]\s*(?:(?:почти|около|более|свыше|на|в)\s+)*\d/u;

/**
 * List items that name their metric by an adjective alone, the noun carried over from the metric before:
 * «Количество тяжких и особо тяжких преступлений сократилось на 7,2 %, уличных – в 1,4 раза» → "уличные
 * преступления". The adjective stands after a comma and before a dash and its figure.
 */
export function elidedMetrics(ctx: DocumentContext, sc: SentenceContext, named: readonly Metric[]): Metric[] {
  const out: Metric[] = [];
  const t = sc.tokens;
  for (let i = 1; i < t.length; i++) {
    const word = t[i]!;
    if (!/,\s*$/.test(ctx.text.slice(t[i - 1]!.end, word.start))) continue;
    if (!DASH_FIGURE.test(ctx.text.slice(word.end, word.end + 20))) continue;
    const parses = ctx.morph(word.text);
    if (!parses.some((p) => p.tag.POS === 'ADJF' && p.tag.CAse === 'gent' && p.tag.NMbr === 'plur')) continue;
    if (parses.some((p) => p.tag.POS === 'NOUN' && p.score > 0.3)) continue;
    // The noun it leaves out: the last genitive plural noun of the metric named before it.
    const before = named.filter((m) => m.end <= word.start).at(-1);
    const noun =
      before &&
      t
        .slice(before.from, before.to)
        .reverse()
        .find((x) =>
          ctx
            .morph(x.text)
            .some((p) => p.tag.POS === 'NOUN' && p.tag.CAse === 'gent' && p.tag.NMbr === 'plur'),
        );
    if (!noun) continue;
    out.push({
      from: i,
      to: i + 1,
      start: word.start,
      end: word.end,
      phrase: nominativePhrase(ctx.morph, [word.text, noun.text], { capitaliseFirst: false, plural: true }),
    });
  }
  return out;
}
