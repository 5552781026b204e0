import type { DocumentContext, Mention } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { addFigureEntity, figureEntityKey } from './figure-entity.ts';

/** The key an indicator is one entity under: its folded name, so the same metric told twice is merged. */
export function indicatorKey(name: string): string {
  return figureEntityKey('Indicator', name);
}

/** Adds (or merges into) the Indicator named `name`, quoted from `evidence`, and returns its mention. */
export function addIndicator(
  ctx: DocumentContext,
  name: string,
  evidence: Span,
  properties: Record<string, unknown>,
  confidence: number,
): Mention {
  return addFigureEntity(ctx, 'Indicator', name, evidence, properties, confidence);
}
