import type { DocumentContext } from '../context.ts';
import { nominativePhrase } from '../morphology/nominative-phrase.ts';
import type { Figure } from '../recognise/figure.ts';
import { participle } from './compared-results.ts';
import { CHANNEL_NOUN, ITEM_NOUN, MONEY_NOUN, PEOPLE_NOUN } from './counted-nouns.ts';
import { genitivePlural } from './inverted-counts.ts';

// A results list whose labels are told by a participle and a colon (listed-counts.ts reads the list):
// «внесено представлений: 46», «привлечено к уголовной ответственности лиц: 204», «возвращено органам уголовного
// преследования дел: 27», «охвачено профилактикой: 2 400 подростков»; a prosecutor's, akimat's or health body's
// list has verbs of its own, and the participle's complement may stand before the counted noun.

/** «выявлено», «задержано»…: the usual verbs of police results. */
const RESULT =
  /^(?:выявлен|задержан|изъят|пресечен|ликвидирован|заблокирован|возбужден|раскрыт|зарегистрирован|установлен|привлечен|осужден|уничтожен|направлен|поставлен|проведен|закрыт|перекрыт|документирован)[оаы]$/iu;

/**
 * «внесено представлений: 46», «возвращено дел: 27»: before a colon any short passive participle opens a result's
 * label, not only the usual verbs of police results (a prosecutor's or a health body's list has its own verbs).
 */
export function resultWord(ctx: DocumentContext, word: string, colon: boolean): boolean {
  if (RESULT.test(word)) return true;
  if (!colon || !/^[\p{L}]+[нт][оаы]$/iu.test(word)) return false;
  return ctx.morph(word.toLowerCase()).some((p) => p.score > 0.2 && p.tag.POS === 'PRTS');
}

/**
 * «привлечено к уголовной ответственности лиц: 204», «возвращено органам уголовного преследования дел: 27»: the
 * counted noun closes the label after the participle's complement; named «лица, привлеченные к …».
 */
export function complementedLabel(ctx: DocumentContext, done: string, words: string[]): string | undefined {
  // «охвачено профилактикой: 2 400 подростков»: or the noun after the count, the label all complement.
  const noun = words.at(-1)!;
  const middle = words.slice(0, -1);
  if (middle.length === 0 || !/^[\p{L}-]+$/u.test(words.join(''))) return undefined;
  if (
    !genitivePlural(ctx, noun.toLowerCase(), !PEOPLE_NOUN.test(noun)) ||
    genitivePlural(ctx, middle[0]!.toLowerCase(), true)
  )
    return undefined;
  if ([ITEM_NOUN, CHANNEL_NOUN, MONEY_NOUN].some((re) => re.test(noun.toLowerCase()))) return undefined;
  const head = /^человек/iu.test(noun)
    ? 'лица'
    : nominativePhrase(ctx.morph, [noun], { capitaliseFirst: false, plural: true }).toLowerCase();
  return `${head}, ${participle(done)} ${middle.join(' ')}`;
}

/** Where the genitive noun after a count ends, when nothing but a comma, a stop or the line's end follows it. */
export function closingNoun(ctx: DocumentContext, figure: Figure): number | undefined {
  const m = /^\s+([\p{L}-]+)(?=\s*(?:[,.;]|$))/mu.exec(ctx.text.slice(figure.end, figure.end + 40));
  if (!m || !ctx.morph(m[1]!.toLowerCase()).some((p) => p.score > 0.2 && p.tag.CAse === 'gent'))
    return undefined;
  return figure.end + m[0].length;
}
