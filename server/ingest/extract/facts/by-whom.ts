import { foldName } from '../../gazetteer/fold-name.ts';
import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { actsInOtherClause, OTHER_CLAUSE_BASIS, OTHER_CLAUSE_BASIS_RU } from './agent-clause.ts';
import { canSeize, isPartner, isReporter, POLICE_SUBJECT, SEIZING_BODY, SOURCE } from './agent-words.ts';
import { impliedAgent } from './implied-agent.ts';
import { inOperationParticiple } from './operation-participle.ts';
import { ownLocalBody } from './own-body.ts';
import { speakerAgent } from './speaker-agent.ts';
import { paragraphLeadPlace } from './paragraph-place.ts';
import { regionalCentre } from './regional-centre.ts';

/**
 * The bodies that seized or cut: the body named before it in its sentence (not the body of a speaker's post,
 * nor a source «по данным …») or after it as the passive's agent («перекрыт сотрудниками ДКНБ»), with the
 * bodies «совместно с» it; or, when the sentence names none, the
 * release's acting body (inferred: passive voice, «полицейские»).
 */
export function byWhom(
  ctx: DocumentContext,
  sc: SentenceContext,
  type: string,
  target: Mention,
  /** Set when `sc` is not the target's own sentence: the bodies it names did it by inference. */
  linkBasis?: string,
): void {
  const named = outerAgencies(sc).filter(
    (a) =>
      a.end <= target.start &&
      canSeize(ctx, a) &&
      !isReporter(ctx, sc, a) &&
      !inOperationParticiple(ctx, sc, a) &&
      !sc.mentions.some((p) => p.label === 'Position' && p.start <= a.start && p.end >= a.end) &&
      !SOURCE.test(ctx.folded.slice(Math.max(sc.sentence.start, a.start - 30), a.start)),
  );
  const isJoint = (a: Mention) => isPartner(ctx, sc, a);
  const lead = named.find((a) => !isJoint(a)) ?? agentAfter(ctx, sc, target);
  if (lead) {
    // «задержали курьера, у которого изъято …»: the body acted, but not in the clause that tells the deed.
    const other = !linkBasis && actsInOtherClause(ctx, sc, type, lead, target);
    const partners = outerAgencies(sc).filter((a) => a !== lead && isJoint(a) && a.start > lead.start);
    for (const body of [lead, ...partners])
      ctx.builder.relate({
        type,
        from: body.ref,
        to: target.ref,
        evidence: linkBasis
          ? { start: Math.min(lead.start, body.start), end: sc.sentence.end }
          : {
              start: Math.min(lead.start, body.start, target.start),
              end: Math.max(target.end, body.end),
            },
        basis: linkBasis ?? (other ? OTHER_CLAUSE_BASIS : null),
        basisRu: other ? OTHER_CLAUSE_BASIS_RU : undefined,
        confidence: linkBasis || other ? 0.55 : body === lead ? 0.8 : 0.75,
      });
    return;
  }
  // «Совместно с ДКНБ мы пресекли 11 каналов»: the partners are named as doing it; who led is found below.
  if (!linkBasis)
    for (const partner of named.filter(isJoint))
      ctx.builder.relate({
        type,
        from: partner.ref,
        to: target.ref,
        evidence: { start: partner.start, end: target.end },
        confidence: 0.7,
      });
  const implied = linkBasis ? undefined : impliedAgent(ctx, sc);
  if (implied) {
    for (const body of [implied.body, ...(implied.partners ?? [])])
      ctx.builder.relate({
        type,
        from: body.ref,
        to: target.ref,
        evidence: {
          start: Math.min(implied.evidence.start, target.start),
          end: Math.max(implied.evidence.end, target.end),
        },
        basis: implied.basis,
        confidence: body === implied.body ? 0.55 : 0.5,
      });
    return;
  }
  const speaker = linkBasis ? undefined : speakerAgent(ctx, sc);
  if (speaker && !elsewhere(ctx, sc, speaker)) {
    ctx.builder.relate({
      type,
      from: speaker.ref,
      to: target.ref,
      evidence: { start: sc.sentence.start, end: Math.max(sc.sentence.end, target.end) },
      basis:
        "The sentence gives the words of this body's officer and does not name who did it: his body's work.",
      confidence: 0.5,
    });
    return;
  }
  const main = actingBody(ctx);
  if (!main || elsewhere(ctx, sc, main)) return;
  const police = POLICE_SUBJECT.exec(sc.sentence.text);
  const evidence: Span = linkBasis
    ? { start: sc.sentence.start, end: sc.sentence.end }
    : police
      ? { start: Math.min(sc.sentence.start + police.index, target.start), end: target.end }
      : { start: sc.sentence.start, end: Math.max(sc.sentence.end, target.end) }; // a list item after its sentence
  ctx.builder.relate({
    type,
    from: main.ref,
    to: target.ref,
    evidence,
    basis:
      main !== ctx.mainAgency && main !== ownLocalBody(ctx)
        ? 'The first body that seizes named in a release of a body that does not; the sentence does not name who did it.'
        : police
          ? `"${police[0]}" in the release of this body: its officers; the sentence does not name the body.`
          : 'Reported in the release of this body; the sentence does not name who did it.',
    confidence: police ? 0.6 : 0.4,
  });
}

/**
 * A city's or district's body is no agent of an episode put in another town: by a digest's paragraph
 * («Экибастуз. …») or as the regional capital («в областном центре задержан …»).
 */
function elsewhere(ctx: DocumentContext, sc: SentenceContext, body: { name: string }): boolean {
  const lead = paragraphLeadPlace(ctx, sc) ?? regionalCentre(ctx, sc, sc.sentence.end);
  if (lead?.label !== 'City' || !/(?<!\p{L})(?:город|район)/iu.test(body.name)) return false;
  return !foldName(body.name).includes(foldName(lead.name).slice(0, -1));
}

/** «… перекрыт сотрудниками Департамента КНБ», «изъято … Департаментом полиции»: the agent after the verb. */
const AGENT_AFTER = /(?:сотрудник|силам|оперативник|пограничник|полицейск)\p{L}*\s+$/iu;
const INSTRUMENTAL = /^\p{L}+(?:ом|ем|ой|ей|ами|ями)(?!\p{L})/iu;

function agentAfter(ctx: DocumentContext, sc: SentenceContext, target: Mention): Mention | undefined {
  return outerAgencies(sc).find(
    (a) =>
      a.start >= target.end &&
      !/[.;]/.test(ctx.folded.slice(target.end, a.start)) &&
      !inOperationParticiple(ctx, sc, a) &&
      !sc.mentions.some((p) => p.label === 'Position' && p.start <= a.start && p.end >= a.end) &&
      (AGENT_AFTER.test(ctx.folded.slice(Math.max(target.end, a.start - 30), a.start)) ||
        INSTRUMENTAL.test(ctx.folded.slice(a.start, a.end))),
  );
}

/** A prosecutor's office reports what other bodies seized; it implies none of them. */
const SUPERVISOR = /прокуратур|прокурор/iu;

/**
 * Who did what a release reports in the passive: its own body when that body seizes; else, when the release is
 * an akimat's or a meeting's (an akimat commission, a police head's report in the akimat), the first seizing
 * body it names («начальник Департамента полиции …», «Управления полиции города Актау»). A prosecutor's
 * release (checks, coordination) names no agent that way.
 */
export function actingBody(ctx: DocumentContext): Mention | undefined {
  const own = ownLocalBody(ctx);
  if (own) return own;
  const main = ctx.mainAgency;
  if (main && SEIZING_BODY.test(main.name)) return main;
  if (main && SUPERVISOR.test(main.name)) return undefined;
  for (const sc of ctx.sentences) {
    const body = outerAgencies(sc).find((a) => SEIZING_BODY.test(a.name) && !SUPERVISOR.test(a.name));
    if (body) return body;
  }
  return undefined;
}

/** Agencies of a sentence not inside a longer agency ("КНБ" inside "Пограничной службой КНБ" is left out). */
function outerAgencies(sc: SentenceContext): Mention[] {
  const agencies = mentionsOf(sc, 'Agency');
  return agencies.filter(
    (a) =>
      !agencies.some(
        (o) => o !== a && o.start <= a.start && o.end >= a.end && o.end - o.start > a.end - a.start,
      ),
  );
}
