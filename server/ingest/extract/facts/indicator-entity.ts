import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, Mention } from '../context.ts';
import type { Span } from '../text/segment.ts';

/** The key an indicator is one entity under: its folded name, so the same metric told twice is merged. */
export function indicatorKey(name: string): string {
  return `Indicator|${foldName(name)}`;
}

/** Adds (or merges into) the Indicator named `name`, quoted from `evidence`, and returns its mention. */
export function addIndicator(
  ctx: DocumentContext,
  name: string,
  evidence: Span,
  properties: Record<string, unknown>,
  confidence: number,
): Mention {
  const ref = ctx.builder.entity({
    key: indicatorKey(name),
    label: 'Indicator',
    name,
    existingId: null,
    mention: evidence,
    properties,
    confidence,
  });
  return { ...evidence, label: 'Indicator', ref, name, existingId: null, from: 0, to: 0 };
}
