import {
  ENTITY_LABELS,
  RELATIONSHIP_ENDS,
  TIME_BOUND_TYPES as VOCABULARY_TIME_BOUND,
} from '../../../vocabulary/index.ts';

/**
 * The labels and relationship types a gold file may use: the vocabulary's (data contract v2, Operation and
 * its types included), entities only — a gold file annotates what a document names, never a Source.
 */
export const GOLD_LABELS: ReadonlySet<string> = new Set(ENTITY_LABELS);

const ENDS = new Map<string, { from: Set<string>; to: Set<string> }>();
for (const [type, [from, to]] of Object.entries(RELATIONSHIP_ENDS)) {
  ENDS.set(type, { from: new Set<string>(from), to: new Set<string>(to) });
}
ENDS.delete('MENTIONED_IN');

/** Why `type` cannot join `fromLabel` to `toLabel`, or null when the contract allows it. */
export function checkEnds(type: string, fromLabel: string, toLabel: string): string | null {
  const ends = ENDS.get(type);
  if (!ends) return `unknown relationship type ${type}`;
  if (!ends.from.has(fromLabel)) return `${type} cannot start at ${fromLabel}`;
  if (!ends.to.has(toLabel)) return `${type} cannot end at ${toLabel}`;
  return null;
}

/** Relationship types that hold for a time (contract v2): only they carry validFrom/validTo/current. */
export const TIME_BOUND_TYPES: ReadonlySet<string> = new Set(VOCABULARY_TIME_BOUND);
