import { insideAnother, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { actorActs, bodyOfPost, impliedAgent, type MeasureFound } from './measure-agent.ts';
import { announce } from './measure-announcer.ts';
import { JOINT_WITH } from './partner-words.ts';

export type { MeasureFound } from './measure-agent.ts';

/** «Прокуратурой области проверена …», «Прокуратура области провела …»: nothing or one word between. */
const BEFORE_VERB = /^[\s,]*(?:\p{L}+\s+)?$/u;
/** «В Департамент … направлена информация»: a body after a preposition is where it went, not who sent it. */
const PREPOSITION = /(?:^|\s)(?:в|во|на|к|ко|от|для|из|о|об|при|по)\s+$/iu;
/**
 * «совместно с Департаментом полиции», «вместе с управлением образования», «— С управлением образования …
 * мы запустили»: a partner in the same act.
 */
const PARTNER = new RegExp(String.raw`(?:${JOINT_WITH}|^[\s—–-]*со?)\s+(?:\p{L}+\s+){0,2}$`, 'iu');

const ADDRESSEE_BASIS = 'Addressed to the head of this body, whom the sentence names by his post.';
const ADDRESSEE_BASIS_RU = 'Адресовано руководителю этого органа, названному в предложении по должности.';
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
  const subjects = bodies.filter(
    (b) =>
      b.end <= m.verbAt &&
      BEFORE_VERB.test(ctx.text.slice(b.end, m.verbAt)) &&
      !PREPOSITION.test(ctx.folded.slice(Math.max(m.clause.start, b.start - 6), b.start)),
  );
  const agents = [...subjects, ...partnersOf(ctx, bodies, m.clause.start, subjects)];
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
  // Partners alone («ведётся во взаимодействии с ДКНБ …») leave the one working with them to be implied.
  const implied = subjects.length ? undefined : impliedAgent(ctx, sc, m, actor);
  if (implied) {
    relate(ctx, m, 'CARRIED_OUT_BY', implied.ref, implied.confidence, implied.basis[0], implied.basis[1]);
    agentRefs.add(implied.ref);
  }
  for (const b of bodies) if (!agentRefs.has(b.ref)) relate(ctx, m, 'CONCERNS', b.ref, 0.6);
  for (const p of inClause) {
    const body = p.label === 'Position' && p !== actor ? bodyOfPost(ctx, p) : undefined;
    if (!body || agentRefs.has(body)) continue;
    // «начальнику ДП Туркестанской области» names the body; «руководителю управления» only implies it.
    const named = inClause.some((x) => x.label === 'Agency' && x.start >= p.start && x.end <= p.end);
    if (named) relate(ctx, m, 'CONCERNS', body, 0.6);
    else relate(ctx, m, 'CONCERNS', body, 0.5, ADDRESSEE_BASIS, ADDRESSEE_BASIS_RU);
  }
  announce(ctx, sc, m.ref, m);
}

/**
 * The bodies a clause names as partners: after «совместно с», «во взаимодействии с», «вместе с», and the rest
 * of a list that goes on from them or from the `named` agents («… с ДКНБ по … области и Департаментом
 * экономических расследований …»).
 */
export function partnersOf(
  ctx: DocumentContext,
  bodies: readonly Mention[],
  clauseStart: number,
  named: readonly Mention[] = [],
): Mention[] {
  const out = bodies.filter(
    (b) => !named.includes(b) && PARTNER.test(ctx.folded.slice(Math.max(clauseStart, b.start - 40), b.start)),
  );
  for (const b of bodies)
    if (
      !out.includes(b) &&
      !named.includes(b) &&
      [...named, ...out].some((a) => a.end <= b.start && /^\s+и\s+$/u.test(ctx.text.slice(a.end, b.start)))
    )
      out.push(b);
  return out;
}

/** The returned agent, so a later act «по итогам проверки» can be given the body that did the check. */
export function agentOf(ctx: DocumentContext, measure: string): string | undefined {
  return ctx.builder.relationshipsFrom('CARRIED_OUT_BY', measure)[0]?.to;
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
