import type { DocumentContext, SentenceContext } from '../context.ts';

/**
 * Infinitive-led instructions inside a quoted block: "Активизировать работу…", "Совместно с КНБ реализовать…",
 * "Прошу уделить особое внимание …" (a request with its infinitive; «Прошу родителей …» asks the public).
 */
const IMPERATIVE =
  /^(?:[-–—•]\s*)?[«"„]?(?:(?:совместно с [^.]{3,120}?,?\s+)?(?<verb>\p{L}+(?:ать|ять|ить|еть|уть|ыть|ти|чь)(?:ся)?)(?![\p{L}\d])|необходимо|следует|нужно|требуется|прошу\s+(?=\p{L}+(?:ать|ять|ить|еть|уть|ыть|ти)(?!\p{L})))/iu;

/** Led by an infinitive the dictionary knows as one: «Почти все они ведут с юга» is no instruction. */
function imperativeLed(ctx: DocumentContext, text: string): boolean {
  const verb = IMPERATIVE.exec(text)?.groups?.verb;
  if (verb === undefined) return IMPERATIVE.test(text);
  return ctx.morph(verb.toLowerCase()).some((p) => p.tag.POS === 'INFN' && p.score > 0.2);
}

/** «Совместно с ДКНБ мы пресекли 5 каналов»: what the speaker's body did, told in the first person. */
const WE_DID = /^[^.]{0,150}?(?<![\p{L}])(?:мы|я|нами|мною)(?![\p{L}])/iu;
/** «Сообщить о фактах сбыта можно анонимно по номеру 102»: what one can do, told to the public, no instruction. */
const POSSIBLE = /^[^.]{0,120}?(?<![\p{L}])(?:можно|нельзя)(?![\p{L}])/iu;

/**
 * An instruction in a speaker's quoted words, led by an infinitive («Активизировать работу …»): not a question,
 * not what one can do («можно»), not what the speaker's body did («мы пресекли»).
 */
export function quotedInstruction(ctx: DocumentContext, sc: SentenceContext): boolean {
  const text = sc.sentence.text;
  return (
    Boolean(sc.quoted) &&
    imperativeLed(ctx, text) &&
    !/[?]$/.test(text) &&
    !POSSIBLE.test(text) &&
    !WE_DID.test(text)
  );
}
