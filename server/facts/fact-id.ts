import { RELATIONSHIP_TYPES, type RelationshipType } from '../../vocabulary/index.ts';

/** The parts of a fact's id: `from|TYPE|to`, plus `#key` where two facts of one type share their ends. */
export interface FactKey {
  from: string;
  type: RelationshipType;
  to: string;
  key?: string | undefined;
}

/** The stable, readable id of a fact, e.g. `person:alenov|HOLDS|position:mvd-first-deputy-minister`. */
export function factId(fact: FactKey): string {
  return `${fact.from}|${fact.type}|${fact.to}${fact.key ? `#${fact.key}` : ''}`;
}

const TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);

/**
 * Reads a fact id back into its ends and type, or null when it is not one: the type is the first `|TYPE|`
 * segment that names a relationship type, so node ids may hold anything but that.
 */
export function parseFactId(id: string): FactKey | null {
  for (const match of id.matchAll(/\|([A-Z][A-Z_]*)\|/g)) {
    const type = match[1]!;
    if (!TYPES.has(type)) continue;
    const from = id.slice(0, match.index);
    const rest = id.slice(match.index + match[0].length);
    const hash = /#([a-z0-9-]+)$/.exec(rest);
    const to = hash ? rest.slice(0, hash.index) : rest;
    if (!from || !to) return null;
    return { from, type: type as RelationshipType, to, key: hash?.[1] };
  }
  return null;
}
