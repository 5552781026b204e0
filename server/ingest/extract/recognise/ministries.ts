import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import { newBody } from './new-body.ts';
import { republicAfter } from './republic-after.ts';

/**
 * A ministry the graph does not know, named by its field: «Министерства просвещения РК», «Министерством
 * культуры и информации». Named in the nominative with the republic, as the government names it
 * («Министерство просвещения Республики Казахстан»). A ministry the gazetteer knows is left to the linker.
 */
export function ministryAt(ctx: DocumentContext, sc: SentenceContext, i: number): Mention | null {
  const t = sc.tokens;
  if (!t[i]?.forms.has('министерство') || !/^\p{Lu}/u.test(t[i]!.text)) return null;
  let j = i + 1;
  while (j < t.length && j - i <= 5 && fieldWord(ctx, t[j]!.text, t[j + 1]?.text)) j++;
  if (j === i + 1) return null;
  const field = ctx.text.slice(t[i + 1]!.start, t[j - 1]!.end);
  const name = `Министерство ${field} Республики Казахстан`;
  if (ctx.index.byName(name, 'Agency').length || ctx.index.byName(`Министерство ${field}`, 'Agency').length)
    return null;
  const to = republicAfter(sc, j);
  return newBody(ctx, sc, { from: i, to, headTo: to, name }, null);
}

/** A genitive word of the field, or «и» between two of them («культуры и информации»). */
function fieldWord(ctx: DocumentContext, word: string, next: string | undefined): boolean {
  if (word === 'и') return next !== undefined && genitive(ctx, next);
  return genitive(ctx, word);
}

function genitive(ctx: DocumentContext, word: string): boolean {
  return (
    /^[а-яё-]{3,}$/u.test(word) &&
    ctx.morph(word).some((p) => (p.tag.POS === 'NOUN' || p.tag.POS === 'ADJF') && p.tag.CAse === 'gent')
  );
}
