import express, { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { AuthSettings } from '../config.ts';
import { ErrorCode } from '../errors.ts';
import { errorBody } from '../http/send-error.ts';
import { issueToken } from './issue-token.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { findUser } from './user-store.ts';

const LoginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

export interface LoginDeps {
  driver: Driver;
  database: string | undefined;
  auth: AuthSettings;
  /** Without a local secret (JWKS-only deployments) login is switched off. */
  secret: string | undefined;
}

/** `POST /auth/login {username, password}` → `{token}`; every refusal is a 4xx in the shared error shape. */
export function loginRoute(deps: LoginDeps): Router {
  const router = Router();
  // A hash of a random password, so unknown users cost as much time as known ones.
  const decoy = hashPassword(crypto.randomUUID());
  router.post('/auth/login', express.json({ limit: '4kb' }), async (req, res, next) => {
    try {
      if (!deps.secret)
        return void res.status(404).json(error(ErrorCode.NOT_FOUND, 'Local login is disabled'));
      const body = LoginBody.safeParse(req.body);
      if (!body.success) {
        return void res
          .status(400)
          .json(error(ErrorCode.BAD_USER_INPUT, 'Expected {"username", "password"}'));
      }
      const user = await findUser(deps.driver, deps.database, body.data.username);
      const ok = await verifyPassword(body.data.password, user?.passwordHash ?? (await decoy));
      if (!user || !ok)
        return void res.status(401).json(error(ErrorCode.UNAUTHENTICATED, 'Wrong username or password'));
      res.json({ token: await issueToken(deps.auth, deps.secret, user.username, user.role) });
    } catch (cause) {
      next(cause);
    }
  });
  return router;
}

// The shared error shape (server/http/send-error.ts); the request id is in the X-Request-Id header.
function error(code: ErrorCode, message: string) {
  return errorBody(code, message);
}
