import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../config.ts';
import { isDocumentedExample } from './documented-secrets.ts';
import { HOW_TO_MAKE_ONE, JWT_SECRET_RULE } from './secret-strength.ts';

/**
 * The HS256 secret for local tokens: JWT_SECRET, or in development a random one kept in the git-ignored
 * state folder so the server and `npm run token` agree without any setup. Production must set it
 * (or use JWT_JWKS_URL only, which disables local login); returns undefined then. The full strength check
 * (production-secrets.ts) runs when the server starts; this keeps the cheap part for every caller.
 */
export function resolveJwtSecret(config: Config): string | undefined {
  const configured = config.auth.jwtSecret;
  if (configured !== undefined) {
    if (configured.length < JWT_SECRET_RULE.minLength) {
      throw new ConfigError(
        'JWT_SECRET',
        `must be at least ${JWT_SECRET_RULE.minLength} characters long; ${HOW_TO_MAKE_ONE}`,
      );
    }
    if (config.env === 'production' && isDocumentedExample(configured)) {
      throw new ConfigError('JWT_SECRET', `is a published example; ${HOW_TO_MAKE_ONE}`);
    }
    return configured;
  }
  if (config.env === 'production') {
    if (config.auth.jwksUrl) return undefined;
    throw new ConfigError(
      'JWT_SECRET',
      `required in production (or JWT_JWKS_URL with JWT_ISSUER and JWT_AUDIENCE); ${HOW_TO_MAKE_ONE}`,
    );
  }
  const file = path.join(config.local.stateDir, 'jwt-secret');
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(config.local.stateDir, { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    fs.writeFileSync(file, secret, { mode: 0o600 });
    return secret;
  }
}
