import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.ts';

describe('loadConfig', () => {
  it('uses laptop-sized defaults and no external database', () => {
    const config = loadConfig({ HOME: '/home/u' });
    expect(config.port).toBe(4000);
    expect(config.external).toBeNull();
    expect(config.local.heap).toBe('1g');
    expect(config.local.pageCache).toBe('512m');
    expect(config.local.boltPort).toBe(0);
    expect(config.introspection).toBe(true);
  });

  it('switches to the database in NEO4J_URI and starts nothing locally', () => {
    const config = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_PASSWORD: 'pw',
      NEO4J_DATABASE: 'ops',
    });
    expect(config.external).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'neo4j',
      password: 'pw',
      database: 'ops',
    });
  });

  it('names the variable and the problem when a value is wrong', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(
      /PORT: expected an integer between 0 and 65535, got "eighty"/,
    );
    expect(() => loadConfig({ NEO4J_HEAP: 'lots' })).toThrow(
      /NEO4J_HEAP: expected a size such as 512m or 2g/,
    );
    expect(() => loadConfig({ NEO4J_URI: 'http://x:7474', NEO4J_PASSWORD: 'p' })).toThrow(ConfigError);
    expect(() => loadConfig({ NEO4J_URI: 'bolt://x:7687' })).toThrow(
      /NEO4J_PASSWORD: required when NEO4J_URI is set/,
    );
    expect(() => loadConfig({ GRAPHQL_INTROSPECTION: 'maybe' })).toThrow(/GRAPHQL_INTROSPECTION/);
  });

  it('turns introspection off in production unless enabled', () => {
    expect(loadConfig({ NODE_ENV: 'production' }).introspection).toBe(false);
    expect(loadConfig({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).introspection).toBe(true);
  });

  it('lets explicit options win over the environment', () => {
    expect(loadConfig({ PORT: '5000' }, { port: 6000 }).port).toBe(6000);
  });
});
