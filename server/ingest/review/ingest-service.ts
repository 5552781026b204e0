import type { Driver } from 'neo4j-driver';
import { apiError, ErrorCode } from '../../errors.ts';
import type { Extractor, GazetteerEntry } from '../draft.ts';
import { readDocument, type DocumentText } from '../input/read-document.ts';
import { allInOrder } from './all-in-order.ts';
import { writeReviewedDraft, type CommitResult } from './commit-draft.ts';
import {
  closeDraft,
  createDraft,
  findPendingDraft,
  readDraft,
  saveDecisions,
  type StoredDraft,
} from './draft-store.ts';
import { auditIngest, auditIngestFailure, type IngestActor } from './ingest-audit.ts';
import { acceptPending, mergeDecisions, parseDecisions } from './review-decisions.ts';
import { reviewedDraft } from './reviewed-draft.ts';

export interface IngestDeps {
  driver: Driver;
  database: string | undefined;
  /** The extractor (loaded once: its dictionaries take ~0.4 s). */
  extractor: () => Promise<Extractor>;
  /** Reads a file into its stored text; readDocument in this thread unless given (the HTTP pool's threads). */
  readDocument?: (bytes: Uint8Array, fileName: string) => Promise<DocumentText>;
  /** The graph's entities to link to, as fresh as the graph (new commits are linked). */
  gazetteer: () => Promise<readonly GazetteerEntry[]>;
  /** Tells a kept gazetteer that a commit changed names or aliases. */
  gazetteerChanged?: () => void;
  /** Put after the kind of every id a commit creates (`person:test-…`): tests keep their data apart. */
  idPrefix?: string;
}

/** A document to propose: file bytes with their name, and metadata the proposer states. */
export interface ProposeInput {
  bytes: Uint8Array;
  fileName: string;
  title?: string | null;
  publishedAt?: string | null;
}

/**
 * The ingestion steps over stored drafts, shared by the CLI and the HTTP API: propose, decide, commit and
 * discard. Each writes in one transaction with its audit record; a refused step writes nothing.
 */
export function ingestService(deps: IngestDeps) {
  const { driver, database } = deps;

  async function mustRead(id: string): Promise<StoredDraft> {
    const stored = await readDraft(driver, database, id);
    if (!stored) throw apiError(ErrorCode.NOT_FOUND, `no draft with id ${id}`);
    return stored;
  }

  function mustBePending(stored: StoredDraft) {
    if (stored.status !== 'pending')
      throw apiError(ErrorCode.CONSTRAINT_VIOLATION, `draft ${stored.id} is already ${stored.status}`);
  }

  return {
    /**
     * Reads and extracts a document and stores its draft. The same text while its draft is still pending
     * returns that draft (`reused`) instead of a second one. Bad input throws a DocumentInputError.
     */
    async propose(input: ProposeInput, actor: IngestActor): Promise<{ draft: StoredDraft; reused: boolean }> {
      const document = await (deps.readDocument ?? readDocument)(input.bytes, input.fileName);
      const pending = await findPendingDraft(driver, database, document.sha256);
      if (pending) return { draft: await mustRead(pending), reused: true };
      const [extractor, gazetteer] = await Promise.all([deps.extractor(), deps.gazetteer()]);
      const draft = await extractor.extract({
        text: document.text,
        title: input.title ?? document.title,
        publishedAt: input.publishedAt ?? document.publishedAt,
        publisher: document.publisher,
        url: document.url,
        gazetteer,
      });
      const session = driver.session({ database });
      try {
        const stored = await session.executeWrite(async (tx) => {
          const created = await createDraft(tx, database, draft, {
            actor: actor.sub,
            fileName: input.fileName,
          });
          await auditIngest(
            tx,
            actor,
            'ingest.propose',
            { fileName: input.fileName, sha256: document.sha256 },
            { createdIds: [created.id], nodesCreated: 1 },
          );
          return created;
        });
        return { draft: await mustRead(stored.id), reused: false };
      } finally {
        await session.close();
      }
    },

    read: mustRead,

    /** Saves review decisions (merged over the saved ones) on a pending draft; returns the draft. */
    async decide(id: string, input: unknown, actor: IngestActor): Promise<StoredDraft> {
      const stored = await mustRead(id);
      mustBePending(stored);
      const decisions = mergeDecisions(stored.decisions, parseDecisions(input, stored.draft));
      const session = driver.session({ database });
      try {
        await session.executeWrite(async (tx) => {
          if (!(await saveDecisions(tx, database, id, decisions, actor.sub)))
            throw apiError(ErrorCode.CONSTRAINT_VIOLATION, `draft ${id} is no longer pending`);
          await auditIngest(tx, actor, 'ingest.decide', { id }, { updatedIds: [id] });
        });
      } finally {
        await session.close();
      }
      return mustRead(id);
    },

    /**
     * Commits a reviewed draft as one transaction: Source, nodes, mentions, facts, the draft's status and
     * the audit record. `acceptPending` accepts every undecided proposal (the CLI's --accept-all).
     */
    async commit(
      id: string,
      actor: IngestActor,
      options: { acceptPending?: boolean; now?: Date } = {},
    ): Promise<CommitResult & { draftId: string }> {
      const session = driver.session({ database });
      const tx = await session.beginTransaction();
      try {
        const stored = await readDraft(tx, database, id);
        if (!stored) throw apiError(ErrorCode.NOT_FOUND, `no draft with id ${id}`);
        mustBePending(stored);
        const decisions = options.acceptPending
          ? acceptPending(stored.draft, stored.decisions)
          : stored.decisions;
        const reviewed = reviewedDraft(stored.draft, decisions);
        const now = options.now ?? new Date();
        const result = await writeReviewedDraft(tx, actor, stored, reviewed, now, deps.idPrefix);
        // The close and the audit record go out together (one round trip); a refused close rolls both back.
        const [was] = await allInOrder([
          closeDraft(tx, database, id, {
            status: 'committed',
            actor: actor.sub,
            sourceId: result.sourceId,
            now,
          }),
          auditIngest(
            tx,
            actor,
            'ingest.commit',
            { id, acceptPending: options.acceptPending === true },
            {
              createdIds: [...(result.sourceCreated ? [result.sourceId] : []), ...result.nodesCreated],
              updatedIds: [id, ...result.nodesLinked],
              // What the commit wrote, by its own count (mentions are MERGEd: one per entity, source, offset).
              nodesCreated: result.nodesCreated.length + (result.sourceCreated ? 1 : 0),
              relationshipsCreated: result.factsCreated.length + result.mentions,
              idsComplete: true,
            },
          ),
        ]);
        // Two editors committing one draft: the second one's close sees it committed and rolls back.
        if (was !== 'pending')
          throw apiError(ErrorCode.CONSTRAINT_VIOLATION, `draft ${id} is already ${String(was)}`);
        await tx.commit();
        deps.gazetteerChanged?.();
        return { draftId: id, ...result };
      } catch (error) {
        if (tx.isOpen()) await tx.rollback();
        await auditIngestFailure(driver, database, actor, 'ingest.commit', { id }, error);
        throw error;
      } finally {
        await session.close();
      }
    },

    /** Discards a pending draft: it stays stored (as discarded) for the record, and is never committed. */
    async discard(id: string, actor: IngestActor): Promise<StoredDraft> {
      const session = driver.session({ database });
      try {
        await session.executeWrite(async (tx) => {
          const was = await closeDraft(tx, database, id, { status: 'discarded', actor: actor.sub });
          if (was === null) throw apiError(ErrorCode.NOT_FOUND, `no draft with id ${id}`);
          if (was !== 'pending')
            throw apiError(ErrorCode.CONSTRAINT_VIOLATION, `draft ${id} is already ${was}`);
          await auditIngest(tx, actor, 'ingest.discard', { id }, { updatedIds: [id] });
        });
      } finally {
        await session.close();
      }
      return mustRead(id);
    },
  };
}

export type IngestService = ReturnType<typeof ingestService>;
