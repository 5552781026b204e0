import { decodeJwt } from 'jose';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { issueToken } from '../../server/auth/issue-token.ts';
import { generatePassword, hashPassword, verifyPassword } from '../../server/auth/password-hash.ts';
import { expandRoles, rolesFromClaims, type Role } from '../../server/auth/roles.ts';
import { createTokenVerifier } from '../../server/auth/token-verifier.ts';
import { resolveJwtSecret } from '../../server/auth/jwt-secret.ts';

const SECRET = 'unit-test-secret-unit-test-secret-0123456789';
const auth = { ...loadConfig({}).auth, issuer: 'opsgraph-test', audience: 'opsgraph-api' };

describe('roles', () => {
  it('expands a role to every role it includes', () => {
    expect(expandRoles(['editor'])).toEqual(['viewer', 'analyst', 'editor']);
    expect(expandRoles(['viewer', 'admin'])).toEqual(['viewer', 'analyst', 'editor', 'admin']);
  });
  it('drops unknown roles', () => {
    expect(expandRoles(['root', 42])).toEqual([]);
    expect(rolesFromClaims({ role: 'analyst' })).toEqual(['viewer', 'analyst']);
    expect(rolesFromClaims({})).toEqual([]);
  });
});

describe('passwords', () => {
  // The same algorithm at 1/128 of the production work: verification reads the cost from the hash itself.
  const CHEAP = { N: 2 ** 10, r: 8, p: 1 };

  it('hashes at the production cost (N=2^17, r=8, p=1) by default, with a 16-byte salt and a 32-byte key', async () => {
    expect(await hashPassword('correct horse battery')).toMatch(
      /^scrypt\$131072\$8\$1\$[A-Za-z0-9_-]{22}\$[A-Za-z0-9_-]{43}$/,
    );
  });

  it('verifies the right password and refuses a wrong one or a malformed hash', async () => {
    const hash = await hashPassword('correct horse battery', CHEAP);
    expect(hash).toMatch(/^scrypt\$1024\$8\$1\$/);
    expect(await hashPassword('correct horse battery', CHEAP)).not.toBe(hash); // a fresh salt each time
    expect(await verifyPassword('correct horse battery', hash)).toBe(true);
    expect(await verifyPassword('correct horse batterz', hash)).toBe(false);
    expect(await verifyPassword('x', 'md5$abc')).toBe(false);
  });
  it('generates long random passwords', () => {
    expect(generatePassword()).toMatch(/^[A-Za-z0-9_-]{24}$/);
    expect(generatePassword()).not.toBe(generatePassword());
  });
});

describe('tokens', () => {
  // Every user of these tests is at token version v1 with the role their token claims.
  const users: Record<string, Role> = { alice: 'analyst', mallory: 'admin', bob: 'viewer' };
  const versions = {
    current: async (name: string) => (users[name] ? { role: users[name], tokenVersion: 'v1' } : null),
    forget: () => {},
  };
  const verifier = createTokenVerifier(auth, SECRET, versions);
  const as = (sub: string, role: Role) => ({ sub, role, version: 'v1' });

  it('round-trips a local token with expanded roles, issuer and audience', async () => {
    const token = await issueToken(auth, SECRET, as('alice', 'analyst'));
    expect(decodeJwt(token)).toMatchObject({
      sub: 'alice',
      roles: ['analyst'],
      ver: 'v1',
      iss: 'opsgraph-test',
      aud: 'opsgraph-api',
    });
    await expect(verifier.verify(token)).resolves.toEqual({
      sub: 'alice',
      roles: ['viewer', 'analyst'],
      local: true,
    });
  });

  it('refuses tokens signed with another secret, for another audience, or garbage', async () => {
    const foreign = await issueToken(auth, `${SECRET}-other`, as('mallory', 'admin'));
    const otherAudience = await issueToken(
      { ...auth, audience: 'someone-else' },
      SECRET,
      as('mallory', 'admin'),
    );
    for (const token of [foreign, otherAudience, 'not.a.token']) {
      await expect(verifier.verify(token)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
    }
  });

  it('refuses an expired token', async () => {
    const expired = await issueToken({ ...auth, tokenTtlSeconds: -10 }, SECRET, as('bob', 'viewer'));
    await expect(verifier.verify(expired)).rejects.toMatchObject({ extensions: { code: 'UNAUTHENTICATED' } });
  });

  it('requires a long secret and, in production, a secret or a JWKS URL', () => {
    const base = loadConfig({});
    expect(() => resolveJwtSecret({ ...base, auth: { ...base.auth, jwtSecret: 'short' } })).toThrow(
      /32 characters/,
    );
    expect(() =>
      resolveJwtSecret({ ...base, env: 'production', auth: { ...base.auth, jwtSecret: undefined } }),
    ).toThrow(/JWT_SECRET/);
    expect(() =>
      createTokenVerifier({ ...base.auth, jwksUrl: 'https://issuer.example/jwks' }, undefined, versions),
    ).toThrow(/JWT_ISSUER/);
  });
});
