import type { RecordMentionInput } from '../../facts/index.ts';
import type { ReviewedEntity } from './reviewed-draft.ts';

/**
 * The mentions a reviewed draft commits, entity by entity in the draft's order: each span's surface form as
 * its quote, and as a new alias when it is an abbreviation the node has under no name yet (ДП СКО). Inflected
 * forms of a name are not aliases: search finds those by itself.
 */
export function mentionInputs(
  text: string,
  entities: readonly ReviewedEntity[],
  ids: Readonly<Record<string, string>>,
  linked: ReadonlyMap<string, { name: string; aliases: string[] }>,
  cite: { sourceId: string; extractor: string },
): RecordMentionInput[] {
  const mentions: RecordMentionInput[] = [];
  for (const e of entities) {
    const known = e.existingId ? linked.get(e.existingId)! : { name: e.name, aliases: [] };
    const names = new Set([known.name, ...known.aliases].map(fold));
    for (const m of e.mentions) {
      const surface = text.slice(m.start, m.end);
      const alias = isAbbreviation(surface) && !names.has(fold(surface)) ? surface : null;
      if (alias) names.add(fold(alias));
      mentions.push({
        nodeId: ids[e.ref]!,
        evidence: { ...cite, quote: surface, start: m.start, end: m.end },
        alias,
      });
    }
  }
  return mentions;
}

/** The entity ref and mention index of the `index`-th mention of mentionInputs, for a refusal's field. */
export function mentionOf(entities: readonly ReviewedEntity[], index: number): string {
  let left = index;
  for (const e of entities) {
    if (left < e.mentions.length) return `${e.ref}.mentions.${left}`;
    left -= e.mentions.length;
  }
  return `mentions.${index}`;
}

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** A surface form with a word of two or more capitals (ДП СКО, МВД РК, КНБ). */
function isAbbreviation(text: string): boolean {
  return /(^|[\s(])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}($|[\s),.])/u.test(text);
}
