import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { hashSlots } from '../../server/auth/hash-slots.ts';
import { loginLimiter } from '../../server/auth/login-limiter.ts';

const settings = {
  ...loadConfig({}).access,
  loginMaxFailures: 3,
  loginMaxFailuresPerAddress: 5,
  loginLockoutSeconds: 60,
};

describe('loginLimiter', () => {
  it('locks a username after N failures, whatever its case, and says for how long', async () => {
    const limiter = loginLimiter(settings);
    for (let i = 0; i < 2; i += 1) await limiter.failed('Alice', '10.0.0.1');
    expect(await limiter.retryAfter('alice', '10.0.0.9')).toBe(0);
    await limiter.failed('alice', '10.0.0.2');
    const wait = await limiter.retryAfter('ALICE', '10.0.0.9');
    expect(wait).toBeGreaterThan(50);
    expect(wait).toBeLessThanOrEqual(60);
    expect(await limiter.retryAfter('bob', '10.0.0.9')).toBe(0);
  });

  it('blocks an address after its failures across usernames, and forgets a username on success', async () => {
    const limiter = loginLimiter(settings);
    await limiter.failed('carol', '10.0.0.3');
    await limiter.failed('carol', '10.0.0.3');
    await limiter.succeeded('carol');
    await limiter.failed('carol', '10.0.0.3');
    expect(await limiter.retryAfter('carol', '10.0.0.4')).toBe(0);
    for (const name of ['dave', 'erin']) await limiter.failed(name, '10.0.0.3');
    expect(await limiter.retryAfter('frank', '10.0.0.3')).toBeGreaterThan(0);
    expect(await limiter.retryAfter('frank', '10.0.0.4')).toBe(0);
  });
});

describe('hashSlots', () => {
  it('runs at most `concurrency` at once, queues `queue` more and refuses the rest at once', async () => {
    const slots = hashSlots(2, 1);
    let running = 0;
    let most = 0;
    const releases: (() => void)[] = [];
    const work = () =>
      new Promise<void>((resolve) => {
        running += 1;
        most = Math.max(most, running);
        releases.push(() => {
          running -= 1;
          resolve();
        });
      });
    const accepted = [slots.run(work), slots.run(work), slots.run(work)];
    expect(accepted.every((p) => p !== null)).toBe(true);
    expect(slots.run(work)).toBeNull();
    await expect.poll(() => releases.length).toBe(2);
    releases.shift()!();
    await expect.poll(() => releases.length).toBe(2);
    while (releases.length) releases.shift()!();
    await Promise.all(accepted);
    expect(most).toBe(2);
    expect(slots.run(work)).not.toBeNull();
    await expect.poll(() => releases.length).toBe(1);
    releases.shift()!();
  });
});

describe('access settings', () => {
  it('reads the access block with defaults and names a bad value', () => {
    expect(loadConfig({}).access).toMatchObject({
      loginMaxFailures: 5,
      loginHashQueue: 8,
      tokenCheckSeconds: 10,
    });
    expect(loadConfig({ LOGIN_MAX_FAILURES: '3' }).access.loginMaxFailures).toBe(3);
    expect(() => loadConfig({ TOKEN_CHECK_SECONDS: '31' })).toThrow(
      /TOKEN_CHECK_SECONDS: expected an integer between 0 and 30/,
    );
  });
});
