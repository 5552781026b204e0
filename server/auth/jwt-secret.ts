import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError, type Config } from '../config.ts';

const MIN_SECRET_LENGTH = 32;

/**
 * The HS256 secret for local tokens: JWT_SECRET, or in development a random one kept in the git-ignored
 * state folder so the server and `npm run token` agree without any setup. Production must set it
 * (or use JWT_JWKS_URL only, which disables local login); returns undefined then.
 */
export function resolveJwtSecret(config: Config): string | undefined {
  const configured = config.auth.jwtSecret;
  if (configured !== undefined) {
    if (configured.length < MIN_SECRET_LENGTH) {
      throw new ConfigError('JWT_SECRET', `must be at least ${MIN_SECRET_LENGTH} characters long`);
    }
    return configured;
  }
  if (config.env === 'production') {
    if (config.auth.jwksUrl) return undefined;
    throw new ConfigError(
      'JWT_SECRET',
      'required in production (or JWT_JWKS_URL with JWT_ISSUER and JWT_AUDIENCE)',
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
