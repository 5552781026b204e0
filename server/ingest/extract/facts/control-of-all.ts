import { keptBy } from './control-taken.ts';
import { mentionsOf, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';

/**
 * «Контроль за исполнением решений коллегии возложен на заместителя …», «… возложить на …», «Контроль за
 * исполнением решений заместитель акима оставил за собой» (the post named before the verb).
 */
export const CONTROL_ON =
  /контрол\p{L}*\s+(?:за\s+[^.]{0,80}?\s+)?(?:возлож\p{L}*\s+на\s|(?=[^.]{0,80}?\sоставил[аи]?\s+за\s+собой))/iu;

/** Control of a meeting's decisions put on a post: every instruction given before is under it. */
export function controlOfAll(ctx: DocumentContext, sc: SentenceContext, directives: Mention[]): void {
  const at = sc.sentence.start + CONTROL_ON.exec(sc.sentence.text)!.index;
  const named = mentionsOf(sc, 'Position').filter((p) => p.start > at);
  const posts = named.length ? named : keptBy(ctx, sc);
  // The decisions are told just before: a representation or headline paragraphs earlier is not among them.
  const near = (d: Mention) => ctx.sentences[d.from]!.sentence.paragraph >= sc.sentence.paragraph - 1;
  for (const directive of directives.filter(near))
    for (const post of posts) underControlOfAll(ctx, directive, post, at);
}

/**
 * A decision under the control put on a post for all decisions (at `at`), the sentence naming none of them:
 * inferred. Decision lists use it too, for the items their own rules did not read.
 */
export function underControlOfAll(
  ctx: DocumentContext,
  decision: { ref: string },
  post: { ref: string; end: number },
  at: number,
): void {
  ctx.builder.relate({
    type: 'UNDER_CONTROL_OF',
    from: decision.ref,
    to: post.ref,
    evidence: { start: at, end: post.end },
    basis: 'Control of the decisions is put on this post; the sentence names no instruction in particular.',
    basisRu: 'Контроль за исполнением решений возложен на эту должность; отдельные поручения не названы.',
    confidence: 0.6,
  });
}
