import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/** Where one clause of a sentence ends and the next begins. */
const BOUNDARY = /[,:;—–]/gu;
/** Verbs that state the seizure or the cut itself: the body that is their subject or agent did it, as said. */
const DEEDS: Record<string, RegExp> = {
  SEIZED: /^(?:изъ|изым|обнаруж)/iu,
  DISRUPTED: /^(?:пресе|перекры|ликвидир)/iu,
};

export const OTHER_CLAUSE_BASIS =
  'The body is the subject of another clause («задержали курьера, у которого изъято …»); the clause that tells the seizure or the cut names no agent.';
export const OTHER_CLAUSE_BASIS_RU =
  'Орган — подлежащее другой части предложения («задержали курьера, у которого изъято …»); та часть, где сказано об изъятии или пресечении, деятеля не называет.';

/**
 * True when the body acts in a clause of its own, with a verb of its own that is not the deed («сотрудники
 * ОП задержали курьера», «предотвратили передачу:»), and the deed is told in a later clause («…, у которого
 * обнаружено 57 закладок», «: в посылке обнаружено …»). Then the text does not say in so many words that
 * the body seized it. «Сотрудники ОП выявили лабораторию и изъяли 1,2 кг» is one clause: «и» joins verbs of
 * one subject.
 */
export function actsInOtherClause(
  ctx: DocumentContext,
  sc: SentenceContext,
  type: string,
  body: Mention,
  target: Mention,
): boolean {
  const deed = DEEDS[type];
  if (!deed || body.end > target.start) return false;
  const { start, end } = sc.sentence;
  const cuts = [...ctx.folded.slice(start, end).matchAll(BOUNDARY)].map((m) => start + m.index);
  const between = cuts.filter((c) => c >= body.end && c < target.start);
  if (between.length === 0) return false;
  const bodyFrom = cuts.filter((c) => c < body.start).at(-1) ?? start;
  const ownVerb = verbsIn(ctx, sc, bodyFrom, between[0]!);
  if (ownVerb.length === 0 || ownVerb.some((v) => deed.test(v))) return false;
  const deedFrom = between.at(-1)!;
  const deedTo = cuts.find((c) => c >= target.end) ?? end;
  return verbsIn(ctx, sc, deedFrom, deedTo).some((v) => deed.test(v));
}

/** The words between two offsets of the sentence that read first as a finite verb or a short participle. */
function verbsIn(ctx: DocumentContext, sc: SentenceContext, from: number, to: number): string[] {
  return sc.tokens
    .filter((t) => t.start >= from && t.end <= to && /^\p{Ll}+$/u.test(t.text))
    .filter((t) => ['VERB', 'PRTS'].includes(ctx.morph(t.text)[0]?.tag.POS ?? ''))
    .map((t) => t.text);
}
