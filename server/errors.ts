import { unwrapResolverError } from '@apollo/server/errors';
import { Neo4jError } from 'neo4j-driver';
import { API_ERROR_CODES, API_ERROR_STATUS, type ApiErrorCode } from '../shared/error-codes.ts';
import { GraphQLError, type GraphQLFormattedError } from './graphql/graphql-js.ts';

/** The codes clients branch on (`extensions.code`), from the list server and client share. */
export type ErrorCode = ApiErrorCode;
export const ErrorCode = Object.fromEntries(API_ERROR_CODES.map((code) => [code, code])) as {
  readonly [K in ApiErrorCode]: K;
};

/** HTTP status a refused request gets when nothing could be returned. */
export const httpStatusOf: Partial<Record<string, number>> = API_ERROR_STATUS;

/** The same error with the request id added to its extensions (errors raised before plugins run). */
export function withRequestId(error: unknown, requestId: string): unknown {
  if (!(error instanceof GraphQLError) || !requestId) return error;
  return new GraphQLError(error.message, { extensions: { ...error.extensions, requestId } });
}

/** Creates an error with a code and the HTTP status Apollo should answer with when it ends the request. */
export function apiError(
  code: ErrorCode,
  message: string,
  extra: Record<string, unknown> = {},
): GraphQLError {
  const http = { status: API_ERROR_STATUS[code], ...(extra.http as object | undefined) };
  return new GraphQLError(message, { extensions: { ...extra, code, http } });
}

// Our Cypher signals user errors with apoc.util.validate('CODE: message'); the driver wraps that text.
const CYPHER_SIGNAL = /RuntimeException: (NOT_FOUND|BAD_USER_INPUT): ([^\n]*)/;

/**
 * Values the database refused that the argument checks (operation-guard) should already have caught;
 * kept as a backstop so a gap there is a 400, not a 500. The raw database text never leaves the server.
 */
const REFUSED_VALUES: [RegExp, string][] = [
  [/lucene\.queryparser\.classic\.ParseException/, 'The search text is not a valid full-text query'],
  [/cannot be parsed to a (Date|DateTime|Time|LocalDateTime)/, 'A date-time value is not valid ISO 8601'],
  [/^(LIMIT|SKIP): Invalid input/, 'limit, offset and first must be non-negative integers'],
];

/** Maps anything a resolver can throw to a code and a message that is safe to show. */
export function classifyError(error: unknown): { code: ErrorCode; message: string } {
  const library = libraryErrorKind(error);
  if (library === 'Unauthenticated') {
    return { code: ErrorCode.UNAUTHENTICATED, message: 'A valid token is required' };
  }
  if (library === 'Forbidden') {
    return { code: ErrorCode.FORBIDDEN, message: 'Your role does not allow this operation' };
  }
  if (library === 'ConstraintValidation') {
    return { code: ErrorCode.CONSTRAINT_VIOLATION, message: 'A node with this id already exists' };
  }
  if (error instanceof Neo4jError) return classifyNeo4jError(error);
  const code = error instanceof GraphQLError ? error.extensions.code : undefined;
  if (typeof code === 'string' && code in ErrorCode && error instanceof Error) {
    return { code: code as ErrorCode, message: error.message };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

/**
 * @neo4j/graphql exports no error classes. Its static @authentication check throws a plain
 * Neo4jGraphQLError "Unauthenticated"; its Cypher-side checks throw subclasses with their own `name`.
 */
function libraryErrorKind(error: unknown): 'Unauthenticated' | 'Forbidden' | 'ConstraintValidation' | null {
  if (!(error instanceof GraphQLError) || error.extensions.code !== undefined) return null;
  const className = error.constructor.name;
  if (!className.startsWith('Neo4jGraphQL')) return null;
  if (error.name === 'Neo4jGraphQLConstraintValidationError') return 'ConstraintValidation';
  if (error.name === 'Neo4jGraphQLForbiddenError' || error.message === 'Forbidden') return 'Forbidden';
  if (error.name === 'Neo4jGraphQLAuthenticationError' || error.message === 'Unauthenticated')
    return 'Unauthenticated';
  return null;
}

/** The one place that maps Neo4j driver errors (by their status code) to API codes. */
export function classifyNeo4jError(error: Neo4jError): { code: ErrorCode; message: string } {
  const signal = CYPHER_SIGNAL.exec(error.message);
  if (signal) return { code: signal[1] as ErrorCode, message: signal[2]!.trim() };
  const code = error.code ?? '';
  if (code === 'Neo.ClientError.Schema.ConstraintValidationFailed') {
    return { code: ErrorCode.CONSTRAINT_VIOLATION, message: 'A node with this id already exists' };
  }
  if (/TransactionTimedOut|TransactionTimedOutClientConfiguration/.test(code)) {
    return { code: ErrorCode.TIMEOUT, message: 'The query took too long and was stopped' };
  }
  if (code === 'ServiceUnavailable' || code === 'SessionExpired' || code.startsWith('Neo.TransientError')) {
    return { code: ErrorCode.DATABASE_UNAVAILABLE, message: 'The database is unavailable; try again' };
  }
  if (code.startsWith('Neo.ClientError.')) {
    const refused = REFUSED_VALUES.find(([pattern]) => pattern.test(error.message));
    if (refused) return { code: ErrorCode.BAD_USER_INPUT, message: refused[1] };
  }
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

/** True when an error thrown while running an operation is the server's fault (it is logged with its stack). */
export function isUnexpected(error: unknown): boolean {
  return classifyError(unwrapResolverError(error)).code === ErrorCode.INTERNAL_SERVER_ERROR;
}

/**
 * Apollo `formatError`: resolver errors get our codes; request-level errors (parse, validation, armor,
 * operation-guard) keep theirs. In production nothing but the message, code, path and the argument an
 * error is about leaves the server; elsewhere an internal error also carries its raw text (`detail`).
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const isResolverError = formatted.path !== undefined;
    if (!isResolverError) {
      const { code, ...rest } = formatted.extensions ?? {};
      // Keep what our own request-level errors add (the argument an error is about); drop stack traces.
      const safe = Object.fromEntries(Object.entries(rest).filter(([key]) => PUBLIC_EXTENSIONS.has(key)));
      return !production ? formatted : { message: formatted.message, extensions: { code, ...safe } };
    }
    const { code, message } = classifyError(original);
    const extensions: Record<string, unknown> = { code };
    if (!production && code === ErrorCode.INTERNAL_SERVER_ERROR && original instanceof Error) {
      extensions.detail = original.message;
    }
    return { message, path: formatted.path, locations: formatted.locations, extensions };
  };
}

/** Extensions of request-level errors that are safe to show in production. */
const PUBLIC_EXTENSIONS = new Set(['field', 'argument', 'cost', 'maxCost', 'limit', 'requestId']);
