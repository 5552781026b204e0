import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { CHANNEL_NOUN, ITEM_NOUN, MONEY_NOUN } from './counted-nouns.ts';
import type { Figure } from '../recognise/figure.ts';
import type { Metric, MetricFigure } from './metric-phrases.ts';
import { resultVerbBefore } from './result-verb.ts';

// «Фактов сбыта выявлено 52», «Наркосайтов заблокировано 214», «Закладчиков задержано 38»: the thing counted
// put first in the genitive, the verb and the number after it. Metrics with a head word («Наркопреступлений
// выявлено 298») are read by metric-phrases.ts; seized items and channels keep their own facts.

const NUMBER_AFTER =
  /^((?:\s+(?:всего|уже|еще|лишь|только))?(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s+)\d/iu;

/** Counts whose noun stands before the verb, each with the noun phrase as its metric. */
export function invertedCounts(
  ctx: DocumentContext,
  sc: SentenceContext,
  named: readonly Metric[],
): MetricFigure[] {
  const out: MetricFigure[] = [];
  const t = sc.tokens;
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || figure.isChange || figure.inWords) continue;
    // The number closes its clause or a comparison follows: no noun of its own after it.
    if (!/^\s*(?:[,.;:(—–]|$)/u.test(ctx.text.slice(figure.end, figure.end + 3))) continue;
    const verbAt = t.findLastIndex((x) => x.end <= figure.start);
    if (verbAt < 1) continue;
    const lead = NUMBER_AFTER.exec(ctx.folded.slice(t[verbAt]!.end, figure.end));
    if (!lead || t[verbAt]!.end + lead[1]!.length !== figure.start) continue;
    if (!resultVerbBefore(ctx, ctx.folded.slice(t[verbAt]!.start, t[verbAt]!.end + 1))) continue;
    // The genitive words right before the verb, from the start of the clause.
    let from = verbAt;
    while (
      from > 0 &&
      verbAt - from < 4 &&
      /^\s+$/u.test(ctx.text.slice(t[from - 1]!.end, t[from]!.start)) &&
      genitivePlural(ctx, t[from - 1]!.text)
    )
      from--;
    // «фактов сбыта»: the phrase opens with a plural; a singular genitive only follows one («года» does not).
    // «Вместе с тем», «Между тем»: «тем» of a connective reads as the genitive of «тема».
    while (
      from < verbAt &&
      (!genitivePlural(ctx, t[from]!.text, true) || /^(?:тем|того)$/iu.test(t[from]!.text))
    )
      from++;
    if (from === verbAt || !clauseOpens(ctx, sc, t[from]!.start)) continue;
    const start = t[from]!.start;
    if (named.some((m) => m.start < t[verbAt]!.start && m.end > start)) continue;
    const found = genitiveMetric(
      ctx,
      figure,
      t.slice(from, verbAt).map((x) => x.text),
      from,
      verbAt,
      start,
    );
    if (found) out.push(found);
  }
  return out;
}

/** Whether a clause opens at an offset: the sentence start, or after a comma, semicolon, colon or dash. */
function clauseOpens(ctx: DocumentContext, sc: SentenceContext, at: number): boolean {
  const before = ctx.folded.slice(sc.sentence.start, at);
  // «За 10 месяцев наркосайтов заблокировано 214»: a time may open the clause before the counted noun; so
  // may a connective («При этом фактов сбыта выявлено 138», «Вместе с тем притонов …») or the place
  // («В области уголовных дел возбуждено 64»).
  return /^(?:[«"\s]*|.*(?:[,;:]|\s[—–])\s*(?:а\s+|и\s+|также\s+)?|(?:.*[,;:]\s*|[«"\s]*)(?:при\s+этом|вместе\s+с\s+тем|между\s+тем|однако|также|кроме\s+того|помимо\s+этого|в\s+целом|всего|в\s+(?:регионе|области|городе|районе|республике|стране))\s+(?:же\s+)?|.*(?:год\p{L}*|месяц\p{L}*|период\p{L}*|квартал\p{L}*|полугоди\p{L}*|недел\p{L}*|операци\p{L}*|мероприяти\p{L}*)\s+(?:\d{4}\s+год\p{L}*\s+)?)$/isu.test(
    before,
  );
}

/**
 * A count's metric named by its genitive words («фактов сбыта» → «факты сбыта»), from token `from` to `to`,
 * unless their head is items, channels or money, which rules of their own count.
 */
export function genitiveMetric(
  ctx: DocumentContext,
  figure: Figure,
  words: readonly string[],
  from: number,
  to: number,
  start: number,
): MetricFigure | undefined {
  const head = words.find((w) => genitiveNoun(ctx, w)) ?? '';
  if (!head || [ITEM_NOUN, CHANNEL_NOUN, MONEY_NOUN].some((re) => re.test(head.toLowerCase())))
    return undefined;
  const phrase = nominativePhrase(ctx.morph, words, { capitaliseFirst: false, plural: true });
  return {
    figure,
    metric: {
      from,
      to,
      start,
      end: figure.end,
      phrase: phrase.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()),
      evidence: { start, end: figure.end },
    },
  };
}

export function genitivePlural(ctx: DocumentContext, word: string, strict = false): boolean {
  return (
    /^[а-яё-]{3,}$/iu.test(word) &&
    ctx
      .morph(word.replaceAll('ё', 'е'))
      .some(
        (p) =>
          p.score > 0.1 &&
          (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF') &&
          p.tag.CAse === 'gent' &&
          (p.tag.NMbr === 'plur' || (!strict && p.tag.POS === 'NOUN')),
      )
  );
}

export function genitiveNoun(ctx: DocumentContext, word: string): boolean {
  return ctx.morph(word).some((p) => p.score > 0.2 && p.tag.POS === 'NOUN' && p.tag.CAse === 'gent');
}
