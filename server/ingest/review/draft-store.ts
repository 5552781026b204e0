import { randomUUID } from 'node:crypto';
import neo4j, { type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import { factQuery } from '../../facts/fact-store.ts';
import type { Draft } from '../draft.ts';
import { NO_DECISIONS, type ReviewDecisions } from './review-decisions.ts';

/** Where a draft is in its life: waiting for review, committed into the graph, or thrown away. */
export type DraftStatus = 'pending' | 'committed' | 'discarded';
export const DRAFT_STATUSES: readonly DraftStatus[] = ['pending', 'committed', 'discarded'];

/** A draft as the review queue lists it (no text). */
export interface DraftSummary {
  id: string;
  status: DraftStatus;
  sha256: string;
  title: string | null;
  fileName: string | null;
  language: string;
  publishedAt: string | null;
  extractor: string;
  entityCount: number;
  relationshipCount: number;
  createdBy: string;
  createdAt: string;
  updatedBy: string;
  updatedAt: string;
  closedBy: string | null;
  closedAt: string | null;
  /** The Source this draft was committed as. */
  sourceId: string | null;
  /** The Source that already has this text (same sha256): committing adds to it, never a copy. */
  existingSourceId: string | null;
}

/** A stored draft with its proposals and the review decisions saved so far. */
export interface StoredDraft extends DraftSummary {
  draft: Draft;
  decisions: ReviewDecisions;
}

type Runner = Driver | Transaction | ManagedTransaction;
// The index that makes a draft's id and the sha256 lookups cheap; created at start-up (idempotent).
const SCHEMA = [
  'CREATE CONSTRAINT ingest_draft_id IF NOT EXISTS FOR (d:IngestDraft) REQUIRE d.id IS UNIQUE',
  'CREATE INDEX ingest_draft_sha256 IF NOT EXISTS FOR (d:IngestDraft) ON (d.sha256)',
  'CREATE INDEX ingest_draft_status IF NOT EXISTS FOR (d:IngestDraft) ON (d.status)',
];

/** The drafts' constraint and indexes; idempotent. */
export async function ensureDraftSchema(driver: Driver, database: string | undefined): Promise<void> {
  for (const statement of SCHEMA) await driver.executeQuery(statement, {}, { database });
}

async function run(runner: Runner, database: string | undefined, name: string, params: object) {
  const query = factQuery(name);
  if ('executeQuery' in runner) return (await runner.executeQuery(query, params, { database })).records;
  return (await runner.run(query, params)).records;
}

const toNumber = (value: unknown) => (neo4j.isInt(value) ? (value as neo4j.Integer).toNumber() : value);
function summary(raw: Record<string, unknown>): DraftSummary {
  const out = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, toNumber(v) ?? null]));
  delete out.draft;
  delete out.decisions;
  return out as unknown as DraftSummary;
}

/** Stores a new pending draft; returns it as stored. */
export async function createDraft(
  runner: Runner,
  database: string | undefined,
  draft: Draft,
  meta: { actor: string; fileName: string | null; now?: Date },
): Promise<StoredDraft> {
  const records = await run(runner, database, 'create-ingest-draft', {
    id: `draft:${randomUUID()}`,
    draft: JSON.stringify(draft),
    decisions: JSON.stringify(NO_DECISIONS),
    sha256: draft.source.sha256,
    title: draft.source.title,
    fileName: meta.fileName,
    language: draft.source.language,
    publishedAt: draft.source.publishedAt,
    extractor: `${draft.extractor.name}/${draft.extractor.version}`,
    entityCount: neo4j.int(draft.entities.length),
    relationshipCount: neo4j.int(draft.relationships.length),
    actor: meta.actor,
    now: (meta.now ?? new Date()).toISOString(),
  });
  const raw = records[0]!.get('draft') as Record<string, unknown>;
  return { ...summary({ existingSourceId: null, ...raw }), draft, decisions: NO_DECISIONS };
}

/** One draft with its proposals and decisions, or null when there is none with that id. */
export async function readDraft(
  runner: Runner,
  database: string | undefined,
  id: string,
): Promise<StoredDraft | null> {
  const records = await run(runner, database, 'read-ingest-draft', { id });
  if (records.length === 0) return null;
  const raw = records[0]!.get('draft') as Record<string, unknown>;
  return {
    ...summary(raw),
    draft: JSON.parse(raw.draft as string) as Draft,
    decisions: JSON.parse(raw.decisions as string) as ReviewDecisions,
  };
}

/** The id of the pending draft of this text, if one is waiting. */
export async function findPendingDraft(runner: Runner, database: string | undefined, sha256: string) {
  const records = await run(runner, database, 'find-pending-ingest-draft', { sha256 });
  return records.length ? (records[0]!.get('id') as string) : null;
}

/** A page of drafts of the given statuses, newest first. */
export async function listDrafts(
  runner: Runner,
  database: string | undefined,
  options: { statuses: readonly DraftStatus[]; offset: number; limit: number },
): Promise<DraftSummary[]> {
  const records = await run(runner, database, 'list-ingest-drafts', {
    statuses: [...options.statuses],
    offset: neo4j.int(options.offset),
    limit: neo4j.int(options.limit),
  });
  return records.map((r) => summary(r.get('draft') as Record<string, unknown>));
}

/** Saves the decisions of a pending draft; false when it is unknown or no longer pending. */
export async function saveDecisions(
  runner: Runner,
  database: string | undefined,
  id: string,
  decisions: ReviewDecisions,
  actor: string,
): Promise<boolean> {
  const records = await run(runner, database, 'save-ingest-decisions', {
    id,
    decisions: JSON.stringify(decisions),
    actor,
    now: new Date().toISOString(),
  });
  return records.length > 0;
}

/**
 * Closes a pending draft as committed or discarded. Returns the status it had (`pending` when this call
 * closed it), or null when there is no such draft.
 */
export async function closeDraft(
  runner: Runner,
  database: string | undefined,
  id: string,
  change: { status: Exclude<DraftStatus, 'pending'>; actor: string; sourceId?: string | null; now?: Date },
): Promise<DraftStatus | null> {
  const records = await run(runner, database, 'close-ingest-draft', {
    id,
    status: change.status,
    actor: change.actor,
    sourceId: change.sourceId ?? null,
    now: (change.now ?? new Date()).toISOString(),
  });
  return records.length ? (records[0]!.get('was') as DraftStatus) : null;
}
