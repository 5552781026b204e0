import { SignJWT } from 'jose';
import type { AuthSettings } from '../config.ts';
import type { Role } from './roles.ts';

export interface TokenSubject {
  /** The username. */
  sub: string;
  role: Role;
  /** The user's current token version (user-store.ts); the verifier refuses the token once it changes. */
  version: string;
}

/** Signs a local HS256 token for a user; verified by `createTokenVerifier` with the same secret. */
export async function issueToken(auth: AuthSettings, secret: string, subject: TokenSubject): Promise<string> {
  let jwt = new SignJWT({ roles: [subject.role], ver: subject.version })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject.sub)
    .setIssuedAt()
    .setExpirationTime(`${auth.tokenTtlSeconds}s`);
  if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
  if (auth.audience) jwt = jwt.setAudience(auth.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
