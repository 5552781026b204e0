import express, { Router, type Request, type RequestHandler, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { refusalRecorder } from '../audit/index.ts';
import type { AccessSettings } from '../config.ts';
import { apiError, classifyError, ErrorCode } from '../errors.ts';
import type { Principal, TokenVerifier } from '../auth/token-verifier.ts';
import type { Role } from '../auth/roles.ts';
import { DocumentInputError } from '../ingest/input/document-input-error.ts';
import { MAX_TEXT_BYTES } from '../ingest/input/read-document.ts';
import {
  DRAFT_STATUSES,
  ensureDraftSchema,
  listDrafts,
  type DraftStatus,
} from '../ingest/review/draft-store.ts';
import { findConflicts } from '../ingest/review/find-conflicts.ts';
import type { IngestActor } from '../ingest/review/ingest-audit.ts';
import { graphIngestDeps } from '../ingest/review/ingest-deps.ts';
import { ingestService, type IngestDeps } from '../ingest/review/ingest-service.ts';
import { listDocumentSources } from '../ingest/review/list-documents.ts';
import { sendError } from '../send-error.ts';

export interface IngestRouteDeps {
  driver: Driver;
  database: string | undefined;
  verifier: TokenVerifier;
  access: AccessSettings;
  /** Replaces parts of the service's dependencies (tests link to their own nodes). */
  ingest?: Partial<IngestDeps>;
}

/** An uploaded file: a PDF or DOCX carries fonts and images beside its text (the text itself ≤ 1 MB). */
export const MAX_UPLOAD_BYTES = 4 * 1024 * 1024;
/** Pasted text as JSON: the 1 MB text limit plus room for escapes and metadata. */
const MAX_PASTE_BYTES = 2 * MAX_TEXT_BYTES + 16 * 1024;
const DRAFT_ID = /^draft:[0-9a-f-]{36}$/;
const PAGE_MAX = 100;

/**
 * The ingestion API under /ingest (docs/ingestion.md, "HTTP API"): propose a document (raw bytes with
 * `X-File-Name`, or JSON `{text}`), list drafts and documents, read a draft with its conflicts, save
 * decisions, commit (editor), discard. Same tokens, roles, error body and audit trail as GraphQL; an
 * analyst proposes and reviews, an editor commits.
 */
export function ingestRoutes(deps: IngestRouteDeps): Router {
  const service = ingestService({ ...graphIngestDeps(deps.driver, deps.database), ...deps.ingest });
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
  return router;
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
  sendError(res, code, message);
}

function proposeInput(req: Request) {
  const given = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : null);
  if (Buffer.isBuffer(req.body)) {
    const raw = req.headers['x-file-name'];
    const fileName = typeof raw === 'string' ? safeDecode(raw) : null;
    if (!fileName) throw badInput('X-File-Name: the header must name the uploaded file (e.g. release.pdf)');
    return {
      bytes: new Uint8Array(req.body),
      fileName,
      title: given(req.query.title),
      publishedAt: publishedOf(req.query.publishedAt),
    };
  }
  const body = (req.body ?? {}) as Record<string, unknown>;
  if (typeof body.text !== 'string') throw badInput('text: paste the document as a string');
  return {
    bytes: new TextEncoder().encode(body.text),
    fileName: given(body.fileName) ?? 'pasted.txt',
    title: given(body.title),
    publishedAt: publishedOf(body.publishedAt),
  };
}

function publishedOf(value: unknown): string | null {
  if (value === undefined || value === null || value === '') return null;
  if (typeof value !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(value))
    throw badInput('publishedAt: use YYYY, YYYY-MM or YYYY-MM-DD');
  return value;
}

function safeDecode(value: string): string | null {
  try {
    const name = decodeURIComponent(value).trim();
    return name && name.length <= 255 && !/[/\\\0]/.test(name) ? name : null;
  } catch {
    return null;
  }
}

function draftId(req: Request): string {
  const id = String(req.params.id);
  if (!DRAFT_ID.test(id)) throw apiError(ErrorCode.NOT_FOUND, `no draft with id ${id.slice(0, 80)}`);
  return id;
}

function statusesOf(value: unknown): DraftStatus[] {
  if (value === undefined) return ['pending'];
  const list = String(value).split(',');
  for (const status of list)
    if (!DRAFT_STATUSES.includes(status as DraftStatus))
      throw badInput(`status: "${status.slice(0, 40)}" is not one of ${DRAFT_STATUSES.join(', ')}`);
  return list as DraftStatus[];
}

function page(req: Request) {
  const number = (value: unknown, fallback: number, max: number, name: string) => {
    if (value === undefined) return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0 || n > max) throw badInput(`${name}: a whole number from 0 to ${max}`);
    return n;
  };
  return {
    offset: number(req.query.offset, 0, 100_000, 'offset'),
    limit: number(req.query.limit, 50, PAGE_MAX, 'limit'),
  };
}

function badInput(message: string) {
  return apiError(ErrorCode.BAD_USER_INPUT, message);
}

/** A stored draft without its text, for answers that do not need it (the text can be 1 MB). */
function withoutText<T extends { draft: { source: { text: string } } }>(stored: T) {
  return { ...stored, draft: { ...stored.draft, source: { ...stored.draft.source, text: undefined } } };
}
