import type { Request } from 'express';
import { apiError, ErrorCode } from '../errors.ts';
import { DRAFT_STATUSES, type DraftStatus } from '../ingest/review/draft-store.ts';
import type { ProposeInput } from '../ingest/review/ingest-service.ts';

// What the /ingest routes read from a request (ingest-routes.ts), each refused with a 400 or 404 that names
// the header, field or parameter at fault.

const DRAFT_ID = /^draft:[0-9a-f-]{36}$/;
const PAGE_MAX = 100;

/** A document to propose: raw bytes named by `X-File-Name`, or JSON `{text, title?, publishedAt?}`. */
export function proposeInput(req: Request): ProposeInput {
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

/** The draft id in the path; anything that is not one is a 404. */
export function draftId(req: Request): string {
  const id = String(req.params.id);
  if (!DRAFT_ID.test(id)) throw apiError(ErrorCode.NOT_FOUND, `no draft with id ${id.slice(0, 80)}`);
  return id;
}

/** `?status=pending,committed` (default: pending). */
export function statusesOf(value: unknown): DraftStatus[] {
  if (value === undefined) return ['pending'];
  const list = String(value).split(',');
  for (const status of list)
    if (!DRAFT_STATUSES.includes(status as DraftStatus))
      throw badInput(`status: "${status.slice(0, 40)}" is not one of ${DRAFT_STATUSES.join(', ')}`);
  return list as DraftStatus[];
}

/** `?offset=&limit=` (limit ≤ 100, default 50). */
export function page(req: Request) {
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
export function withoutText<T extends { draft: { source: { text: string } } }>(stored: T) {
  return { ...stored, draft: { ...stored.draft, source: { ...stored.draft.source, text: undefined } } };
}
