import { insideAnother, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { reportingBody } from './reporting-body.ts';

/** A measure found in a sentence: its phrase, the verb that tells it was taken, and the clause around both. */
export interface MeasureFound extends Span {
  ref: string;
  verbAt: number;
  verbEnd: number;
  clause: Span;
  /** A prosecutor's act (a check, a representation, material sent on): the release's prosecutor's office took it. */
  prosecutorial: boolean;
  /** The body that did the check this act follows («по итогам проверки …»), if the release told one. */
  checkedBy?: string;
}

/** «Прокуратурой области проверена …», «Прокуратура области провела …»: nothing or one word between. */
const BEFORE_VERB = /^[\s,]*(?:\p{L}+\s+)?$/u;
/** «совместно с Департаментом полиции», «вместе с управлением образования»: a partner in the same act. */
const PARTNER = /(?:совместно|вместе)\s+с(?:о)?\s+(?:\p{L}+\s+){0,2}$/iu;

const PERSON_BASIS = 'Done by the holder of a post in this body, whom the sentence names.';
const PERSON_BASIS_RU = 'Сделано должностным лицом этого органа, названным в предложении.';
const OFFICE_BASIS =
  "A prosecutor's measure in the release of this prosecutor's office; the sentence names no body.";
const OFFICE_BASIS_RU =
  'Мера прокурорского надзора в релизе этой прокуратуры; орган в предложении не назван.';
const REPORTED_BASIS =
  'Reported by this body or its head as its own work; the sentence does not name who did it.';
const REPORTED_BASIS_RU =
  'Об этом сообщил сам орган или его руководитель как о своей работе; исполнитель в предложении не назван.';
const ADDRESSEE_BASIS = 'Addressed to the head of this body, whom the sentence names by his post.';
const ADDRESSEE_BASIS_RU = 'Адресовано руководителю этого органа, названному в предложении по должности.';
const CHECK_BASIS = 'Taken on the results of the check this body did, which the release reports.';
const CHECK_BASIS_RU = 'Принято по итогам проверки, которую провёл этот орган; о ней сказано в релизе.';
const SPEAKER_BASIS =
  'This paragraph follows his quoted statement; the text does not mark where his words end.';

/**
 * Who took a measure, what it is about and who announced it. CARRIED_OUT_BY the body named as the agent
 * (right before the verb, or «совместно с» it), else the body of the post whose holder acted, else (inferred)
 * the release's prosecutor's office for a prosecutor's act, else the body whose words the sentence reports;
 * CONCERNS the other bodies of the clause (stated) and the bodies of posts it is addressed to (inferred);
 * ANNOUNCED by the person whose words the sentence reports.
 */
export function linkMeasure(ctx: DocumentContext, sc: SentenceContext, m: MeasureFound): void {
  const inClause = sc.mentions.filter((x) => x.start >= m.clause.start && x.end <= m.clause.end);
  // A body named inside another name («КНБ» in «Пограничной службой КНБ», «ДП» in «начальнику ДП …») is
  // reached through that name, not taken for the agent itself.
  const bodies = inClause.filter((x) => x.label === 'Agency' && !insideAnother(sc, x));
  const agents = bodies.filter(
    (b) =>
      (b.end <= m.verbAt && BEFORE_VERB.test(ctx.text.slice(b.end, m.verbAt))) ||
      PARTNER.test(ctx.folded.slice(Math.max(m.clause.start, b.start - 40), b.start)),
  );
  const agentRefs = new Set(agents.map((a) => a.ref));
  for (const a of agentRefs) relate(ctx, m, 'CARRIED_OUT_BY', a, 0.7);
  const actor = inClause.find(
    (x) =>
      x.label === 'Position' &&
      bodyOfPost(ctx, x) &&
      x.start < m.verbAt &&
      !insideBody(x, bodies) &&
      actorActs(ctx, x, m),
  );
  if (!agentRefs.size) {
    const office =
      m.prosecutorial && ctx.mainAgency && /прокуратур/iu.test(ctx.mainAgency.name)
        ? ctx.mainAgency.ref
        : undefined;
    const actorBody = actor ? bodyOfPost(ctx, actor) : undefined;
    const reporter = reportingBody(ctx, sc) ?? bodyOfPerson(ctx, announcer(ctx, sc));
    if (actorBody) relate(ctx, m, 'CARRIED_OUT_BY', actorBody, 0.6, PERSON_BASIS, PERSON_BASIS_RU);
    else if (office) relate(ctx, m, 'CARRIED_OUT_BY', office, 0.55, OFFICE_BASIS, OFFICE_BASIS_RU);
    else if (m.checkedBy) relate(ctx, m, 'CARRIED_OUT_BY', m.checkedBy, 0.5, CHECK_BASIS, CHECK_BASIS_RU);
    else if (reporter) relate(ctx, m, 'CARRIED_OUT_BY', reporter, 0.5, REPORTED_BASIS, REPORTED_BASIS_RU);
    const agent = actorBody ?? office ?? m.checkedBy ?? reporter;
    if (agent) agentRefs.add(agent);
  }
  for (const b of bodies) if (!agentRefs.has(b.ref)) relate(ctx, m, 'CONCERNS', b.ref, 0.6);
  for (const p of inClause) {
    const body = p.label === 'Position' && p !== actor ? bodyOfPost(ctx, p) : undefined;
    if (body && !agentRefs.has(body))
      relate(ctx, m, 'CONCERNS', body, 0.5, ADDRESSEE_BASIS, ADDRESSEE_BASIS_RU);
  }
  const speaker = announcer(ctx, sc);
  if (speaker)
    ctx.builder.relate({
      type: 'ANNOUNCED',
      from: speaker.ref,
      to: m.ref,
      evidence: m,
      basis: sc.speakerInferred ? SPEAKER_BASIS : null,
      confidence: sc.speakerInferred ? 0.5 : 0.7,
    });
}

/** The returned agent, so a later act «по итогам проверки» can be given the body that did the check. */
export function agentOf(ctx: DocumentContext, measure: string): string | undefined {
  return ctx.builder.relationshipsFrom('CARRIED_OUT_BY', measure)[0]?.to;
}

/**
 * «прокурор области Нурлан Кожахметов внёс …», «Прокурором области … внесено»: the post is the subject (or the
 * agent of a passive) when its holder comes right before the verb and the post is not in the dative
 * («начальнику ДП … Бауыржану … внесено представление» is whom it is addressed to).
 */
function actorActs(ctx: DocumentContext, post: Mention, m: MeasureFound): boolean {
  const gap = ctx.text.slice(post.end, m.verbAt);
  if (!/^[\s\p{L}.-]{0,60}$/u.test(gap) || !/^\s*(?:\p{Lu}|$)/u.test(gap)) return false;
  const head = ctx.text.slice(post.start, post.end).split(/\s+/u)[0]!;
  return ctx.morph(head).some((p) => p.tag.CAse === 'nomn' || p.tag.CAse === 'ablt');
}

/** «…, сообщил прокурор области Ельдос Жумаханов»: the person right after the reporting verb, else the speaker. */
function announcer(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
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

/** The body of the post a person holds now, as the posts rule proposed it. */
function bodyOfPerson(ctx: DocumentContext, person: Mention | undefined): string | undefined {
  if (!person) return undefined;
  for (const post of ctx.builder.relationshipsFrom('HOLDS', person.ref))
    if (post.properties.current !== false) {
      const body = ctx.builder.relationshipsFrom('POSITION_IN', post.to)[0]?.to;
      if (body) return body;
    }
  return undefined;
}

/** The body of a post: known on its mention, or from the POSITION_IN the posts rule proposed. */
function bodyOfPost(ctx: DocumentContext, post: Mention): string | undefined {
  return post.agencyRef ?? ctx.builder.relationshipsFrom('POSITION_IN', post.ref)[0]?.to;
}

function insideBody(x: Mention, bodies: Mention[]): boolean {
  return bodies.some((b) => b.start <= x.start && b.end >= x.end && b !== x);
}

function relate(
  ctx: DocumentContext,
  m: MeasureFound,
  type: string,
  to: string,
  confidence: number,
  basis?: string,
  basisRu?: string,
): void {
  ctx.builder.relate({ type, from: m.ref, to, evidence: m, confidence, basis: basis ?? null, basisRu });
}
