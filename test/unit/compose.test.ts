import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { repoRoot } from '../../server/config.ts';
import { NEO4J_VERSION } from '../../server/neo4j/local/neo4j-version.ts';

interface Service {
  image?: string;
  environment?: Record<string, string | number | boolean | null> | string[];
  ports?: (string | { host_ip?: string })[];
  healthcheck?: { test?: string | string[] };
  depends_on?: string[] | Record<string, { condition?: string }>;
}

// Parsed, not pattern-matched: comments, key order and quoting style may change freely.
const compose = parse(fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')) as {
  services: Record<string, Service>;
};
const { neo4j, app } = compose.services as { neo4j: Service; app: Service };

/** `environment:` as a map, whichever of its two compose forms (map or `KEY=value` list) is used. */
function env(service: Service): Record<string, string> {
  const raw = service.environment ?? {};
  const entries = Array.isArray(raw)
    ? raw.map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)])
    : Object.entries(raw).map(([key, value]) => [key, String(value)]);
  return Object.fromEntries(entries) as Record<string, string>;
}

const healthTest = (service: Service) => [service.healthcheck?.test ?? []].flat().join(' ');

describe('docker-compose.yml', () => {
  it('runs the same Neo4j version as the local manager, community edition', () => {
    expect(neo4j.image).toBe(`neo4j:${NEO4J_VERSION}-community`);
  });

  it('loads APOC, checks health with it and starts the app only when Neo4j is healthy', () => {
    expect(JSON.parse(env(neo4j).NEO4J_PLUGINS ?? '[]')).toContain('apoc');
    expect(healthTest(neo4j)).toContain('RETURN apoc.version()');
    expect(app.depends_on).toEqual({ neo4j: { condition: 'service_healthy' } });
    expect(env(app).NEO4J_URI).toBe('bolt://neo4j:7687');
    expect(healthTest(app)).toContain('/ready');
  });

  it('takes credentials from the environment, never literals', () => {
    expect(env(neo4j).NEO4J_AUTH).toMatch(/^neo4j\/\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(env(app).NEO4J_PASSWORD).toMatch(/^\$\{NEO4J_PASSWORD:\?[^}]+\}$/);
    expect(env(app).JWT_SECRET).toMatch(/^\$\{JWT_SECRET:\?[^}]+\}$/);
    const secrets = Object.entries(compose.services).flatMap(([name, service]) =>
      Object.entries(env(service))
        .filter(([key]) => /PASSWORD|SECRET|TOKEN|AUTH/.test(key))
        .map(([key, value]) => ({ name, key, value })),
    );
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    expect(secrets.filter((s) => !/^\S*\$\{[A-Z0-9_]+(?::\?[^}]*)?\}$/.test(s.value))).toEqual([]);
  });

  it('publishes ports on the loopback interface only', () => {
    const ports = Object.values(compose.services).flatMap((service) => service.ports ?? []);
    expect(ports.length).toBeGreaterThan(0);
    expect(
      ports.filter((p) => (typeof p === 'string' ? !p.startsWith('127.0.0.1:') : p.host_ip !== '127.0.0.1')),
    ).toEqual([]);
  });

  it('keeps .env out of git and documents every variable compose requires in .env.example', () => {
    expect(fs.readFileSync(path.join(repoRoot, '.gitignore'), 'utf8')).toMatch(/^\.env$/m);
    const example = fs.readFileSync(path.join(repoRoot, '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^([A-Z0-9_]+)=/gm)].map((m) => m[1]));
    const required = new Set(
      [
        ...fs
          .readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8')
          .matchAll(/\$\{([A-Z0-9_]+):\?/g),
      ].map((m) => m[1]),
    );
    expect([...required]).toEqual(expect.arrayContaining(['JWT_SECRET', 'NEO4J_PASSWORD']));
    expect([...required].filter((name) => !documented.has(name))).toEqual([]);
  });
});
