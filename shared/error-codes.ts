/**
 * Every code the API puts in `extensions.code`, with the HTTP status a request refused with it gets.
 * The one list server and client share: the server sends only these (server/errors.ts), the client
 * branches on them (client/src/api/api-error.ts), and a unit test checks each has text in the UI.
 * This module imports nothing, so either side can use it without reaching into the other.
 */
export const API_ERROR_STATUS = {
  /** No token, or an invalid or expired one. */
  UNAUTHENTICATED: 401,
  /** A valid token whose role does not allow the operation. */
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  /** An argument or input value is wrong; the message names it. */
  BAD_USER_INPUT: 400,
  /** The HTTP request itself is wrong (malformed JSON, wrong content type). */
  BAD_REQUEST: 400,
  /** The request body is over the limit. */
  PAYLOAD_TOO_LARGE: 413,
  /** The answer would be larger than the response-size cap. */
  RESPONSE_TOO_LARGE: 413,
  /** The operation's estimated cost (list fan-out × fields) is over the budget. */
  QUERY_TOO_COMPLEX: 400,
  /** Production runs only the operations of the trusted-operation manifest. */
  UNTRUSTED_OPERATION: 400,
  /** An id that already exists. */
  CONSTRAINT_VIOLATION: 409,
  TOO_MANY_REQUESTS: 429,
  /** The query ran longer than the transaction timeout and was stopped. */
  TIMEOUT: 408,
  DATABASE_UNAVAILABLE: 503,
  /** A fault of the server; the answer carries a request id to quote, the log has the details. */
  INTERNAL_SERVER_ERROR: 500,
  // Apollo Server's own codes for documents refused before they run.
  GRAPHQL_PARSE_FAILED: 400,
  GRAPHQL_VALIDATION_FAILED: 400,
  OPERATION_RESOLUTION_FAILURE: 400,
  PERSISTED_QUERY_NOT_FOUND: 400,
  PERSISTED_QUERY_NOT_SUPPORTED: 400,
} as const;

export type ApiErrorCode = keyof typeof API_ERROR_STATUS;

/** The codes, in the order above. */
export const API_ERROR_CODES = Object.keys(API_ERROR_STATUS) as ApiErrorCode[];

/** True for a string that is one of the shared codes. */
export function isApiErrorCode(code: unknown): code is ApiErrorCode {
  return typeof code === 'string' && Object.hasOwn(API_ERROR_STATUS, code);
}

/**
 * The body of every refused request, on every route (GraphQL, /auth, /ready, 404, body-parser errors):
 * the GraphQL-over-HTTP shape, so one reader handles them all. GraphQL answers add `data`, `path` and
 * `locations` where they apply.
 */
export interface ApiErrorBody {
  errors: { message: string; extensions: { code: string; requestId?: string } }[];
}
