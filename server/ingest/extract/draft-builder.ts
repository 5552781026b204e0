import type { DraftEntity, DraftRelationship } from '../draft.ts';
import { basisRu } from './basis-ru.ts';
import { trimSpan, type Span } from './text/segment.ts';

/** What a recogniser proposes for an entity; proposals with the same key become one entity. */
export interface EntityProposal {
  /** Identity inside the document, e.g. "Person|бауыржан аленов" or "Agency|agency:mvd". */
  key: string;
  label: string;
  name: string;
  existingId: string | null;
  alternatives?: DraftEntity['alternatives'];
  mention: Span;
  properties?: Record<string, unknown>;
  confidence: number;
}

export interface RelationshipProposal {
  type: string;
  from: string;
  to: string;
  /** The supporting span; trimmed, and always quoted exactly from the text. */
  evidence: Span;
  /** Set when the text implies rather than states the fact. */
  basis?: string | null;
  /** The basis in Russian; by default the twin `basis-ru.ts` gives the English one. */
  basisRu?: string;
  confidence: number;
  properties?: Record<string, unknown>;
}

/** Said when a rule's basis has no Russian twin yet (the unit tests keep the table complete). */
const GENERIC_BASIS_RU = 'Выведено правилом извлечения из контекста документа; в тексте прямо не сказано.';

/**
 * Collects proposals into the draft's entities and relationships: one entity per key (its mentions merged,
 * the most confident name kept), one relationship per (type, from, to) (a stated reading beats an inferred
 * one), and every quote cut from the text itself, so `text.slice(start, end) === quote` always holds.
 */
export class DraftBuilder {
  private readonly entities = new Map<string, DraftEntity>();
  private readonly relationships = new Map<string, DraftRelationship>();
  // A counter, not the map's size: after mergeInto or dropUnrelated removes an entity, the size would hand a
  // new entity the ref of one still in the draft.
  private refsGiven = 0;

  constructor(private readonly text: string) {}

  /** Adds (or merges) an entity and returns its ref. */
  entity(proposal: EntityProposal): string {
    const existing = this.entities.get(proposal.key);
    const mention = trimSpan(this.text, proposal.mention);
    if (existing) {
      if (!existing.mentions.some((m) => m.start === mention.start && m.end === mention.end))
        existing.mentions.push({ ...mention, text: this.text.slice(mention.start, mention.end) });
      existing.properties = { ...withoutUndefined(proposal.properties ?? {}), ...existing.properties };
      if (proposal.confidence > (existing.confidence ?? 0)) {
        existing.confidence = proposal.confidence;
        if (!existing.existingId) existing.name = proposal.name;
      }
      return existing.ref;
    }
    const entity: DraftEntity = {
      ref: `e${++this.refsGiven}`,
      label: proposal.label,
      name: proposal.name,
      existingId: proposal.existingId,
      ...(proposal.alternatives?.length ? { alternatives: proposal.alternatives } : {}),
      mentions: [{ ...mention, text: this.text.slice(mention.start, mention.end) }],
      properties: withoutUndefined(proposal.properties ?? {}),
      confidence: round(proposal.confidence),
    };
    this.entities.set(proposal.key, entity);
    return entity.ref;
  }

  /** Adds a mention to an entity already added (by its ref). */
  addMention(ref: string, span: Span): void {
    const entity = [...this.entities.values()].find((e) => e.ref === ref);
    const mention = trimSpan(this.text, span);
    if (entity && !entity.mentions.some((m) => m.start === mention.start && m.end === mention.end))
      entity.mentions.push({ ...mention, text: this.text.slice(mention.start, mention.end) });
  }

  /** The refs a relationship of this type comes from, to this entity. */
  sourcesOf(type: string, to: string): string[] {
    return [...this.relationships.values()].filter((r) => r.type === type && r.to === to).map((r) => r.from);
  }

  /** The relationships of this type from this entity, in the order they were added. */
  relationshipsFrom(type: string, from: string): DraftRelationship[] {
    return [...this.relationships.values()].filter((r) => r.type === type && r.from === from);
  }

  /** The entity already added under `key`, if any (a recogniser may refine its name or properties). */
  entityOf(key: string): DraftEntity | undefined {
    return this.entities.get(key);
  }

  /** The entities added so far, as rules left them (`build` also puts each one's mentions in order). */
  entitiesSoFar(): readonly DraftEntity[] {
    return [...this.entities.values()];
  }

  /** The entity already added with this ref, if any. */
  entityByRef(ref: string): DraftEntity | undefined {
    return [...this.entities.values()].find((e) => e.ref === ref);
  }

  /** The ref of an entity already added under `key`, if any. */
  refOf(key: string): string | undefined {
    return this.entities.get(key)?.ref;
  }

  /** Adds a relationship between two refs; a repeated fact keeps its best evidence. */
  relate(proposal: RelationshipProposal): void {
    if (proposal.from === proposal.to) return;
    const span = trimSpan(this.text, proposal.evidence);
    if (span.end <= span.start) return;
    const inferred = Boolean(proposal.basis);
    const next: DraftRelationship = {
      type: proposal.type,
      from: proposal.from,
      to: proposal.to,
      quote: this.text.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      inferred,
      basis: inferred ? proposal.basis! : null,
      basisRu: inferred ? (proposal.basisRu ?? basisRu(proposal.basis!) ?? GENERIC_BASIS_RU) : null,
      confidence: round(proposal.confidence),
      properties: withoutUndefined(proposal.properties ?? {}),
    };
    const key = `${proposal.type}|${proposal.from}|${proposal.to}`;
    const existing = this.relationships.get(key);
    const better =
      !existing ||
      (existing.inferred && !inferred) ||
      (existing.inferred === inferred && existing.confidence < next.confidence);
    // The same fact read twice («Прежний начальник … Оспанов, руководивший ДП … с 2021 года»): one
    // relationship, the better reading's quote, what either reading knows about its time.
    if (better)
      this.relationships.set(key, { ...next, properties: merged(next.properties, existing?.properties) });
    else existing.properties = merged(existing.properties, next.properties);
  }

  /** Folds one entity into another: its mentions and facts become the other's, and it is gone. */
  mergeInto(ref: string, into: string): void {
    const key = [...this.entities].find(([, e]) => e.ref === ref)?.[0];
    const target = [...this.entities.values()].find((e) => e.ref === into);
    if (!key || !target || ref === into) return;
    for (const m of this.entities.get(key)!.mentions)
      if (!target.mentions.some((t) => t.start === m.start && t.end === m.end)) target.mentions.push(m);
    this.entities.delete(key);
    for (const [old, r] of [...this.relationships]) {
      if (r.from !== ref && r.to !== ref) continue;
      this.relationships.delete(old);
      const moved = { ...r, from: r.from === ref ? into : r.from, to: r.to === ref ? into : r.to };
      const next = `${moved.type}|${moved.from}|${moved.to}`;
      const existing = this.relationships.get(next);
      if (moved.from !== moved.to && (!existing || (existing.inferred && !moved.inferred)))
        this.relationships.set(next, moved);
    }
  }

  /** Removes entities no relationship uses (a place named only inside a body's name is not one by itself). */
  dropUnrelated(refs: ReadonlySet<string>): void {
    const used = new Set([...this.relationships.values()].flatMap((r) => [r.from, r.to]));
    for (const [key, entity] of this.entities)
      if (refs.has(entity.ref) && !used.has(entity.ref)) this.entities.delete(key);
  }

  /** Removes entities and every fact that touches them (an entity the gold format says is none). */
  dropWithFacts(refs: ReadonlySet<string>): void {
    for (const [key, entity] of this.entities) if (refs.has(entity.ref)) this.entities.delete(key);
    for (const [key, r] of this.relationships)
      if (refs.has(r.from) || refs.has(r.to)) this.relationships.delete(key);
  }

  build(): { entities: DraftEntity[]; relationships: DraftRelationship[] } {
    const entities = [...this.entities.values()];
    for (const entity of entities) entity.mentions.sort((a, b) => a.start - b.start);
    return { entities, relationships: [...this.relationships.values()] };
  }
}

/**
 * The better reading's properties, completed by the other's; a value keeps only its own basis. A value the
 * text states (no `…Basis` beside it) beats one worked out («по 2025 год» over the publication date as a bound).
 */
function merged(best: Record<string, unknown>, other: Record<string, unknown> = {}): Record<string, unknown> {
  const out = { ...other, ...best };
  for (const key of Object.keys(other)) {
    const basisKey = `${key}Basis`;
    if (!key.endsWith('Basis') && other[basisKey] === undefined && best[basisKey] !== undefined) {
      out[key] = other[key];
      delete out[basisKey];
    }
  }
  for (const key of Object.keys(other))
    if (key.endsWith('Basis') && best[key.slice(0, -5)] !== undefined && best[key] === undefined)
      delete out[key];
  return out;
}

function withoutUndefined(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).filter(([, v]) => v !== undefined && v !== null));
}

function round(value: number): number {
  return Math.round(Math.max(0, Math.min(1, value)) * 100) / 100;
}
