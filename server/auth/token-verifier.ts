import { createRemoteJWKSet, decodeProtectedHeader, errors, jwtVerify, type JWTPayload } from 'jose';
import { ConfigError, type AuthSettings } from '../config.ts';
import { apiError, classifyError, ErrorCode } from '../errors.ts';
import { expandRoles, ROLES, rolesFromClaims, type Role } from './roles.ts';
import type { TokenVersions } from './token-versions.ts';

/** A caller whose token was verified. */
export interface Principal {
  sub: string;
  roles: Role[];
  /** Signed with the local secret: a local account's token, which logout can revoke. */
  local: boolean;
}

export interface TokenVerifier {
  /** Throws an UNAUTHENTICATED error for a bad, expired, revoked or foreign token. */
  verify(token: string): Promise<Principal>;
}

// Without `exp` a token never ends; without `sub` every such token was the same user "unknown".
const REQUIRED_CLAIMS = ['exp', 'sub'];

/**
 * Verifies HS256 tokens with the local secret and, when JWT_JWKS_URL is set, asymmetric tokens from the
 * external issuer (issuer and audience are then required, so a token minted for another service is refused).
 * A local token must also carry its user's current token version (`ver`), checked against `versions`:
 * logout, a role change or deleting the account refuses it within the cache's lifetime. The external
 * issuer's tokens end when it says so (their `exp`).
 */
export function createTokenVerifier(
  auth: AuthSettings,
  secret: string | undefined,
  versions: TokenVersions,
): TokenVerifier {
  if (auth.jwksUrl && (!auth.issuer || !auth.audience)) {
    throw new ConfigError('JWT_JWKS_URL', 'needs JWT_ISSUER and JWT_AUDIENCE as well');
  }
  const jwks = auth.jwksUrl ? createRemoteJWKSet(new URL(auth.jwksUrl)) : undefined;
  const hmacKey = secret ? new TextEncoder().encode(secret) : undefined;
  const checks = { issuer: auth.issuer, audience: auth.audience, requiredClaims: REQUIRED_CLAIMS };

  async function verifyPayload(token: string): Promise<{ payload: JWTPayload; local: boolean }> {
    const { alg } = decodeProtectedHeader(token);
    if (alg === 'HS256' && hmacKey) {
      const { payload } = await jwtVerify(token, hmacKey, { ...checks, algorithms: ['HS256'] });
      return { payload, local: true };
    }
    if (alg !== 'HS256' && jwks) {
      const algorithms = ['RS256', 'ES256', 'PS256', 'EdDSA'];
      return { payload: (await jwtVerify(token, jwks, { ...checks, algorithms })).payload, local: false };
    }
    throw new Error(`unsupported token algorithm ${String(alg)}`);
  }

  /** The role the user has now, never more than the token says: null when the token is revoked. */
  async function currentRoles(payload: JWTPayload, claimed: Role[]): Promise<Role[] | null> {
    if (typeof payload.ver !== 'string') return null;
    let state;
    try {
      state = await versions.current(payload.sub!);
    } catch (error) {
      throw apiError(classifyError(error).code, 'Could not check the token; try again');
    }
    if (!state || state.tokenVersion !== payload.ver) return null;
    const highest = Math.min(ROLES.indexOf(claimed[claimed.length - 1]!), ROLES.indexOf(state.role));
    return expandRoles(highest >= 0 ? [ROLES[highest]] : []);
  }

  return {
    async verify(token) {
      let verified: { payload: JWTPayload; local: boolean };
      try {
        verified = await verifyPayload(token);
      } catch (error) {
        throw apiError(ErrorCode.UNAUTHENTICATED, refusal(error));
      }
      const { payload, local } = verified;
      const claimed = rolesFromClaims(payload);
      if (claimed.length === 0) throw apiError(ErrorCode.FORBIDDEN, 'The token carries no OpsGraph role');
      const roles = local ? await currentRoles(payload, claimed) : claimed;
      if (!roles) throw apiError(ErrorCode.UNAUTHENTICATED, 'The token has been revoked; sign in again');
      if (roles.length === 0) throw apiError(ErrorCode.FORBIDDEN, 'The account has no OpsGraph role');
      return { sub: payload.sub!, roles, local };
    },
  };
}

/** What was wrong with a token, in words that help its holder and nobody else. */
function refusal(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'The token has expired; sign in again';
  if (error instanceof errors.JWTClaimValidationFailed && REQUIRED_CLAIMS.includes(error.claim)) {
    return `The token has no "${error.claim}" claim`;
  }
  return 'The token is invalid or expired';
}
