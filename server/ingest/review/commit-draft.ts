import { createHash } from 'node:crypto';
import anyAscii from 'any-ascii';
import neo4j, { type Transaction } from 'neo4j-driver';
import { apiError, ErrorCode } from '../../errors.ts';
import { factQuery, readSources } from '../../facts/fact-store.ts';
import { recordFact, recordMention, refuse, type Reviewer } from '../../facts/index.ts';
import {
  idKind,
  INTEGER_PROPERTIES,
  NODE_LABELS,
  RELATIONSHIP_TYPES,
  type NodeLabel,
  type RelationshipType,
} from '../../../vocabulary/index.ts';
import type { Draft } from '../draft.ts';
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
  const source = await mergeSource(tx, draft, reviewer, now, idPrefix);
  // Read once: every mention and fact below cites it, and the checks need its text.
  const options = { now, sources: await readSources(tx, [source.id]) };
  const linked = await checkLinks(tx, reviewed.entities);
  const fresh = reviewed.entities.filter((e) => e.existingId === null);
  const ids: Record<string, string> = {};
  for (const e of reviewed.entities) ids[e.ref] = e.existingId ?? newId(e, stored.id, idPrefix);
  await createNodes(tx, fresh, ids, reviewer, now);
  let mentions = 0;
  let aliasesAdded = 0;
  for (const e of reviewed.entities) {
    const known = e.existingId ? linked.get(e.existingId)! : { name: e.name, aliases: [] };
    const names = new Set([known.name, ...known.aliases].map(fold));
    for (const m of e.mentions) {
      const surface = draft.source.text.slice(m.start, m.end);
      // Abbreviations and other spellings become aliases; inflected forms of the name do not (search
      // finds those by itself), so an alias is a surface form in capitals the node does not have yet.
      const alias = isAbbreviation(surface) && !names.has(fold(surface)) ? surface : null;
      if (alias) names.add(fold(alias));
      await recordMention(
        tx,
        reviewer,
        {
          nodeId: ids[e.ref]!,
          evidence: { sourceId: source.id, quote: surface, start: m.start, end: m.end, extractor },
          alias,
        },
        options,
      );
      mentions += 1;
      if (alias) aliasesAdded += 1;
    }
  }
  const factsCreated: string[] = [];
  const factsExtended: string[] = [];
  for (const [i, r] of reviewed.relationships.entries()) {
    if (!TYPES.has(r.type)) throw refuse(`relationships.${i}.type`, `"${r.type}" is not a relationship type`);
    const props = r.properties as { validFrom?: unknown; validTo?: unknown };
    const fact = await recordFact(
      tx,
      reviewer,
      {
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
          extractor,
        },
      },
      options,
    ).catch((error: unknown) => {
      throw withField(error, `relationships.${i} (${r.type} ${r.from} → ${r.to})`);
    });
    (fact.created ? factsCreated : factsExtended).push(fact.id);
  }
  return {
    sourceId: source.id,
    sourceCreated: source.created,
    ids,
    nodesCreated: fresh.map((e) => ids[e.ref]!),
    nodesLinked: [...linked.keys()],
    mentions,
    aliasesAdded,
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
  return { id: records[0]!.get('id') as string, created: records[0]!.get('created') as boolean };
}

/** Every linked id names a node of the entity's label; returns their names and aliases. */
async function checkLinks(tx: Transaction, entities: readonly ReviewedEntity[]) {
  const linkedEntities = entities.filter((e) => e.existingId !== null);
  for (const e of entities)
    if (!LABELS.has(e.label)) throw refuse(`entities.${e.ref}.label`, `"${e.label}" is not an entity label`);
  const { records } = await tx.run(factQuery('read-entity-labels'), {
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

const fold = (text: string) => text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();

/** A surface form with a word of two or more capitals (ДП СКО, МВД РК, КНБ). */
function isAbbreviation(text: string): boolean {
  return /(^|[\s(])[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]{2,}($|[\s),.])/u.test(text);
}

/** The same refusal with the proposal it is about in front of its field. */
function withField(error: unknown, where: string): unknown {
  if (!(error instanceof Error) || !('extensions' in error)) return error;
  const code = (error as { extensions: { code?: string } }).extensions.code;
  if (code !== ErrorCode.BAD_USER_INPUT && code !== ErrorCode.NOT_FOUND) return error;
  return apiError(code, `${where}: ${error.message}`);
}
