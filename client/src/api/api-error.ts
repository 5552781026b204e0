import { isApiErrorCode, type ApiErrorCode as ServerErrorCode } from '../../../shared/error-codes.ts';

/**
 * The codes the UI branches on: every code the server sends (shared/error-codes.ts, the one list both
 * sides import), plus two the client raises itself.
 */
export type ApiErrorCode = ServerErrorCode | 'NETWORK_ERROR' | 'UNKNOWN';

/** A failed API call. The UI branches on `code`, never on `message`, which is only shown to the user. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number | undefined;
  /** The server's id for the request (also in its logs), to quote when reporting a problem. */
  readonly requestId: string | undefined;

  constructor(code: ApiErrorCode, message: string, status?: number, requestId?: string) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
    this.requestId = requestId;
  }
}

// For answers without a code (a proxy's error page, a body that is not JSON).
const BY_STATUS: Record<number, ServerErrorCode> = {
  401: 'UNAUTHENTICATED',
  403: 'FORBIDDEN',
  404: 'NOT_FOUND',
  408: 'TIMEOUT',
  413: 'PAYLOAD_TOO_LARGE',
  429: 'TOO_MANY_REQUESTS',
  503: 'DATABASE_UNAVAILABLE',
};

/** Maps an `extensions.code` (or an HTTP status when the body has none) to a code the UI knows. */
export function toErrorCode(code: unknown, status?: number): ApiErrorCode {
  if (isApiErrorCode(code)) return code;
  if (status === undefined) return 'UNKNOWN';
  if (BY_STATUS[status]) return BY_STATUS[status];
  if (status >= 400 && status < 500) return 'BAD_REQUEST';
  if (status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'UNKNOWN';
}

interface ErrorBody {
  errors?: { message?: unknown; extensions?: { code?: unknown; requestId?: unknown } }[];
}

/**
 * The error in an answer of any route, all of which use one shape (`{errors: [{message, extensions:
 * {code, requestId}}]}`), or null when the body carries none.
 */
export function errorFromBody(body: unknown, status: number): ApiError | null {
  const first = (body as ErrorBody | null)?.errors?.[0];
  if (!first) return null;
  const requestId = typeof first.extensions?.requestId === 'string' ? first.extensions.requestId : undefined;
  const message = typeof first.message === 'string' ? first.message : `HTTP ${status}`;
  return new ApiError(toErrorCode(first.extensions?.code, status), message, status, requestId);
}
