import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { refusalRecorder } from '../audit/index.ts';
import type { AccessSettings, IngestSettings } from '../config.ts';
import { apiError, classifyError, ErrorCode } from '../errors.ts';
import type { Principal, TokenVerifier } from '../auth/token-verifier.ts';
import type { Role } from '../auth/roles.ts';
import { DocumentInputError } from '../ingest/input/document-input-error.ts';
import { MAX_TEXT_BYTES } from '../ingest/input/read-document.ts';
import { ensureDraftSchema, listDrafts } from '../ingest/review/draft-store.ts';
import { createExtractPool } from '../ingest/review/extract-pool.ts';
import { findConflicts } from '../ingest/review/find-conflicts.ts';
import type { IngestActor } from '../ingest/review/ingest-audit.ts';
import { graphIngestDeps } from '../ingest/review/ingest-deps.ts';
import { ingestService, type IngestDeps } from '../ingest/review/ingest-service.ts';
import { listDocumentSources } from '../ingest/review/list-documents.ts';
import { sendError } from '../send-error.ts';
import { draftId, page, proposeInput, statusesOf, withoutText } from './ingest-request.ts';

export interface IngestRouteDeps {
  driver: Driver;
  database: string | undefined;
  verifier: TokenVerifier;
  access: AccessSettings;
  /** Extraction in worker threads (none: on the request's thread). */
  extraction?: IngestSettings;
  /** Replaces parts of the service's dependencies (tests link to their own nodes). */
  ingest?: Partial<IngestDeps>;
}

/** An uploaded file: a PDF or DOCX carries fonts and images beside its text (the text itself ≤ 1 MB). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** Pasted text as JSON: the 1 MB text limit plus room for escapes and metadata. */
const MAX_PASTE_BYTES = 2 * MAX_TEXT_BYTES + 16 * 1024;

/**
 * The ingestion API under /ingest (docs/ingestion.md, "HTTP API"): propose a document (raw bytes with
 * `X-File-Name`, or JSON `{text}`), list drafts and documents, read a draft with its conflicts, save
 * decisions, commit (editor), discard. Same tokens, roles, error body and audit trail as GraphQL; an
 * analyst proposes and reviews, an editor commits.
 */
export function ingestRoutes(deps: IngestRouteDeps): { router: Router; close(): Promise<void> } {
  // Extraction runs in the pool's threads unless a caller (a test) brings its own extractor.
  const settings = deps.extraction;
  const pool =
    settings && settings.extractWorkers > 0 && !deps.ingest?.extractor
      ? createExtractPool({ ...settings, workers: settings.extractWorkers })
      : null;
  const service = ingestService({
    ...graphIngestDeps(deps.driver, deps.database),
    ...(pool ? { extractor: async () => pool.extractor, readDocument: pool.readDocument } : {}),
    ...deps.ingest,
  });
  const refusals = refusalRecorder(deps.driver, deps.database, {
    perMinute: deps.access.auditRefusalsPerMinute,
  });
  // The drafts' constraint, made on first use (a database that is down at start-up is not fatal here).
  let schema: Promise<void> | undefined;
  const ensureSchema = () =>
    (schema ??= ensureDraftSchema(deps.driver, deps.database).catch((error: unknown) => {
      schema = undefined;
      throw error;
    }));
  const router = Router();
  const needs =
    (role: Role, step: string): RequestHandler =>
    async (req, res, next) => {
      try {
        const principal = await authenticate(deps.verifier, req);
        if (!principal.roles.includes(role)) {
          await refusals.record(refusal(req, principal, step, 403, ErrorCode.FORBIDDEN));
          return sendError(res, ErrorCode.FORBIDDEN, `${step} needs the ${role} role`);
        }
        res.locals.actor = {
          sub: principal.sub,
          roles: principal.roles,
          address: req.ip ?? null,
        } satisfies IngestActor;
        await ensureSchema();
        next();
      } catch (error) {
        const { code, message } = classifyError(error);
        if (code === ErrorCode.UNAUTHENTICATED || code === ErrorCode.FORBIDDEN)
          await refusals.record(refusal(req, null, step, code === ErrorCode.FORBIDDEN ? 403 : 401, code));
        sendError(res, code, message);
      }
    };
  const actor = (res: Response) => res.locals.actor as IngestActor;
  const handle =
    (work: (req: Request, res: Response) => Promise<void>): RequestHandler =>
    (req, res) =>
      work(req, res).catch((error: unknown) => fail(req, res, error));

  router.post(
    '/ingest/documents',
    needs('analyst', 'ingest.propose'),
    express.json({ limit: MAX_PASTE_BYTES, type: 'application/json' }),
    express.raw({ limit: MAX_UPLOAD_BYTES, type: (req) => !req.headers['content-type']?.includes('json') }),
    handle(async (req, res) => {
      const input = proposeInput(req);
      const { draft, reused } = await service.propose(input, actor(res));
      res.status(reused ? 200 : 201).json({ reused, draft: withoutText(draft) });
    }),
  );
  router.get(
    '/ingest/documents',
    needs('analyst', 'ingest.documents'),
    handle(async (req, res) => {
      const { offset, limit } = page(req);
      res.json({ documents: await listDocumentSources(deps.driver, deps.database, { offset, limit }) });
    }),
  );
  router.get(
    '/ingest/drafts',
    needs('analyst', 'ingest.drafts'),
    handle(async (req, res) => {
      const statuses = statusesOf(req.query.status);
      const drafts = await listDrafts(deps.driver, deps.database, { statuses, ...page(req) });
      res.json({ drafts });
    }),
  );
  router.get(
    '/ingest/drafts/:id',
    needs('analyst', 'ingest.draft'),
    handle(async (req, res) => {
      const stored = await service.read(draftId(req));
      const conflicts =
        stored.status === 'pending' ? await findConflicts(deps.driver, deps.database, stored) : [];
      res.json({ draft: stored, conflicts });
    }),
  );
  router.put(
    '/ingest/drafts/:id/decisions',
    needs('analyst', 'ingest.decide'),
    express.json({ limit: 512 * 1024 }),
    handle(async (req, res) => {
      res.json({ draft: withoutText(await service.decide(draftId(req), req.body, actor(res))) });
    }),
  );
  router.post(
    '/ingest/drafts/:id/commit',
    needs('editor', 'ingest.commit'),
    express.json({ limit: 1024 }),
    handle(async (req, res) => {
      const acceptPending = (req.body as { acceptPending?: unknown } | undefined)?.acceptPending === true;
      res.json({ commit: await service.commit(draftId(req), actor(res), { acceptPending }) });
    }),
  );
  router.delete(
    '/ingest/drafts/:id',
    needs('analyst', 'ingest.discard'),
    handle(async (req, res) => {
      res.json({ draft: withoutText(await service.discard(draftId(req), actor(res))) });
    }),
  );
  return { router, close: async () => pool?.close() };
}

async function authenticate(verifier: TokenVerifier, req: Request): Promise<Principal> {
  const header = req.headers.authorization;
  const match = header ? /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header) : null;
  if (!match)
    throw apiError(ErrorCode.UNAUTHENTICATED, 'A valid token is required: "Authorization: Bearer <token>"');
  return verifier.verify(match[1]!);
}

function refusal(req: Request, principal: Principal | null, step: string, status: number, code: string) {
  return {
    actor: principal?.sub ?? 'anonymous',
    actorRoles: principal?.roles ?? [],
    address: req.ip ?? null,
    operationName: step,
    rootFields: [step],
    status,
    code,
  };
}

/** A bad document is the caller's: 413 when too large, otherwise 400, with the reader's message. */
function fail(req: Request, res: Response, error: unknown) {
  if (error instanceof DocumentInputError) {
    const code = error.code === 'TOO_LARGE' ? ErrorCode.PAYLOAD_TOO_LARGE : ErrorCode.BAD_USER_INPUT;
    return sendError(res, code, `${error.code}: ${error.message}`);
  }
  const { code, message } = classifyError(error);
  if (code === ErrorCode.INTERNAL_SERVER_ERROR) req.log?.error({ err: error }, 'ingest failed');
  // A full extraction queue (extract-pool.ts) says when to come back.
  const retryAfter =
    error instanceof Error && (error as { extensions?: { retryAfter?: unknown } }).extensions?.retryAfter;
  sendError(res, code, message, typeof retryAfter === 'number' ? { 'retry-after': String(retryAfter) } : {});
}
