import { covered, type DocumentContext, type Mention, type SentenceContext } from '../context.ts';
import { linkedMention } from './known-entities.ts';

/**
 * «Департаментом экономических расследований по городу Алматы Агентства Республики Казахстан по финансовому
 * мониторингу», «… по Туркестанской области МВД РК»: a body the graph knows, named in the genitive right
 * after a body's name, is its parent (PART_OF, stated). The parent is a mention of its own.
 */
export function parentAfter(ctx: DocumentContext, sc: SentenceContext, body: Mention): Mention | null {
  const k = body.to;
  const next = sc.tokens[k];
  if (!next || covered(sc, k) || !/^\s+$/.test(ctx.text.slice(body.end, next.start))) return null;
  const match = ctx.index.matchAt(sc.tokens, k).find((m) => m.entry.label === 'Agency');
  if (!match || match.entry.id === body.existingId) return null;
  const parent = linkedMention(ctx, match.entry, sc, k, match.to, 0.9);
  sc.mentions.push(parent);
  relateNamedParent(ctx, body, parent);
  return parent;
}

/** PART_OF, stated by the order of the names: a body named right before its parent, in the genitive. */
export function relateNamedParent(ctx: DocumentContext, body: Mention, parent: Mention): void {
  ctx.builder.relate({
    type: 'PART_OF',
    from: body.ref,
    to: parent.ref,
    evidence: { start: body.start, end: parent.end },
    confidence: 0.85,
  });
}
