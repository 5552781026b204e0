import { insideAnother, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

/** «Руководитель управления здравоохранения … сообщил, что …»: a post at the head of the sentence reports. */
const SAID_AFTER = /^[^,.;]{0,80}?(?:сообщил|отметил|пояснил|рассказал|доложил|подчеркнул)\p{L}*,?\s+что\s/iu;
/** Words before a body that make it the one doing the work: the start of a clause, «сотрудниками …». */
const AGENT_BEFORE = /(?:^|[,:;—]\s*|(?:сотрудник|инспектор|участков|специалист)\p{L}*\s+|силами\s+)$/iu;

/**
 * The body a clause names as doing what a figure counts: «сотрудниками ДЭР по Павлодарской области выявлены
 * транзакции на сумму …», «Управление полиции города Актау провело 40 рейдов». Undefined when none is named
 * before the figure in its clause.
 */
export function clauseAgent(ctx: DocumentContext, sc: SentenceContext, at: number): Mention | undefined {
  const head = ctx.folded.slice(sc.sentence.start, at);
  const from =
    sc.sentence.start +
    Math.max(head.lastIndexOf(':'), head.lastIndexOf(';'), head.lastIndexOf('. '), -1) +
    1;
  return sc.mentions.find(
    (m) =>
      m.label === 'Agency' &&
      m.start >= from &&
      m.end <= at &&
      !insideAnother(sc, m) &&
      AGENT_BEFORE.test(ctx.folded.slice(from, m.start).trimEnd() + (m.start > from ? ' ' : '')),
  );
}

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
  const opening = SAID_AFTER.test(sc.sentence.text)
    ? sc.mentions.find((m) => m.label === 'Position' && m.start - sc.sentence.start < 5)
    : undefined;
  const cited =
    opening ??
    sc.mentions.find(
      (m: Mention) =>
        (m.label === 'Position' || m.label === 'Agency') &&
        ATTRIBUTION.test(ctx.folded.slice(Math.max(sc.sentence.start, m.start - 40), m.start)),
    );
  if (cited?.label === 'Agency') return cited.ref;
  return cited?.agencyRef ?? undefined;
}
