import { ApiError, errorFromBody, toErrorCode } from '../api/api-error.ts';
import type {
  CommitResult,
  Conflict,
  DocumentSummary,
  DraftSummary,
  ReviewDecisions,
  StoredDraft,
} from './review-types.ts';

/** The /ingest HTTP API (docs/ingestion.md, "HTTP API"), with the same token and error codes as GraphQL. */
export function createIngestApi(
  getToken: () => string | null,
  fetchImpl: typeof fetch = fetch.bind(globalThis),
) {
  async function call<T>(method: string, path: string, body?: { json?: unknown; file?: File }): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    const token = getToken();
    if (token) headers.Authorization = `Bearer ${token}`;
    let payload: BodyInit | undefined;
    if (body?.file) {
      headers['Content-Type'] = 'application/octet-stream';
      headers['X-File-Name'] = encodeURIComponent(body.file.name);
      payload = body.file;
    } else if (body?.json !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body.json);
    }
    let response: Response;
    try {
      response = await fetchImpl(path, { method, headers, body: payload });
    } catch (error) {
      throw new ApiError('NETWORK_ERROR', error instanceof Error ? error.message : String(error));
    }
    const parsed: unknown = await response.json().catch(() => null);
    const error = errorFromBody(parsed, response.status);
    if (error) throw error;
    if (!response.ok || parsed === null)
      throw new ApiError(toErrorCode(undefined, response.status), `HTTP ${response.status}`, response.status);
    return parsed as T;
  }
  const draftPath = (id: string) => `/ingest/drafts/${encodeURIComponent(id)}`;
  return {
    paste: (text: string, meta: { title?: string; publishedAt?: string }) =>
      call<{ reused: boolean; draft: DraftSummary }>('POST', '/ingest/documents', {
        json: { text, ...meta },
      }),
    upload: (file: File) =>
      call<{ reused: boolean; draft: DraftSummary }>('POST', '/ingest/documents', { file }),
    drafts: () => call<{ drafts: DraftSummary[] }>('GET', '/ingest/drafts?status=pending'),
    documents: () => call<{ documents: DocumentSummary[] }>('GET', '/ingest/documents'),
    draft: (id: string) => call<{ draft: StoredDraft; conflicts: Conflict[] }>('GET', draftPath(id)),
    decide: (id: string, decisions: ReviewDecisions) =>
      call<{ draft: DraftSummary }>('PUT', `${draftPath(id)}/decisions`, { json: decisions }),
    commit: (id: string) => call<{ commit: CommitResult }>('POST', `${draftPath(id)}/commit`, { json: {} }),
    discard: (id: string) => call<{ draft: DraftSummary }>('DELETE', draftPath(id)),
  };
}

export type IngestApi = ReturnType<typeof createIngestApi>;
