import type { Driver, Transaction } from 'neo4j-driver';
import type { Request, Response } from 'express';
import onFinished from 'on-finished';
import { apiError, ErrorCode, withRequestId } from '../errors.ts';
import type { GraphQLError } from './graphql-js.ts';
import type { Principal, TokenVerifier } from '../auth/token-verifier.ts';
import { silentLogger, type Logger } from '../log/create-logger.ts';
import { requestInfo, type RequestInfo } from '../log/request-info.ts';
import { autoCommitReader, type StatementRunner } from './auto-commit-reader.ts';
import { instrumentRunner, type StatementLimits } from './database-timer.ts';

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
  /**
   * Ids written by resolvers of our own (the fact mutations), which the audit's id planning cannot read from
   * @neo4j/graphql's payloads; `fields` names the root fields that reported, so their ids count as known.
   */
  reportedIds?: ReportedIds;
  /** Auto-commit reads for queries; a mutation's own transaction once audit-plugin.ts has opened it. */
  executionContext: StatementRunner | Transaction;
  sessionConfig: { database?: string };
  transaction: { timeout: number };
  /** The request id (X-Request-Id), its logger, and what it did (logged when the response ends). */
  requestId: string;
  log: Logger;
  info: RequestInfo;
  /** Bounds every statement of the request is held to (database-timer.ts). */
  statementLimits: StatementLimits;
  /** Runs `callback` once the response has been sent or the connection closed, even if it already was. */
  onFinished(callback: () => void): void;
}

export interface ReportedIds {
  created: string[];
  updated: string[];
  deleted: string[];
  fields: Set<string>;
  /** False when a field could not list everything it changed (a retraction deletes facts it only counts). */
  complete: boolean;
}

/** Records ids a resolver of ours wrote, for the mutation's audit event. */
export function reportIds(
  context: RequestContext,
  field: string,
  ids: Partial<Pick<ReportedIds, 'created' | 'updated' | 'deleted'>>,
  complete = true,
): void {
  // Made with the context: @neo4j/graphql hands resolvers a copy of it, which shares this object.
  const reported = context.reportedIds;
  if (!reported) throw new Error('reportIds: the request context has no reportedIds');
  reported.created.push(...(ids.created ?? []));
  reported.updated.push(...(ids.updated ?? []));
  reported.deleted.push(...(ids.deleted ?? []));
  reported.fields.add(field);
  reported.complete &&= complete;
}

export interface ContextDeps {
  driver: Driver;
  database: string | undefined;
  verifier: TokenVerifier;
  queryTimeoutMs: number;
  statementLimits: StatementLimits;
}

const quiet = silentLogger();

/** Reads `Authorization: Bearer …`; a malformed or invalid token is refused (401), never treated as anonymous. */
export function createContextFunction(deps: ContextDeps) {
  return async ({ req, res }: { req: Request; res: Response }): Promise<RequestContext> => {
    const info = requestInfo(res);
    const reader = autoCommitReader(deps.driver, {
      database: deps.database,
      timeoutMs: deps.queryTimeoutMs,
    });
    const base: RequestContext = {
      executionContext: instrumentRunner(reader, info, deps.statementLimits),
      sessionConfig: deps.database ? { database: deps.database } : {},
      transaction: { timeout: deps.queryTimeoutMs },
      // Both come from the request logger (server/log/request-logger.ts), which every route goes through.
      requestId: String(req.id ?? ''),
      log: req.log ?? quiet,
      info,
      statementLimits: deps.statementLimits,
      // Also when the response has already ended (the caller left while the operation waited).
      onFinished: (callback) => void onFinished(res, callback),
      clientAddress: req.ip ?? req.socket?.remoteAddress,
      reportedIds: { created: [], updated: [], deleted: [], fields: new Set(), complete: true },
    };
    const header = req.headers.authorization;
    if (header === undefined || header === '') return base;
    const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(header);
    let principal: Principal;
    try {
      if (!match) throw apiError(ErrorCode.UNAUTHENTICATED, 'Expected "Authorization: Bearer <token>"');
      principal = await deps.verifier.verify(match[1]!);
    } catch (error) {
      // The request id is added here, where the refusal is made; the audit plugin throws it.
      return { ...base, authFailure: withRequestId(error, base.requestId) as GraphQLError };
    }
    info.user = principal.sub;
    return { ...base, principal, jwt: { sub: principal.sub, roles: principal.roles } };
  };
}
