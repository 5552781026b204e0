import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, type JWTPayload } from 'jose';
import { ConfigError, type AuthSettings } from '../config.ts';
import { apiError, ErrorCode } from '../errors.ts';
import { rolesFromClaims, type Role } from './roles.ts';

/** A caller whose token was verified. */
export interface Principal {
  sub: string;
  roles: Role[];
}

export interface TokenVerifier {
  /** Throws an UNAUTHENTICATED error for a bad, expired or foreign token. */
  verify(token: string): Promise<Principal>;
}

/**
 * Verifies HS256 tokens with the local secret and, when JWT_JWKS_URL is set, asymmetric tokens from the
 * external issuer (issuer and audience are then required, so a token minted for another service is refused).
 */
export function createTokenVerifier(auth: AuthSettings, secret: string | undefined): TokenVerifier {
  if (auth.jwksUrl && (!auth.issuer || !auth.audience)) {
    throw new ConfigError('JWT_JWKS_URL', 'needs JWT_ISSUER and JWT_AUDIENCE as well');
  }
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const hmacKey = secret ? new TextEncoder().encode(secret) : undefined;
  const claimChecks = { issuer: auth.issuer, audience: auth.audience };

  async function verifyPayload(token: string): Promise<JWTPayload> {
    const { alg } = decodeProtectedHeader(token);
    if (alg === 'HS256' && hmacKey) {
      return (await jwtVerify(token, hmacKey, { ...claimChecks, algorithms: ['HS256'] })).payload;
    }
    if (alg !== 'HS256' && jwks) {
      return (
        await jwtVerify(token, jwks, { ...claimChecks, algorithms: ['RS256', 'ES256', 'PS256', 'EdDSA'] })
      ).payload;
    }
    throw new Error(`unsupported token algorithm ${String(alg)}`);
  }

  return {
    async verify(token) {
      let payload: JWTPayload;
      try {
        payload = await verifyPayload(token);
      } catch {
        throw apiError(ErrorCode.UNAUTHENTICATED, 'The token is invalid or expired');
      }
      const roles = rolesFromClaims(payload);
      if (roles.length === 0) throw apiError(ErrorCode.FORBIDDEN, 'The token carries no OpsGraph role');
      return { sub: payload.sub ?? 'unknown', roles };
    },
  };
}
