import type { DocumentContext } from '../context.ts';

// Word classes the metric phrases are read by (metric-phrases.ts): participles, instrumentals, adjectives.

/** «состоящих», «совершённых» (read with its ё folded: the morphology knows it as a participle only so). */
export function participle(ctx: DocumentContext, word: string): boolean {
  return ctx.morph(word.replaceAll('ё', 'е')).some((p) => p.tag.POS === 'PRTF' && p.score > 0.1);
}

/** «несовершеннолетних» → "несовершеннолетние". */
export function pluralNominative(ctx: DocumentContext, word: string): string {
  const parse = ctx.morph(word).find((p) => p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF');
  const form = parse?.inflect(['nomn', 'plur']);
  return form ? form.word : word;
}

/** «профилактикой», «полицией»: a noun in the instrumental (the means or agent of a participle). */
export function instrumental(ctx: DocumentContext, word: string): boolean {
  return (
    /^[а-яё-]{3,}$/iu.test(word) &&
    ctx.morph(word.toLowerCase()).some((p) => p.score > 0.2 && p.tag.POS === 'NOUN' && p.tag.CAse === 'ablt')
  );
}

/** An adjective or participle of three letters or more («уголовных», «санкционированных»). */
export function adjectival(ctx: DocumentContext, word: string): boolean {
  return (
    /^[а-яё-]{3,}$/u.test(word) &&
    ctx.morph(word).some((p) => (p.tag.POS === 'ADJF' || p.tag.POS === 'PRTF') && p.score > 0.1)
  );
}
