import { SignJWT } from 'jose';
import type { AuthSettings } from '../config.ts';
import type { Role } from './roles.ts';

/** Signs a local HS256 token for a user; verified by `createTokenVerifier` with the same secret. */
export async function issueToken(
  auth: AuthSettings,
  secret: string,
  subject: string,
  role: Role,
): Promise<string> {
  let jwt = new SignJWT({ roles: [role] })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(subject)
    .setIssuedAt()
    .setExpirationTime(`${auth.tokenTtlSeconds}s`);
  if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
  if (auth.audience) jwt = jwt.setAudience(auth.audience);
  return jwt.sign(new TextEncoder().encode(secret));
}
