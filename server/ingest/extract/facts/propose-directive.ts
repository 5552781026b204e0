import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { directiveTarget } from './directive-target.ts';

/**
 * Proposes a Directive said in sentence `sc` and returns it as a mention of that sentence, the shape the
 * links (issuer, addressee, meeting, control) take. A single instruction, an item of a decision list and the
 * list itself are all made here, so they carry the same fields.
 */
export function proposeDirective(
  ctx: DocumentContext,
  sc: SentenceContext,
  proposal: {
    key: string;
    name: string;
    mention: Span;
    properties: Record<string, unknown>;
    confidence: number;
  },
): Mention {
  const { key, name, mention, properties, confidence } = proposal;
  // «обеспечить блокировку не менее 2 тыс. наркосайтов»: a list item sets a number to reach as an instruction
  // does; the instruction rules give their own span (directives.ts), so theirs is kept.
  const target =
    properties['count'] === undefined ? directiveTarget(ctx, sc, mention, String(properties['kind'])) : {};
  const ref = ctx.builder.entity({
    key,
    label: 'Directive',
    name,
    existingId: null,
    mention,
    properties: { ...properties, ...target },
    confidence,
  });
  return { ...mention, label: 'Directive', ref, name, existingId: null, from: sc.index, to: sc.index };
}
