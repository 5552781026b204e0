import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { announcer } from './measure-announcer.ts';
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
const POLICE_BASIS =
  'Done by «полицейские» in the release of this police body; the clause does not name the body.';
const POLICE_BASIS_RU =
  'Сделано «полицейскими» в релизе этого органа полиции; сам орган в предложении не назван.';
const CHECK_BASIS = 'Taken on the results of the check this body did, which the release reports.';
const CHECK_BASIS_RU = 'Принято по итогам проверки, которую провёл этот орган; о ней сказано в релизе.';
/**
 * Who took a measure the clause names no body for, most telling first: the body of the post whose holder
 * acted, the release's prosecutor's office for a prosecutor's act, the body that did the check this act
 * follows, the release's police body for «полицейские …», the body whose words the sentence reports.
 */
export function impliedAgent(ctx: DocumentContext, sc: SentenceContext, m: MeasureFound, actor?: Mention) {
  const office =
    m.prosecutorial && ctx.mainAgency && /прокуратур/iu.test(ctx.mainAgency.name)
      ? ctx.mainAgency.ref
      : undefined;
  const candidates: [string | undefined, number, [string, string]][] = [
    [actor && bodyOfPost(ctx, actor), 0.6, [PERSON_BASIS, PERSON_BASIS_RU]],
    [office, 0.55, [OFFICE_BASIS, OFFICE_BASIS_RU]],
    [m.checkedBy, 0.5, [CHECK_BASIS, CHECK_BASIS_RU]],
    [policeSubject(ctx, m), 0.55, [POLICE_BASIS, POLICE_BASIS_RU]],
    [
      reportingBody(ctx, sc) ?? bodyOfPerson(ctx, announcer(ctx, sc)),
      0.5,
      [REPORTED_BASIS, REPORTED_BASIS_RU],
    ],
  ];
  const found = candidates.find(([ref]) => ref);
  return found && { ref: found[0]!, confidence: found[1], basis: found[2] };
}

/** «полицейские передали …», «полиция продолжит …»: the release's police body, when it is one. */
function policeSubject(ctx: DocumentContext, m: MeasureFound): string | undefined {
  const before = ctx.folded.slice(m.clause.start, m.verbAt);
  if (!POLICE_SUBJECT.test(before) || !ctx.mainAgency) return undefined;
  return /полици|\bДП\b|\bУП\b/u.test(ctx.mainAgency.name) ? ctx.mainAgency.ref : undefined;
}

const POLICE_SUBJECT = /(?:^|\s)(?:полицейские|полиция|сотрудники\s+полиции)\s+(?:\p{L}+\s+)?$/iu;

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
export function bodyOfPost(ctx: DocumentContext, post: Mention): string | undefined {
  return post.agencyRef ?? ctx.builder.relationshipsFrom('POSITION_IN', post.ref)[0]?.to;
}

/**
 * «прокурор области Нурлан Кожахметов внёс …», «Прокурором области … внесено»: the post is the subject (or the
 * agent of a passive) when its holder comes right before the verb and the post is not in the dative
 * («начальнику ДП … Бауыржану … внесено представление» is whom it is addressed to).
 */
export function actorActs(ctx: DocumentContext, post: Mention, m: MeasureFound): boolean {
  const gap = ctx.text.slice(post.end, m.verbAt);
  if (!/^[\s\p{L}.-]{0,60}$/u.test(gap) || !/^\s*(?:\p{Lu}|$)/u.test(gap)) return false;
  const head = ctx.text.slice(post.start, post.end).split(/\s+/u)[0]!;
  return ctx.morph(head).some((p) => p.tag.CAse === 'nomn' || p.tag.CAse === 'ablt');
}
