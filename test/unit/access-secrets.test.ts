import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DOCUMENTED_EXAMPLES } from '../../server/auth/documented-secrets.ts';
import { resolveJwtSecret } from '../../server/auth/jwt-secret.ts';
import { assertProductionSecrets } from '../../server/auth/production-secrets.ts';
import { DATABASE_PASSWORD_RULE, JWT_SECRET_RULE, secretProblem } from '../../server/auth/secret-strength.ts';
import { loadConfig, repoRoot } from '../../server/config.ts';

// Every `JWT_SECRET=…` / `NEO4J_PASSWORD=…` example the repository shows a reader.
function documentedExamples(): string[] {
  const files = [
    '.env.example',
    'README.md',
    'docker-compose.yml',
    ...fs
      .readdirSync(path.join(repoRoot, 'docs'))
      .filter((file) => file.endsWith('.md'))
      .map((file) => path.join('docs', file)),
  ];
  const found = new Set<string>();
  for (const file of files) {
    const text = fs.readFileSync(path.join(repoRoot, file), 'utf8');
    for (const match of text.matchAll(
      /(?<![{\w])(?:JWT_SECRET|NEO4J_PASSWORD)[=:][ \t]*['"]?([^\s'"`$|]+)/g,
    )) {
      if (!match[1]!.startsWith('${')) found.add(match[1]!);
    }
  }
  return [...found];
}

const production = (env: Record<string, string>) => loadConfig({ NODE_ENV: 'production', ...env });

describe('production secrets', () => {
  it('refuses every example the files show (and the ones earlier versions showed)', () => {
    for (const example of documentedExamples()) expect(DOCUMENTED_EXAMPLES).toContain(example.toLowerCase());
    expect(DOCUMENTED_EXAMPLES).toContain('change-me-to-a-long-random-string');
  });

  it('refuses every documented example as JWT secret and as Neo4j password, saying how to make one', async () => {
    for (const example of DOCUMENTED_EXAMPLES) {
      await expect(assertProductionSecrets(production({ JWT_SECRET: example }))).rejects.toThrow(
        /JWT_SECRET.*openssl rand -base64 48/,
      );
      const external = { NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: example };
      await expect(assertProductionSecrets(production(external))).rejects.toThrow(/NEO4J_PASSWORD/);
    }
    expect(() => resolveJwtSecret(production({ JWT_SECRET: 'change-me-to-a-long-random-string' }))).toThrow(
      /published example/,
    );
  });

  it('refuses short, repeated, sequential, keyboard and dictionary secrets', async () => {
    const weak = [
      'a'.repeat(64),
      'abcdefghijklmnopqrstuvwxyz0123456789abcdef',
      'qwertyuiopasdfghjklzxcvbnm1234567890qwerty',
      'P@ssw0rd2024!P@ssw0rd2024!P@ssw0rd2024!',
      'correcthorsebatterystaple',
      'Zk3$short',
    ];
    for (const value of weak) expect(await secretProblem(value, JWT_SECRET_RULE), value).not.toBeNull();
  });

  it('accepts what `openssl rand -base64 48` makes, and starts development without any secret', async () => {
    let generated: string;
    try {
      generated = execFileSync('openssl', ['rand', '-base64', '48'], { encoding: 'utf8' }).trim();
    } catch {
      generated = randomBytes(48).toString('base64'); // the same distribution, where openssl is missing
    }
    expect(await secretProblem(generated, JWT_SECRET_RULE)).toBeNull();
    expect(await secretProblem(randomBytes(18).toString('base64url'), DATABASE_PASSWORD_RULE)).toBeNull();
    await expect(
      assertProductionSecrets(
        production({ JWT_SECRET: generated, NEO4J_URI: 'bolt://db:7687', NEO4J_PASSWORD: generated }),
      ),
    ).resolves.toBeUndefined();
    await expect(
      assertProductionSecrets(loadConfig({ JWT_SECRET: 'change-me-to-a-long-random-string' })),
    ).resolves.toBeUndefined();
  });
});
