import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, Mention, SentenceContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

/**
 * Proposes a SupplyChannel named `name` at `span`, adds it to sentence `sc`'s mentions and returns it. A
 * channel cut by name, one told as drugs carried and one told through a group's activity are all made here,
 * so one name is one channel whichever rule saw it.
 */
export function proposeChannel(
  ctx: DocumentContext,
  sc: SentenceContext,
  proposal: { name: string; span: Span; properties: Record<string, unknown>; confidence: number },
): Mention {
  const { name, span, properties, confidence } = proposal;
  const ref = ctx.builder.entity({
    key: `SupplyChannel|${foldName(name)}`,
    label: 'SupplyChannel',
    name,
    existingId: null,
    mention: span,
    properties,
    confidence,
  });
  const channel: Mention = { ...span, label: 'SupplyChannel', ref, name, existingId: null, from: 0, to: 0 };
  sc.mentions.push(channel);
  return channel;
}
