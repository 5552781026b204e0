import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import neo4j, { type Transaction } from 'neo4j-driver';
import { factQuery } from '../../facts/fact-store.ts';
import { recordFacts, recordMentions, refuse, type Reviewer } from '../../facts/index.ts';
import {
  idKind,
  INTEGER_PROPERTIES,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../../vocabulary/index.ts';
import type { Draft } from '../draft.ts';
import { allInOrder } from './all-in-order.ts';
import { mentionInputs, mentionOf } from './draft-mentions.ts';
import type { ReviewedDraft, ReviewedEntity } from './reviewed-draft.ts';

/** What one commit wrote, for the answer, the CLI and the audit record. */
export interface CommitResult {
  sourceId: string;
  sourceCreated: boolean;
  /** Draft ref → graph id of every accepted entity. */
  ids: Record<string, string>;
  nodesCreated: string[];
  nodesLinked: string[];
  mentions: number;
  aliasesAdded: number;
  factsCreated: string[];
  /** Facts that existed and got this document's evidence added. */
  factsExtended: string[];
}

const LABELS: ReadonlySet<string> = new Set(NODE_LABELS.filter((label) => label !== 'Source'));
const TYPES: ReadonlySet<string> = new Set(RELATIONSHIP_TYPES);
/** Members of an extractor's properties that are notes for the reviewer, not graph data. */
const NOT_STORED = new Set(['text']);

/**
 * Writes a reviewed draft in the caller's transaction: the Source (by sha256), the new nodes, every mention
 * (with new aliases recorded on it), and every fact through server/facts, so a fact the graph already has
 * gets this document's evidence instead of a copy. Any refusal throws before the caller commits, and the
 * caller's rollback then leaves nothing behind.
 */
export async function writeReviewedDraft(
  tx: Transaction,
  reviewer: Reviewer,
  stored: { id: string; draft: Draft },
  reviewed: ReviewedDraft,
  now: Date,
  idPrefix = '',
): Promise<CommitResult> {
  const { draft } = stored;
  const extractor = `${draft.extractor.name}/${draft.extractor.version}`;
  checkLabels(reviewed);
  const fresh = reviewed.entities.filter((e) => e.existingId === null);
  const ids: Record<string, string> = {};
  for (const e of reviewed.entities) ids[e.ref] = e.existingId ?? newId(e, stored.id, idPrefix);
  // Statements that need nothing from each other go out together (the driver pipelines a transaction's
  // queries, and the database runs them in order): three waits here, five for the whole commit, not nine.
  const [source, linked] = await allInOrder([
    mergeSource(tx, draft, reviewer, now, idPrefix),
    checkLinks(tx, reviewed.entities),
    createNodes(tx, fresh, ids, reviewer, now),
  ]);
  // Every mention and fact below cites the Source, and their checks need its text as stored.
  const options = { now, sources: new Map([[source.id, source]]) };
  const mentions = mentionInputs(draft.source.text, reviewed.entities, ids, linked, {
    sourceId: source.id,
    extractor,
  });
  const written = recordMentions(tx, reviewer, mentions, {
    ...options,
    where: (i) => `entities.${mentionOf(reviewed.entities, i)}`,
  });
  const { relationships } = reviewed;
  const recorded = recordFacts(
    tx,
    reviewer,
    relationships.map((r) => {
      const props = r.properties as { validFrom?: unknown; validTo?: unknown };
      return {
        type: r.type as RelationshipType,
        from: ids[r.from]!,
        to: ids[r.to]!,
        validFrom: typeof props.validFrom === 'string' ? props.validFrom : null,
        validTo: typeof props.validTo === 'string' ? props.validTo : null,
        evidence: {
          sourceId: source.id,
          quote: r.quote,
          start: r.start,
          end: r.end,
          inferred: r.inferred,
          basis: r.basis,
          basisRu: r.basisRu ?? null,
          extractor,
        },
      };
    }),
    {
      ...options,
      where: (i) =>
        `relationships.${i} (${relationships[i]!.type} ${relationships[i]!.from} → ${relationships[i]!.to})`,
    },
  );
  const [, facts] = await allInOrder([written, recorded]);
  const factsCreated = facts.filter((f) => f.created).map((f) => f.id);
  const factsExtended = facts.filter((f) => !f.created).map((f) => f.id);
  return {
    sourceId: source.id,
    sourceCreated: source.created,
    ids,
    nodesCreated: fresh.map((e) => ids[e.ref]!),
    nodesLinked: [...linked.keys()],
    mentions: mentions.length,
    aliasesAdded: mentions.filter((m) => m.alias).length,
    factsCreated,
    factsExtended,
  };
}

async function mergeSource(tx: Transaction, draft: Draft, reviewer: Reviewer, now: Date, idPrefix: string) {
  const { source } = draft;
  const props = Object.fromEntries(
    Object.entries({
      title: source.title,
      language: source.language,
      publishedAt: source.publishedAt,
      publisher: source.publisher,
      url: source.url,
      text: source.text,
      name: source.title ?? `Документ ${source.sha256.slice(0, 12)}`,
    }).filter(([, v]) => v !== null && v !== undefined),
  );
  const { records } = await tx.run(factQuery('merge-document-source'), {
    sha256: source.sha256,
    id: `source:${idPrefix}doc-${source.sha256.slice(0, 16)}`,
    props,
    actor: reviewer.sub,
    now: now.toISOString(),
  });
  const row = records[0]!;
  return {
    id: row.get('id') as string,
    created: row.get('created') as boolean,
    kind: row.get('kind') as string | null,
    text: row.get('text') as string | null,
  };
}

/** Labels and types come from the vocabulary, checked before any statement that writes them is sent. */
function checkLabels({ entities, relationships }: ReviewedDraft) {
  for (const e of entities)
    if (!LABELS.has(e.label)) throw refuse(`entities.${e.ref}.label`, `"${e.label}" is not an entity label`);
  for (const [i, r] of relationships.entries())
    if (!TYPES.has(r.type)) throw refuse(`relationships.${i}.type`, `"${r.type}" is not a relationship type`);
}

/**
 * Locks the linked entities (before anything is written, in id order: lock-linked-entities.cypher) and checks
 * that every linked id names a node of the entity's label; returns their names and aliases.
 */
async function checkLinks(tx: Transaction, entities: readonly ReviewedEntity[]) {
  const linkedEntities = entities.filter((e) => e.existingId !== null);
  const { records } = await tx.run(factQuery('lock-linked-entities'), {
    ids: [...new Set(linkedEntities.map((e) => e.existingId!))],
  });
  const found = new Map(records.map((r) => [r.get('id') as string, r]));
  const linked = new Map<string, { name: string; aliases: string[] }>();
  for (const e of linkedEntities) {
    const row = found.get(e.existingId!);
    const label = row?.get('label') as string | null;
    if (!label) throw refuse(`entities.${e.ref}.existingId`, `no entity with id "${e.existingId}"`);
    if (label !== e.label)
      throw refuse(`entities.${e.ref}.existingId`, `"${e.existingId}" is a ${label}, not a ${e.label}`);
    linked.set(e.existingId!, { name: row!.get('name') ?? '', aliases: row!.get('aliases') ?? [] });
  }
  return linked;
}

async function createNodes(
  tx: Transaction,
  fresh: readonly ReviewedEntity[],
  ids: Record<string, string>,
  reviewer: Reviewer,
  now: Date,
) {
  if (fresh.length === 0) return;
  const rows = fresh.map((e) => ({
    id: ids[e.ref]!,
    label: e.label,
    props: {
      ...nodeProperties(e.properties),
      name: e.name,
      aliases: [],
      provenance: 'source',
      addedBy: reviewer.sub,
      addedAt: now.toISOString(),
    },
  }));
  await tx.run(factQuery('create-ingested-nodes'), { rows });
}

/** A draft entity's properties as Neo4j stores them: no nulls or objects, INTEGER where the vocabulary says. */
export function nodeProperties(properties: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(properties)) {
    if (value === null || value === undefined || NOT_STORED.has(key)) continue;
    if (typeof value === 'number')
      out[key] = INTEGER_PROPERTIES.has(key) && Number.isInteger(value) ? neo4j.int(value) : value;
    else if (typeof value === 'string' || typeof value === 'boolean') out[key] = value;
    else if (Array.isArray(value) && value.every((v) => typeof v === 'string')) out[key] = value;
  }
  return out;
}

/**
 * A new node's id: its kind, the name in Latin letters, and a short hash of the draft and ref, so ids are
 * readable, stable for one draft, and two namesakes from two drafts never collide. `idPrefix` (tests:
 * `test-`) marks every id a commit makes.
 */
export function newId(
  entity: { ref: string; label: string; name: string },
  draftId: string,
  idPrefix = '',
): string {
  const slug = anyAscii(entity.name)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '');
  const hash = createHash('sha256').update(`${draftId}\n${entity.ref}`).digest('hex').slice(0, 8);
  return `${idKind(entity.label as NodeLabel)}:${idPrefix}${slug || 'entity'}-${hash}`;
}
