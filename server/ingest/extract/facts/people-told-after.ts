import type { FormToken } from '../../gazetteer/gazetteer-index.ts';
import type { DocumentContext, SentenceContext } from '../context.ts';

/** A clause that opens with its counted subject: «Выявлено, что 17 лиц …», «…: 112 лиц …», «причём 11 …». */
// «…, ещё 58 человек направлены на принудительное лечение», «а также 12 подростков …»: a second count of
// people in its own clause.
const SUBJECT_FIRST =
  /(?:^|[,:;—]\s*)(?:что\s+|причем\s+|при\s+этом\s+|а\s+|кроме\s+того,?\s+)?(?:еще\s+|также\s+|а\s+также\s+)?$/iu;
/** «, в отношении которых полицией составлялись протоколы,»: a relative clause between subject and verb. */
const RELATIVE = /^\s*,\s*(?:в\s+отношении\s+|у\s+|из\s+|с\s+)?котор\p{L}*[^,.;]*,/u;

/** An animate noun («подростков», «фармацевтов»): people counted by what they are. */
export function animateNoun(ctx: DocumentContext, token: FormToken | undefined): boolean {
  return Boolean(
    token && ctx.morph(token.text).some((p) => p.tag.POS === 'NOUN' && p.tag.anim && p.score > 0.2),
  );
}

/**
 * What people counted at the head of their clause did or had done to them, told by the verb after them:
 * «17 лиц, состоящих на наркологическом учёте, более полугода не посещались участковыми», «11 подростков
 * приобрели синтетические наркотики через мессенджеры». The words from the verb to the clause end, or null
 * when the clause does not open with the number or no verb follows within a few words.
 */
export function toldAfter(
  ctx: DocumentContext,
  sc: SentenceContext,
  lead: string,
  nounEnd: number,
): string | null {
  if (!SUBJECT_FIRST.test(lead)) return null;
  let rest = ctx.folded.slice(nounEnd, sc.sentence.end);
  // «, состоящих на наркологическом учёте,»: a participial phrase between the subject and its verb.
  const participial = /^\s*,\s*(\p{L}+)[^,.;]*,/u.exec(rest);
  let skipped = 0;
  const relative = RELATIVE.exec(rest);
  if (relative) {
    skipped = relative[0].length;
    rest = rest.slice(skipped);
  } else if (participial && ctx.morph(participial[1]!).some((p) => p.tag.POS === 'PRTF')) {
    skipped = participial[0].length;
    rest = rest.slice(skipped);
  }
  const clause = /^[^,.;:]*/u.exec(rest)![0];
  const words = [...clause.matchAll(/\p{L}+/gu)].slice(0, 6);
  const verb = words.find((w) =>
    ctx
      .morph(w[0])
      .some(
        (p) => p.score > 0.2 && (p.tag.POS === 'PRTS' || (p.tag.POS === 'VERB' && p.tag.MOod === 'indc')),
      ),
  );
  if (!verb) return null;
  const start = nounEnd + skipped + words[0]!.index;
  return ctx.text.slice(start, nounEnd + skipped + clause.trimEnd().length);
}
