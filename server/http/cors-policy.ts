import cors from 'cors';
import type { RequestHandler } from 'express';

/**
 * Cross-origin access to the API for the origins in CORS_ORIGINS, and only those: a preflight from an
 * allowed origin is answered 204 with what the client may send (the bearer token, JSON, Apollo's CSRF
 * header); any other origin gets an answer without Access-Control-Allow-Origin, which the browser treats
 * as a refusal. Tokens travel in the Authorization header, never in cookies, so credentials stay off.
 * Every OPTIONS request ends here (204), so no preflight reaches GraphQL, which would answer 400.
 */
export function corsPolicy(allowedOrigins: readonly string[]): RequestHandler[] {
  const allowed = new Set(allowedOrigins);
  const policy = cors({
    origin: (origin, callback) => callback(null, origin !== undefined && allowed.has(origin)),
    methods: ['GET', 'POST'],
    allowedHeaders: ['Authorization', 'Content-Type', 'Apollo-Require-Preflight', 'X-Request-Id'],
    exposedHeaders: ['X-Request-Id', 'Retry-After', 'WWW-Authenticate'],
    credentials: false,
    maxAge: 600,
  });
  const endPreflight: RequestHandler = (req, res, next) => {
    if (req.method !== 'OPTIONS') return next();
    res.set('Allow', 'GET, POST, OPTIONS').status(204).end();
  };
  return [policy, endPreflight];
}
