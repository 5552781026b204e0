import type { Driver, Transaction } from 'neo4j-driver';
import type { IncomingHttpHeaders } from 'node:http';
import { apiError, ErrorCode } from '../errors.ts';
import type { GraphQLError } from './graphql-js.ts';
import type { Principal, TokenVerifier } from '../auth/token-verifier.ts';
import { autoCommitReader, type StatementRunner } from './auto-commit-reader.ts';

/** What every resolver receives; the field names are the ones @neo4j/graphql reads. */
export interface RequestContext {
  /** Verified claims; absent for anonymous requests, which @authentication then refuses. */
  jwt?: { sub: string; roles: string[] };
  principal?: Principal;
  /**
   * Why the Authorization header was refused. Kept instead of thrown, so the audit plugin can record a
   * refused mutation before it throws this (401) in didResolveOperation; no operation runs with it.
   */
  authFailure?: GraphQLError;
  /** The caller's address (Express `req.ip`), for refusal records and their rate limit. */
  clientAddress?: string;
  /** Auto-commit reads for queries; a mutation's own transaction once audit-plugin.ts has opened it. */
  executionContext: StatementRunner | Transaction;
  sessionConfig: { database?: string };
  transaction: { timeout: number };
}

export interface ContextDeps {
  driver: Driver;
  database: string | undefined;
  verifier: TokenVerifier;
  queryTimeoutMs: number;
}

interface ContextRequest {
  headers: IncomingHttpHeaders;
  ip?: string;
  socket?: { remoteAddress?: string };
}

/** Reads `Authorization: Bearer …`; a malformed or invalid token is refused (401), never treated as anonymous. */
export function createContextFunction(deps: ContextDeps) {
  const reader = autoCommitReader(deps.driver, {
    database: deps.database,
    timeoutMs: deps.queryTimeoutMs,
  });
  return async ({ req }: { req: ContextRequest }): Promise<RequestContext> => {
    const base: RequestContext = {
      executionContext: reader,
      sessionConfig: deps.database ? { database: deps.database } : {},
      transaction: { timeout: deps.queryTimeoutMs },
      clientAddress: req.ip ?? req.socket?.remoteAddress,
    };
    const header = req.headers.authorization;
    if (header === undefined || header === '') return base;
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
    if (!match) {
      return {
        ...base,
        authFailure: apiError(ErrorCode.UNAUTHENTICATED, 'Expected "Authorization: Bearer <token>"'),
      };
    }
    try {
      const principal = await deps.verifier.verify(match[1]!);
      return { ...base, principal, jwt: { sub: principal.sub, roles: principal.roles } };
    } catch (error) {
      return { ...base, authFailure: error as GraphQLError };
    }
  };
}
