import { SignJWT } from 'jose';

/** The token kinds a server must refuse even though each looks like a real admin token. */
export const BAD_TOKEN_KINDS = [
  'expired',
  'wrong signature',
  'alg none',
  'wrong issuer',
  'wrong audience',
] as const;
export type BadTokenKind = (typeof BAD_TOKEN_KINDS)[number];

export interface TokenClaims {
  secret: string;
  issuer: string;
  audience: string;
}

const key = (secret: string) => new TextEncoder().encode(secret);
const b64 = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');

/** An admin token that is wrong in exactly one way: the rest is what the server expects. */
export async function forgeToken(kind: BadTokenKind, good: TokenClaims, subject: string): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  if (kind === 'alg none') {
    // Unsigned: header `alg: none` and an empty signature, the classic downgrade attempt.
    const claims = {
      sub: subject,
      roles: ['admin'],
      iss: good.issuer,
      aud: good.audience,
      iat: now,
      exp: now + 600,
    };
    return `${b64({ alg: 'none', typ: 'JWT' })}.${b64(claims)}.`;
  }
  const jwt = new SignJWT({ roles: ['admin'] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuer(kind === 'wrong issuer' ? 'https://evil.example' : good.issuer)
    .setAudience(kind === 'wrong audience' ? 'another-service' : good.audience)
    .setIssuedAt(kind === 'expired' ? now - 7200 : now)
    .setExpirationTime(kind === 'expired' ? now - 3600 : now + 600);
  return jwt.sign(key(kind === 'wrong signature' ? `${good.secret}-but-not-quite` : good.secret));
}
