import type { ErrorRequestHandler, RequestHandler } from 'express';
import { ErrorCode } from '../errors.ts';
import { sendError } from '../send-error.ts';

/** The last route: anything nothing else answered is a JSON 404 in the shared error shape. */
export const notFound: RequestHandler = (_req, res) => {
  sendError(res, ErrorCode.NOT_FOUND, 'No such route');
};

/**
 * Errors passed to Express. Body-parser failures (malformed JSON, too large, wrong charset) are the
 * caller's: 4xx with a code. Anything else is ours: a 500 with the request id, logged with its stack.
 */
export const errorHandler: ErrorRequestHandler = (
  error: { type?: string; status?: number; expose?: boolean },
  req,
  res,
  next,
) => {
  if (res.headersSent) return next(error);
  if (error.type === 'entity.too.large') {
    return sendError(res, ErrorCode.PAYLOAD_TOO_LARGE, 'The request body is too large');
  }
  if (error.type === 'entity.parse.failed') {
    return sendError(res, ErrorCode.BAD_REQUEST, 'The request body is not valid JSON');
  }
  if (error.status && error.status >= 400 && error.status < 500) {
    return sendError(res, ErrorCode.BAD_REQUEST, 'The request body could not be read');
  }
  req.log?.error({ err: error }, 'unexpected error');
  sendError(res, ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error');
};
