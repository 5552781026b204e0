import type { Response } from 'express';

/**
 * What one request did, filled in as it runs (GraphQL plugins, the database timer) and written on the
 * request's log line when the response ends. It lives on `res.locals`, the one object Express, Apollo's
 * context function and pino-http all see.
 */
export interface RequestInfo {
  /** The caller's `sub`, once the token was verified. */
  user?: string;
  /** GraphQL operation name (or `anonymous`) and type. */
  operation?: string;
  operationType?: string;
  /** Estimated cost of the operation (operation-cost.ts). */
  cost?: number;
  /** Time spent waiting for Neo4j, and the number of statements sent. */
  dbMs: number;
  dbStatements: number;
  /** Error codes of the answer, when it has errors. */
  errorCodes?: string[];
}

const KEY = 'opsgraphRequest';

/** The request's info object, created on first use. */
export function requestInfo(res: Response): RequestInfo {
  // Express gives every response `locals`; a bare Node response (a test double) gets its own.
  const locals = (res.locals ??= {}) as Record<string, unknown>;
  let info = locals[KEY] as RequestInfo | undefined;
  if (!info) {
    info = { dbMs: 0, dbStatements: 0 };
    locals[KEY] = info;
  }
  return info;
}
