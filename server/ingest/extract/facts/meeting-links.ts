import {
  between,
  mentionsOf,
  type DocumentContext,
  type Mention,
  type SentenceContext,
  insideAnother,
} from '../context.ts';
import type { Span } from '../text/segment.ts';
import { datelineCity, relateDatelinePlace } from './dateline-place.ts';
import { sittingBody } from './meeting-bodies.ts';
import { meetingSpeakers } from './meeting-speakers.ts';

const HELD = /^\s*(?:провел\p{L}*|провели|организовал\p{L}*|созвал\p{L}*)\s+$/iu;
const PARTICIPATION =
  /(?:принял[аи]?\s+участие|приняли\s+участие|участвовал[аи]?|с\s+участием|в\s+присутствии|присутствовал[аи]?)(?:\s+(?:представител|руководител|сотрудник|глав)\p{L}*)?\s+/iu;
const ATTENDANCE =
  /в присутствии|присутствовал|участвовал|с участием|принял[аи]? участие|под председательством|провел[аи]?|выступил[аи]?|встретил\p{L}*|приняли участие/iu;

/**
 * A meeting's facts from the sentence that names it: ATTENDED for the people said to be present or to chair
 * it, ORGANIZED by the body that held it (stated when the text says it did, «Прокуратура … провела
 * координационное совещание»; else the body it took place in, inferred), OCCURRED_IN, PARTICIPATED_IN for the
 * bodies met («встреча с ветеранами …»).
 */
export function relateMeeting(
  ctx: DocumentContext,
  sc: SentenceContext,
  meeting: Mention,
  repeat = false,
): void {
  const whole = { start: sc.sentence.start, end: sc.sentence.end };
  // «прошёл отчёт начальника отдела … Жандоса Байгабылова перед населением»: who reports attends it.
  const report = !repeat && /(?:^|\s)отч[её]т/iu.test(ctx.text.slice(meeting.start, meeting.end));
  const attending =
    ATTENDANCE.test(sc.sentence.text) || report ? mentionsOf(sc, 'Person') : meetingSpeakers(ctx, sc);
  for (const person of attending)
    ctx.builder.relate({
      type: 'ATTENDED',
      from: person.ref,
      to: meeting.ref,
      evidence: { start: Math.min(meeting.start, person.start), end: Math.max(meeting.end, person.end) },
      confidence: 0.85,
    });
  const participants = participantsIn(ctx, sc);
  for (const body of participants)
    participated(ctx, body, meeting, { start: sc.sentence.start, end: body.end });
  if (repeat) return;
  const sitting = sittingBody(ctx, sc, meeting);
  if (sitting)
    ctx.builder.relate({
      type: 'ORGANIZED',
      from: sitting.ref,
      to: meeting.ref,
      evidence: { start: meeting.start, end: Math.max(meeting.end, sitting.end) },
      basis: 'A sitting of this body: a commission holds its own sittings, wherever they take place.',
      basisRu: 'Заседание этого органа: комиссия проводит свои заседания сама, где бы они ни проходили.',
      confidence: 0.6,
    });
  const previous = ctx.sentences[sc.index - 1];
  // «заседание коллегии Департамента полиции ВКО»: the body named right after the meeting is whose it is.
  const owner = outer(sc).find(
    (a) => a.start >= meeting.end && /^\s*$/.test(between(ctx, meeting.end, a.start)) && a !== sitting,
  );
  const host =
    owner ??
    (report ? reporterBody(sc, meeting) : undefined) ??
    [
      ...outer(sc).filter((a) => !participants.includes(a)),
      ...(previous && /итог|проанализ/i.test(previous.sentence.text) ? mentionsOf(previous, 'Agency') : []),
    ].find(
      (a) => a.start < meeting.start || a.start - sc.sentence.start < 40 || previous?.mentions.includes(a),
    );
  const met = /встре[чт]/i.test(meeting.name)
    ? mentionsOf(sc, 'Agency').filter((a) => a.start >= meeting.start && a.start - meeting.end < 5)
    : [];
  for (const group of met)
    participated(ctx, group, meeting, { start: meeting.start, end: Math.max(meeting.end, group.end) });
  if (host && !met.includes(host) && host !== sitting) {
    // «Прокуратура Туркестанской области провела координационное совещание»: the text says who held it.
    const held = host.end <= meeting.start && HELD.test(between(ctx, host.end, meeting.start));
    const evidence = held
      ? { start: host.start, end: meeting.end }
      : host.start < sc.sentence.start && previous
        ? { start: previous.sentence.start, end: previous.sentence.end }
        : whole;
    ctx.builder.relate({
      type: 'ORGANIZED',
      from: host.ref,
      to: meeting.ref,
      evidence,
      basis: held
        ? null
        : 'The meeting took place in this body, which reviewed its own work; the text does not say who convened it.',
      confidence: held ? 0.8 : 0.6,
    });
  }
  const inHost = (p: Mention) => Boolean(host && p.start >= host.start && p.end <= host.end);
  const own = mentionsOf(sc, 'Region', 'City').find((p) => !inHost(p) && !insideAnother(sc, p));
  const dated = own ? undefined : datelineCity(ctx);
  if (dated) {
    relateDatelinePlace(ctx, meeting, dated);
    return;
  }
  const place = own ?? (host ? regionMentionOf(ctx, host) : undefined) ?? ctx.mainRegion;
  if (!place) return;
  const hostHere = host && host.start >= sc.sentence.start && host.end <= sc.sentence.end;
  ctx.builder.relate({
    type: 'OCCURRED_IN',
    from: meeting.ref,
    to: place.ref,
    evidence: own ? whole : hostHere ? host : meeting,
    basis: own
      ? null
      : 'Held in the body of this region (or reported as part of the visit there); no place is named.',
    confidence: own ? 0.75 : 0.55,
  });
}

/** «В нём приняли участие представители прокуратуры области и ДКНБ …», «с участием руководителей ДП …». */
export function participantsIn(ctx: DocumentContext, sc: SentenceContext): Mention[] {
  const m = PARTICIPATION.exec(sc.sentence.text);
  if (!m) return [];
  const at = sc.sentence.start + m.index + m[0].length;
  return outer(sc).filter((a) => a.start >= at && !/[.;:]/.test(ctx.folded.slice(at, a.start)));
}

/** The people named after «приняли участие», «с участием», «в присутствии» in a sentence. */
export function attendeesIn(ctx: DocumentContext, sc: SentenceContext): Mention[] {
  const m = PARTICIPATION.exec(sc.sentence.text);
  if (!m) return [];
  const at = sc.sentence.start + m.index;
  return mentionsOf(sc, 'Person').filter(
    (p) => p.start >= at && !/[.;:]/.test(ctx.folded.slice(at, p.start)),
  );
}

function participated(ctx: DocumentContext, body: Mention, meeting: Mention, evidence: Span): void {
  ctx.builder.relate({ type: 'PARTICIPATED_IN', from: body.ref, to: meeting.ref, evidence, confidence: 0.8 });
}

/** «начальник отдела полиции … выступил с отчётом перед населением»: the body whose head reports holds it. */
function reporterBody(sc: SentenceContext, meeting: Mention): Mention | undefined {
  const post = mentionsOf(sc, 'Position')
    .filter((p) => p.agencyRef && p.end <= meeting.start)
    .at(-1);
  return post && sc.mentions.find((m) => m.label === 'Agency' && m.ref === post.agencyRef);
}

/** Agencies of a sentence not inside a longer mention ("КНБ" inside "Департамент КНБ по …"). */
function outer(sc: SentenceContext): Mention[] {
  return mentionsOf(sc, 'Agency').filter((a) => !insideAnother(sc, a));
}

function regionMentionOf(ctx: DocumentContext, agency: Mention): Mention | undefined {
  for (const sc of ctx.sentences) {
    const hit = sc.mentions.find(
      (m) => m.label === 'Region' && m.start >= agency.start && m.end <= agency.end,
    );
    if (hit) return hit;
  }
  return agency.regionId
    ? ctx.sentences
        .flatMap((s) => s.mentions)
        .find((m) => m.label === 'Region' && m.existingId === agency.regionId)
    : undefined;
}
