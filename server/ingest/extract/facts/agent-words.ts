// Words that tell who acted, shared by the rules that find agents of seizures, channels and operations.
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { BROUGHT_IN, JOINT_WITH, TAKING_PART } from './partner-words.ts';

/** Officers of the police said without their body: «полицейские», «сотрудники полиции». */
export const POLICE_SUBJECT = /полицейск\p{L}*|сотрудник\p{L}* полиции|стражи порядка|наркополицейск\p{L}*/iu;

/** «По данным ДКНБ», «как сообщили в ДП» before a body: the body is a source, not the one that acted. */
export const SOURCE = /(?:по\s+(?:данным|информации|сведениям)|как\s+сообщ\p{L}*\s+в)\s+$/iu;

/** Partners of the lead body: «совместно с», «при участии», «с привлечением» and the like (partner-words.ts). */
export const JOINT = new RegExp(String.raw`(?:${JOINT_WITH}|${TAKING_PART}|${BROUGHT_IN})\s+`, 'iu');

/** A body named after «совместно с» (or the like) in its clause: a partner of whoever led. */
export function isPartner(ctx: DocumentContext, sc: SentenceContext, body: Mention): boolean {
  const before = ctx.folded.slice(sc.sentence.start, body.start);
  const joint = before.search(JOINT);
  return joint >= 0 && !/[.;]/.test(before.slice(joint));
}

/** Bodies that seize drugs and cut channels; a prosecutor's or akimat's release implies no such agent. */
export const SEIZING_BODY =
  /полици|КНБ|национальной безопасности|погранич|наркопреступ|(?<!\p{L})(?:ДП|УП|ОП|ДГД|КГД|АФМ)(?!\p{L})|таможен|государственных доходов|финансовому мониторингу|экономических расследований/iu;

/**
 * A body that can have seized drugs or cut a channel: not a communications service that hosts a briefing, an
 * akimat's department or a ministry named as a partner in prevention. A body recognised from its parts may
 * carry its name on the entity only: its words count too.
 */
export function canSeize(ctx: DocumentContext, body: Mention): boolean {
  return SEIZING_BODY.test(body.name) || SEIZING_BODY.test(ctx.text.slice(body.start, body.end));
}

/** «Пограничная служба КНБ сообщает, что …», «УП … информирует о …»: the body that tells, not the one that acted. */
const REPORTS = /^[^,.;:]{0,40}?\s(?:сообща|информиру|доводит|публику)\p{L}*(?:\s|,|$)/iu;

/** A body followed by its verb of telling: it reports what the rest of the sentence says others did. */
export function isReporter(ctx: DocumentContext, sc: SentenceContext, body: Mention): boolean {
  return REPORTS.test(ctx.folded.slice(body.end - 1, Math.min(sc.sentence.end, body.end + 60)));
}
