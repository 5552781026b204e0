import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { ErrorCode } from '../errors.ts';
import { refuse } from './auth-responses.ts';
import type { TokenVerifier } from './token-verifier.ts';
import type { TokenVersions } from './token-versions.ts';
import { revokeTokens } from './user-store.ts';

export interface LogoutDeps {
  driver: Driver;
  database: string | undefined;
  verifier: TokenVerifier;
  versions: TokenVersions;
}

/**
 * `POST /auth/logout` with the token to end → 204. It ends every session of the account (a new token
 * version), at once on this server and within the version cache's lifetime on any other.
 */
export function logoutRoute(deps: LogoutDeps): Router {
  const router = Router();
  router.post('/auth/logout', async (req, res, next) => {
    try {
      const match = /^Bearer ([A-Za-z0-9_\-.]+)$/.exec(req.headers.authorization ?? '');
      if (!match) return refuse(res, ErrorCode.UNAUTHENTICATED, 'Expected "Authorization: Bearer <token>"');
      let principal;
      try {
        principal = await deps.verifier.verify(match[1]!);
      } catch (error) {
        const code = (error as { extensions?: { code?: ErrorCode } }).extensions?.code;
        if (code === ErrorCode.UNAUTHENTICATED) return refuse(res, code, (error as Error).message);
        throw error;
      }
      if (!principal.local) {
        return refuse(res, ErrorCode.BAD_REQUEST, "The external issuer's tokens end at their expiry");
      }
      await revokeTokens(deps.driver, deps.database, principal.sub, principal.sub);
      deps.versions.forget(principal.sub);
      res.status(204).end();
    } catch (cause) {
      next(cause);
    }
  });
  return router;
}
