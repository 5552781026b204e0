import type { Sentence } from '../text/segment.ts';
import { YEAR_BEFORE } from './baselines.ts';
import type { Figure } from './figure.ts';

/**
 * «Выявлено 412 наркопреступлений. Годом ранее их было 380.», «… – 1 240 наркосайтов. В прошлом году за тот же
 * период – 905.», «За аналогичный период прошлого года этот показатель составлял 380.»: the year before's level
 * told in a short sentence of its own is the baseline of the one level the sentence before gives, as it would be
 * in brackets (baselines.ts); it is then no figure of its own.
 */
const OPENS = new RegExp(
  String.raw`^(?:а\s+|тогда\s+как\s+)?${YEAR_BEFORE}(?:\s+за\s+(?:тот\s+же|аналогичный|этот\s+же)\s+период)?(?:\s*[,–—:-]\s*|\s+(?:(?:их|таких\s+[\p{L}-]+|этот\s+показатель|данный\s+показатель|показатель|число|количество)\s+)?(?:было|был[аио]?|составлял[аио]?|составил[аио]?|насчитывал[аио]?(?:сь)?|зарегистрирован[аоы]?|выявлен[аоы]?|выявили|изъяли|изъято|заблокировали|заблокирован[аоы]?)\s+)(?:(?:около|порядка|более|свыше|почти)\s+)?$`,
  'iu',
);
/** After the level only the noun it counts, and the sentence ends. */
const ENDS = /^(?:\s+[\p{L}-]+){0,3}\s*[.!]?\s*$/u;

export function baselineSentences(
  text: string,
  sentences: readonly { sentence: Sentence; figures: Figure[] }[],
): void {
  for (let i = 1; i < sentences.length; i++) {
    const { sentence, figures } = sentences[i]!;
    if (figures.length !== 1 || sentence.paragraph !== sentences[i - 1]!.sentence.paragraph) continue;
    const was = figures[0]!;
    if (was.isChange || was.unit === 'times') continue;
    if (!OPENS.test(text.slice(sentence.start, was.start))) continue;
    if (!ENDS.test(text.slice(was.end, sentence.end))) continue;
    // The one level of the sentence before, in the same unit, not compared already.
    const levels = sentences[i - 1]!.figures.filter((f) => !f.isChange && f.unit === was.unit);
    const now = levels.length === 1 ? levels[0]! : undefined;
    if (!now || now.previous !== undefined || now.direction) continue;
    if (sentences[i - 1]!.figures.some((f) => f.isChange)) continue;
    now.previous = was.value;
    now.direction = now.value > was.value ? 'up' : now.value < was.value ? 'down' : null;
    figures.splice(0, 1);
  }
}
