import type { DocumentContext, SentenceContext } from '../context.ts';
import { phrase, type MeasurePhrase } from './phrase-span.ts';

/** Reported speech: «по словам …», «как пояснил …», «… сообщил он». */
const REPORTED =
  /(?:по\s+словам|(?:сообщил|отметил|подчеркнул|заявил|пояснил|рассказал|сказал|добавил|уточнил)\p{L}*)(?!\p{L})/iu;

/**
 * Verbs of a standing measure put in place: «усилили посты», «внедрил механизм», «ввели дежурство», «запустили
 * проект», «наладили обмен», «закрепили участковых». Not «провели» or «организовали» (an event, an operation),
 * nor «изъяли», «пресекли» (results, told by other rules).
 */
const PUT_IN_PLACE =
  /(?<!\p{L})(?:усилил[аи]?|внедрил[аи]?|ввел[аи]?|ввёл|запустил[аи]?|наладил[аи]?|закрепил[аи]?|активизировал[аи]?)(?!\p{L})/giu;

/**
 * What a body has put in place, in a speaker's words: «на въездах в город мы усилили стационарные посты и
 * круглосуточно проверяем транзитный транспорт», «Генпрокуратура усилила надзор за …», as told by its
 * official. The subject is «мы» a few words before the verb, or a body named right before it; the act runs
 * from the verb to the clause's end.
 */
export function pastActs(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  if (!sc.speaker && !sc.quoted && !REPORTED.test(sc.sentence.text)) return [];
  const text = sc.sentence.text;
  const at = sc.sentence.start;
  const out: MeasurePhrase[] = [];
  for (const m of text.matchAll(PUT_IN_PLACE)) {
    const verbAt = m.index;
    const before = text.slice(0, verbAt);
    const we = /(?<!\p{L})мы\s+(?:[^\s,.;:]+\s+){0,3}$/iu.test(before);
    const body = sc.mentions.some(
      (x) =>
        x.label === 'Agency' && x.end <= at + verbAt && /^\s*$/u.test(ctx.text.slice(x.end, at + verbAt)),
    );
    if (!we && !body) continue;
    const verbEnd = verbAt + m[0].length;
    const punct = text.slice(verbEnd).search(/[,;:»"!?]|\s[—–]\s|\.(?:\s|$)/u);
    let end = punct < 0 ? text.length : verbEnd + punct;
    while (end > verbEnd && /[\s.]/u.test(text[end - 1]!)) end--;
    // The verb with nothing after it tells no act («… усилили.»).
    if (!/\p{L}{3}/u.test(text.slice(verbEnd, end))) continue;
    out.push(phrase(sc, 'done', verbAt, end, verbAt, verbEnd, text.slice(verbAt, end)));
  }
  return out;
}
