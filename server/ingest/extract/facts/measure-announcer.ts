import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/** «…, сообщил прокурор области Ельдос Жумаханов»: the person right after the reporting verb, else the speaker. */
export function announcer(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  const said =
    REPORTED_BY.exec(ctx.folded.slice(sc.sentence.start, sc.sentence.end)) ??
    ACCORDING_TO.exec(ctx.folded.slice(sc.sentence.start, sc.sentence.end));
  if (said) {
    const at = sc.sentence.start + said.index + said[0].length;
    const person = sc.mentions.find((x) => x.label === 'Person' && x.start >= at && x.start - at < 80);
    if (person) return person;
  }
  return sc.speaker;
}

/** «По словам Динары Касымбековой, …»: the person named right after. */
const ACCORDING_TO = /по\s+словам(?!\p{L})/iu;
const REPORTED_BY =
  /,\s*[—–-]?\s*(?:сообщил|отметил|пояснил|рассказал|подчеркнул|заявил|доложил)\p{L}*(?!\p{L})/iu;
