import type { Response } from 'express';
import type { ApiErrorBody } from '../shared/error-codes.ts';
import { httpStatusOf, type ErrorCode } from './errors.ts';

/** The one error body (shared/error-codes.ts): `{errors: [{message, extensions: {code, requestId}}]}`. */
export function errorBody(code: ErrorCode, message: string, requestId?: string): ApiErrorBody {
  return { errors: [{ message, extensions: requestId ? { code, requestId } : { code } }] };
}

/** The request id pino-http gave the request (also in the X-Request-Id header). */
export function requestIdOf(res: Response): string | undefined {
  const id = (res.req as { id?: unknown } | undefined)?.id;
  return typeof id === 'string' ? id : undefined;
}

/**
 * The one error sender of the plain HTTP routes (/auth, /ready, 404, body-parser and unexpected errors):
 * the status follows the code, the body is the shared shape with the request id.
 */
export function sendError(
  res: Response,
  code: ErrorCode,
  message: string,
  headers: Record<string, string> = {},
): void {
  res
    .status(httpStatusOf[code] ?? 500)
    .set(headers)
    .json(errorBody(code, message, requestIdOf(res)));
}
