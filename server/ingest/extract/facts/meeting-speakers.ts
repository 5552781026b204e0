import { between, mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

const SPEAKING =
  /(?<![\p{L}])(?:сообщил|рассказал|отметил|заявил|пояснил|подчеркнул|проинформировал|доложил|озвучил|привел)[аи]?(?![\p{L}])/giu;
/** Between a reporting verb and its subject: no clause break, so the name is the verb's own. */
const SAME_CLAUSE = /^[^,.;:«"]*$/u;

/**
 * «Как сообщил на брифинге начальник УП города Актобе … Асхат Оспанов, …», «На брифинге … заместитель
 * начальника ДП … Канат Избасаров сообщил, что …»: the person who speaks in the sentence that names a
 * meeting — the subject of its reporting verb, in the verb's clause — was there. People named in what
 * was said are not.
 */
export function meetingSpeakers(ctx: DocumentContext, sc: SentenceContext): Mention[] {
  const people = mentionsOf(sc, 'Person');
  const out: Mention[] = [];
  for (const m of sc.sentence.text.matchAll(SPEAKING)) {
    const at = sc.sentence.start + m.index;
    const end = at + m[0].length;
    const after = people.find((p) => p.start >= end && SAME_CLAUSE.test(between(ctx, end, p.start)));
    const before = people.filter((p) => p.end <= at && SAME_CLAUSE.test(between(ctx, p.end, at))).at(-1);
    const speaker = before ?? after;
    if (speaker && !out.includes(speaker)) out.push(speaker);
  }
  return out;
}
