import type { DocumentContext, SentenceContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import { bareCount } from '../recognise/figure.ts';
import type { MetricFigure } from './metric-phrases.ts';

/**
 * «Средний возраст задержанных закладчиков — 21 год», «Средний срок наказания за сбыт составил 11 лет»,
 * «средний возраст пациентов снизился до 22 лет»: an average a release reports is a level in years. Everywhere
 * else a number before «год»/«лет» is a stretch of time (figures.ts reads none there) or an age of one person.
 * The label runs from «средний» to the dash, colon or verb before the number, at most eight words.
 */
const AVERAGE =
  /(?<!\p{L})(средн(?:ий|его|ем)\s+(?:возраст|срок|стаж|продолжительност)\p{L}*(?:\s+[^\s,.;:—–]+){0,8}?)\s*(?:[—–:]|\s-|(составил|составля|снизил|сократил|уменьшил|вырос|увеличил|повысил|не\s+превыша)\p{L}*(?:\s+до)?)\s*((?:около|почти|примерно|порядка|более|свыше|менее)\s+)?(\d{1,2}(?:[.,]\d)?)\s+(год(?:а|у)?|лет|месяц\p{L}*)(?!\p{L})/giu;

/** An average age or term told after its label: an Indicator in years (or months), quoted label to unit. */
export function averageLevels(ctx: DocumentContext, sc: SentenceContext): MetricFigure[] {
  const out: MetricFigure[] = [];
  const text = ctx.text.slice(sc.sentence.start, sc.sentence.end);
  for (const m of text.matchAll(AVERAGE)) {
    const start = sc.sentence.start + m.index;
    const end = start + m[0].length;
    const at = end - m[0].length + m[0].lastIndexOf(m[4]!);
    const words = sc.tokens.filter((t) => t.start >= start && t.end <= start + m[1]!.length);
    // «средний возраст пациентов с такими диагнозами»: the two head words go to the nominative, the rest as written.
    const head = nominativePhrase(
      ctx.morph,
      words.slice(0, 2).map((t) => t.text),
      { capitaliseFirst: false },
    );
    const rest = ctx.text.slice(words[1]!.end, start + m[1]!.length).trim();
    const verb = m[2]?.toLowerCase() ?? '';
    const direction = /^(?:снизил|сократил|уменьшил)/u.test(verb)
      ? 'down'
      : /^(?:вырос|увеличил|повысил)/u.test(verb)
        ? 'up'
        : null;
    const qualifier = !m[3]
      ? 'exactly'
      : /более|свыше/u.test(m[3])
        ? 'over'
        : /менее/u.test(m[3])
          ? 'under'
          : 'about';
    out.push({
      figure: {
        ...bareCount(at, end, Number(m[4]!.replace(',', '.')), false),
        qualifier,
        direction,
      },
      metric: {
        from: sc.tokens.indexOf(words[0]!),
        to: sc.tokens.findIndex((t) => t.start >= end),
        start,
        end,
        phrase: (rest ? `${head} ${rest}` : head).replace(/^\p{Lu}/u, (c) => c.toLowerCase()),
        evidence: { start, end },
        unit: /^месяц/iu.test(m[5]!) ? 'months' : 'years',
      },
    });
  }
  return out;
}
