// Words that tell who acted, shared by the rules that find agents of seizures, channels and operations.
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/** Officers of the police said without their body: «полицейские», «сотрудники полиции». */
export const POLICE_SUBJECT = /полицейск\p{L}*|сотрудник\p{L}* полиции|стражи порядка|наркополицейск\p{L}*/iu;

/** «По данным ДКНБ», «как сообщили в ДП» before a body: the body is a source, not the one that acted. */
export const SOURCE = /(?:по\s+(?:данным|информации|сведениям)|как\s+сообщ\p{L}*\s+в)\s+$/iu;

/**
 * Partners of the lead body: «совместно с», «вместе с», «во взаимодействии с», «при участии», «с участием», «при
 * поддержке», «при содействии», «с привлечением».
 */
export const JOINT =
  /(?:(?:совместно|вместе)\s+(?:с|со)|во\s+взаимодействии\s+(?:с|со)|при\s+(?:участии|поддержке|содействии)|с\s+участием|с\s+привлечением)\s+/iu;

/** A body named after «совместно с» (or the like) in its clause: a partner of whoever led. */
export function isPartner(ctx: DocumentContext, sc: SentenceContext, body: Mention): boolean {
  const before = ctx.folded.slice(sc.sentence.start, body.start);
  const joint = before.search(JOINT);
  return joint >= 0 && !/[.;]/.test(before.slice(joint));
}
