import type { RequestHandler } from 'express';
import helmet from 'helmet';

/**
 * The Content-Security-Policy of every page we serve: the built workspace and GraphiQL load only their
 * own files (Vite bundles everything, no inline scripts), talk only to this origin, and no other site may
 * frame them. Styles allow 'unsafe-inline' because GraphiQL's page and editor and the workspace's
 * panels set inline styles; scripts never do. Checked in Chromium by the e2e suite (workspace, /graphiql).
 */
export const CONTENT_SECURITY_POLICY = {
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'script-src-attr': ["'none'"],
  'style-src': ["'self'", "'unsafe-inline'"],
  'img-src': ["'self'", 'data:', 'blob:'],
  'font-src': ["'self'", 'data:'],
  'connect-src': ["'self'"],
  'worker-src': ["'self'", 'blob:'],
  'object-src': ["'none'"],
  'base-uri': ["'self'"],
  'form-action': ["'self'"],
  'frame-ancestors': ["'none'"],
};

/**
 * helmet's headers on every response: CSP (above), X-Frame-Options DENY, nosniff, no referrer, HSTS
 * (ignored by browsers over plain HTTP), cross-origin isolation of windows and resources. `/graphql` gets
 * no CSP header: its answers are JSON, and Apollo's landing page (development only) brings its own CSP
 * with a nonce, which a second policy would break.
 */
export function securityHeaders(): RequestHandler[] {
  const withoutCsp = helmet({
    contentSecurityPolicy: false,
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
  });
  const csp = helmet.contentSecurityPolicy({ useDefaults: false, directives: CONTENT_SECURITY_POLICY });
  return [
    withoutCsp,
    (req, res, next) =>
      req.path === '/graphql' || req.path.startsWith('/graphql/') ? next() : csp(req, res, next),
  ];
}
