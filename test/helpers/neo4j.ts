import type { Driver } from 'neo4j-driver';
import { afterAll, inject } from 'vitest';
import { randomUUID } from 'node:crypto';
import { openDriver, type Neo4jConnection } from '../../server/neo4j/neo4j-connection.ts';

let driver: Driver | undefined;

/** The connection the integration global setup started (or NEO4J_URI). */
export function testConnection(): Neo4jConnection {
  return inject('neo4j');
}

/** A driver to the run's database, closed after the file's tests. */
export function testDriver(): Driver {
  if (!driver) {
    // The server's own driver factory, so tests see values exactly as the API does.
    driver = openDriver(testConnection(), { maxPoolSize: 4 });
    afterAll(async () => {
      await driver?.close();
      driver = undefined;
    });
  }
  return driver;
}

/** A label no other test uses, so tests that write never collide. */
export function uniqueLabel(prefix = 'T'): string {
  return `${prefix}_${randomUUID().replaceAll('-', '')}`;
}
