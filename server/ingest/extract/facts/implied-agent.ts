import { insideAnother, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { canSeize, isPartner, POLICE_SUBJECT, SOURCE } from './agent-words.ts';
import { inOperationParticiple } from './operation-participle.ts';
import { placePolice } from './place-police.ts';

/** Officers named by their service, each with the bodies that are theirs. */
const SERVICES: { who: RegExp; body: RegExp }[] = [
  { who: /пограничник\p{L}*|пограничн\p{L}+ наряд\p{L}*/iu, body: /погранич/iu },
  {
    who: /таможенник\p{L}*|сотрудник\p{L}* таможни/iu,
    body: /таможен|государственных доходов|(?<!\p{L})(?:ДГД|КГД)(?!\p{L})/iu,
  },
  {
    who: /сотрудник\p{L}* (?:органов )?национальной безопасности|чекист\p{L}*/iu,
    body: /КНБ|национальной безопасности/iu,
  },
];
/** «Тем самым пресечён канал»: the sentence sums up what the one before said its subject did. */
const THEREBY = /^\s*(?:тем самым|таким образом)\s/iu;

export interface ImpliedAgent {
  body: Mention;
  evidence: Span;
  basis: string;
  /** Bodies that did it with it: partners named «совместно с ДКНБ …», or the department of a directorate. */
  partners?: Mention[];
}

/**
 * Who did what a sentence reports without naming a body, when its words point at one the release names:
 * «пограничниками … изъято» → the border service body; «Тем самым пресечён канал», «У задержанного изъято
 * …» → the body the sentence before, in the same paragraph, says acted (its agent carried over). Inferred;
 * by-whom.ts falls back to the release's own body otherwise.
 */
export function impliedAgent(ctx: DocumentContext, sc: SentenceContext): ImpliedAgent | undefined {
  const police = placePolice(ctx, sc);
  if (police) return police;
  const service = serviceAgent(ctx, sc);
  if (service) return service;
  // «Сотрудниками УПН ДП СКО задержан курьер. … полицейские изъяли …»: the officers are the police body the
  // paragraph named just before; without one, by-whom.ts takes the release's own body.
  if (POLICE_SUBJECT.test(sc.sentence.text)) return policeBefore(ctx, sc);
  // The agent carries over the paragraph's sentences until one names a body: «Сотрудники ОП … задержали
  // курьера. При досмотре автомобиля … . У него изъято …».
  for (let i = sc.index - 1; i >= Math.max(0, sc.index - CARRIED_OVER); i--) {
    const previous = ctx.sentences[i]!;
    if (previous.sentence.paragraph !== sc.sentence.paragraph) return undefined;
    const body = subjectOf(ctx, previous) ?? serviceAgent(ctx, previous)?.body ?? jointWithUs(ctx, previous);
    if (!body) continue;
    return {
      body,
      // «Реализацию мы проводили совместно с ДКНБ и ДП. У них изъято …»: the partners seized it too, as most
      // gold sets read it (one reads the release's body alone).
      partners: previous.mentions.filter(
        (m) =>
          m.label === 'Agency' &&
          m.ref !== body.ref &&
          !insideAnother(previous, m) &&
          isPartner(ctx, previous, m),
      ),
      evidence: { start: previous.sentence.start, end: sc.sentence.end },
      basis: THEREBY.test(sc.sentence.text)
        ? '«Тем самым» sums up the sentence before, which says this body acted.'
        : i === sc.index - 1
          ? 'The sentence before, in the same paragraph, says this body acted; this one does not name who did it.'
          : 'An earlier sentence of the same paragraph says this body acted; this one does not name who did it.',
    };
  }
  return undefined;
}

/** How many sentences back, within a paragraph, an unnamed agent is looked for. */
const CARRIED_OVER = 3;

/** «пограничниками», «таможенниками»: the first body of that service the release names. */
function serviceAgent(ctx: DocumentContext, sc: SentenceContext): ImpliedAgent | undefined {
  for (const { who, body } of SERVICES) {
    const said = who.exec(sc.sentence.text);
    const named = said && firstBody(ctx, sc, body);
    if (!said || !named) continue;
    const at = sc.sentence.start + said.index;
    return {
      body: named,
      evidence: { start: at, end: at + said[0].length },
      basis: `"${said[0]}": officers of this body, which the release names; the sentence does not name it.`,
    };
  }
  return undefined;
}

/**
 * The body a sentence names as acting: not inside a longer name or a post, nor a source «по данным …», nor a
 * partner «совместно с …» (that one helped whoever the sentence is about).
 */
function subjectOf(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  return sc.mentions.find(
    (m) =>
      m.label === 'Agency' &&
      canSeize(ctx, m) &&
      !insideAnother(sc, m) &&
      !sc.mentions.some((p) => p.label === 'Position' && p.start <= m.start && p.end >= m.end) &&
      !SOURCE.test(ctx.folded.slice(Math.max(sc.sentence.start, m.start - 30), m.start)) &&
      !isPartner(ctx, sc, m) &&
      !inOperationParticiple(ctx, sc, m),
  );
}

/** «Работа велась совместно с ДП …», «мы проводили совместно с ДКНБ»: only partners named, so the release's body led. */
function jointWithUs(ctx: DocumentContext, sc: SentenceContext): Mention | undefined {
  const partners = sc.mentions.filter((m) => m.label === 'Agency' && isPartner(ctx, sc, m));
  const main = ctx.mainAgency;
  return partners.length > 0 && main && !partners.some((p) => p.ref === main.ref) ? main : undefined;
}

/** The first body of the release, up to and including `sc`, whose name matches. */
function firstBody(ctx: DocumentContext, sc: SentenceContext, name: RegExp): Mention | undefined {
  for (const s of ctx.sentences.slice(0, sc.index + 1)) {
    // A body recognised from its parts may carry its name on the entity only: read the words too.
    const hit = s.mentions.find(
      (m) =>
        m.label === 'Agency' &&
        (name.test(m.name) || name.test(ctx.text.slice(m.start, m.end))) &&
        !insideAnother(s, m),
    );
    if (hit) return hit;
  }
  return undefined;
}

/** A police body of the paragraph's sentence just before, as its subject. */
const POLICE_BODY = /полици|наркопреступ|(?<!\p{L})(?:ДП|УП|ОП|РОП|ГУП)(?!\p{L})/iu;

function policeBefore(ctx: DocumentContext, sc: SentenceContext): ImpliedAgent | undefined {
  const previous = ctx.sentences[sc.index - 1];
  if (!previous || previous.sentence.paragraph !== sc.sentence.paragraph) return undefined;
  const body = subjectOf(ctx, previous);
  // A unit recognised from its parts may carry its name on the entity only: read the words too.
  if (!body || !POLICE_BODY.test(`${body.name} ${ctx.text.slice(body.start, body.end)}`)) return undefined;
  // «полицейские» of a directorate are its department's officers too: the parent named in the unit's name.
  const parentRef = ctx.builder.relationshipsFrom('PART_OF', body.ref)[0]?.to;
  const parent = previous.mentions.find((m) => m.ref === parentRef && m.label === 'Agency');
  return {
    body,
    partners: parent ? [parent] : [],
    evidence: { start: previous.sentence.start, end: sc.sentence.end },
    basis:
      'The sentence before, in the same paragraph, says this body acted; this one does not name who did it.',
  };
}
