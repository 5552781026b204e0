import type { DocumentContext, SentenceContext } from '../context.ts';
import { clauseStart, folded, phrase, type MeasurePhrase } from './phrase-span.ts';

/** Reported speech: «по словам …», «… подчеркнул, что …», or a sentence the speakers rule gave a speaker. */
const REPORTED = /(?:по\s+словам|(?:сообщил|отметил|подчеркнул|заявил|пояснил|рассказал)\p{L}*)(?!\p{L})/iu;
/**
 * Future verbs that tell no act: what a figure will be, what something allows, or an event's date. A
 * reflexive future («мероприятие продлится», «работа продолжится», «заседание состоится») tells what an
 * event does, not what a body will do: none of them is an act either.
 */
const NOT_ACTS = /^(?:стать|составить|позволить|сообщить|мочь|пройти|быть|являться)$/u;

/**
 * What a body will do, in reported speech: a perfective verb in the future («полиция продолжит рейды», «акимат
 * окажет поддержку», «начнут работу мобильные группы») or «будут/будет» with a passive participle («будут
 * открыты три новых участковых пункта»). The clause is the measure.
 */
export function futureActs(ctx: DocumentContext, sc: SentenceContext): MeasurePhrase[] {
  if (!sc.speaker && !REPORTED.test(sc.sentence.text)) return [];
  const text = folded(ctx, sc);
  const at = sc.sentence.start;
  const out: MeasurePhrase[] = [];
  for (const [i, token] of sc.tokens.entries()) {
    const word = token.text.toLowerCase();
    const parse = ctx.morph(word)[0];
    const next = sc.tokens[i + 1];
    const future =
      parse?.tag.POS === 'VERB' &&
      parse.tag.futr === true &&
      parse.tag['3per'] === true &&
      parse.tag.perf === true
        ? !NOT_ACTS.test(parse.normalize().word) && !/(?:ся|сь)$/u.test(word)
        : /^буд(?:ет|ут)$/u.test(word) &&
          next !== undefined &&
          ctx.morph(next.text.toLowerCase()).some((p) => p.tag.POS === 'PRTS' || p.tag.POS === 'INFN');
    // «…, а патрулирование … будет усилено»: each clause with a future verb of its own is a measure.
    if (!future || (out.length > 0 && token.start - at < out.at(-1)!.end - at)) continue;
    const verbAt = token.start - at;
    const start = Math.max(clauseStart(text, verbAt), (out.at(-1)?.end ?? at) - at);
    const cut = text.slice(verbAt).search(/[,;:»"]|\s[—–]\s/u);
    let end = cut < 0 ? text.length : verbAt + cut;
    while (end > verbAt && /[\s.!?]/u.test(text[end - 1]!)) end--;
    let from = start;
    while (from < verbAt && /[\s,«"„]/u.test(text[from]!)) from++;
    // «…, а патрулирование … будет усилено»: the conjunction joins the clauses; it is no part of either.
    from += /^(?:а|и|но)\s+/iu.exec(text.slice(from, verbAt))?.[0].length ?? 0;
    const name = ctx.text.slice(at + from, at + end);
    out.push(phrase(sc, 'future', from, end, verbAt, verbAt + token.text.length, name));
  }
  return out;
}
