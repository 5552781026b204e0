import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext, Mention } from '../context.ts';
import type { Span } from '../text/segment.ts';

/** The entities a figure makes, each merged by its folded name so the same figure told twice is one entity. */
export type FigureLabel = 'Indicator' | 'Seizure';

/** The key a figure's entity is one entity under: its label and folded name. */
export function figureEntityKey(label: FigureLabel, name: string): string {
  return `${label}|${foldName(name)}`;
}

/** Adds (or merges into) the entity of `label` named `name`, quoted from `evidence`, and returns its mention. */
export function addFigureEntity(
  ctx: DocumentContext,
  label: FigureLabel,
  name: string,
  evidence: Span,
  properties: Record<string, unknown>,
  confidence: number,
): Mention {
  const ref = ctx.builder.entity({
    key: figureEntityKey(label, name),
    label,
    name,
    existingId: null,
    mention: evidence,
    properties,
    confidence,
  });
  return { ...evidence, label, ref, name, existingId: null, from: 0, to: 0 };
}
