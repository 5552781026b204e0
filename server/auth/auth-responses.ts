import type { Response } from 'express';
import type { ErrorCode } from '../errors.ts';
import { sendError } from '../send-error.ts';

/**
 * Every refusal of the auth routes, in the one error shape and with the code's own status
 * (server/send-error.ts), with Retry-After when given.
 */
export function refuse(res: Response, code: ErrorCode, message: string, retryAfter?: number) {
  const headers: Record<string, string> =
    retryAfter === undefined ? {} : { 'Retry-After': String(Math.max(1, retryAfter)) };
  sendError(res, code, message, headers);
}
