import type { Draft, DraftEntity, DraftRelationship } from '../draft.ts';
import type { GoldCase } from './gold-case.ts';
import type { GoldEntity, GoldRelationship } from './gold-schema.ts';
import { matchEntities, nameMatches } from './match-entities.ts';
import { emptyPrf, emptyRatio, type Prf, type Ratio } from './metrics.ts';
import { checkQuotes } from './check-quotes.ts';
import { readFigures } from './figures.ts';
import { listMisses, type Misses } from './list-misses.ts';

/** Every count the evaluation reports, for one document; sums of these give the totals. */
export interface DocumentScore {
  name: string;
  /** By label. */
  entities: Record<string, Prf>;
  /** Matched entities whose existingId (or null: new) is the gold one. */
  linking: Ratio;
  /** The same, only over gold entities that exist in the graph. */
  linkingExisting: Ratio;
  /** Matched people and places whose name is the gold nominative (or an accepted alias). */
  names: Ratio;
  relations: { all: Prf; stated: Prf; inferred: Prf; byType: Record<string, Prf> };
  /** Every gold figure: one of an entity the draft missed is wrong. */
  figures: Ratio;
  /** Only the figures of entities the draft found: reading a figure apart from finding its entity. */
  figuresFound: Ratio;
  time: { current: Ratio; dates: Ratio; years: Ratio; deadlines: Ratio };
  /** Relationship quotes and mentions whose offsets give exactly their text. */
  quotes: Ratio;
  /** A few of the bad quotes, to show what is wrong. */
  badQuotes: string[];
  /** False when the draft's text is not the document's stored text (offsets then cannot be trusted). */
  sameText: boolean;
  /** What the draft missed or added, line by line (`--misses`). */
  misses: Misses;
}

const NAMED_LABELS = new Set(['Person', 'City', 'Region']);

/** Scores one draft against one gold document (matching rules: docs/ingestion.md, "Evaluation"). */
export function scoreDocument(goldCase: GoldCase, draft: Draft): DocumentScore {
  const { gold, document } = goldCase;
  const inIgnored = (start: number, end: number) => gold.ignore.some((s) => start >= s.start && end <= s.end);
  // A proposal made only from the ignored spans (the fixture notice) is neither right nor wrong.
  const dropped = new Set(
    draft.entities
      .filter((e) => e.mentions?.length && e.mentions.every((m) => inIgnored(m.start, m.end)))
      .map((e) => e.ref),
  );
  const entities = draft.entities.filter((e) => !dropped.has(e.ref));
  const relationships = draft.relationships.filter((r) => !dropped.has(r.from) && !dropped.has(r.to));

  const toGold = matchEntities(gold.entities, entities);
  const goldByRef = new Map(gold.entities.map((e) => [e.ref, e]));
  const score: DocumentScore = {
    name: goldCase.name,
    entities: {},
    linking: emptyRatio(),
    linkingExisting: emptyRatio(),
    names: emptyRatio(),
    relations: { all: emptyPrf(), stated: emptyPrf(), inferred: emptyPrf(), byType: {} },
    figures: emptyRatio(),
    figuresFound: emptyRatio(),
    time: { current: emptyRatio(), dates: emptyRatio(), years: emptyRatio(), deadlines: emptyRatio() },
    quotes: emptyRatio(),
    badQuotes: [],
    sameText: draft.source.text === document.text,
    misses: { entities: [], extraEntities: [], relations: [], extraRelations: [], figures: [] },
  };

  const matchedDraft = new Map<string, DraftEntity>();
  for (const e of entities) {
    const counts = (score.entities[e.label] ??= emptyPrf());
    const goldRef = toGold.get(e.ref);
    if (!goldRef) {
      counts.fp++;
      continue;
    }
    counts.tp++;
    matchedDraft.set(goldRef, e);
    const g = goldByRef.get(goldRef)!;
    const linked = (e.existingId ?? null) === g.existingId;
    score.linking.total++;
    if (linked) score.linking.correct++;
    if (g.existingId !== null) {
      score.linkingExisting.total++;
      if (linked) score.linkingExisting.correct++;
    }
    if (NAMED_LABELS.has(g.label)) {
      score.names.total++;
      if (nameMatches(g, e.name)) score.names.correct++;
    }
  }
  for (const g of gold.entities) {
    if (!matchedDraft.has(g.ref)) (score.entities[g.label] ??= emptyPrf()).fn++;
    scoreEntityValues(g, matchedDraft.get(g.ref), score);
  }

  const mapped = (r: DraftRelationship) => ({ from: toGold.get(r.from), to: toGold.get(r.to) });
  const all = matchRelations(gold.relationships, relationships, mapped, score.relations.all, () => true);
  matchRelations(gold.relationships, relationships, mapped, score.relations.stated, (inferred) => !inferred);
  matchRelations(gold.relationships, relationships, mapped, score.relations.inferred, (inferred) => inferred);
  for (const type of new Set([...gold.relationships, ...relationships].map((r) => r.type))) {
    const ofType = (r: { type: string }) => r.type === type;
    matchRelations(
      gold.relationships.filter(ofType),
      relationships.filter(ofType),
      mapped,
      (score.relations.byType[type] = emptyPrf()),
      () => true,
    );
  }
  gold.relationships.forEach((g, i) => scoreRelationTime(g, all.get(i), score));

  score.misses = listMisses(goldCase, entities, relationships, toGold, matchedDraft, all);
  Object.assign(score, checkQuotes(document.text, draft));
  return score;
}

/**
 * One-to-one matching of relationships: same type, and both ends matched to the gold ends. `keep` picks
 * the bucket by the `inferred` flag, applied to gold and draft alike, so a fact the gold calls inferred
 * but the draft calls stated is a false positive among the stated and a miss among the inferred.
 * Returns gold index → draft relationship.
 */
function matchRelations(
  gold: readonly GoldRelationship[],
  draft: readonly DraftRelationship[],
  mapped: (r: DraftRelationship) => { from?: string; to?: string },
  counts: Prf,
  keep: (inferred: boolean) => boolean,
): Map<number, DraftRelationship> {
  const matched = new Map<number, DraftRelationship>();
  const wanted = gold.map((g, i) => ({ g, i })).filter(({ g }) => keep(g.inferred));
  for (const d of draft.filter((r) => keep(r.inferred === true))) {
    const { from, to } = mapped(d);
    const hit = wanted.find(
      ({ g, i }) => !matched.has(i) && g.type === d.type && g.from === from && g.to === to,
    );
    if (hit) {
      matched.set(hit.i, d);
      counts.tp++;
    } else counts.fp++;
  }
  counts.fn += wanted.length - matched.size;
  return matched;
}

/** Figures and event times of one gold entity; a gold entity nobody found gets every value wrong. */
function scoreEntityValues(g: GoldEntity, d: DraftEntity | undefined, score: DocumentScore): void {
  const props = d?.properties ?? {};
  for (const { right } of readFigures(g.properties, props)) {
    score.figures.total++;
    if (right) score.figures.correct++;
    if (!d) continue;
    score.figuresFound.total++;
    if (right) score.figuresFound.correct++;
  }
  if (typeof g.properties.year === 'number') {
    score.time.years.total++;
    if (Number(props.year) === g.properties.year) score.time.years.correct++;
  }
  if (typeof g.properties.deadline === 'string') {
    score.time.deadlines.total++;
    if (props.deadline === g.properties.deadline) score.time.deadlines.correct++;
  }
}

/** Current vs former, and the dates a fact holds from and to. */
function scoreRelationTime(
  g: GoldRelationship,
  d: DraftRelationship | undefined,
  score: DocumentScore,
): void {
  const props = d?.properties ?? {};
  if (typeof g.properties.current === 'boolean') {
    score.time.current.total++;
    if (props.current === g.properties.current) score.time.current.correct++;
  }
  for (const key of ['validFrom', 'validTo'] as const) {
    const expected = g.properties[key];
    if (expected === undefined) continue;
    score.time.dates.total++;
    if (props[key] === expected) score.time.dates.correct++;
  }
}
