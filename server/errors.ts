import { unwrapResolverError } from '@apollo/server/errors';
import { GraphQLError, type GraphQLFormattedError } from './graphql/graphql-js.ts';
import { Neo4jError } from 'neo4j-driver';

/** The codes clients branch on (`extensions.code`); messages are for people, codes are for programs. */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  NOT_FOUND = 'NOT_FOUND',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  BAD_REQUEST = 'BAD_REQUEST',
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** Too many attempts (failed logins, a full password-hash queue): retry after `Retry-After` seconds. */
  TOO_MANY_REQUESTS = 'TOO_MANY_REQUESTS',
  CONSTRAINT_VIOLATION = 'CONSTRAINT_VIOLATION',
  TIMEOUT = 'TIMEOUT',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}

/** HTTP status a refused request gets when nothing could be returned. */
export const httpStatusOf: Partial<Record<string, number>> = {
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.BAD_REQUEST]: 400,
  [ErrorCode.PAYLOAD_TOO_LARGE]: 413,
  [ErrorCode.TOO_MANY_REQUESTS]: 429,
  [ErrorCode.CONSTRAINT_VIOLATION]: 409,
  [ErrorCode.TIMEOUT]: 408,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

/** Creates an error with a code and the HTTP status Apollo should answer with when it ends the request. */
export function apiError(code: ErrorCode, message: string): GraphQLError {
  const status = httpStatusOf[code];
  return new GraphQLError(message, { extensions: status ? { code, http: { status } } : { code } });
}

// Our Cypher signals user errors with apoc.util.validate('CODE: message'); the driver wraps that text.
const CYPHER_SIGNAL = /RuntimeException: (NOT_FOUND|BAD_USER_INPUT): ([^\n]*)/;

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
  return { code: ErrorCode.INTERNAL_SERVER_ERROR, message: 'Internal server error' };
}

/**
 * Apollo `formatError`: resolver errors get our codes; request-level errors (parse, validation, armor)
 * keep Apollo's codes. In production nothing but the message, code and path leaves the server.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const isResolverError = formatted.path !== undefined;
    if (!isResolverError) {
      return production
        ? { message: formatted.message, extensions: { code: formatted.extensions?.code } }
        : formatted;
    }
    const { code, message } = classifyError(original);
    const extensions: Record<string, unknown> = { code };
    if (!production && code === ErrorCode.INTERNAL_SERVER_ERROR && original instanceof Error) {
      extensions.detail = original.message;
    }
    return { message, path: formatted.path, locations: formatted.locations, extensions };
  };
}
