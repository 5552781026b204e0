import type { DocumentContext, Mention } from '../context.ts';
import type { Span } from '../text/segment.ts';
import { addFigureEntity, figureEntityKey } from './figure-entity.ts';

/** The key a seizure is one entity under: its folded name, so the same amount told twice is merged. */
export function seizureKey(name: string): string {
  return figureEntityKey('Seizure', name);
}

/**
 * Adds (or merges into) the Seizure named `name`, quoted from `evidence`, and returns its mention. Every rule
 * that proposes a seizure (a sentence's amounts, a table line, a number no rule read, a part of a total) makes
 * it here, so one name is one seizure whichever rule saw it.
 */
export function addSeizure(
  ctx: DocumentContext,
  name: string,
  evidence: Span,
  properties: Record<string, unknown>,
  confidence: number,
): Mention {
  return addFigureEntity(ctx, 'Seizure', name, evidence, properties, confidence);
}
