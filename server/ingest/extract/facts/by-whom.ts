import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

const POLICE_SUBJECT = /полицейск\p{L}*|сотрудник\p{L}* полиции|стражи порядка|наркополицейск\p{L}*/iu;
const JOINT = /совместно\s+(?:с|со)\s+/iu;
/** «По данным ДКНБ», «как сообщили в ДП»: the body is a source, not the one that acted. */
const SOURCE = /(?:по\s+(?:данным|информации|сведениям)|как\s+сообщ\p{L}*\s+в)\s+$/iu;
/** Bodies that seize drugs and cut channels; a prosecutor's or akimat's release implies no such agent. */
const SEIZING_BODY =
  /полици|КНБ|национальной безопасности|погранич|наркопреступ|\bДП\b|\bУП\b|\bОП\b|таможен|государственных доходов|\bДГД\b|\bКГД\b|финансовому мониторингу|\bАФМ\b|экономических расследований/iu;

/**
 * The bodies that seized or cut: the body named before it in its sentence (not the body of a speaker's post,
 * nor a source «по данным …»), with the bodies «совместно с» it; or, when the sentence names none, the
 * release's own body if it is one that seizes (inferred: passive voice, «полицейские»).
 */
export function byWhom(ctx: DocumentContext, sc: SentenceContext, type: string, target: Mention): void {
  const named = outerAgencies(sc).filter(
    (a) =>
      a.end <= target.start &&
      !sc.mentions.some((p) => p.label === 'Position' && p.start <= a.start && p.end >= a.end) &&
      !SOURCE.test(ctx.folded.slice(Math.max(sc.sentence.start, a.start - 30), a.start)),
  );
  const isJoint = (a: Mention) => {
    const before = ctx.folded.slice(sc.sentence.start, a.start);
    const joint = before.search(JOINT);
    return joint >= 0 && !/[.;]/.test(before.slice(joint));
  };
  const lead = named.find((a) => !isJoint(a));
  if (lead) {
    for (const body of [lead, ...named.filter((a) => a !== lead && isJoint(a) && a.start > lead.start)])
      ctx.builder.relate({
        type,
        from: body.ref,
        to: target.ref,
        evidence: { start: Math.min(lead.start, body.start), end: target.end },
        confidence: body === lead ? 0.8 : 0.75,
      });
    return;
  }
  const main = ctx.mainAgency;
  if (!main || !SEIZING_BODY.test(main.name)) return;
  const police = POLICE_SUBJECT.exec(sc.sentence.text);
  const evidence: Span = police
    ? { start: Math.min(sc.sentence.start + police.index, target.start), end: target.end }
    : { start: sc.sentence.start, end: Math.max(sc.sentence.end, target.end) }; // a list item after its sentence
  ctx.builder.relate({
    type,
    from: main.ref,
    to: target.ref,
    evidence,
    basis: police
      ? `"${police[0]}" in the release of this body: its officers; the sentence does not name the body.`
      : 'Reported in the release of this body; the sentence does not name who did it.',
    confidence: police ? 0.6 : 0.4,
  });
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
