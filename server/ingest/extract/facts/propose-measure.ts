import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext } from '../context.ts';
import type { Span } from '../text/segment.ts';

/** A measure is named by its clause, capitalised: whole in its key, cut at 14 words where it is shown. */
export function measureName(text: string): { name: string; shown: string } {
  const name = text.charAt(0).toUpperCase() + text.slice(1);
  const words = name.split(/\s+/);
  return { name, shown: words.length > 14 ? `${words.slice(0, 14).join(' ')}…` : name };
}

/**
 * Proposes a Measure named by `phrase` at `mention` and returns its ref. Measures told after a check, by
 * construction and in reported speech are all made here, so one phrase is one measure whichever rule saw it.
 */
export function proposeMeasure(
  ctx: DocumentContext,
  phrase: string,
  mention: Span,
  properties: Record<string, unknown>,
): string {
  const { name, shown } = measureName(phrase);
  return ctx.builder.entity({
    key: `Measure|${foldName(name)}`,
    label: 'Measure',
    name: shown,
    existingId: null,
    mention,
    properties,
    confidence: 0.6,
  });
}
