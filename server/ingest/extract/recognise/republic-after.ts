import type { SentenceContext } from '../context.ts';

/** After «… РК» or «… Республики Казахстан» at token k: the index past it, or k when neither is there. */
export function republicAfter(sc: SentenceContext, k: number): number {
  if (sc.tokens[k]?.text === 'РК') return k + 1;
  return sc.tokens[k]?.forms.has('республика') && sc.tokens[k + 1]?.forms.has('казахстан') ? k + 2 : k;
}
