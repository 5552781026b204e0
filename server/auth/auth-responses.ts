import type { Response } from 'express';
import type { ErrorCode } from '../errors.ts';

/** Every refusal of the auth routes: a 4xx `{error: {code, message}}`, with Retry-After when given. */
export function refuse(res: Response, status: number, code: ErrorCode, message: string, retryAfter?: number) {
  if (retryAfter !== undefined) res.setHeader('Retry-After', String(Math.max(1, retryAfter)));
  res.status(status).json({ error: { code, message } });
}
