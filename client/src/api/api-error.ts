/** Error codes the server puts in `extensions.code`, plus two the client raises itself. */
export type ApiErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'BAD_USER_INPUT'
  | 'GRAPHQL_VALIDATION_FAILED'
  | 'BAD_REQUEST'
  | 'TOO_MANY_REQUESTS'
  | 'INTERNAL_SERVER_ERROR'
  | 'NETWORK_ERROR'
  | 'UNKNOWN';

const KNOWN = new Set<string>([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'BAD_USER_INPUT',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'TOO_MANY_REQUESTS',
  'INTERNAL_SERVER_ERROR',
]);

/** A failed API call. The UI branches on `code`, never on `message`, which is only shown to the user. */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number | undefined;

  constructor(code: ApiErrorCode, message: string, status?: number) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.status = status;
  }
}

/** Maps an `extensions.code` (or an HTTP status when the body has none) to a code the UI knows. */
export function toErrorCode(code: unknown, status?: number): ApiErrorCode {
  if (typeof code === 'string' && KNOWN.has(code)) return code as ApiErrorCode;
  if (status === 401) return 'UNAUTHENTICATED';
  if (status === 403) return 'FORBIDDEN';
  if (status === 404) return 'NOT_FOUND';
  if (status === 429) return 'TOO_MANY_REQUESTS';
  if (status !== undefined && status >= 400 && status < 500) return 'BAD_REQUEST';
  if (status !== undefined && status >= 500) return 'INTERNAL_SERVER_ERROR';
  return 'UNKNOWN';
}
