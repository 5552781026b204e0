import type { DraftEntity, DraftRelationship } from '../draft.ts';

// The last check before a draft leaves the extractor. Every proposal must carry an exact quote: a mention or a
// quote outside the text (a rule's offset gone wrong) would reach the review page and the commit. Such a span
// is dropped, with the entity it leaves without mentions and the relationships that hang on it, and told to
// `onBroken` so tests can fail on it while a user never sees a broken quote.

export interface Built {
  entities: DraftEntity[];
  relationships: DraftRelationship[];
}

/** The draft with only spans inside `text`; each span dropped is described to `onBroken`. */
export function spansInText(text: string, built: Built, onBroken?: (what: string) => void): Built {
  const within = (s: { start: number; end: number }) =>
    Number.isInteger(s.start) &&
    Number.isInteger(s.end) &&
    s.start >= 0 &&
    s.start < s.end &&
    s.end <= text.length;
  const entities: DraftEntity[] = [];
  for (const entity of built.entities) {
    const mentions = entity.mentions.filter((m) => within(m));
    for (const m of entity.mentions)
      if (!within(m)) onBroken?.(`${entity.label} «${entity.name}» mention [${m.start}, ${m.end})`);
    if (mentions.length > 0)
      entities.push(mentions.length === entity.mentions.length ? entity : { ...entity, mentions });
  }
  const kept = new Set(entities.map((e) => e.ref));
  const relationships = built.relationships.filter((r) => {
    const ok = within(r) && text.slice(r.start, r.end) === r.quote;
    if (!ok) onBroken?.(`${r.type} ${r.from} → ${r.to} quote [${r.start}, ${r.end})`);
    return ok && kept.has(r.from) && kept.has(r.to);
  });
  return { entities, relationships };
}
