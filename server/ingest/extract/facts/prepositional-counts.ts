import type { DocumentContext, SentenceContext } from '../context.ts';
import type { Figure } from '../recognise/figures.ts';

/** «по 5 криптокошелькам», «о 9 криптообменниках»: a number governed by a preposition. */
const AFTER_PREPOSITION =
  /(?:^|\s)(?:по|о|об)\s+(?:(?:не\s+)?(?:менее|более|свыше|около|почти|порядка)\s+)?$/iu;
/**
 * Verbs of casework a count after a preposition is the object of: material or information sent on, cases or
 * investigations opened («направили материалы», «передали сведения», «начаты досудебные расследования»,
 * «возбуждены уголовные дела»). Not findings of a check («по 7 делам вес не соответствовал»): those are told
 * with other verbs.
 */
const CASEWORK = /(?<!\p{L})(?:направ|переда|переслан|начат|возбужд)\p{L}*/iu;

/**
 * What was done about a count told after a preposition, when it is casework: «а по 5 криптокошелькам
 * направили материалы в АФМ» → «направили материалы в АФМ», «передали в Национальный банк сведения о 9
 * криптообменниках» → «передали в Национальный банк сведения», «По 4 фактам начаты досудебные расследования».
 * The verb may stand before or after the number, within its clause. Null when it is no such count.
 */
export function caseworkCount(
  ctx: DocumentContext,
  sc: SentenceContext,
  figure: Figure,
  clauseStart: number,
): string | null {
  if (figure.unit !== 'count' || !figure.noun) return null;
  const lead = ctx.text.slice(clauseStart, figure.start);
  const preposition = AFTER_PREPOSITION.exec(lead.replaceAll('ё', 'е'));
  if (!preposition) return null;
  // From the verb on: «передали в Национальный банк сведения», «переданы в АФМ».
  const before = CASEWORK.exec(lead.slice(0, preposition.index));
  if (before) return lead.slice(before.index, preposition.index).trim();
  const tail = /^[^,;.:—–»]*/u.exec(ctx.text.slice(figure.end, sc.sentence.end))![0];
  const after = CASEWORK.exec(tail);
  if (after) return tail.slice(after.index).trim().split(/\s+/u).slice(0, 6).join(' ');
  return null;
}
