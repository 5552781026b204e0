import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/**
 * «в ходе ОПМ «Антидилер», проведённого УП … совместно с ДКНБ, …», «операции, проводимой полицией …»: a
 * participle after an operation, its comma and the words up to the next comma, colon or full stop.
 */
const OPERATION_PARTICIPLE =
  /(?:ОПМ|операци\p{L}*|рейд\p{L}*|мероприяти\p{L}*|акци\p{L}*)[^,.;:]{0,60},\s+(?:провед[её]нн|проводим|проводивш|организованн|осуществл[её]нн)\p{L}*\s[^,.;:]*/giu;

/**
 * A body named in the participle phrase of an operation ran the operation (or took part in it); it is not
 * the stated agent of what the rest of the sentence tells in the passive («…, проведённого ДП области,
 * изъято 96 кг марихуаны»): a district unit may report its own share of a regional operation.
 */
export function inOperationParticiple(ctx: DocumentContext, sc: SentenceContext, body: Mention): boolean {
  for (const hit of ctx.folded.slice(sc.sentence.start, sc.sentence.end).matchAll(OPERATION_PARTICIPLE)) {
    const start = sc.sentence.start + hit.index;
    if (body.start >= start && body.end <= start + hit[0].length) return true;
  }
  return false;
}
