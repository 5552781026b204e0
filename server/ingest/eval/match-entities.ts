import type { DraftEntity, DraftMention } from '../draft.ts';
import type { GoldEntity } from './gold-schema.ts';
import { normaliseName } from './normalise-name.ts';

interface Span {
  start: number;
  end: number;
}

/** Characters two spans share. */
function overlap(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}

/** Whether a draft entity's name is the gold name or one of its accepted aliases, after normalisation. */
export function nameMatches(gold: GoldEntity, name: string): boolean {
  const wanted = normaliseName(name);
  return [gold.name, ...(gold.aliases ?? [])].some((accepted) => normaliseName(accepted) === wanted);
}

/** Best Jaccard overlap between any gold mention and any draft mention (0 when none overlap). */
function mentionOverlap(gold: GoldEntity, mentions: readonly DraftMention[]): number {
  let best = 0;
  for (const g of gold.mentions) {
    for (const m of mentions) {
      const shared = overlap(g, m);
      if (shared > 0) best = Math.max(best, shared / (Math.max(g.end, m.end) - Math.min(g.start, m.start)));
    }
  }
  return best;
}

/**
 * One-to-one matching of draft entities to gold entities. A pair can match only with the same label and at
 * least one of: the normalised name (or an accepted alias), an overlapping mention, or the same existing
 * node id. Pairs are taken greedily, best first: a name match counts most, then the link, then how much
 * the mentions overlap; ties go to document order. Every gold and draft entity is used at most once, so a
 * duplicate proposal is a false positive. Returns draft ref → gold ref.
 */
export function matchEntities(
  gold: readonly GoldEntity[],
  draft: readonly DraftEntity[],
): Map<string, string> {
  const candidates: { g: GoldEntity; d: DraftEntity; score: number; order: number }[] = [];
  draft.forEach((d, order) => {
    for (const g of gold) {
      if (g.label !== d.label) continue;
      const byName = nameMatches(g, d.name);
      const byLink = d.existingId !== null && d.existingId === g.existingId;
      const byMention = mentionOverlap(g, d.mentions ?? []);
      if (!byName && !byLink && byMention === 0) continue;
      candidates.push({ g, d, score: (byName ? 4 : 0) + (byLink ? 2 : 0) + byMention, order });
    }
  });
  candidates.sort((a, b) => b.score - a.score || a.order - b.order);
  const matched = new Map<string, string>();
  const usedGold = new Set<string>();
  for (const { g, d } of candidates) {
    if (matched.has(d.ref) || usedGold.has(g.ref)) continue;
    matched.set(d.ref, g.ref);
    usedGold.add(g.ref);
  }
  return matched;
}
