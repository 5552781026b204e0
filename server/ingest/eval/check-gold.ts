import { checkEnds, GOLD_LABELS, TIME_BOUND_TYPES } from './gold-contract.ts';
import type { GoldFile } from './gold-schema.ts';

/**
 * Every problem of a gold file against its document's stored text: a wrong sha256, an offset whose span is
 * not the text it claims, an unknown or duplicate ref, an entity with no mention, a label or relationship
 * end the contract does not allow. Empty when the gold is sound. The scorer refuses a gold file with
 * problems, so a broken annotation can never score anything.
 */
export function checkGold(gold: GoldFile, text: string, sha256: string): string[] {
  const problems: string[] = [];
  if (gold.sha256 !== sha256) {
    problems.push(`sha256 is ${gold.sha256} but the document's stored text has ${sha256}`);
  }
  const span = (where: string, start: number, end: number, expected: string) => {
    const actual = text.slice(start, end);
    if (end > text.length || start >= end) problems.push(`${where}: [${start}, ${end}) is outside the text`);
    else if (actual !== expected)
      problems.push(`${where}: [${start}, ${end}) is "${actual}", not "${expected}"`);
  };
  gold.ignore.forEach((s, i) => span(`ignore[${i}]`, s.start, s.end, s.text));
  const labels = new Map<string, string>();
  gold.entities.forEach((entity, i) => {
    const where = `entities[${i}] (${entity.ref})`;
    if (labels.has(entity.ref)) problems.push(`${where}: ref "${entity.ref}" is used twice`);
    labels.set(entity.ref, entity.label);
    if (!GOLD_LABELS.has(entity.label)) problems.push(`${where}: unknown label ${entity.label}`);
    // A new entity is matched only by an overlapping mention: without one it counts as missed whatever the
    // extractor finds, and the set silently measures less than it claims. Every entity is in the text.
    if (entity.mentions.length === 0) {
      problems.push(`${where}: has no mention; add the phrase of the text that names it`);
    }
    entity.mentions.forEach((m, j) => span(`${where}.mentions[${j}]`, m.start, m.end, m.text));
  });
  gold.relationships.forEach((r, i) => {
    const where = `relationships[${i}] (${r.from} ${r.type} ${r.to})`;
    span(where, r.start, r.end, r.quote);
    const from = labels.get(r.from);
    const to = labels.get(r.to);
    if (!from) problems.push(`${where}: no entity has ref "${r.from}"`);
    if (!to) problems.push(`${where}: no entity has ref "${r.to}"`);
    const ends = from && to ? checkEnds(r.type, from, to) : null;
    if (ends) problems.push(`${where}: ${ends}`);
    const timed = ['validFrom', 'validTo', 'current'].filter((key) => r.properties[key] !== undefined);
    if (timed.length && !TIME_BOUND_TYPES.has(r.type)) {
      problems.push(
        `${where}: ${timed.join(', ')} only apply to time-bound types (${[...TIME_BOUND_TYPES].join(', ')})`,
      );
    }
  });
  return problems;
}
