import { Neo4jGraphQL } from '@neo4j/graphql';
import type { Driver } from 'neo4j-driver';

export interface WaitOptions {
  timeoutMs: number;
  /** Stops waiting early, e.g. when the Neo4j process has exited. */
  abort?: () => string | null;
  intervalMs?: number;
}

/**
 * Waits until Neo4j accepts Bolt connections and passes @neo4j/graphql's own compatibility check
 * (version and the APOC functions it needs), retrying the real check rather than sleeping a fixed time.
 */
export async function waitForNeo4j(driver: Driver, options: WaitOptions): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  let lastError: unknown;
  for (;;) {
    const aborted = options.abort?.();
    if (aborted) throw new Error(aborted);
    try {
      await driver.verifyConnectivity();
      await checkCompat(driver);
      return;
    } catch (error) {
      lastError = error;
    }
    if (Date.now() > deadline) {
      const reason = lastError instanceof Error ? lastError.message : String(lastError);
      throw new Error(`Neo4j was not ready after ${options.timeoutMs / 1000} s: ${reason}`);
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 250));
  }
}

/** @neo4j/graphql's checkNeo4jCompat: Neo4j 5+ and the APOC functions its Cypher relies on. */
export async function checkCompat(driver: Driver): Promise<void> {
  const probe = new Neo4jGraphQL({
    typeDefs: /* GraphQL */ `
      type Probe @node {
        id: ID!
      }
    `,
    driver,
  });
  await probe.checkNeo4jCompat();
}
