import type { GazetteerEntry } from '../../draft.ts';
import { foldName } from '../../gazetteer/fold-name.ts';
import type { DocumentContext } from '../context.ts';

/**
 * The graph's person with exactly this name (or alias), else candidates sharing the surname as alternatives:
 * a surname alone is not enough to link.
 */
export function linkPerson(
  ctx: DocumentContext,
  nominative: string,
  surname: string,
  short: string,
): { entry?: GazetteerEntry; alternatives: { id: string; name: string; score: number }[] } {
  const full = ctx.index.byName(nominative, 'Person');
  const exact = full.length > 0 ? full : ctx.index.byName(short, 'Person');
  if (exact.length === 1) return { entry: exact[0], alternatives: [] };
  const sameSurname = ctx.index.entries.filter(
    (e) =>
      e.label === 'Person' && [e.name, ...e.aliases].some((n) => foldName(n).split(' ').includes(surname)),
  );
  return {
    alternatives: [...exact, ...sameSurname]
      .slice(0, 5)
      .map((e) => ({ id: e.id, name: e.name, score: exact.includes(e) ? 0.8 : 0.4 })),
  };
}
