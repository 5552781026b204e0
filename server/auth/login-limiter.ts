import { RateLimiterMemory, type RateLimiterRes } from 'rate-limiter-flexible';
import type { AccessSettings } from '../config.ts';

export interface LoginLimiter {
  /** Seconds until this username and address may try again; 0 when they may try now. */
  retryAfter(username: string, address: string): Promise<number>;
  /** Counts a failed login; locks the username or blocks the address once it reaches its limit. */
  failed(username: string, address: string): Promise<void>;
  /** A successful login forgets the username's failures (not the address's: it may be guessing others). */
  succeeded(username: string): Promise<void>;
}

/**
 * Failed logins counted per username and per client address with rate-limiter-flexible (chosen over
 * express-rate-limit, which counts requests rather than failures and has no lockout; see docs/api.md).
 * `loginMaxFailures` failures within the window lock the username for `loginLockoutSeconds`: during the lock
 * no password is checked at all, so even the right one gets 429. Unknown usernames are counted the same
 * way, so the answers do not tell which accounts exist. Counters live in this process's memory.
 */
export function loginLimiter(settings: AccessSettings): LoginLimiter {
  const window = settings.loginFailureWindowSeconds;
  const limits = [
    {
      key: (username: string) => normalise(username),
      points: settings.loginMaxFailures,
      limiter: new RateLimiterMemory({
        keyPrefix: 'login-user',
        points: settings.loginMaxFailures,
        duration: window,
      }),
    },
    {
      key: (_username: string, address: string) => address,
      points: settings.loginMaxFailuresPerAddress,
      limiter: new RateLimiterMemory({
        keyPrefix: 'login-address',
        points: settings.loginMaxFailuresPerAddress,
        duration: window,
      }),
    },
  ];
  return {
    async retryAfter(username, address) {
      let ms = 0;
      for (const { key, points, limiter } of limits) {
        const state = await limiter.get(key(username, address));
        if (state && state.consumedPoints >= points) ms = Math.max(ms, state.msBeforeNext);
      }
      return Math.ceil(ms / 1000);
    },
    async failed(username, address) {
      for (const { key, points, limiter } of limits) {
        const id = key(username, address);
        const state = await limiter.consume(id).catch((over: RateLimiterRes) => over);
        if (state.consumedPoints >= points) await limiter.block(id, settings.loginLockoutSeconds);
      }
    },
    async succeeded(username) {
      await limits[0]!.limiter.delete(normalise(username));
    },
  };
}

function normalise(username: string): string {
  return username.trim().normalize('NFC').toLowerCase();
}
