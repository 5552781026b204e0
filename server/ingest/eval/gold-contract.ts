import { NODE_LABELS, RELATIONSHIP_ENDS } from '../../../seed/vocabulary.ts';

/**
 * The labels and relationship types a gold file may use: today's vocabulary plus what data contract v2
 * (issue 11) adds, so the gold set can annotate operations before v2 lands. Once the vocabulary has them,
 * the additions below are no-ops.
 */
const V2_LABELS = ['Operation'];
const V2_ENDS: Record<string, [string[], string[]]> = {
  CONDUCTED_BY: [['Operation'], ['Agency']],
  PARTICIPATED_IN: [['Agency'], ['Operation']],
  RESULTED_IN: [['Operation'], ['Seizure', 'SupplyChannel']],
  OCCURRED_IN: [['Operation'], ['Region', 'City']],
};

export const GOLD_LABELS: ReadonlySet<string> = new Set([
  ...NODE_LABELS.filter((label) => label !== 'Source'),
  ...V2_LABELS,
]);

const ENDS = new Map<string, { from: Set<string>; to: Set<string> }>();
for (const [type, [from, to]] of Object.entries(RELATIONSHIP_ENDS)) {
  ENDS.set(type, { from: new Set<string>(from), to: new Set<string>(to) });
}
for (const [type, [from, to]] of Object.entries(V2_ENDS)) {
  const ends = ENDS.get(type) ?? { from: new Set<string>(), to: new Set<string>() };
  for (const label of from) ends.from.add(label);
  for (const label of to) ends.to.add(label);
  ENDS.set(type, ends);
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
export const TIME_BOUND_TYPES: ReadonlySet<string> = new Set([
  'HOLDS',
  'POSITION_IN',
  'PART_OF',
  'REPORTS_TO',
  'JURISDICTION',
  'ASSIGNED_TO',
]);
