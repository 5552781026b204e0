import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../../server/config.ts';
import { NEO4J_VERSION } from '../../server/neo4j/local/neo4j-version.ts';

const compose = fs.readFileSync(path.join(repoRoot, 'docker-compose.yml'), 'utf8');

describe('docker-compose.yml', () => {
  it('runs the same Neo4j version as the local manager, community edition', () => {
    expect(compose).toContain(`image: neo4j:${NEO4J_VERSION}-community`);
  });

  it('loads APOC, checks health and starts the app only when Neo4j is healthy', () => {
    expect(compose).toContain(`NEO4J_PLUGINS: '["apoc"]'`);
    expect(compose).toMatch(/healthcheck:\s*\n\s*# .*\n\s*test: .*RETURN apoc\.version\(\)/);
    expect(compose).toMatch(/depends_on:\s*\n\s*neo4j:\s*\n\s*condition: service_healthy/);
    expect(compose).toContain('NEO4J_URI: bolt://neo4j:7687');
  });

  it('takes credentials from the environment, never literals', () => {
    expect(compose).toContain('NEO4J_AUTH: neo4j/${NEO4J_PASSWORD:?');
    expect(fs.readFileSync(path.join(repoRoot, '.gitignore'), 'utf8')).toMatch(/^\.env$/m);
    expect(fs.existsSync(path.join(repoRoot, '.env.example'))).toBe(true);
  });
});
