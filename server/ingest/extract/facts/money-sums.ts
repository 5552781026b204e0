import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figures.ts';
import { clauseStartBefore } from './indicator-figures.ts';
import { MONEY_NOUN } from './counted-nouns.ts';
import type { Metric } from './metric-phrases.ts';
/** «на общую сумму свыше», «стоимостью», «в размере»: what links a thing to its sum. */
const SUM_OF =
  /(?:на\s+(?:общую\s+)?сумму|в\s+(?:общей\s+)?сумме|в\s+размере|общей\s+стоимостью|стоимостью|суммой)(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;
/** «превысил», «составил», «прошло порядка»: a sum reached. */
const SUM_VERB =
  /(?:превысил|превысило|превысила|превысили|составил|составило|составила|составили|достиг|прошло|прошел|поступило)\p{L}*(?:\s+(?:не\s+)?(?:более|свыше|около|почти|порядка|менее))?\s*$/iu;
/** Money seized with drugs («изъяты …, 27 млн тенге наличными») is part of a seizure, not a measured sum. */
const SEIZED = /изъят|изъял|обнаружен/iu;

export interface MoneySum {
  figure: Figure;
  metric: Metric;
}

/**
 * Sums of money a release reports: «Вырученные средства на общую сумму свыше 480 млн тенге», «на имущество
 * стоимостью 412 млн тенге … наложен арест», «ущерб от них превысил 2,4 млрд тенге», «через схему прошло
 * порядка 1,7 млрд тенге». The metric is what the sum is of: the noun phrase before «на сумму» or the
 * subject of the verb, in the nominative.
 */
export function moneySums(ctx: DocumentContext, sc: SentenceContext): MoneySum[] {
  const out: MoneySum[] = [];
  for (const figure of sc.figures) {
    if (figure.unit !== 'count' || !figure.noun || !MONEY_NOUN.test(figure.noun)) continue;
    const clauseStart = clauseStartBefore(ctx, sc, figure.start);
    const lead = ctx.folded.slice(clauseStart, figure.start);
    if (SEIZED.test(ctx.folded.slice(sc.sentence.start, figure.start))) continue;
    const link = SUM_OF.exec(lead) ?? SUM_VERB.exec(lead);
    if (!link) continue;
    const words = sc.tokens.filter((t) => t.start >= clauseStart && t.end <= clauseStart + link.index);
    // «На имущество участников группы стоимостью …»: the preposition before the thing is not its name.
    const named = words.slice(/^(?:на|в|по|через|за)$/iu.test(words[0]?.text ?? '') ? 1 : 0).slice(0, 5);
    const noun = named.findIndex((t) => ctx.morph(t.text).some((p) => p.tag.POS === 'NOUN'));
    const end = figure.end + (/^\s*(?:тенге|тг\.?)/u.exec(ctx.text.slice(figure.end))?.[0].length ?? 0);
    const first = named[0] ?? sc.tokens.find((t) => t.start >= figure.start)!;
    const phrase =
      noun >= 0
        ? nominativePhrase(
            ctx.morph,
            named.map((t) => t.text),
            { capitaliseFirst: false },
          )
        : 'сумма';
    out.push({
      figure: { ...figure, end },
      metric: {
        from: sc.tokens.indexOf(first),
        to: sc.tokens.findIndex((t) => t.start >= end),
        start: Math.min(first.start, figure.start),
        end,
        phrase: `${phrase.replace(/^\p{Lu}/u, (c) => c.toLowerCase())} (сумма в тенге)`,
        evidence: { start: Math.min(first.start, figure.start), end },
      },
    });
  }
  return out;
}
