import type { DraftEntity, DraftRelationship } from '../draft.ts';
import type { GoldCase } from './gold-case.ts';
import { readFigures } from './figures.ts';

/**
 * What one draft got wrong, as lines a person can read: the gold facts it missed, the proposals the gold
 * does not have, and the figures it read wrongly. Printed by `npm run eval:extract -- --misses`, so whoever
 * tunes an extractor groups its misses by construction instead of guessing from the totals.
 */
export interface Misses {
  entities: string[];
  extraEntities: string[];
  relations: string[];
  extraRelations: string[];
  figures: string[];
}

const clip = (text: string, max = 90) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);
const flag = (inferred: boolean | undefined) => (inferred ? 'inferred' : 'stated');

export function listMisses(
  goldCase: GoldCase,
  entities: readonly DraftEntity[],
  relationships: readonly DraftRelationship[],
  toGold: ReadonlyMap<string, string>,
  matchedDraft: ReadonlyMap<string, DraftEntity>,
  matchedRelations: ReadonlyMap<number, DraftRelationship>,
): Misses {
  const { gold, document } = goldCase;
  const goldName = new Map(gold.entities.map((e) => [e.ref, `${e.label} "${e.name}"`]));
  const draftName = new Map(entities.map((e) => [e.ref, `${e.label} "${e.name}"`]));
  const mention = (e: DraftEntity) => {
    const m = e.mentions?.[0];
    return m ? ` «${clip(document.text.slice(m.start, m.end), 60)}»` : '';
  };
  const misses: Misses = { entities: [], extraEntities: [], relations: [], extraRelations: [], figures: [] };

  for (const g of gold.entities) {
    const d = matchedDraft.get(g.ref);
    if (!d) {
      misses.entities.push(
        `${g.label} "${g.name}"${g.mentions[0] ? ` «${clip(g.mentions[0].text, 60)}»` : ''}`,
      );
      continue;
    }
    for (const { key, expected, actual, right } of readFigures(g.properties, d.properties ?? {}))
      if (!right)
        misses.figures.push(
          `${g.label} "${g.name}" ${key}: gold ${String(expected)}, draft ${String(actual ?? '–')}`,
        );
  }
  for (const e of entities)
    if (!toGold.has(e.ref)) misses.extraEntities.push(`${e.label} "${e.name}"${mention(e)}`);

  const goldEnd = (ref: string) => goldName.get(ref) ?? ref;
  gold.relationships.forEach((g, i) => {
    const d = matchedRelations.get(i);
    if (!d) {
      misses.relations.push(
        `${g.type} ${goldEnd(g.from)} → ${goldEnd(g.to)} [${flag(g.inferred)}] «${clip(g.quote)}»`,
      );
    } else if (Boolean(d.inferred) !== Boolean(g.inferred)) {
      misses.relations.push(
        `${g.type} ${goldEnd(g.from)} → ${goldEnd(g.to)}: gold ${flag(g.inferred)}, draft ${flag(d.inferred)}`,
      );
    }
  });
  const matched = new Set(matchedRelations.values());
  for (const r of relationships) {
    if (matched.has(r)) continue;
    const end = (ref: string) => {
      const g = toGold.get(ref);
      return g ? goldEnd(g) : `${draftName.get(ref) ?? ref} (not in gold)`;
    };
    misses.extraRelations.push(
      `${r.type} ${end(r.from)} → ${end(r.to)} [${flag(r.inferred)}] «${clip(r.quote ?? '')}»`,
    );
  }
  return misses;
}
