import express, { Router } from 'express';
import type { Driver } from 'neo4j-driver';
import { z } from 'zod';
import type { AccessSettings, AuthSettings } from '../config.ts';
import { ErrorCode } from '../errors.ts';
import { refuse } from './auth-responses.ts';
import { hashSlots } from './hash-slots.ts';
import { issueToken } from './issue-token.ts';
import { loginLimiter } from './login-limiter.ts';
import { hashPassword, verifyPassword } from './password-hash.ts';
import { findUser } from './user-store.ts';

const LoginBody = z.object({ username: z.string().min(1).max(100), password: z.string().min(1).max(200) });

export interface LoginDeps {
  driver: Driver;
  database: string | undefined;
  auth: AuthSettings;
  access: AccessSettings;
  /** Without a local secret (JWKS-only deployments) login is switched off. */
  secret: string | undefined;
}

/**
 * `POST /auth/login {username, password}` → `{token}`. Locked usernames and blocked addresses get 429 with
 * Retry-After before any password is checked; a full hash queue gets 429 too. Unknown users and users
 * without a password cost one hash of a decoy, so their answer and its timing are those of a wrong password.
 */
export function loginRoute(deps: LoginDeps): Router {
  const router = Router();
  const limiter = loginLimiter(deps.access);
  const slots = hashSlots(deps.access.loginMaxConcurrentHashes, deps.access.loginHashQueue);
  const decoy = hashPassword(crypto.randomUUID());
  router.post('/auth/login', express.json({ limit: '4kb' }), async (req, res, next) => {
    try {
      if (!deps.secret) return refuse(res, ErrorCode.NOT_FOUND, 'Local login is disabled');
      const body = LoginBody.safeParse(req.body);
      if (!body.success) {
        return refuse(res, ErrorCode.BAD_USER_INPUT, 'Expected {"username", "password"}');
      }
      const { username, password } = body.data;
      const address = req.ip ?? req.socket.remoteAddress ?? 'unknown';
      const wait = await limiter.retryAfter(username, address);
      if (wait > 0) {
        return refuse(
          res,
          ErrorCode.TOO_MANY_REQUESTS,
          `Too many failed logins; try again in ${wait} s`,
          wait,
        );
      }
      const checked = slots.run(async () => {
        const user = await findUser(deps.driver, deps.database, username);
        const ok = await verifyPassword(password, user?.passwordHash ?? (await decoy));
        return ok && user?.passwordHash && user.tokenVersion ? user : null;
      });
      if (!checked) {
        return refuse(res, ErrorCode.TOO_MANY_REQUESTS, 'Too many logins at once; try again', 1);
      }
      const user = await checked;
      if (!user) {
        await limiter.failed(username, address);
        return refuse(res, ErrorCode.UNAUTHENTICATED, 'Wrong username or password');
      }
      await limiter.succeeded(username);
      const token = await issueToken(deps.auth, deps.secret, {
        sub: user.username,
        role: user.role,
        version: user.tokenVersion!,
      });
      res.json({ token });
    } catch (cause) {
      next(cause);
    }
  });
  return router;
}
