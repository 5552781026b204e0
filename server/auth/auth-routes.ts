import { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import type { AccessSettings, AuthSettings } from '../config.ts';
import { bearerChallenge } from './bearer-challenge.ts';
import { loginRoute } from './login-route.ts';
import { logoutRoute } from './logout-route.ts';
import type { TokenVerifier } from './token-verifier.ts';
import type { TokenVersions } from './token-versions.ts';

export interface AuthRouteDeps {
  driver: Driver;
  database: string | undefined;
  auth: AuthSettings;
  access: AccessSettings;
  secret: string | undefined;
  verifier: TokenVerifier;
  versions: TokenVersions;
}

/** The HTTP side of authentication: the 401 challenge on every route, `/auth/login` and `/auth/logout`. */
export function authRoutes(deps: AuthRouteDeps): Router {
  const router = Router();
  router.use(bearerChallenge);
  router.use(loginRoute(deps));
  router.use(logoutRoute(deps));
  return router;
}
