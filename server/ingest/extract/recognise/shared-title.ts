import type { DocumentContext, Mention, SentenceContext } from '../context.ts';

/**
 * «поручил начальникам районных отделов полиции и УП города Атырау …»: a plural title shared by a body
 * joined with «и» — the head of that body is an addressee of his own. Returns the body's mention and the
 * title in the singular nominative («Начальник»), or undefined.
 */
export function sharedTitleBody(
  ctx: DocumentContext,
  sc: SentenceContext,
  head: string,
  after: number,
): { body: Mention; title: string } | undefined {
  if (!/^и$/iu.test(sc.tokens[after]?.text ?? '')) return undefined;
  const body = sc.mentions.find((m) => m.label === 'Agency' && m.from === after + 1);
  if (!body) return undefined;
  const lemma = ctx
    .morph(head.toLowerCase())
    .find((p) => p.tag.POS === 'NOUN' && p.tag.NMbr === 'plur')
    ?.normalize().word;
  return lemma ? { body, title: lemma.charAt(0).toUpperCase() + lemma.slice(1) } : undefined;
}
