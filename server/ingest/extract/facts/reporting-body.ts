import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/** «По словам начальника управления», «как сообщил заместитель начальника ДП», «по данным ДКНБ». */
const ATTRIBUTION =
  /(?:по\s+словам|по\s+данным|по\s+информации|как\s+(?:сообщил|отметил|пояснил|рассказал|доложил)\p{L}*|(?:сообщил|отметил|пояснил|рассказал|доложил|подчеркнул)\p{L}*)\s+$/iu;

/**
 * The body whose words a sentence reports: the body of its speaker's post («Как сообщил Нуржан Сагындыков» →
 * his Департамент полиции), of a post it quotes («По словам начальника управления»), or a body it cites
 * («по данным ДКНБ»). Undefined when the sentence is not attributed.
 */
export function reportingBody(ctx: DocumentContext, sc: SentenceContext): string | undefined {
  if (sc.speaker) {
    const posts = ctx.builder
      .relationshipsFrom('HOLDS', sc.speaker.ref)
      .filter((r) => r.properties.current !== false);
    for (const post of posts) {
      const body = ctx.builder.relationshipsFrom('POSITION_IN', post.to)[0];
      if (body) return body.to;
    }
  }
  const cited = sc.mentions.find(
    (m: Mention) =>
      (m.label === 'Position' || m.label === 'Agency') &&
      ATTRIBUTION.test(ctx.folded.slice(Math.max(sc.sentence.start, m.start - 40), m.start)),
  );
  if (cited?.label === 'Agency') return cited.ref;
  return cited?.agencyRef ?? undefined;
}
