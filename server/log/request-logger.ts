import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Request, RequestHandler, Response } from 'express';
import { pinoHttp } from 'pino-http';
import type { Logger } from './create-logger.ts';
import { requestInfo } from './request-info.ts';

export const REQUEST_ID_HEADER = 'X-Request-Id';

// A caller's own id is kept when it is short and plain (so a proxy's id links the two logs); anything
// else could forge or garble log lines and is replaced.
const CALLER_ID = /^[A-Za-z0-9._:-]{8,64}$/;

const PROBES = new Set(['/health', '/ready']);

/**
 * One log line per request when it ends: request id (also sent back as X-Request-Id), method, path,
 * status, duration, user, GraphQL operation and cost, database time. Never headers, bodies, query
 * strings or variables: that is where tokens and passwords travel. Successful probes log at debug.
 */
export function requestLogger(logger: Logger): RequestHandler {
  const middleware = pinoHttp({
    logger,
    quietReqLogger: true,
    wrapSerializers: false,
    genReqId(req: IncomingMessage, res: ServerResponse) {
      const given = req.headers['x-request-id'];
      const id = typeof given === 'string' && CALLER_ID.test(given) ? given : randomUUID();
      res.setHeader(REQUEST_ID_HEADER, id);
      return id;
    },
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, path: pathOf(req) }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
      err: (err: Error) => ({ type: err.name, message: err.message, stack: err.stack }),
    },
    customLogLevel(req, res, err) {
      if (err || res.statusCode >= 500) return 'error';
      if (res.statusCode < 400 && PROBES.has(pathOf(req))) return 'debug';
      return 'info';
    },
    customSuccessMessage: (req, res, ms) => `${req.method} ${pathOf(req)} ${res.statusCode} ${ms} ms`,
    customErrorMessage: (req, res) => `${req.method} ${pathOf(req)} ${res.statusCode} failed`,
    customSuccessObject: (_req, res, value: object) => withInfo(res, value),
    customErrorObject: (_req, res, _error, value: object) => withInfo(res, value),
  });
  return middleware as unknown as RequestHandler;
}

function pathOf(req: IncomingMessage): string {
  const url = (req as Partial<Request>).originalUrl ?? req.url ?? '';
  const query = url.indexOf('?');
  return query === -1 ? url : url.slice(0, query);
}

function withInfo(res: ServerResponse, value: object): object {
  const info = requestInfo(res as Response);
  return {
    ...value,
    user: info.user,
    operation: info.operation,
    operationType: info.operationType,
    cost: info.cost,
    dbMs: info.dbStatements ? Math.round(info.dbMs * 10) / 10 : undefined,
    dbStatements: info.dbStatements || undefined,
    errorCodes: info.errorCodes,
  };
}
