import type { DocumentContext } from '../context.ts';
import { regionOf } from './region-of.ts';

/**
 * A first pass over the document: every region it names (directly, through a city, or through a territorial
 * body such as "ДП СКО"), and its home region, the one named most often (the first named wins a tie). Links
 * to regional entries and the reading of «в регионе», «области» depend on it.
 */
export function documentPlaces(ctx: DocumentContext): { regions: Set<string>; home: string | null } {
  const counts = new Map<string, number>();
  for (const sc of ctx.sentences) {
    for (let i = 0; i < sc.tokens.length; i++) {
      const match = ctx.index
        .matchAt(sc.tokens, i)
        .find((m) => ['Region', 'City', 'Agency'].includes(m.entry.label));
      const region = match && regionOf(ctx, match.entry);
      if (!region) continue;
      counts.set(region, (counts.get(region) ?? 0) + 1);
      i = match.to - 1;
    }
  }
  let home: string | null = null;
  for (const [region, count] of counts) if (!home || count > counts.get(home)!) home = region;
  return { regions: new Set(counts.keys()), home };
}
